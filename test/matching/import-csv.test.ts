// Importing a CSV of counted figures: every valid row comes out with its facts and assessment, every
// bad row is reported with its row number (the header being row 1) and skipped, and a file that
// cannot be read at all is refused with a clear message.

import { describe, expect, it } from "vitest";
import {
  MAX_BYTES,
  MatchingFileError,
  readCountedFigures,
  TEMPLATE_HEADERS,
  templateCsv,
} from "../../api/matching/index.ts";
import { FACTS } from "../../rules/index.ts";
import {
  ASSESSED_ON,
  chunked,
  csvText,
  failure,
  gbk,
  subject,
  take,
  uscc,
  utf8,
  WAN,
  withBom,
  type Values,
} from "./helpers.ts";

const rows: Values[] = [
  subject(1, "企业", {
    当年实物商品网络零售额: 80_000_000,
    "网络零售额已纳统（纳入第三方大数据公司统计）": "是",
  }),
  subject(2, "行政村", { 年度网络零售额: "15,000,000", 活跃网店数量: 25 }, "某某村"),
  subject(3, "乡镇", { 乡镇内电商村数量: 4 }, "某某镇"),
];

describe("a CSV in the template's shape", () => {
  it("round-trips: the template's header, filled in, gives back the facts written", async () => {
    const header = templateCsv().toString("utf8");
    expect(header.startsWith("\uFEFF")).toBe(true);
    const text = header + csvText(rows).split("\r\n").slice(1).join("\r\n");
    const { rows: out, report } = await take(utf8(text));
    expect(out.map((r) => [r.row, r.uscc, r.name, r.district, r.facts])).toEqual([
      [
        2,
        uscc(1),
        "主体1",
        "张店区",
        { subjectType: "enterprise", counted: true, physicalGoodsRetailYuan: 80_000_000 },
      ],
      [
        3,
        uscc(2),
        "某某村",
        "张店区",
        { subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25 },
      ],
      [4, uscc(3), "某某镇", "张店区", { subjectType: "town", ecommerceVillages: 4 }],
    ]);
    expect(report).toMatchObject({
      format: "csv",
      encoding: "utf-8",
      rows: 3,
      valid: 3,
      invalid: 0,
      errors: [],
    });
    expect(report.eligible).toMatchObject({ "leading-enterprise": 1, village: 1, town: 1 });
  });

  it("assesses each row on the date given, with the same rules as every other assessment", async () => {
    const { rows: out } = await take(utf8(csvText(rows)));
    const leading = out[0]!.assessment.results.find((r) => r.clause === "leading-enterprise")!;
    expect(out[0]!.assessment.assessedOn).toBe(ASSESSED_ON);
    expect(leading).toMatchObject({ status: "eligible", estimatedAmountYuan: 40_000 });
  });

  it("reads the same file alike in UTF-8 with a BOM, without one, and in GBK", async () => {
    const text = csvText(rows);
    const results = await Promise.all([take(withBom(text)), take(utf8(text)), take(gbk(text))]);
    expect(results.map((r) => r.report.encoding)).toEqual(["utf-8", "utf-8", "gbk"]);
    const facts = results.map((r) => r.rows.map((x) => [x.name, x.facts]));
    expect(facts[1]).toEqual(facts[0]);
    expect(facts[2]).toEqual(facts[0]);
  });

  it("reads a GBK file that arrives one byte at a time", async () => {
    const { rows: out, report } = await take(chunked(gbk(csvText(rows)), 1));
    expect(report.encoding).toBe("gbk");
    expect(out.map((r) => r.name)).toEqual(["主体1", "某某村", "某某镇"]);
  });

  it("reads headers typed with spaces and full-width brackets, in another order, with columns left out", async () => {
    const headers = [
      "名 称",
      "主体类型",
      "当年实物商品网络零售额（元）",
      "统一社会信用代码",
      "网络零售额已纳统(纳入第三方大数据公司统计)",
    ];
    const text = csvText(
      [
        {
          "名 称": "甲",
          主体类型: "企业",
          "当年实物商品网络零售额（元）": 30_000_000,
          统一社会信用代码: uscc(9),
          "网络零售额已纳统(纳入第三方大数据公司统计)": "否",
        },
      ],
      headers,
    );
    const { rows: out } = await take(utf8(text));
    expect(out[0]).toMatchObject({
      uscc: uscc(9),
      name: "甲",
      district: null,
      facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 30_000_000, counted: false },
    });
  });

  it("ignores an unknown column, with one warning naming it", async () => {
    const headers = [...TEMPLATE_HEADERS, "备注"];
    const { report } = await take(utf8(csvText([{ ...rows[0]!, 备注: "见附件" }], headers)));
    expect(report.valid).toBe(1);
    expect(report.warnings).toEqual([{ row: 1, column: "备注", message: "模板中没有这一列，已忽略" }]);
  });

  it("leaves a blank fact out of the facts (unknown), never 0 or 否", async () => {
    const { rows: out } = await take(utf8(csvText([subject(1, "企业")])));
    expect(out[0]!.facts).toEqual({ subjectType: "enterprise" });
  });

  it("numbers rows by record, so a name with a line break inside quotes is one row", async () => {
    const text = csvText([
      subject(1, "企业", {}, "甲\n乙"),
      subject(2, "企业"),
      {},
      subject(3, "企业", { 在库存续时间: "x" }),
    ]);
    const { rows: out, errors } = await take(utf8(text));
    expect(out.map((r) => [r.row, r.name])).toEqual([
      [2, "甲 乙"],
      [3, "主体2"],
    ]);
    // Row 4 is blank (skipped, still counted as a row of the file); row 5 has the error.
    expect(errors).toEqual([
      { row: 5, column: "在库存续时间", message: expect.stringContaining("不是数字") },
    ]);
  });
});

describe("bad rows", () => {
  const file = (): Values[] => {
    const out: Values[] = [];
    for (let i = 1; i <= 40; i++) out.push(subject(i, "企业", { 当年实物商品网络零售额: 30_000_000 + i }));
    out[4] = { ...out[4]!, 当年实物商品网络零售额: "三千万" }; // row 6
    out[9] = { ...out[9]!, 统一社会信用代码: "91370303MA0000000X", 主体类型: "公司" }; // row 11
    out[19] = { ...out[19]!, 名称: "", 所属区县: "桓台区", 为独立法人: "有" }; // row 21
    out[39] = { ...out[39]!, 在库存续时间: -3 }; // row 41
    return out;
  };

  it("are each reported with row, column and every problem, and every valid row is kept", async () => {
    const { rows: out, errors, report } = await take(utf8(csvText(file())), { batchSize: 7 });
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [6, "当年实物商品网络零售额"],
      [11, "统一社会信用代码"],
      [11, "主体类型"],
      [21, "名称"],
      [21, "所属区县"],
      [21, "为独立法人"],
      [41, "在库存续时间"],
    ]);
    expect(errors[0]!.message).toContain("请填写 30000000");
    expect(out).toHaveLength(36);
    expect(out.map((r) => r.row)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 2).filter((r) => ![6, 11, 21, 41].includes(r)),
    );
    expect(report).toMatchObject({ rows: 40, valid: 36, invalid: 4, errorCount: 7, errorsTruncated: false });
  });

  it("keep at most maxErrors in the report, counting them all, while each batch carries its own in full", async () => {
    const { errors, report } = await take(utf8(csvText(file())), { maxErrors: 3 });
    expect(errors).toHaveLength(7);
    expect(report.errors).toEqual(errors.slice(0, 3));
    expect(report).toMatchObject({ errorCount: 7, errorsTruncated: true });
  });

  it("include a repeated credit code: the first row is kept, the later one reported and skipped", async () => {
    const text = csvText([subject(1, "企业"), subject(2, "企业"), subject(1, "企业", {}, "重复的主体")]);
    const { rows: out, errors, report } = await take(utf8(text));
    expect(out.map((r) => r.name)).toEqual(["主体1", "主体2"]);
    expect(errors).toEqual([
      { row: 4, column: "统一社会信用代码", message: "统一社会信用代码与第 2 行重复，已跳过本行" },
    ]);
    expect(report).toMatchObject({ valid: 2, invalid: 1, duplicates: 1 });
  });

  it("include a cell that looks like a formula (=, +, -, @), refused rather than stored", async () => {
    const text = csvText([
      subject(1, "企业", {}, '=HYPERLINK("http://x","点我")'),
      subject(2, "企业", { 年度网络零售额: "-1+2" }),
    ]);
    const { errors, report } = await take(utf8(text));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "名称"],
      [3, "年度网络零售额"],
    ]);
    expect(errors[0]!.message).toContain("疑似公式");
    expect(report.valid).toBe(0);
  });

  it("include a row whose cells have shifted (an unquoted 80,000,000), naming the extra column", async () => {
    const text = `${TEMPLATE_HEADERS.join(",")}\r\n${uscc(1)},甲,张店区,企业,${",".repeat(TEMPLATE_HEADERS.length - 5)}80,000,000\r\n`;
    const { errors } = await take(utf8(text));
    expect(errors).toEqual([
      { row: 2, column: "第 32 列（AF 列）", message: expect.stringContaining("比表头多") },
      { row: 2, column: "第 33 列（AG 列）", message: expect.stringContaining("比表头多") },
    ]);
  });

  it("include a GBK row far into a UTF-8 file (past the sample the encoding is chosen on)", async () => {
    const before = Array.from({ length: 1000 }, (_, i) => subject(i + 1, "企业"));
    const head = utf8(csvText(before));
    expect(head.length).toBeGreaterThan(64 * 1024);
    const bytes = new Uint8Array([
      ...head,
      ...gbk(`${uscc(1001)},某某公司,张店区,企业\r\n`),
      ...utf8(`${uscc(1002)},乙,,企业\r\n`),
    ]);
    const { rows: out, errors, report } = await take(chunked(bytes, 4096));
    expect(report.encoding).toBe("utf-8");
    // Every cell of that row written in GBK is reported; the rows around it are kept.
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [1002, "名称"],
      [1002, "所属区县"],
      [1002, "主体类型"],
    ]);
    expect(errors[0]!.message).toContain("无法识别的字符");
    expect(out).toHaveLength(1001);
    expect(out.at(-1)).toMatchObject({ row: 1003, name: "乙" });
  });

  it("include a row with bytes the file's encoding cannot read", async () => {
    const good = gbk(csvText([subject(1, "企业"), subject(2, "企业")]));
    const bad = gbk(`${uscc(3)},甲`);
    const bytes = new Uint8Array([...good, ...bad, 0xff, ...gbk(",张店区,企业\r\n")]);
    const { rows: out, errors } = await take(bytes);
    expect(out).toHaveLength(2);
    expect(errors).toEqual([{ row: 4, column: "名称", message: expect.stringContaining("无法识别的字符") }]);
  });
});

describe("files that cannot be read", () => {
  it("refuses an empty file", async () => {
    const e = await failure(new Uint8Array());
    expect(e).toMatchObject({ code: "empty_file", status: 400 });
    expect(e.message).toContain("文件是空的");
  });

  it("refuses a file of blank lines as empty", async () => {
    expect(await failure(withBom("\r\n\r\n,,,\r\n"))).toMatchObject({ code: "empty_file" });
  });

  it("refuses a file with only the header", async () => {
    const e = await failure(templateCsv());
    expect(e).toMatchObject({ code: "no_rows", message: "文件只有表头，没有数据行" });
  });

  it("refuses wrong headers, naming the missing columns", async () => {
    const e = await failure(utf8("企业名称,金额\r\n甲,100\r\n"));
    expect(e).toBeInstanceOf(MatchingFileError);
    expect(e).toMatchObject({ code: "bad_headers", status: 400 });
    expect(e.message).toContain("缺少必需的列：统一社会信用代码、主体类型");
  });

  it("refuses bytes that are neither UTF-8 nor GBK", async () => {
    const noise = new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i % 2 ? 0xff : 0x80)));
    expect(await failure(noise)).toMatchObject({ code: "bad_encoding", status: 400 });
  });

  it("refuses a binary file sent as CSV", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const e = await failure(png);
    expect(e).toMatchObject({ code: "bad_encoding" });
    expect(e.message).toContain("二进制");
  });

  it("refuses a quote left open, saying where", async () => {
    const text = `${csvText([subject(1, "企业")])}${uscc(2)},"甲,张店区,企业\r\n`;
    const e = await failure(utf8(text));
    expect(e).toMatchObject({ code: "bad_csv" });
    expect(e.message).toContain("引号没有闭合");
  });

  it("refuses a type that is neither CSV nor XLSX", async () => {
    expect(await failure(utf8(csvText(rows)), { contentType: "application/pdf" })).toMatchObject({
      code: "unsupported_type",
      status: 415,
    });
  });

  it("refuses an assessment date that is not a real date", () => {
    expect(() =>
      readCountedFigures(utf8(csvText(rows)), { contentType: "text/csv", assessedOn: "2025-02-30" }),
    ).toThrow(/评估日期/);
  });
});

describe("the size limit", () => {
  it("is 50 MB by default", () => {
    expect(MAX_BYTES).toBe(50 * 1024 * 1024);
  });

  it("lets a file of exactly the limit through", async () => {
    const bytes = utf8(csvText(rows));
    const { report } = await take(chunked(bytes, 100), { maxBytes: bytes.length });
    expect(report).toMatchObject({ valid: 3, bytes: bytes.length });
  });

  it("stops a file one byte over it while reading, with a clear message", async () => {
    const bytes = utf8(csvText(rows));
    const e = await failure(chunked(bytes, 100), { maxBytes: bytes.length - 1 });
    expect(e).toMatchObject({ code: "file_too_large", status: 413 });
    expect(e.message).toContain("上限");
  });

  it("stops reading the upload at the limit, not at its end", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield utf8(csvText([subject(pulled, "企业")]).split("\r\n")[1] + "\r\n");
      }
    }
    async function* upload() {
      yield utf8(csvText([]));
      yield* endless();
    }
    const e = await failure(upload(), { maxBytes: 10_000 });
    expect(e).toMatchObject({ code: "file_too_large" });
    expect(pulled).toBeLessThan(200);
  });
});

describe("batches", () => {
  it("come in the size asked, and the next is read only when asked for", async () => {
    let pulled = 0;
    const lines = csvText(Array.from({ length: 1000 }, (_, i) => subject(i + 1, "企业"))).split(/(?<=\r\n)/);
    async function* upload() {
      for (const line of lines) {
        pulled++;
        yield utf8(line);
      }
    }
    const run = readCountedFigures(upload(), {
      contentType: "text/csv",
      assessedOn: ASSESSED_ON,
      batchSize: 10,
    });
    const it = run[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.done).toBe(false);
    expect(first.value!.rows).toHaveLength(10);
    // What was pulled is the first batch and the stream buffers' share, not the whole file.
    expect(pulled).toBeLessThan(lines.length);
    let total = 10;
    for (let r = await it.next(); !r.done; r = await it.next()) total += r.value.rows.length;
    expect(total).toBe(1000);
    expect(pulled).toBe(lines.length);
    expect(run.report().valid).toBe(1000);
  });

  it("carry rows with their district, facts and assessment, ready to store", async () => {
    const { rows: out } = await take(
      utf8(csvText([subject(1, "企业", { [FACTS.loanAmountYuan.label]: 100 * WAN })])),
    );
    expect(Object.keys(out[0]!).sort()).toEqual(["assessment", "district", "facts", "name", "row", "uscc"]);
    expect(out[0]!.assessment.results.find((r) => r.clause === "loan")!.status).toBe("eligible");
  });

  it("stop with the caller: leaving after the first batch releases the upload", async () => {
    let released = false;
    const bytes = utf8(csvText(Array.from({ length: 2000 }, (_, i) => subject(i + 1, "企业"))));
    async function* upload() {
      try {
        yield* chunked(bytes, 1024);
      } finally {
        released = true;
      }
    }
    const run = readCountedFigures(upload(), {
      contentType: "text/csv",
      assessedOn: ASSESSED_ON,
      batchSize: 10,
    });
    for await (const batch of run) {
      expect(batch.rows).toHaveLength(10);
      break;
    }
    // The release runs as the streams unwind, a few turns of the event loop later.
    for (let turn = 0; turn < 100 && !released; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(true);
    expect(() => run.report()).toThrow();
  });

  it("give the report only once every batch has been taken", async () => {
    const run = readCountedFigures(utf8(csvText(rows)), { contentType: "text/csv", assessedOn: ASSESSED_ON });
    expect(() => run.report()).toThrow();
    for await (const _ of run);
    expect(run.report().valid).toBe(3);
  });
});
