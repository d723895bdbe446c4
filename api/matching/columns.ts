// The import template's columns (contract §11), derived from the fact table so that a new numeric or
// yes/no fact adds a column by itself, and the tolerant reading of a file's header row: people retype
// headers with spaces, full-width brackets, straight quotes or a unit in brackets, and move columns.

import { FACT_KEYS, FACT_TYPES, FACTS, type FactKey } from "../../rules/index.ts";
import { MatchingFileError } from "./errors.ts";
import type { Cell, RowError } from "./types.ts";

/** Fact types that fit in one spreadsheet cell as a figure or a 是/否. */
const CELL_FACT_TYPES = ["yuan", "count", "months", "percent", "boolean"] as const;
export type CellFactType = (typeof CELL_FACT_TYPES)[number];

export type TemplateFact = {
  [K in FactKey]: (typeof FACT_TYPES)[K] extends CellFactType ? K : never;
}[FactKey];

export const TEMPLATE_FACTS = FACT_KEYS.filter((k): k is TemplateFact =>
  (CELL_FACT_TYPES as readonly string[]).includes(FACTS[k].type),
);

export type Field = "uscc" | "name" | "district" | "subjectType" | "phone" | TemplateFact;

export interface TemplateColumn {
  field: Field;
  header: string;
  required: boolean;
  /** Other headers people use for the same column. */
  aliases: readonly string[];
}

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { field: "uscc", header: "统一社会信用代码", required: true, aliases: ["社会信用代码", "信用代码"] },
  { field: "name", header: "名称", required: true, aliases: ["主体名称", "企业名称", "单位名称"] },
  // Blank districts are allowed, so the column itself may be left out too.
  { field: "district", header: "所属区县", required: false, aliases: ["区县"] },
  { field: "subjectType", header: "主体类型", required: true, aliases: [FACTS.subjectType.label] },
  ...TEMPLATE_FACTS.map((k) => ({ field: k, header: FACTS[k].label, required: false, aliases: [] })),
];

/**
 * Columns a file may add to the template's (contract §11 fixes the template): 联系电话, who to phone
 * when no WeChat contact reaches the subject (the call list of 政策找人).
 */
export const OPTIONAL_COLUMNS: readonly TemplateColumn[] = [
  { field: "phone", header: "联系电话", required: false, aliases: ["电话", "手机", "手机号", "联系方式"] },
];

export const TEMPLATE_HEADERS: readonly string[] = TEMPLATE_COLUMNS.map((c) => c.header);

/** The spellings of a header that mean the same: full-width to half-width, no spaces, quotes or stars. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[【〔［[]/g, "(")
    .replace(/[】〕］\]]/g, ")")
    .replace(/[\s\u200b\ufeff"'“”‘’「」『』*]/g, "")
    .toLowerCase();
}

/** 「网络零售额已纳统(纳入…统计)」 → 「网络零售额已纳统」, so the bracketed note may be left out. */
function withoutTrailingNote(key: string): string | null {
  const m = /^(.+)\([^()]*\)$/.exec(key);
  return m ? m[1]! : null;
}

const BY_KEY = (() => {
  const map = new Map<string, TemplateColumn>();
  const add = (key: string, column: TemplateColumn) => {
    const other = map.get(key);
    if (other && other !== column) throw new Error(`模板列「${column.header}」与「${other.header}」同名`);
    map.set(key, column);
  };
  for (const c of [...TEMPLATE_COLUMNS, ...OPTIONAL_COLUMNS])
    for (const h of [c.header, ...c.aliases]) add(normalizeHeader(h), c);
  // Shortened forms only where they name one column alone.
  const short = new Map<string, TemplateColumn[]>();
  for (const c of TEMPLATE_COLUMNS) {
    const s = withoutTrailingNote(normalizeHeader(c.header));
    if (s && !map.has(s)) short.set(s, [...(short.get(s) ?? []), c]);
  }
  for (const [s, cs] of short) if (cs.length === 1) add(s, cs[0]!);
  return map;
})();

/** Units a header may carry in brackets, e.g. 「年度网络零售额（元）」; any other unit is an error. */
function unitsFor(field: Field): readonly string[] {
  if (
    field === "uscc" ||
    field === "name" ||
    field === "district" ||
    field === "subjectType" ||
    field === "phone"
  )
    return [];
  const def = FACTS[field];
  switch (FACT_TYPES[field]) {
    case "yuan":
      return ["元"];
    case "count":
      return ["个", "家", ...(def.unit ? [def.unit] : [])];
    case "months":
      return ["月", "个月"];
    case "percent":
      return ["%"];
    case "boolean":
      return ["是/否", "是否", "是或否"];
  }
}

export interface MappedColumn {
  index: number;
  field: Field;
  /** The header as written in the file, to name the column in messages. */
  header: string;
}

export interface HeaderMatch {
  /** One entry per cell of the header row: the column it holds, or null when it is ignored. */
  columns: (MappedColumn | null)[];
  /** Columns ignored, reported once each. */
  warnings: RowError[];
}

/** 0 → "A", 26 → "AA": how a spreadsheet names the column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** How a column without a header is named in messages. */
export function unnamedColumn(index: number): string {
  return `第 ${index + 1} 列（${columnLetter(index)} 列）`;
}

function cellText(cell: Cell): string {
  return cell === null ? "" : String(cell).trim();
}

/** Maps the header row to template columns; throws MatchingFileError naming every problem. */
export function matchHeaders(cells: readonly Cell[], row = 1): HeaderMatch {
  const columns: (MappedColumn | null)[] = [];
  const warnings: RowError[] = [];
  const problems: string[] = [];
  const seen = new Map<Field, MappedColumn>();
  const unknown: string[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    columns.push(null);
    if (header === "") return;
    const key = normalizeHeader(header);
    let column = BY_KEY.get(key);
    if (!column) {
      const base = withoutTrailingNote(key);
      const unit = base === null ? "" : key.slice(base.length + 1, -1);
      column = base === null ? undefined : BY_KEY.get(base);
      if (column && !unitsFor(column.field).includes(unit)) {
        const allowed = unitsFor(column.field);
        problems.push(
          allowed.length === 0
            ? `列「${header}」不应带单位，请改为「${column.header}」`
            : `列「${header}」的单位不符：${column.header}须以「${allowed[0]}」填写，请改为「${column.header}」并按${allowed[0]}填写数值`,
        );
        return;
      }
    }
    if (!column) {
      unknown.push(header);
      warnings.push({ row, column: header, message: "模板中没有这一列，已忽略" });
      return;
    }
    const before = seen.get(column.field);
    if (before) {
      problems.push(
        `「${column.header}」出现了两次：${unnamedColumn(before.index)}「${before.header}」和${unnamedColumn(index)}「${header}」`,
      );
      return;
    }
    const mapped = { index, field: column.field, header };
    seen.set(column.field, mapped);
    columns[index] = mapped;
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => c.required && !seen.has(c.field)).map((c) => c.header);
  if (missing.length > 0) problems.unshift(`缺少必需的列：${missing.join("、")}`);
  if (problems.length > 0) {
    const hint =
      seen.size === 0
        ? "第一行不是纳统数据模板的表头，请下载模板，按模板的表头填写"
        : "表头与纳统数据模板不符，请对照模板修改表头";
    if (unknown.length > 0) problems.push(`不认识的列：${unknown.join("、")}`);
    throw new MatchingFileError("bad_headers", `${hint}：${problems.join("；")}`, problems);
  }
  return { columns, warnings };
}
