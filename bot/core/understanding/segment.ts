// Segmentation and sound: the message cut into words by jieba (@node-rs/jieba, its dictionary plus the
// grammar's own words, loaded once on first use), and the toneless pinyin of each character
// (@napi-rs/pinyin) so a cue spoken right but typed wrong by voice input (自波, 电上) is still found.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Jieba } from "@node-rs/jieba";
import type { pinyin as Pinyin } from "@napi-rs/pinyin";
import { FACT_WORDS, MARKERS, NOT_CUES, REMARK_WORDS, SUBJECT_WORDS } from "./lexicon.ts";

// Both native modules are loaded on first use, so a process that never reads a sentence (the API
// serving only the console) does not carry them.
const require = createRequire(import.meta.url);
let jieba: Jieba | null = null;
let pinyin: typeof Pinyin | null = null;

/**
 * Only the dictionary's common words are kept (frequency at least this): the segmenter here only has to
 * keep everyday words whole (商店, 买卖) so a cue is not found inside one; the whole dictionary would cost
 * the server about 40 MB more for words no message about e-commerce figures needs.
 */
const MIN_FREQUENCY = 100;

/** The lines of a jieba dictionary (「word freq tag」) whose frequency is at least `min`, without a string per line. */
export function commonWords(file: Buffer, min: number): Buffer {
  const out = Buffer.allocUnsafe(file.length);
  let length = 0;
  for (let start = 0; start < file.length;) {
    let end = file.indexOf(0x0a, start);
    if (end < 0) end = file.length;
    const space = file.indexOf(0x20, start);
    let freq = 0;
    for (let i = space + 1; space >= 0 && i < end && file[i]! >= 0x30 && file[i]! <= 0x39; i++)
      freq = freq * 10 + file[i]! - 0x30;
    if (space >= 0 && space < end && freq >= min)
      length += file.copy(out, length, start, Math.min(end + 1, file.length));
    start = end + 1;
  }
  return Buffer.from(out.subarray(0, length));
}

/** Every word of the grammar, so the segmenter keeps each whole. */
export function grammarWords(): string[] {
  return [
    ...FACT_WORDS.flatMap((f) => f.cues),
    ...REMARK_WORDS,
    ...SUBJECT_WORDS.map((s) => s.word),
    ...NOT_CUES,
    ...Object.values(MARKERS).flat(),
  ].filter((w) => w.length > 1 && /[\u4e00-\u9fff]/.test(w));
}

function segmenter(): Jieba {
  if (!jieba) {
    const file = readFileSync(require.resolve("@node-rs/jieba/dict.txt"));
    const { Jieba: Segmenter } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    jieba = Segmenter.withDict(commonWords(file, MIN_FREQUENCY));
    const words = [...new Set(grammarWords())];
    jieba.loadDict(Buffer.from(words.map((w) => `${w} 100000 n`).join("\n")));
  }
  return jieba;
}

/** Loads the segmenter now (a shell may call it at start, so the first message is not slower). */
export function warmUp(): void {
  segmenter();
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The words of `text`, with their places. */
export function segment(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const w of segmenter().cut(text, false)) {
    // 「MCN2000」「GMV3000」: the segmenter joins letters and the figure after them; they are two words.
    const parts =
      /[A-Za-z]/.test(w) && /\d/.test(w) ? (w.match(/[A-Za-z]+|[\d.]+|[^A-Za-z\d.]+/g) ?? [w]) : [w];
    for (const p of parts) {
      out.push({ text: p, start: at, end: at + p.length });
      at += p.length;
    }
  }
  return out;
}

/** Toneless pinyin of each character ("" for a character that has none). */
export function sounds(text: string): string[] {
  return text.split("").map((ch) => {
    if (!/[\u4e00-\u9fff]/.test(ch)) return "";
    pinyin ??= (require("@napi-rs/pinyin") as typeof import("@napi-rs/pinyin")).pinyin;
    const p = pinyin(ch)[0];
    return typeof p === "string" ? p : (p?.[0] ?? "");
  });
}

const cache = new Map<string, string>();
/** A word's pinyin, joined. */
export function soundOf(word: string): string {
  let s = cache.get(word);
  if (s === undefined) cache.set(word, (s = sounds(word).join(" ")));
  return s;
}
