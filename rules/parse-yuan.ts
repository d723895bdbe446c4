// parseYuan: amounts as people type them in chat → whole yuan, or null when the text is not an amount.
//
// Accepts Arabic and Chinese numerals and their mix (「3千万」「三千万」「一千零五十万」「两亿」「叁仟万」),
// decimals with a unit (「0.3亿」「1.2亿元」), the units 十百千万亿 and w/W (万), k/K (千), compound
// amounts (「1亿2000万」「3千5百万」), colloquial tails (「一万五」= 15000), thousands separators,
// full-width characters, ¥/￥/人民币/RMB, 元/块, and the policy's 「（含）」. Returns null for anything
// else: negatives, ranges, bare units, words, empty text. (The `nzh` package was tried: it returns 0
// for text it cannot read and misreads 「两亿」「一万五」, so it cannot tell an amount from a non-amount.)

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  两: 2,
  俩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, k: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, w: 1e4, 亿: 1e8, 億: 1e8 };

type Token = { kind: "num"; value: number; arabic: boolean } | { kind: "unit"; value: number; big: boolean };

/** Full-width ASCII → half-width, lower case, without spaces. */
export function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .toLowerCase()
    .replace(/(\d)\s+(?=\d)/g, "$1|") // 「12 34」 is two numbers, not 1234: keep them apart
    .replace(/\s+/g, "");
}

// Words around an amount in a sentence that do not change it: a subject, a year, a verb, a hedge
// (「我们去年卖了3200万吧」「好像是3200万」). Taken off from the front while one matches.
const LEADING =
  /^(我们|我|咱们|咱|村里|镇里|公司|店里|去年|今年|上年|全年|一年|一共|总共|共|好像是|应该是|可能是|估计是|估计|大概是|差不多是|大约是|卖了|卖|销售了|做了|达到了|达到|是|有|为)/;

function stripDecorations(s: string): string {
  let t = s;
  // Particles and stops after the amount: 「3200万吧」「3200万。」.
  t = t.replace(/[吧呢啊呀嘛哦哈。!！~～…]+$/, "");
  for (let before = ""; before !== t;) ((before = t), (t = t.replace(LEADING, "")));
  // 「一个亿」「1.2个亿」: a measure word before the unit.
  t = t.replace(/个(?=[万亿])/g, "");
  // Qualifiers around the amount that do not change it.
  t = t.replace(/[(（]含[)）]/g, "").replace(/(以上|左右|上下)$/, "");
  t = t.replace(/^(约|大约|大概|差不多|将近|接近|近)/, "");
  t = t.replace(/^(人民币|rmb|cny|[¥￥])/, "").replace(/(人民币|rmb|cny)$/, "");
  t = t.replace(/(元人民币|块钱|元整|元|块)$/, "");
  t = t.replace(/^[¥￥]/, "");
  return t;
}

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?|^\.\d+/.exec(s.slice(i));
    if (arabic) {
      const raw = arabic[0];
      // A comma must group thousands exactly: 「30,000,000」, never 「3,00」.
      if (raw.includes(",") && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return null;
      tokens.push({ kind: "num", value: Number(raw.replace(/,/g, "")), arabic: true });
      i += raw.length;
    } else if (Object.hasOwn(DIGITS, ch)) {
      tokens.push({ kind: "num", value: DIGITS[ch]!, arabic: false });
      i += 1;
    } else if (Object.hasOwn(SMALL_UNITS, ch)) {
      tokens.push({ kind: "unit", value: SMALL_UNITS[ch]!, big: false });
      i += 1;
    } else if (Object.hasOwn(BIG_UNITS, ch)) {
      tokens.push({ kind: "unit", value: BIG_UNITS[ch]!, big: true });
      i += 1;
    } else if (ch === "点" && tokens.length > 0) {
      // 「一点二亿」: Chinese decimal point followed by Chinese digits.
      let j = i + 1;
      let frac = "";
      while (j < s.length && Object.hasOwn(DIGITS, s[j]!)) ((frac += String(DIGITS[s[j]!])), (j += 1));
      const prev = tokens.pop();
      if (!prev || prev.kind !== "num" || frac === "") return null;
      tokens.push({ kind: "num", value: Number(`${prev.value}.${frac}`), arabic: true });
      i = j;
    } else return null;
  }
  return tokens;
}

/**
 * Evaluates the tokens as a Chinese numeral in which an Arabic number may stand for a digit: 亿 and 万
 * close sections, inside a section digit × 十/百/千 add up. 「零」 between parts only holds a place.
 * A single trailing digit right after a unit is read one place lower (「一万五」= 15000, 「1亿2」).
 */
function evaluateTokens(all: Token[]): number | null {
  let total = 0; // everything closed by 万 or 亿
  let section = 0; // the current part below the next 万/亿
  let digit: number | null = null; // a number waiting for its unit
  let lastSmall = Infinity; // 十/百/千 must fall within a section
  let lastUnit = 0; // the unit just applied
  let afterUnit = false; // the pending digit came right after a unit, with no 零 between
  let sawNumber = false;
  let prevWasNumber = false;
  let sawZero = false;
  for (const t of all) {
    if (t.kind === "num") {
      if (!t.arabic && t.value === 0 && all.length > 1) {
        sawZero = true;
        prevWasNumber = false;
        continue;
      }
      if (prevWasNumber || digit !== null) return null; // two numbers side by side: 「3五」「12 34」
      digit = t.value;
      afterUnit = lastUnit > 0 && !sawZero;
      sawZero = false;
      sawNumber = true;
      prevWasNumber = true;
      continue;
    }
    prevWasNumber = false;
    sawZero = false;
    if (!t.big) {
      // 「十二」: a leading 十 stands for 一十.
      const d = digit ?? (t.value === 10 && section === 0 && total === 0 ? 1 : null);
      if (d === null || t.value >= lastSmall) return null;
      sawNumber = true;
      section += d * t.value;
      lastSmall = t.value;
    } else {
      if (digit === null && section === 0) return null; // a bare 「万」, or 「万万」
      section += digit ?? 0;
      total = t.value === 1e8 ? (total + section) * t.value : total + section * t.value;
      section = 0;
      lastSmall = Infinity;
    }
    digit = null;
    lastUnit = t.value;
  }
  if (!sawNumber) return null;
  if (digit !== null) {
    const colloquialTail = afterUnit && lastUnit >= 100 && Number.isInteger(digit) && digit < 10;
    section += colloquialTail ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/** A number written in Arabic or Chinese numerals, with units (十百千万亿, w, k); null if not one. */
export function parseNumber(text: string): number | null {
  const s = normalize(text);
  if (s === "" || s.length > 60) return null;
  const tokens = tokenize(s);
  if (!tokens) return null;
  const value = evaluateTokens(tokens);
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

export function parseYuan(text: string): number | null {
  if (typeof text !== "string") return null;
  const value = parseNumber(stripDecorations(normalize(text)));
  if (value === null) return null;
  const yuan = Math.round(value);
  return Number.isSafeInteger(yuan) ? yuan : null;
}
