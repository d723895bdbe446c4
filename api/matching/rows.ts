// One raw row → a subject with its facts, or every problem of the row at once (row, column named by
// its header, message), so that one pass over the file tells staff all there is to fix.

import { FACT_TYPES, FACTS, type District, type Facts } from "../../rules/index.ts";
import { unnamedColumn, type Field, type MappedColumn, type TemplateFact } from "./columns.ts";
import type { Cell, RawRow, RowError } from "./types.ts";
import {
  hasUnreadableCharacters,
  isBlank,
  isPhone,
  looksLikeFormula,
  readCount,
  readDistrict,
  readMonths,
  readName,
  readPercent,
  readPhone,
  readSubjectType,
  readUscc,
  readYesNo,
  readYuan,
  type Read,
} from "./values.ts";

/** A valid row: who the subject is and the facts the file gives (without the assessment date). */
export interface CountedRow {
  row: number;
  uscc: string;
  name: string;
  district: District | null;
  /** The 联系电话 column, where the file has one and the row fills it. */
  phone?: string;
  facts: Facts;
}

export type RowOutcome =
  { kind: "blank" } | { kind: "valid"; value: CountedRow } | { kind: "invalid"; errors: RowError[] };

export interface RowOptions {
  /**
   * Cells to the right of the last header: in a CSV they mean the row's cells have shifted (an
   * unquoted 80,000,000 splits into three), so the row is refused; in an XLSX they are notes in an
   * unheaded column and are ignored.
   */
  extraCells: "error" | "ignore";
}

function readFact(key: TemplateFact, cell: Cell): Read<number | boolean> {
  const def = FACTS[key];
  switch (FACT_TYPES[key]) {
    case "yuan":
      return readYuan(cell);
    case "count":
      return readCount(cell, def.unit);
    case "months":
      return readMonths(cell);
    case "percent":
      return readPercent(cell);
    case "boolean":
      return readYesNo(cell);
  }
}

/** A reader of rows under one header: the header's columns are looked at once, not on every row. */
export function rowReader(
  columns: readonly (MappedColumn | null)[],
  options: RowOptions,
): (raw: RawRow) => RowOutcome {
  const mapped = columns.filter((c): c is MappedColumn => c !== null);
  const width = columns.length;
  return (raw) => {
    const { cells } = raw;
    const formulas = raw.formulaColumns ? new Set(raw.formulaColumns) : null;
    const extra: number[] = [];
    if (options.extraCells === "error")
      for (let i = width; i < cells.length; i++) if (!isBlank(cells[i] ?? null)) extra.push(i);
    if (extra.length === 0 && mapped.every((c) => isBlank(cells[c.index] ?? null) && !formulas?.has(c.index)))
      return { kind: "blank" };

    const errors: RowError[] = [];
    const fail = (column: string, message: string) => errors.push({ row: raw.row, column, message });
    const facts: Record<string, unknown> = {};
    let uscc = "";
    let name = "";
    let district: District | null = null;
    let phone: string | null = null;
    for (const c of mapped) {
      const cell = cells[c.index] ?? null;
      if (formulas?.has(c.index)) {
        fail(c.header, "单元格是公式，不采用其计算结果；请复制后「选择性粘贴 → 数值」再导入");
        continue;
      }
      if (hasUnreadableCharacters(cell)) {
        fail(c.header, "含有无法识别的字符（文件编码可能不一致），请检查该单元格并整份另存为 UTF-8 或 GBK");
        continue;
      }
      // +86… is a phone, not a formula.
      if (looksLikeFormula(cell) && !(c.field === "phone" && isPhone(cell))) {
        fail(c.header, `「${String(cell).trim()}」以 = + - @ 开头，疑似公式，已拒绝；请填写数值或文字本身`);
        continue;
      }
      const r = read(c.field, cell);
      if (!r.ok) fail(c.header, r.message);
      else if (c.field === "uscc") uscc = r.value as string;
      else if (c.field === "name") name = r.value as string;
      else if (c.field === "district") district = r.value as District | null;
      else if (c.field === "phone") phone = r.value as string | null;
      else if (r.value !== null) facts[c.field] = r.value;
    }
    for (const i of extra)
      fail(unnamedColumn(i), "该行的单元格比表头多，内容可能错位（CSV 中含逗号的数字须加引号），请核对该行");
    if (errors.length > 0) return { kind: "invalid", errors };
    // subjectType first, as people read facts; the others in the file's column order.
    const { subjectType, ...rest } = facts;
    return {
      kind: "valid",
      value: {
        row: raw.row,
        uscc,
        name,
        district,
        ...(phone ? { phone } : {}),
        facts: { subjectType, ...rest } as unknown as Facts,
      },
    };
  };
}

function read(field: Field, cell: Cell): Read<unknown> {
  switch (field) {
    case "uscc":
      return readUscc(cell);
    case "name":
      return readName(cell);
    case "district":
      return readDistrict(cell);
    case "subjectType":
      return readSubjectType(cell);
    case "phone":
      return readPhone(cell);
    default:
      // Blank means "not known yet": the fact is left out, never read as 0 or 否.
      return isBlank(cell) ? { ok: true, value: null } : readFact(field, cell);
  }
}
