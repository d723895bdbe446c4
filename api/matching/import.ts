// Importing the counted figures (contract §11): the file is read, checked and assessed a batch at a
// time, and the next batch is read only when the caller asks for it — so a caller that stores each
// batch before taking the next holds one batch in memory however long the file is. A row with a
// problem is reported (row, column, message) and skipped; every other row comes out in a batch.

import { ApiError } from "../http/errors.ts";
import { assess, parseFacts, type Assessment, type ParameterOverrides } from "../../rules/index.ts";
import { matchHeaders, type HeaderMatch } from "./columns.ts";
import type { CsvEncoding } from "./decode.ts";
import { MatchingFileError } from "./errors.ts";
import { readCsv } from "./read-csv.ts";
import { readXlsx } from "./read-xlsx.ts";
import { rowReader, type CountedRow, type RowOutcome } from "./rows.ts";
import { detectFormat, limitedBytes, MAX_BYTES, peek, type FileFormat, type Source } from "./source.ts";
import { createTally, type Summary } from "./summary.ts";
import type { RawRow, RowError } from "./types.ts";
import { isBlank } from "./values.ts";

export const BATCH_SIZE = 500;
/** Errors kept in the report; all are counted, and every batch carries its own in full. */
export const MAX_REPORTED_ERRORS = 10_000;

export interface ImportOptions {
  /** The upload's Content-Type (text/csv or the xlsx type; the bytes are checked too). */
  contentType: string;
  /** The date the rows are assessed for (YYYY-MM-DD). */
  assessedOn: string;
  /** The bureau's dated standards (POLICY_PARAMETERS_FILE), as for every other assessment. */
  parameters?: ParameterOverrides;
  maxBytes?: number;
  batchSize?: number;
  maxErrors?: number;
}

export interface AssessedRow extends CountedRow {
  assessment: Assessment;
}

/** Rows to store (each with its assessment) and the problems found since the previous batch. */
export interface Batch {
  rows: AssessedRow[];
  errors: RowError[];
}

export interface MatchingReport extends Summary {
  format: FileFormat;
  /** For a CSV, the encoding it was read in (null when it held only ASCII). */
  encoding: CsvEncoding | null;
  assessedOn: string;
  bytes: number;
  /** Data rows read (blank rows not counted). */
  rows: number;
  valid: number;
  invalid: number;
  /** Rows skipped because an earlier valid row has the same 统一社会信用代码 (counted in `invalid` too). */
  duplicates: number;
  /** The first `maxErrors` problems, in file order. */
  errors: RowError[];
  errorCount: number;
  errorsTruncated: boolean;
  /** Columns of the header that were ignored. */
  warnings: RowError[];
}

export interface CountedFiguresRun extends AsyncIterable<Batch> {
  /** The totals, once every batch has been taken; throws before that. */
  report(): MatchingReport;
}

function checkDate(assessedOn: string): void {
  const r = parseFacts({ subjectType: "enterprise", assessedOn });
  if (!r.ok)
    throw new ApiError(400, "invalid_query", `评估日期须为 YYYY-MM-DD 格式的真实日期：${assessedOn}`);
}

/** Reads the file as batches of assessed rows; iterate it once, then read `report()`. */
export function readCountedFigures(source: Source, options: ImportOptions): CountedFiguresRun {
  checkDate(options.assessedOn);
  let report: MatchingReport | null = null;
  let started = false;
  return {
    [Symbol.asyncIterator]() {
      if (started) throw new Error("readCountedFigures: a run can be read only once");
      started = true;
      return run(source, options, (r) => (report = r));
    },
    report() {
      if (!report) throw new Error("readCountedFigures: the report is ready only after the last batch");
      return report;
    },
  };
}

async function* run(
  source: Source,
  options: ImportOptions,
  done: (report: MatchingReport) => void,
): AsyncGenerator<Batch> {
  const { assessedOn, parameters } = options;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const maxErrors = options.maxErrors ?? MAX_REPORTED_ERRORS;
  const counted = { bytes: 0 };
  const { head, chunks } = await peek(limitedBytes(source, options.maxBytes ?? MAX_BYTES, counted), 8);
  if (head.length === 0) throw new MatchingFileError("empty_file", "文件是空的（0 字节）");
  const format = detectFormat(options.contentType, head);
  let encoding: CsvEncoding | null = null;
  const raw: AsyncGenerator<RawRow> =
    format === "csv" ? readCsv(chunks, (e) => (encoding = e)) : readXlsx(chunks);

  const tally = createTally(assessedOn, parameters);
  const errors: RowError[] = [];
  let errorCount = 0;
  // Set by the first row that is not blank: the header.
  let header: { match: HeaderMatch; read: (raw: RawRow) => RowOutcome; usccColumn: string } | null = null;
  const firstRowOf = new Map<string, number>();
  let rows = 0;
  let valid = 0;
  let invalid = 0;
  let duplicates = 0;
  let batch: Batch = { rows: [], errors: [] };
  const refuse = (problems: RowError[]) => {
    invalid++;
    errorCount += problems.length;
    for (const p of problems) if (errors.length < maxErrors) errors.push(p);
    batch.errors.push(...problems);
  };

  for await (const r of raw) {
    if (!header) {
      if (r.cells.every(isBlank)) continue;
      const match = matchHeaders(r.cells, r.row);
      header = {
        match,
        read: rowReader(match.columns, { extraCells: format === "csv" ? "error" : "ignore" }),
        usccColumn: match.columns.find((c) => c?.field === "uscc")!.header,
      };
      continue;
    }
    const outcome = header.read(r);
    if (outcome.kind === "blank") continue;
    rows++;
    if (outcome.kind === "invalid") refuse(outcome.errors);
    else {
      const row = outcome.value;
      const first = firstRowOf.get(row.uscc);
      if (first !== undefined) {
        duplicates++;
        refuse([
          {
            row: row.row,
            column: header.usccColumn,
            message: `统一社会信用代码与第 ${first} 行重复，已跳过本行`,
          },
        ]);
      } else {
        firstRowOf.set(row.uscc, row.row);
        // Statuses and amounts only: the reasons are not kept, and building them was most of the work.
        const assessment = assess({ ...row.facts, assessedOn }, { parameters, explain: false });
        tally.add(assessment);
        valid++;
        batch.rows.push({ ...row, assessment });
      }
    }
    if (batch.rows.length + batch.errors.length >= batchSize) {
      yield batch;
      batch = { rows: [], errors: [] };
    }
  }
  if (!header) throw new MatchingFileError("empty_file", "文件是空的：没有表头，也没有数据");
  if (rows === 0) throw new MatchingFileError("no_rows", "文件只有表头，没有数据行");
  if (batch.rows.length + batch.errors.length > 0) yield batch;
  done({
    format,
    encoding,
    assessedOn,
    bytes: counted.bytes,
    rows,
    valid,
    invalid,
    duplicates,
    errors,
    errorCount,
    errorsTruncated: errorCount > errors.length,
    warnings: header.match.warnings,
    ...tally.summary(),
  });
}

/**
 * The whole import with a store for each batch: the next batch is read only once `store` has
 * finished with the last. On a MatchingFileError (thrown, possibly after some batches were stored),
 * the caller discards what it stored for this run.
 */
export async function importCountedFigures(
  source: Source,
  options: ImportOptions,
  store: (batch: Batch) => Promise<void> | void,
): Promise<MatchingReport> {
  const figures = readCountedFigures(source, options);
  for await (const batch of figures) await store(batch);
  return figures.report();
}
