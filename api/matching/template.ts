// The import template (GET /api/matching/template): the header row as CSV (UTF-8 with a BOM, so
// that Excel in China opens it as UTF-8 rather than GBK), or as an XLSX whose first sheet has the
// header, cell formats that keep the data exact (the credit code as text: as a number it would lose
// its last digits) and drop-down lists, and whose second sheet explains every column.

import { DISTRICTS, FACT_TYPES, FACTS, usccCheckCharacter } from "../../rules/index.ts";
import { TEMPLATE_COLUMNS, TEMPLATE_HEADERS, type TemplateColumn } from "./columns.ts";
import { INSTRUCTIONS_SHEET } from "./read-xlsx.ts";

export const DATA_SHEET = "纳统数据";

const SUBJECT_CHOICES = ["企业", "行政村", "乡镇", "电商产业园区"];

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function templateCsv(): Buffer {
  return Buffer.from(`\uFEFF${TEMPLATE_HEADERS.map(csvField).join(",")}\r\n`, "utf8");
}

const EXAMPLE_USCC = (() => {
  const first17 = "91370303MA3C00001";
  return first17 + usccCheckCharacter(first17)!;
})();

/** What to write in a column and an example, for the instructions sheet. */
export function columnGuide(c: TemplateColumn): { rule: string; example: string } {
  switch (c.field) {
    case "uscc":
      return {
        rule: "必填。18 位统一社会信用代码（行政村、乡镇填其委员会或政府的代码）",
        example: EXAMPLE_USCC,
      };
    case "name":
      return { rule: "必填。主体全称", example: "淄博某某电子商务有限公司" };
    case "district":
      return { rule: `可留空；填写时须为：${DISTRICTS.join("、")}`, example: "张店区" };
    case "subjectType":
      return { rule: `必填。${SUBJECT_CHOICES.join(" / ")} 之一`, example: "企业" };
    case "phone":
      return { rule: "可留空。没有微信联系方式时打电话用（电话联系名单）", example: "0533-1234567" };
  }
  const def = FACTS[c.field];
  switch (FACT_TYPES[c.field]) {
    case "yuan":
      return { rule: "金额，单位：元，填整数（不写「万」）；留空表示不清楚", example: "30000000" };
    case "count":
      return { rule: `整数，单位：${def.unit ?? "个"}；留空表示不清楚`, example: "25" };
    case "months":
      return { rule: "整数，单位：月；留空表示不清楚", example: "12" };
    case "percent":
      return { rule: "0 到 100 的数，85 或 85% 都表示 85%；留空表示不清楚", example: "85" };
    case "boolean":
      return { rule: "填「是」或「否」；留空表示不清楚", example: "是" };
  }
}

function listValidation(choices: readonly string[]) {
  return {
    type: "list" as const,
    allowBlank: true,
    formulae: [`"${choices.join(",")}"`],
    showErrorMessage: true,
    errorTitle: "请从列表中选择",
    error: `须为：${choices.join("、")}`,
  };
}

/** The template as an XLSX file. */
export async function templateXlsx(): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({
    header: c.header,
    width:
      c.field === "uscc" ? 22 : c.field === "name" ? 30 : Math.min(40, Math.max(12, c.header.length * 2 + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  const LAST = 10_001;
  // exceljs can validate a whole range at once (one rule in the file, not one per cell), though its
  // type declarations do not list it.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: object): void } })
    .dataValidations;
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const range = `${column.letter}2:${column.letter}${LAST}`;
    if (c.field === "uscc" || c.field === "phone") column.numFmt = "@";
    else if (c.field === "district") validations.add(range, listValidation(DISTRICTS));
    else if (c.field === "subjectType") validations.add(range, listValidation(SUBJECT_CHOICES));
    else if (c.field !== "name") {
      const type = FACTS[c.field].type;
      if (type === "boolean") validations.add(range, listValidation(["是", "否"]));
      else if (type !== "percent") column.numFmt = "0";
    }
  });
  // The header row keeps the general format.
  sheet.getRow(1).eachCell((cell) => (cell.numFmt = "General"));

  const guide = book.addWorksheet(INSTRUCTIONS_SHEET);
  guide.columns = [
    { header: "列名", width: 44 },
    { header: "填写要求", width: 60 },
    { header: "示例", width: 26 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of TEMPLATE_COLUMNS) {
    const { rule, example } = columnGuide(c);
    guide.addRow([c.header, rule, example]);
  }
  guide.addRow([]);
  guide.addRow(["说明", "一行填一个主体；第 1 行是表头，不要改动。单元格请填数值本身，不要用公式。"]);
  guide.addRow(["", "也可将本表另存为 CSV（UTF-8 或 Excel 默认编码均可）后导入；文件不超过 50 MB。"]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
