// Importing an XLSX: the template filled in Excel comes back as the facts written; numeric, boolean
// and percent cells are read as the person sees them; a formula is reported, never trusted; and a
// file that is not a workbook is refused clearly.

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  DATA_SHEET,
  readCountedFigures,
  TEMPLATE_COLUMNS,
  TEMPLATE_HEADERS,
  templateXlsx,
  XLSX_TYPE,
} from "../../api/matching/index.ts";
import { INSTRUCTIONS_SHEET } from "../../api/matching/read-xlsx.ts";
import { FACTS } from "../../rules/index.ts";
import { ASSESSED_ON, cellsOf, chunked, failure, subject, take, uscc, xlsx, xlsxOptions } from "./helpers.ts";

const col = (label: string) => TEMPLATE_HEADERS.indexOf(label) + 1;

describe("the XLSX template", () => {
  it("has the data sheet first, headed by the template's columns, and the instructions after it", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([DATA_SHEET, INSTRUCTIONS_SHEET]);
    const header = book.getWorksheet(DATA_SHEET)!.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([...TEMPLATE_HEADERS]);
    const guide = book.getWorksheet(INSTRUCTIONS_SHEET)!;
    expect(TEMPLATE_COLUMNS.map((_, i) => guide.getRow(i + 2).getCell(1).value)).toEqual([
      ...TEMPLATE_HEADERS,
    ]);
  });

  it("keeps the credit code column as text, so Excel does not round a code of digits", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx()) as never);
    expect(book.getWorksheet(DATA_SHEET)!.getColumn(1).numFmt).toBe("@");
  });

  it("round-trips: filled in and imported, it gives back the facts written (the instructions sheet skipped)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx()) as never);
    const sheet = book.getWorksheet(DATA_SHEET)!;
    sheet.getRow(2).values = cellsOf(
      subject(1, "企业", {
        [FACTS.physicalGoodsRetailYuan.label]: 80_000_000,
        [FACTS.counted.label]: "是",
        [FACTS.monthsInDatabase.label]: 13,
        [FACTS.parcelSharePercent.label]: 80,
      }),
    );
    sheet.getRow(3).values = cellsOf(subject(2, "乡镇", { [FACTS.ecommerceVillages.label]: 4 }, "某某镇"));
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const { rows, report } = await take(file, xlsxOptions);
    expect(rows.map((r) => [r.row, r.uscc, r.name, r.district, r.facts])).toEqual([
      [
        2,
        uscc(1),
        "主体1",
        "张店区",
        {
          subjectType: "enterprise",
          counted: true,
          physicalGoodsRetailYuan: 80_000_000,
          monthsInDatabase: 13,
          parcelSharePercent: 80,
        },
      ],
      [3, uscc(2), "某某镇", "张店区", { subjectType: "town", ecommerceVillages: 4 }],
    ]);
    expect(report).toMatchObject({ format: "xlsx", encoding: null, rows: 2, valid: 2, invalid: 0 });
    // The whole file was read (and counted against the limit), the sheets after the data included.
    expect(report.bytes).toBe(file.length);
    expect(report.eligible).toMatchObject({ "leading-enterprise": 1, town: 1 });
  });
});

describe("cells of an XLSX", () => {
  it("read numbers, Excel's TRUE/FALSE and text alike", async () => {
    const values = subject(1, "企业", { [FACTS.shopRetailYuan.label]: 50_000_000 });
    const cells = cellsOf(values);
    cells[col(FACTS.newShop.label) - 1] = true;
    cells[col(FACTS.counted.label) - 1] = false;
    const { rows } = await take(await xlsx([cells]), xlsxOptions);
    expect(rows[0]!.facts).toEqual({
      subjectType: "enterprise",
      shopRetailYuan: 50_000_000,
      newShop: true,
      counted: false,
    });
  });

  it("keep every Chinese character whole in a workbook whose text runs past the unzipper's 16 KB chunks", async () => {
    const names = Array.from({ length: 1500 }, (_, i) => `淄博市张店区某某电子商务有限公司第${i + 1}分公司`);
    const file = await xlsx(names.map((name, i) => cellsOf(subject(i + 1, "企业", {}, name))));
    for (const source of [file, chunked(file, 256)]) {
      const { rows, errors } = await take(source, xlsxOptions);
      expect(errors).toEqual([]);
      expect(rows.map((r) => r.name)).toEqual(names);
    }
  });

  it("read a share typed as 85% (stored 0.85 in a percent format) as 85", async () => {
    const file = await xlsx([cellsOf(subject(1, "企业"))], TEMPLATE_HEADERS, (sheet) => {
      const cell = sheet.getCell(2, col(FACTS.parcelSharePercent.label));
      cell.value = 0.85;
      cell.numFmt = "0%";
    });
    const { rows } = await take(file, xlsxOptions);
    expect(rows[0]!.facts.parcelSharePercent).toBe(85);
  });

  it("report a formula cell, even with a cached result, and keep the other rows", async () => {
    const cells = cellsOf(subject(2, "企业"));
    cells[col(FACTS.physicalGoodsRetailYuan.label) - 1] = { formula: "1000*30000", result: 30_000_000 };
    const file = await xlsx([cellsOf(subject(1, "企业")), cells, cellsOf(subject(3, "企业"))]);
    const { rows, errors } = await take(file, xlsxOptions);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(errors).toEqual([
      { row: 3, column: FACTS.physicalGoodsRetailYuan.label, message: expect.stringContaining("公式") },
    ]);
  });

  it("report the cells of a shared formula (those without formula text of their own) too", async () => {
    const file = await xlsx(
      [cellsOf(subject(1, "企业")), cellsOf(subject(2, "企业"))],
      TEMPLATE_HEADERS,
      (sheet) => {
        const c = col(FACTS.activeShops.label);
        sheet.getCell(2, c).value = {
          formula: "1+1",
          result: 2,
          shareType: "shared",
          ref: "G2:G3",
        } as ExcelJS.CellValue;
        sheet.getCell(3, c).value = {
          sharedFormula: sheet.getCell(2, c).address,
          result: 2,
        } as ExcelJS.CellValue;
      },
    );
    const { rows, errors } = await take(file, xlsxOptions);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, FACTS.activeShops.label],
      [3, FACTS.activeShops.label],
    ]);
  });

  it("refuse a credit code stored as a number, which Excel has rounded", async () => {
    const cells = cellsOf(subject(1, "企业"));
    cells[0] = 913703031234567800;
    const { errors } = await take(await xlsx([cells]), xlsxOptions);
    expect(errors).toEqual([
      { row: 2, column: "统一社会信用代码", message: expect.stringContaining("文本格式") },
    ]);
  });

  it("keep the sheet's own row numbers across empty rows, and ignore notes in a column without header", async () => {
    const file = await xlsx([], TEMPLATE_HEADERS, (sheet) => {
      sheet.getRow(2).values = cellsOf(subject(1, "企业"));
      sheet.getRow(5).values = [...cellsOf(subject(2, "企业", { 在库存续时间: "一年" })), null, "备注"];
    });
    const { rows, errors } = await take(file, xlsxOptions);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 5, column: "在库存续时间", message: expect.stringContaining("不是数字") },
    ]);
  });
});

/** A zip holding one stored file: a valid archive that is no workbook. */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralAt = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe("files that are not a readable workbook", () => {
  it("refuses text sent as XLSX", async () => {
    expect(await failure(Buffer.from("统一社会信用代码,名称\r\n"), xlsxOptions)).toMatchObject({
      code: "bad_xlsx",
      status: 400,
    });
  });

  it("refuses a zip that holds no worksheet", async () => {
    const e = await failure(zipOf("hello.txt", "hello"), xlsxOptions);
    expect(e).toMatchObject({ code: "bad_xlsx" });
    expect(e.message).toContain("不是有效的 Excel");
  });

  it("refuses a workbook cut off in the middle", async () => {
    const file = await xlsx([cellsOf(subject(1, "企业"))]);
    expect(await failure(file.subarray(0, Math.floor(file.length / 2)), xlsxOptions)).toMatchObject({
      code: "bad_xlsx",
    });
  });

  it("refuses an old .xls (or password-protected) file with 415 and what to do", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);
    const e = await failure(ole, { contentType: "application/vnd.ms-excel" });
    expect(e).toMatchObject({ code: "old_excel", status: 415 });
    expect(e.message).toContain("另存为 .xlsx 或 CSV");
  });

  it("reads a workbook sent with a CSV type as the workbook it is", async () => {
    const { report } = await take(await xlsx([cellsOf(subject(1, "企业"))]), {
      contentType: "application/vnd.ms-excel",
    });
    expect(report).toMatchObject({ format: "xlsx", valid: 1 });
  });

  it("refuses a workbook with only the header", async () => {
    expect(await failure(await xlsx([]), xlsxOptions)).toMatchObject({ code: "no_rows" });
  });

  it("reads the data from the first sheet that has any, past an empty one", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1");
    const sheet = book.addWorksheet("纳统");
    sheet.addRow([...TEMPLATE_HEADERS]);
    sheet.addRow(cellsOf(subject(1, "企业")));
    const { report } = await take(Buffer.from(await book.xlsx.writeBuffer()), xlsxOptions);
    expect(report.valid).toBe(1);
  });

  it("refuses a workbook whose only sheet is empty", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1");
    const file = Buffer.from(await book.xlsx.writeBuffer());
    expect(await failure(file, { contentType: XLSX_TYPE })).toMatchObject({ code: "empty_file" });
  });

  it("refuses wrong headers in a workbook as in a CSV", async () => {
    const e = await failure(await xlsx([["甲", 1]], ["企业名称", "金额"]), xlsxOptions);
    expect(e).toMatchObject({ code: "bad_headers" });
  });
});

describe("stopping early", () => {
  it("leaves a workbook after the first batch and releases the upload", async () => {
    const file = await xlsx(Array.from({ length: 50 }, (_, i) => cellsOf(subject(i + 1, "企业"))));
    let released = false;
    async function* upload() {
      try {
        yield* chunked(file, 256);
      } finally {
        released = true;
      }
    }
    const run = readCountedFigures(upload(), { ...xlsxOptions, assessedOn: ASSESSED_ON, batchSize: 10 });
    for await (const batch of run) {
      expect(batch.rows).toHaveLength(10);
      break;
    }
    // The release runs as the streams unwind, a few turns of the event loop later.
    for (let turn = 0; turn < 100 && !released; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(true);
  });
});

describe("temporary files", () => {
  // Excel and exceljs write the worksheet before the shared strings, so the sheet waits in a temporary file.
  const tmpFiles = async (run: () => Promise<unknown>) => {
    const dir = mkdtempSync(join(tmpdir(), "zb-xlsx-test-"));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      await run();
      // The removal runs as the reader unwinds, a few turns of the event loop later.
      for (let turn = 0; turn < 200 && readdirSync(dir).length > 0; turn++)
        await new Promise((resolve) => setTimeout(resolve, 5));
      return readdirSync(dir);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("leaves none behind after a workbook is read, nor after one that stops early or is cut off", async () => {
    const file = await xlsx(Array.from({ length: 30 }, (_, i) => cellsOf(subject(i + 1, "企业"))));
    expect(await tmpFiles(() => take(file, xlsxOptions))).toEqual([]);
    expect(
      await tmpFiles(async () => {
        for await (const _ of readCountedFigures(chunked(file, 256), {
          ...xlsxOptions,
          assessedOn: ASSESSED_ON,
          batchSize: 10,
        }))
          break;
      }),
    ).toEqual([]);
    expect(await tmpFiles(() => failure(file.subarray(0, file.length - 40), xlsxOptions))).toEqual([]);
  });

  it("reads a sheet that waited in one the same as one read directly", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("纳统").addRows([[...TEMPLATE_HEADERS], cellsOf(subject(1, "企业"))]);
    const waited = Buffer.from(await book.xlsx.writeBuffer());
    const { rows } = await take(waited, xlsxOptions);
    expect(rows.map((r) => [r.uscc, r.name])).toEqual([[uscc(1), "主体1"]]);
  });
});

describe("the size limit on a workbook", () => {
  it("lets a workbook of exactly the limit through", async () => {
    const file = await xlsx([cellsOf(subject(1, "企业"))]);
    const { report } = await take(chunked(file, 512), { ...xlsxOptions, maxBytes: file.length });
    expect(report.valid).toBe(1);
  });

  it("stops a workbook one byte over it, while reading", async () => {
    const file = await xlsx([cellsOf(subject(1, "企业"))]);
    const e = await failure(chunked(file, 512), { ...xlsxOptions, maxBytes: file.length - 1 });
    expect(e).toMatchObject({ code: "file_too_large", status: 413 });
  });
});
