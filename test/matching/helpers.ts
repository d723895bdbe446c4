// Files to import, built in memory: CSV text in UTF-8 or GBK (Node has no GBK encoder, so one is
// made from its GBK decoder), XLSX workbooks with exceljs, valid credit codes, and a reader that
// takes every batch of a run.

import ExcelJS from "exceljs";
import {
  readCountedFigures,
  TEMPLATE_HEADERS,
  XLSX_TYPE,
  type AssessedRow,
  type ImportOptions,
  type MatchingReport,
  type RowError,
  type Source,
} from "../../api/matching/index.ts";
import { usccCheckCharacter } from "../../rules/index.ts";

export const ASSESSED_ON = "2025-06-01";
export const WAN = 10_000;

/** The n-th valid 统一社会信用代码 (check character computed). */
export function uscc(n: number): string {
  const first17 = `91370303MA${String(n).padStart(7, "0")}`;
  return first17 + usccCheckCharacter(first17)!;
}

let gbkTable: Map<string, number[]> | null = null;

/** Text → GBK bytes, from every two-byte sequence Node's TextDecoder("gbk") reads. */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder("gbk", { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // not a character
        }
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
export const withBom = (text: string) => utf8(`\uFEFF${text}`);

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type Values = Record<string, string | number | boolean | null>;

/** A CSV with the given headers (the template's by default) and one line per row of values by header. */
export function csvText(rows: Values[], headers: readonly string[] = TEMPLATE_HEADERS): string {
  const lines = [headers.map(csvField).join(",")];
  for (const r of rows) lines.push(headers.map((h) => csvField(cellOf(r[h]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function cellOf(v: Values[string] | undefined): string | number {
  if (v === undefined || v === null) return "";
  if (typeof v === "boolean") return v ? "是" : "否";
  return v;
}

/**
 * A row of the template: identity columns plus facts by their Chinese label. A fact given as
 * undefined is left out, so facts built from object literals with differing keys fit.
 */
export function subject(
  n: number,
  type: string,
  facts: Record<string, Values[string] | undefined> = {},
  name = `主体${n}`,
): Values {
  const row: Values = { 统一社会信用代码: uscc(n), 名称: name, 所属区县: "张店区", 主体类型: type };
  for (const [label, value] of Object.entries(facts)) if (value !== undefined) row[label] = value;
  return row;
}

/** The bytes in chunks of `size`, as an upload arrives. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export interface Taken {
  rows: AssessedRow[];
  errors: RowError[];
  batches: number;
  report: MatchingReport;
}

/** Runs an import to the end, keeping every batch. */
export async function take(source: Source, options: Partial<ImportOptions> = {}): Promise<Taken> {
  const run = readCountedFigures(source, { contentType: "text/csv", assessedOn: ASSESSED_ON, ...options });
  const rows: AssessedRow[] = [];
  const errors: RowError[] = [];
  let batches = 0;
  for await (const b of run) {
    batches++;
    rows.push(...b.rows);
    errors.push(...b.errors);
  }
  return { rows, errors, batches, report: run.report() };
}

/** The error a run fails with (or a failure of the test when it does not fail). */
export async function failure(source: Source, options: Partial<ImportOptions> = {}): Promise<Error> {
  try {
    await take(source, options);
  } catch (err) {
    return err as Error;
  }
  throw new Error("the import did not fail");
}

export type XlsxCell = ExcelJS.CellValue;

/** An XLSX whose first sheet holds the header and the rows as given (formulas as exceljs values). */
export async function xlsx(
  rows: XlsxCell[][],
  headers: readonly string[] = TEMPLATE_HEADERS,
  edit?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sheet1");
  sheet.addRow([...headers]);
  for (const r of rows) sheet.addRow(r);
  edit?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const xlsxOptions = { contentType: XLSX_TYPE };

/** The cells of a template row in header order. */
export function cellsOf(values: Values, headers: readonly string[] = TEMPLATE_HEADERS): XlsxCell[] {
  return headers.map((h) => {
    const v = values[h];
    if (v === undefined || v === null) return null;
    if (typeof v === "boolean") return v ? "是" : "否";
    return v;
  });
}
