// Reading one cell of the counted figures into a fact's value, strictly: the file is the bureau's own
// data, so a cell is either exact or reported with a message that says how to fix it — nothing is
// guessed (「3000万」 is refused with the figure it should be, not read as one).

import {
  DISTRICTS,
  normalizeUscc,
  parseYuan,
  USCC_PROBLEM_MESSAGES,
  usccProblem,
  type District,
  type SubjectType,
} from "../../rules/index.ts";
import type { Cell } from "./types.ts";

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

/** Trimmed text of a cell, full-width spaces included; "" for an empty cell. */
export function cellText(cell: Cell): string {
  // String.prototype.trim drops U+3000 too (it is a space separator).
  return typeof cell === "string" ? cell.trim() : cell === null ? "" : String(cell);
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === "" || (typeof cell === "string" && cell.trim() === "");
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @ and not a plain number): such
 * cells are refused, not stored, so that no later export carries them (CSV injection).
 */
export function looksLikeFormula(cell: Cell): boolean {
  if (typeof cell !== "string" || cell.length < 2) return false;
  const t = cellText(cell);
  return t.length > 1 && /^[=+\-@]/.test(t) && !/^[+-]?[\d,，.]+$/.test(t.normalize("NFKC"));
}

/** U+FFFD or a control character: bytes the decoder could not read, or a binary file's debris. */
export function hasUnreadableCharacters(cell: Cell): boolean {
  return typeof cell === "string" && /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(cell);
}

/** A figure as written: 「80,000,000」「80000000.00」「-5」 → number; null when the text is not one. */
function plainNumber(text: string): number | null {
  const t = text.normalize("NFKC").replace(/\s/g, "");
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t)) {
    return Number(t.replace(/,/g, ""));
  }
  return null;
}

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/** A whole number ≥ 0, in the unit of its column (元, 家, 个, 月). */
function wholeNumber(cell: Cell, unit: string, units: readonly string[], example: string): Read<number> {
  if (typeof cell === "boolean") return bad(`须填写数字（单位：${unit}），如 ${example}`);
  let n: number | null;
  let text: string;
  if (typeof cell === "number") {
    n = cell;
    text = String(cell);
  } else {
    text = cellText(cell);
    // The usual cell, plain digits, without the work below.
    if (/^\d{1,15}$/.test(text)) return ok(Number(text));
    const t = text.normalize("NFKC").replace(/\s/g, "");
    if (SCIENTIFIC.test(t))
      return bad(`「${text}」是科学计数法，可能已丢失末几位数字；请把单元格设为「数值」格式，填写完整的数字`);
    const bare = units.reduce((s, u) => (s.endsWith(u) ? s.slice(0, -u.length) : s), t);
    n = plainNumber(bare);
  }
  if (n === null || !Number.isFinite(n)) {
    if (unit === "元") {
      const y = parseYuan(text);
      if (y !== null)
        return bad(
          `须为以元为单位的阿拉伯数字；「${text}」如指 ${y} 元，请填写 ${y}（不写「万」「亿」和汉字）`,
        );
      return bad(`须为以元为单位的整数金额，如 ${example}；「${text}」不是金额`);
    }
    return bad(`须为整数（单位：${unit}），如 ${example}；「${text}」不是数字`);
  }
  if (n < 0) return bad(`不能为负数：${text}`);
  if (!Number.isInteger(n))
    return bad(unit === "元" ? `须为整数元（不含角、分）：${text}` : `须为整数（单位：${unit}）：${text}`);
  if (!Number.isSafeInteger(n)) return bad(`数字过大：${text}`);
  return ok(n);
}

export function readYuan(cell: Cell): Read<number> {
  return wholeNumber(cell, "元", ["元"], "30000000");
}

export function readCount(cell: Cell, unit = "个"): Read<number> {
  return wholeNumber(cell, unit, ["家", "个"], "25");
}

export function readMonths(cell: Cell): Read<number> {
  return wholeNumber(cell, "月", ["个月", "月"], "12");
}

/** 0–100; 「85%」 and 85 both mean 85 %. (A percent-formatted XLSX cell reaches here as 「85%」.) */
export function readPercent(cell: Cell): Read<number> {
  const message = "须为 0 到 100 之间的数，如 85 或 85%（表示 85%）";
  if (typeof cell === "boolean") return bad(message);
  const text = cellText(cell);
  const n = typeof cell === "number" ? cell : plainNumber(text.normalize("NFKC").replace(/%$/, ""));
  if (n === null || !Number.isFinite(n) || n < 0 || n > 100) return bad(`${message}；「${text}」不符`);
  return ok(n);
}

// 是/否 as the template asks; also what exports of other systems write for a yes/no: Y/N, yes/no,
// TRUE/FALSE (Excel's own boolean cells and their CSV text) and 1/0. Nothing looser (「有」「√」「已纳统」),
// so that a stray note is never read as an answer. Blank means unknown.
const YES = new Set(["是", "y", "yes", "true", "1"]);
const NO = new Set(["否", "n", "no", "false", "0"]);

export function readYesNo(cell: Cell): Read<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  const text = cellText(cell);
  if (text === "是" || text === "否") return ok(text === "是");
  const t = text.normalize("NFKC").toLowerCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return bad(`须填「是」或「否」（不清楚请留空）；「${cellText(cell)}」不符`);
}

const SUBJECTS: Record<string, SubjectType> = {
  企业: "enterprise",
  行政村: "village",
  村: "village",
  乡镇: "town",
  乡: "town",
  镇: "town",
  电商产业园区: "park",
  "电商产业园区(基地)": "park",
  电商产业基地: "park",
  园区: "park",
  基地: "park",
  enterprise: "enterprise",
  village: "village",
  town: "town",
  park: "park",
};

export function readSubjectType(cell: Cell): Read<SubjectType> {
  const text = cellText(cell);
  if (text === "") return bad("不能为空：须为 企业 / 行政村 / 乡镇 / 电商产业园区 之一");
  if (Object.hasOwn(SUBJECTS, text)) return ok(SUBJECTS[text]!);
  const t = text.normalize("NFKC").replace(/\s/g, "").toLowerCase();
  const s = Object.hasOwn(SUBJECTS, t) ? SUBJECTS[t] : undefined;
  return s ? ok(s) : bad(`须为 企业 / 行政村 / 乡镇 / 电商产业园区 之一；「${text}」不符`);
}

const DISTRICT_SET: ReadonlySet<string> = new Set(DISTRICTS);

/**
 * One of the eleven districts, or null when blank. 「张店」 for 张店区 is fine (the short names are all
 * different); anything else — 「桓台区」, 「3」, 「高新技术产业开发区」 — is refused with the list.
 */
export function readDistrict(cell: Cell): Read<District | null> {
  const text = cellText(cell);
  if (text === "") return ok(null);
  if (DISTRICT_SET.has(text)) return ok(text as District);
  const t = text
    .normalize("NFKC")
    .replace(/\s/g, "")
    .replace(/^(山东省)?淄博市?/, "");
  const found = DISTRICTS.filter((d) => d === t || d.slice(0, -1) === t);
  return found.length === 1 ? ok(found[0]!) : bad(`须为 ${DISTRICTS.join("、")} 之一；「${text}」不符`);
}

export function readUscc(cell: Cell): Read<string> {
  if (typeof cell === "number")
    return bad("须以文本格式填写：数字格式的单元格会丢失末几位，请把该列设为「文本」后重新填写");
  const text = cellText(cell);
  if (text === "") return bad("不能为空");
  const code = normalizeUscc(text);
  const problem = usccProblem(code);
  return problem ? bad(`${USCC_PROBLEM_MESSAGES[problem]}：${text}`) : ok(code);
}

export const MAX_NAME_LENGTH = 200;

const PHONE = /^[0-9+\-() ]{5,30}$/;

/** A phone number as lists carry it (0533-1234567, 138 0000 0000, +86…): kept as written, spaces collapsed. */
export const isPhone = (cell: Cell) => PHONE.test(cellText(cell).normalize("NFKC"));

export function readPhone(cell: Cell): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  const text = cellText(cell).normalize("NFKC").replace(/\s+/g, " ");
  if (!PHONE.test(text) || !/\d{5}/.test(text.replace(/\D/g, "")))
    return bad(`「${cellText(cell)}」不像电话号码：只含数字、+、-、括号和空格，5–30 位`);
  return ok(text);
}

export function readName(cell: Cell): Read<string> {
  const text = cellText(cell).replace(/\s+/g, " ");
  if (text === "") return bad("不能为空");
  if (text.length > MAX_NAME_LENGTH) return bad(`过长（${text.length} 字），最多 ${MAX_NAME_LENGTH} 字`);
  return ok(text);
}
