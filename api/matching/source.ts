// The uploaded bytes: counted against the size limit as they arrive (so a 2 GB upload stops at 50 MB,
// not after), and looked at once to tell a spreadsheet from a CSV by its own first bytes rather than by
// the Content-Type alone (browsers on Windows label a .csv as application/vnd.ms-excel).

import { MatchingFileError } from "./errors.ts";

export const MAX_BYTES = 50 * 1024 * 1024;
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Source = Uint8Array | AsyncIterable<Uint8Array | string>;
export type FileFormat = "csv" | "xlsx";

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The source's bytes as Uint8Array chunks, stopping with file_too_large past `maxBytes`. */
export async function* limitedBytes(
  source: Source,
  maxBytes: number,
  counted: { bytes: number } = { bytes: 0 },
): AsyncGenerator<Uint8Array> {
  const chunks: AsyncIterable<Uint8Array | string> | Uint8Array[] =
    source instanceof Uint8Array ? [source] : source;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    counted.bytes += bytes.length;
    if (counted.bytes > maxBytes)
      throw new MatchingFileError(
        "file_too_large",
        `文件超过 ${megabytes(maxBytes)} 的上限，请分成几个文件分别导入`,
      );
    if (bytes.length > 0) yield bytes;
  }
}

/** The first `n` bytes (fewer if the file is shorter) and all the bytes, the first ones included. */
export async function peek(
  chunks: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    taken.push(r.value);
    length += r.value.length;
  }
  const head = Buffer.concat(taken).subarray(0, n);
  async function* all(): AsyncGenerator<Uint8Array> {
    try {
      yield* taken;
      while (!done) {
        const r = await it.next();
        done = r.done === true;
        if (!r.done) yield r.value;
      }
    } finally {
      // A reader that stops early (a fatal error in the file) releases the upload too.
      if (!done) await it.return?.();
    }
  }
  return { head, chunks: all() };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Compound File: Excel 97–2003 .xls, and any Excel file saved with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

const CSV_TYPES = new Set([
  "text/csv",
  "application/csv",
  "text/plain",
  "text/comma-separated-values",
  // What Windows with Excel installed calls a .csv.
  "application/vnd.ms-excel",
]);

/** The format from the Content-Type and the file's first bytes; throws when it is neither. */
export function detectFormat(contentType: string, head: Uint8Array): FileFormat {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (startsWith(head, OLE))
    throw new MatchingFileError(
      "old_excel",
      "这是旧版 Excel（.xls）文件或设置了密码的 Excel 文件，无法读取；请去掉密码，另存为 .xlsx 或 CSV 后再导入",
    );
  const zip = startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP);
  if (zip && (type === XLSX_TYPE || CSV_TYPES.has(type) || type === "application/octet-stream"))
    return "xlsx";
  if (type === XLSX_TYPE)
    throw new MatchingFileError("bad_xlsx", "文件内容不是 Excel（.xlsx）文件，可能已损坏或扩展名被改过");
  if (CSV_TYPES.has(type) || type === "application/octet-stream") return "csv";
  throw new MatchingFileError(
    "unsupported_type",
    `不支持的文件类型「${type || "未标明"}」：请上传 CSV（text/csv）或 Excel（${XLSX_TYPE}）文件`,
  );
}
