// Raw rows of a CSV, streamed: bytes → text (decode.ts) → csv-parse, one record at a time, pulled
// by the consumer so that nothing is read ahead of what it has stored. Rows are numbered by record,
// the header being row 1, so a cell with a line break inside quotes still counts as one row (as Excel
// shows it); empty lines are numbered too and come out as blank rows.

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import { decodeCsv, type CsvEncoding } from "./decode.ts";
import { MatchingFileError } from "./errors.ts";
import type { RawRow } from "./types.ts";

/** A record longer than this is a quote left open swallowing the file, not a row. */
const MAX_RECORD_CHARS = 1_000_000;

function csvProblem(err: CsvError): MatchingFileError {
  const where = typeof err.lines === "number" ? `（约第 ${err.lines} 行）` : "";
  const what =
    err.code === "CSV_QUOTE_NOT_CLOSED"
      ? "有一个引号没有闭合"
      : err.code === "CSV_MAX_RECORD_SIZE"
        ? "有一行过长，可能是引号没有闭合"
        : "格式有误";
  return new MatchingFileError(
    "bad_csv",
    `CSV 文件${what}${where}，之后的内容无法读取；请用 Excel 打开后重新另存为 CSV`,
  );
}

export async function* readCsv(
  bytes: AsyncIterable<Uint8Array>,
  onEncoding?: (encoding: CsvEncoding) => void,
): AsyncGenerator<RawRow> {
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ["\r\n", "\n", "\r"],
    max_record_size: MAX_RECORD_CHARS,
  });
  const feeding = pipeline(Readable.from(decodeCsv(bytes, onEncoding)), parser);
  // Its failure reaches us through the parser's iterator; an early stop by the consumer is no failure.
  feeding.catch(() => {});
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record };
    }
    await feeding;
  } catch (err) {
    if (err instanceof CsvError) throw csvProblem(err);
    throw err;
  } finally {
    parser.destroy();
  }
}
