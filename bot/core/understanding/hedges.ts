// How a hedged or dated answer was read, said in the reply: 「五千多万」 → 5000 万元 at least, 「二十多家」 →
// 21 家 (more than 20), 「一年多」 → 12 个月 (已满 1 年), and 「2020年入库」 → months since then, read where
// the date decides the policy's 「在库存续期满1年以上」. Pure: today's date is passed in.

import { FACTS, parseNumber, type AskableFact } from "../../../rules/index.ts";
import { formatFactValue } from "../../../rules/index.ts";
import { moreThanSaid, saysNear } from "./doubts.ts";
import { normalise } from "./normalise.ts";

/** The note after the echo, or "" when the answer was not hedged. */
export function hedgeNote(fact: AskableFact, text: string, value: unknown): string {
  const said = text.trim();
  const type = FACTS[fact].type;
  if (typeof value !== "number") return "";
  if (fact === "monthsInDatabase" && /多|不到|不满|没到|没满/.test(said))
    return `（按您说的「${said}」，记为 ${value} 个月，${value >= 12 ? "已满" : "不满"} 1 年）`;
  if (type === "yuan" && saysNear(said))
    return `（按您说的「${said}」，记为约 ${formatFactValue(fact, value)}；离标准线还有距离，这个数不影响结果，申报时再填报表上的确切数）`;
  // (「两三千万」 is read as 「两千多万」.)
  if (type === "yuan" && /[多余来][万亿w]/i.test(normalise(said)))
    return moreThanSaid(fact, value - 10_000) === value
      ? `（按您说的「${said}」，记为超过 ${formatFactValue(fact, value - 10_000)}，按 ${formatFactValue(fact, value)}算；申报时以报表上的确切数为准）`
      : `（按您说的「${said}」，记为至少 ${formatFactValue(fact, value)}）`;
  if (type === "count" && /多|余/.test(said))
    return `（按您说的「${said}」，记为多于 ${formatFactValue(fact, value - 1)}）`;
  return "";
}

const CN_MONTH = /^(\d{1,2}|[一二三四五六七八九十]{1,3})月?$/;

/**
 * Months in the statistics database from the date it entered (「2020年入库」「去年3月纳统的」「前年进的库」),
 * as the fewest and most it can be; null when the text names no such date.
 */
export function monthsSince(text: string, today: string): { min: number; max: number } | null {
  const m =
    /^(?:是|在|从)?(\d{4}|\d{2}(?=年)|今年|去年|前年|大前年)(?:年)?(?:的)?(\d{1,2}月|[一二三四五六七八九十]{1,3}月)?(?:份)?(?:的时候)?(?:就)?(?:入库|进库|纳统|进的库|入的库|进入统计库|开始纳统)?(?:的|了)*$/.exec(
      text.trim().replace(/[。！!，,\s]/g, ""),
    );
  if (!m) return null;
  const [y, mo] = today.split("-").map(Number) as [number, number];
  const rel: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2, 大前年: 3 };
  // (「21年4月」: a year of two digits is this century's.)
  const year = rel[m[1]!] !== undefined ? y - rel[m[1]!]! : Number(m[1]) + (m[1]!.length === 2 ? 2000 : 0);
  if (year > y || year < 1990) return null;
  if (m[2]) {
    const month = parseNumber(CN_MONTH.exec(m[2])![1]!);
    if (month === null || month < 1 || month > 12) return null;
    const months = (y - year) * 12 + (mo - month);
    return months < 0 ? null : { min: months, max: months };
  }
  // A year alone: entered in December at the latest, January at the earliest.
  return { min: Math.max(0, (y - year) * 12 + (mo - 12)), max: (y - year) * 12 + (mo - 1) };
}

// A date inside a sentence: a year (four digits, two before 年, or 今年/去年…) and perhaps its month or its end.
const DATE_IN =
  /(\d{4}|(?<![\d.个])\d{2}(?=年)|今年|去年|前年|大前年)年?(?:的)?(\d{1,2}月|[一二三四五六七八九十]{1,3}月|年底|年末|年初|底|末|初)?/;
// What says the date is when it entered the statistics database (or has been in it since).
const ENTRY_WORDS = /入库|进库|在库|入的库|进的库|进去|统计库/;

/**
 * 「入库的话是2022年6月」「在库的话19年就进去了」「去年年底入的库」: the entry date said anywhere in a sentence,
 * as months to `today` (the fewest and most). With `asked`, the words of entering may be left out (the question
 * named them); null when no such date is said.
 */
export function entryMonths(
  text: string,
  today: string,
  asked = false,
  dated = false,
): { min: number; max: number } | null {
  // The clause that says it (「我们自播今年卖了2600万，在库两年」: 今年 is when it sold, and 两年 no date).
  const clauses = normalise(text)
    .split(/[。！!，,；;\s]+/)
    .filter(Boolean);
  // (`dated`: 「在库可不是11个月，我们19年就进去了」 — the clause with a date, of those that name entering.)
  const t =
    (dated ? clauses.find((c) => ENTRY_WORDS.test(c) && DATE_IN.test(c)) : undefined) ??
    clauses.find((c) => ENTRY_WORDS.test(c)) ??
    (asked && clauses.length === 1 ? clauses[0] : undefined);
  if (!t) return null;
  // (「成立」 alone is when the company began, not when it entered the database: unless it has been in since.)
  if (/成立|注册/.test(t) && !/一直在库|一直纳统|当年就?(入库|纳统)|就入库/.test(text)) return null;
  const m = DATE_IN.exec(t);
  if (!m) return null;
  const end = m[2] && /底|末/.test(m[2]) ? "12月" : m[2] && /初/.test(m[2]) ? "1月" : (m[2] ?? "");
  return monthsSince(`${/^\d+$/.test(m[1]!) ? `${m[1]}年` : m[1]}${end}入库`, today);
}
