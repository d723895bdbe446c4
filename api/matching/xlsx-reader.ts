// exceljs's streaming workbook reader, made to keep characters whole. It turns each chunk of an
// unzipped part into text on its own, so a Chinese character cut between two chunks (the unzipper
// gives 16 KB at a time; any shared-strings part of a real file is longer) comes out as two U+FFFD
// (exceljs issues #2063, #2084, still open). Here every part is decoded as a stream instead.

import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

type Chunks = AsyncIterable<Buffer | string>;

/** The parts of exceljs's WorkbookReader that are overridden or used (not in its type declarations). */
interface ReaderInternals {
  input: Readable;
  sharedStrings?: unknown;
  workbookRels?: unknown;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Iterable<unknown>;
  _parseRels(entry: Readable): unknown;
  _parseWorkbook(entry: Readable): unknown;
  _parseStyles(entry: Readable): unknown;
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
interface ZipEntry extends Readable {
  path: string;
  autodrain(): unknown;
}

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
    // exceljs's own unzipper, the one its reader is written against.
    const unzipper = createRequire(createRequire(import.meta.url).resolve("exceljs"))("unzipper") as {
      Parse(options: { forceStream: true }): NodeJS.ReadWriteStream & AsyncIterable<ZipEntry>;
    };
    Reader = class extends WorkbookReaderBase {
      // The parts in the order the zip holds them, as exceljs reads them — but iterated with Node's own stream
      // iterator, and a worksheet that comes before the shared strings (as Excel and exceljs write them) kept in
      // a temporary file of ours, removed when the reading ends however it ends (exceljs's own were left behind
      // when a reader stopped early, with the enterprises' figures in them).
      async *parse(): AsyncGenerator<unknown> {
        const zip = unzipper.Parse({ forceStream: true });
        this.input.pipe(zip);
        let dir: string | null = null;
        const waiting: { sheetNo: string; path: string }[] = [];
        try {
          for await (const entry of zip) {
            const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.path);
            if (entry.path === "xl/_rels/workbook.xml.rels") await this._parseRels(entry);
            else if (entry.path === "xl/workbook.xml") await this._parseWorkbook(entry);
            else if (entry.path === "xl/sharedStrings.xml") yield* this._parseSharedStrings(entry);
            else if (entry.path === "xl/styles.xml") await this._parseStyles(entry);
            else if (sheet && this.sharedStrings && this.workbookRels) {
              yield* this._parseWorksheet(entry, sheet[1]!);
            } else if (sheet) {
              dir ??= await mkdtemp(join(tmpdir(), "zb-xlsx-"));
              const path = join(dir, `sheet${sheet[1]}.xml`);
              await pipeline(entry, createWriteStream(path));
              waiting.push({ sheetNo: sheet[1]!, path });
              continue;
            }
            entry.autodrain();
          }
          for (const { sheetNo, path } of waiting)
            yield* this._parseWorksheet(createReadStream(path), sheetNo);
        } finally {
          if (dir) await rm(dir, { recursive: true, force: true });
        }
      }
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
