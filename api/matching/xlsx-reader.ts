// exceljs's streaming workbook reader, made to keep characters whole. It turns each chunk of an
// unzipped part into text on its own, so a Chinese character cut between two chunks (the unzipper
// gives 16 KB at a time; any shared-strings part of a real file is longer) comes out as two U+FFFD
// (exceljs issues #2063, #2084, still open). Here every part is decoded as a stream instead.

import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";

type Chunks = AsyncIterable<Buffer | string>;

/** The parts of exceljs's WorkbookReader that are overridden (not in its type declarations). */
interface ReaderInternals {
  _parseRels(entry: Readable): unknown;
  _parseWorkbook(entry: Readable): unknown;
  _parseSharedStrings(entry: Readable): unknown;
  _parseStyles(entry: Readable): unknown;
  _parseWorksheet(iterator: Chunks, sheetNo: string): unknown;
}

export interface StreamingSheet extends AsyncIterable<StreamingRow> {
  name: string;
}
export interface StreamingRow {
  number: number;
  eachCell(
    options: { includeEmpty: boolean },
    f: (cell: { value: unknown; numFmt?: string }, col: number) => void,
  ): void;
}

export type WorkbookReader = AsyncIterable<StreamingSheet>;
type Base = new (input: Readable, options: object) => ReaderInternals & WorkbookReader;

async function* wholeCharacters(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

let Reader: Base | null = null;

/** A streaming reader of the workbook in `input` (exceljs is imported on first use: it is slow to load). */
export async function workbookReader(input: Readable, options: object): Promise<WorkbookReader> {
  if (!Reader) {
    const { default: ExcelJS } = await import("exceljs");
    const WorkbookReaderBase = ExcelJS.stream.xlsx.WorkbookReader as unknown as Base;
    Reader = class extends WorkbookReaderBase {
      // A part read as a stream of text: the stream's own decoder keeps characters whole.
      override _parseRels(entry: Readable) {
        return super._parseRels(entry.setEncoding("utf8"));
      }
      override _parseWorkbook(entry: Readable) {
        return super._parseWorkbook(entry.setEncoding("utf8"));
      }
      override _parseSharedStrings(entry: Readable) {
        return super._parseSharedStrings(entry.setEncoding("utf8"));
      }
      override _parseStyles(entry: Readable) {
        return super._parseStyles(entry.setEncoding("utf8"));
      }
      // A worksheet comes as an iterator of the part's bytes, or of a temporary file's.
      override _parseWorksheet(iterator: Chunks, sheetNo: string) {
        return super._parseWorksheet(wholeCharacters(iterator), sheetNo);
      }
    };
  }
  return new Reader(input, options);
}
