// Raw rows of an XLSX, with exceljs's streaming reader: the first worksheet with any rows (the
// template's instructions sheet is skipped), a row at a time. A formula cell is reported, never read through its
// cached result (which may be stale or computed from cells nobody checked); a percent-formatted number
// (85% is stored as 0.85) comes out as the text 「85%」, as the person sees it.

import { Readable } from "node:stream";
import { MatchingFileError } from "./errors.ts";
import type { Cell, RawRow } from "./types.ts";
import { workbookReader, type StreamingRow } from "./xlsx-reader.ts";

export const INSTRUCTIONS_SHEET = "填写说明";

function notXlsx(): MatchingFileError {
  return new MatchingFileError(
    "bad_xlsx",
    "文件不是有效的 Excel（.xlsx）文件，可能已损坏；请用 Excel 打开后重新保存为 .xlsx，或另存为 CSV",
  );
}

interface ExcelCell {
  value: unknown;
  numFmt?: string;
}

/** A cell's value as the person sees it; "formula" for a formula cell. */
export function cellValue(cell: ExcelCell): Cell | "formula" {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (cell.numFmt?.includes("%")) return `${Number((v * 100).toPrecision(12))}%`;
    return v;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) return "formula";
    if (Array.isArray(o.richText))
      return o.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join("");
    if (typeof o.text === "string") return o.text;
    if (typeof o.error === "string") return o.error;
  }
  return String(v);
}

function rawRow(row: StreamingRow): RawRow {
  const cells: Cell[] = [];
  const formulaColumns: number[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    while (cells.length < col - 1) cells.push(null);
    const v = cellValue(cell);
    if (v === "formula") {
      formulaColumns.push(col - 1);
      cells[col - 1] = null;
    } else cells[col - 1] = v;
  });
  return formulaColumns.length > 0 ? { row: row.number, cells, formulaColumns } : { row: row.number, cells };
}

export async function* readXlsx(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  const input = Readable.from(bytes, { objectMode: false });
  // exceljs pipes the input into its unzipper, and a pipe does not pass errors on: a failure of the
  // input (the size limit) would leave the reader waiting forever, so each wait is also ended by it.
  // (One slot, overwritten by each wait: racing every wait against one long-pending promise would pile
  // a reaction per row on it, keeping every row alive.)
  let failed: { error: unknown } | null = null;
  let failPending: (err: unknown) => void = () => {};
  input.once("error", (error) => {
    failed = { error };
    failPending(error);
  });
  const race = <T>(p: Promise<T>): Promise<T> =>
    failed
      ? Promise.reject(failed.error)
      : new Promise<T>((resolve, reject) => {
          failPending = reject;
          p.then(resolve, reject);
        });

  const reader = await workbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    // Styles tell a percent or a date from a plain number.
    styles: "cache",
    entries: "ignore",
  });
  const sheets = reader[Symbol.asyncIterator]();
  // The upload's own failure (the size limit, a dropped connection) as it is; anything the unzipper
  // or the XML parser says means the bytes are not a workbook.
  const rethrow = (err: unknown): never => {
    if (err instanceof MatchingFileError || (failed && err === failed.error)) throw err;
    throw notXlsx();
  };
  let sawSheet = false;
  let complete = false;
  try {
    for (;;) {
      const next = await race(sheets.next()).catch(rethrow);
      if (next.done) break;
      const sheet = next.value;
      sawSheet = true;
      const data = sheet.name !== INSTRUCTIONS_SHEET;
      const rows = sheet[Symbol.asyncIterator]();
      let any = false;
      for (;;) {
        const r = await race(rows.next()).catch(rethrow);
        if (r.done) break;
        any = true;
        if (data) yield rawRow(r.value);
      }
      // The data is on the first sheet that has any; an empty 「Sheet1」 before it is passed over.
      if (data && any) break;
    }
    // A zip without a worksheet: a .docx, an .apk, anything but a workbook.
    if (!sawSheet) throw notXlsx();
    // The rest of the upload (parts after the data sheet) is read through, unparsed: the whole file
    // is counted against the size limit, and the sender's request is not left half read.
    input.unpipe();
    for await (const _ of input);
    complete = true;
  } finally {
    // On an early stop or a failure the rest is not read.
    if (!complete) input.destroy();
    void sheets.return?.(undefined).catch(() => {});
  }
}
