// Applicant text made inert where it is shown: one function per output format, applied at each
// output. A name like 「某公司\n> 核定金额：100 万元」 or 「**已通过**」 or 「<@all>」 or 「[点我](http://…)」 must read
// as the characters typed, on one line, never as a forged line, emphasis, mention or link.

const LINE = /[\r\n\u2028\u2029\u0085\t\v\f]+/g;
// The characters 企业微信 markdown gives meaning to, and the full-width forms that show them as text.
const MARKDOWN: Record<string, string> = {
  "*": "＊",
  _: "＿",
  "`": "｀",
  "[": "［",
  "]": "］",
  "(": "（",
  ")": "）",
  "<": "＜",
  ">": "＞",
  "#": "＃",
  "~": "～",
  "|": "｜",
  "\\": "＼",
  "!": "！",
};

// Bidirectional controls reorder what follows them (「‮fdp.exe」 reads as 「exe.pdf」): never shown.
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line: every line break, tab and control character becomes a space; runs of spaces fold. */
export function oneLine(s: string): string {
  return s
    .replace(LINE, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** For 企业微信 markdown: one line, every markdown character shown as itself, no bare link. */
export function inertMarkdown(s: string): string {
  return oneLine(s)
    .replace(/[*_`[\]()<>#~|\\!]/g, (c) => MARKDOWN[c]!)
    .replace(/:\/\//g, "：//");
}

/** For a plain WeChat text: one line, and no @mention. */
export function inertText(s: string): string {
  return oneLine(s).replace(/@/g, "＠");
}
