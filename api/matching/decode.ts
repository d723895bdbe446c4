// The text of a CSV whose encoding nobody states: UTF-8 (with or without the BOM) or GBK, which Excel
// in China writes by default. The encoding is chosen once, on a sample of the first bytes that are not
// ASCII (ASCII reads the same in both, so until such a byte comes nothing is decided and nothing is
// held back); the rest is then decoded as a stream, a character split between two chunks included.
// A byte the chosen encoding cannot read later on becomes U+FFFD, so that its row alone is reported.

import { MatchingFileError } from "./errors.ts";

export type CsvEncoding = "utf-8" | "gbk";

/** Bytes of non-ASCII text the choice is made on (or all of them, when the file is shorter). */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * Node's GBK decoder (ICU's, not the WHATWG one) reads bytes no text holds — a lone 0xFF, the
 * user-defined areas — as private-use characters rather than as errors; they are errors here.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const UNREADABLE = /[\uFFFD\uE000-\uF8FF]/g;

function errorsIn(encoding: CsvEncoding, bytes: Uint8Array): number {
  // stream: true, so a character cut at the sample's end is not counted as an error.
  const text = new TextDecoder(encoding).decode(bytes, { stream: true });
  return text.match(encoding === "gbk" ? UNREADABLE : /\uFFFD/g)?.length ?? 0;
}

function nonAscii(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b >= 0x80) n++;
  return n;
}

function unreadable(detail: string): MatchingFileError {
  return new MatchingFileError(
    "bad_encoding",
    `无法读取文件的文字：${detail}。请用 Excel 打开后另存为「CSV UTF-8（逗号分隔）」或「CSV（逗号分隔）」，或直接上传 .xlsx 文件`,
  );
}

/**
 * The encoding of a sample that starts at the file's first non-ASCII byte (or at its start, for the
 * marks). A few unreadable bytes in an otherwise clean sample (at most 1 in 100 of its non-ASCII
 * bytes) still decide it, so that one damaged cell costs one row, not the file; a binary file or
 * UTF-16 text is refused outright.
 */
export function chooseEncoding(sample: Uint8Array, atStart: boolean): CsvEncoding {
  if (atStart && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf-8";
  if (atStart && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)))
    throw unreadable("文件是 UTF-16 编码（Excel 的「Unicode 文本」）");
  if (sample.includes(0)) throw unreadable("文件含有二进制内容，不是 CSV 文本");
  const utf8 = errorsIn("utf-8", sample);
  if (utf8 === 0) return "utf-8";
  const gbk = errorsIn("gbk", sample);
  if (gbk === 0) return "gbk";
  const [best, errors] = gbk < utf8 ? (["gbk", gbk] as const) : (["utf-8", utf8] as const);
  if (errors * 100 <= nonAscii(sample)) return best;
  throw unreadable("它既不是 UTF-8 也不是 GBK 编码的文字，或者不是文本文件");
}

/** Decodes a byte stream chunk by chunk; `encoding` is null until a non-ASCII byte has been seen. */
export class CsvDecoder {
  encoding: CsvEncoding | null = null;
  private decoder: TextDecoder | null = null;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private emitted = false;
  private readonly sampleBytes: number;

  constructor(sampleBytes = SAMPLE_BYTES) {
    this.sampleBytes = sampleBytes;
  }

  /** The text that can be given out now (possibly ""). */
  write(chunk: Uint8Array): string {
    if (this.decoder) return this.text(this.decoder.decode(chunk, { stream: true }));
    let out = "";
    if (this.heldBytes === 0) {
      // Undecided and nothing held: the ASCII head of the chunk goes out at once.
      const i = this.emitted ? chunk.findIndex((b) => b >= 0x80) : this.startOfNonAscii(chunk);
      if (i < 0) {
        this.emitted ||= chunk.length > 0;
        return asciiText(chunk);
      }
      out = asciiText(chunk.subarray(0, i));
      this.emitted ||= i > 0;
      chunk = chunk.subarray(i);
    }
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    return this.heldBytes >= this.sampleBytes ? out + this.decide() : out;
  }

  /** The rest of the text at the end of the file. */
  end(): string {
    const held = this.heldBytes > 0 ? this.decide() : "";
    return held + (this.decoder ? this.text(this.decoder.decode()) : "");
  }

  /** In GBK, an unreadable byte becomes U+FFFD as in UTF-8, for its row to be reported. */
  private text(decoded: string): string {
    return this.encoding === "gbk" ? decoded.replace(PRIVATE_USE, "\uFFFD") : decoded;
  }

  /** Before anything is emitted, a byte-order mark or a NUL must reach the sample, not pass as ASCII. */
  private startOfNonAscii(chunk: Uint8Array): number {
    return chunk.findIndex((b) => b >= 0x80 || b === 0);
  }

  private decide(): string {
    const sample = concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    this.encoding = chooseEncoding(sample, !this.emitted);
    // A BOM is dropped only at the very start of the file.
    this.decoder = new TextDecoder(this.encoding, { ignoreBOM: this.emitted });
    this.emitted = true;
    return this.text(this.decoder.decode(sample, { stream: true }));
  }
}

function asciiText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The decoded text of a byte stream, as it comes; `onEncoding` hears the choice once it is made. */
export async function* decodeCsv(
  chunks: AsyncIterable<Uint8Array>,
  onEncoding?: (encoding: CsvEncoding) => void,
  sampleBytes = SAMPLE_BYTES,
): AsyncGenerator<string> {
  const decoder = new CsvDecoder(sampleBytes);
  let told = false;
  const tell = () => {
    if (!told && decoder.encoding) {
      told = true;
      onEncoding?.(decoder.encoding);
    }
  };
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    tell();
    if (text) yield text;
  }
  const rest = decoder.end();
  tell();
  if (rest) yield rest;
}
