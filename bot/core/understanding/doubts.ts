// Readings too doubtful to write (contract §8): asked back instead. An amount typed without a unit
// where 万 is likely, a count no village, town or depot here could have, a share over 100 %, an
// amount beyond any real enterprise, a time in the statistics database longer than it has existed.
// Pure.

import {
  CLAUSES,
  FACTS,
  PARAMETERS,
  formatWan,
  parseNumber,
  parseYuan,
  QUESTION_BY_FACT,
  type AskableFact,
  type Condition,
  type SubjectType,
} from "../../../rules/index.ts";
import { IMPLAUSIBLE_YUAN } from "../../../rules/answers.ts";
import { formatFactValue } from "../../../rules/index.ts";
import { MARKERS } from "./lexicon.ts";
import { normalise } from "./normalise.ts";

export type Doubt =
  /** Asked back; 「是」 writes `value`. */
  | { kind: "confirm"; fact: AskableFact; value: number; message: string }
  /** Cannot be right: asked again with the reason. */
  | { kind: "reject"; fact: AskableFact; message: string };

// A year's figure typed without a unit and under this many yuan is most likely in 万.
const BARE_AMOUNT_BELOW = 100_000;

/**
 * More than any subject here could have: a village's or town's active shops, a town's e-commerce
 * villages, the national courier companies a depot can join, months in the statistics database.
 */
export const PLAUSIBLE_AT_MOST: Partial<Record<AskableFact, number>> = {
  activeShops: 5_000,
  ecommerceVillages: 100,
  expressCompanies: 30,
  monthsInDatabase: 360,
};

// (快 alone is near only right before a figure: 「快一个亿了」, never 快递.)
const NEAR = new RegExp(
  [...MARKERS.below.filter((w) => w !== "快"), "快(?=[\\d一二两三四五六七八九十百千])"].join("|"),
);

/** 「将近三千万」: asked for the figure itself. */
export function belowMessage(fact: AskableFact, said: string, value: number): string {
  const type: string = FACTS[fact].type;
  const example =
    type === "yuan"
      ? formatWan(Math.round(value * 0.95))
          .replace(/\s*元$/, "")
          .replace(/\s+/g, "")
      : `${Math.max(0, value - 1)}${type === "months" ? "个月" : type === "percent" ? "%" : fact === "ecommerceVillages" ? "个" : "家"}`;
  return `您说的「${said}」，是还不到 ${formatFactValue(fact, value)}吗？这一项正看是否达到标准，请告诉我一个确定的数，例如「${example}」；不确定可以先回复「跳过」。`;
}

/** Every bar the policy's clauses set for a fact, on any date (「达到 1000 万元」 → 10,000,000). */
// Bars that must be passed, not merely reached (「超过 1 亿元」): 「一个多亿」 there says nothing of which side.
const STRICT = new Set<string>();

function barsOf(fact: AskableFact, subject?: string): number[] {
  const out = new Set<number>();
  const walk = (c: Condition) => {
    if (c.kind === "all" || c.kind === "any") c.of.forEach(walk);
    else if (c.kind === "compare" && c.fact === fact)
      for (const v of PARAMETERS[c.param]?.values ?? []) {
        out.add(v.value);
        if (c.op === "gt") STRICT.add(`${fact}:${subject ?? ""}:${v.value}`);
      }
  };
  // (A village's sales are near no bar of an MCN's: only the clauses for the subject, when it is known.)
  for (const c of CLAUSES)
    if (!subject || c.subjects.includes(subject as SubjectType))
      [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].forEach(walk);
  return [...out];
}
const BARS = new Map<string, number[]>();
export const barsFor = (fact: AskableFact, subject?: string) => {
  const key = `${fact}:${subject ?? ""}`;
  let bars = BARS.get(key);
  if (!bars) BARS.set(key, (bars = barsOf(fact, subject)));
  return bars;
};

/** Whether a bar of `fact` lies just under `value` (「快三年」 matters only where a bar is near three years). */
export function barJustUnder(fact: AskableFact, value: number, subject?: string): boolean {
  return barsFor(fact, subject).some((b) => b > value * 0.85 && b <= value);
}

const STANDS_FOR: Partial<Record<AskableFact, AskableFact[]>> = {
  physicalGoodsRetailYuan: ["shopRetailYuan"],
  shopRetailYuan: ["physicalGoodsRetailYuan"],
};

/**
 * Whether the text says its figure is near, not at, what it names (「将近七千万」「快到一千万了」「三千万不到」).
 * Of several figures, only the first — the one answered — counts: 「四千八百五十万 没到五千」 says the bar is not
 * reached, not that 4850 万 is a guess.
 */
export function saysNear(text: string): boolean {
  const t = normalise(text.replace(/(还)?(没|不)到(年底|月底|年末|年终|时候)/g, ""));
  if (!NEAR.test(t)) return false;
  // (Bare numbers too: 「没到5000」 is said without its 万.)
  const figures = [...t.matchAll(/\d+(?:\.\d+)?(?:[万亿元块家个户间%]|个月|年)*/g)];
  if (figures.length <= 1) return true;
  const first = figures[0]!;
  const before = t.slice(Math.max(0, first.index - 4), first.index);
  const after = t.slice(first.index + first[0].length, first.index + first[0].length + 3);
  return NEAR.test(before) || /^(不到|没到|不足|没达到)/.test(after);
}

/**
 * 「将近七千万」 where no bar lies within a tenth under it: the figure a little under (95 %, in whole 万) is
 * written — any figure there decides the same; null where a bar lies there (it is asked back).
 */
export function nearReading(fact: AskableFact, value: number, subject?: string): number | null {
  if (FACTS[fact].type !== "yuan" || value <= 0) return null;
  // (An enterprise's sales are often its one new shop's too: the shop's bars count for them, and back.)
  const bars = [fact, ...(STANDS_FOR[fact] ?? [])].flatMap((f) => barsFor(f, subject));
  if (bars.some((b) => b >= value * 0.9 && b <= value)) return null;
  return Math.round((value * 0.95) / 10_000) * 10_000;
}

/**
 * 「一千来万吧」「1000万左右」: an approximate figure at one of the fact's bars (within 2 %) cannot say which
 * side of it the subject is on — asked back for the figure itself, never written.
 */
export function nearBar(
  fact: AskableFact,
  said: string,
  value: number,
  more = false,
  subject?: string,
): Doubt | null {
  const bars = barsFor(fact, subject);
  // (「八成多」「一千多万」 at a bar is past it; 「差不多980万」, said exactly under a round bar, is under it.)
  const bar = bars.find(
    (b) =>
      b > 0 &&
      Math.abs(value - b) <= b * 0.02 &&
      !(more && value >= b) &&
      (value >= b || b - value < b * 0.015),
  );
  if (bar === undefined) return null;
  return {
    kind: "reject",
    fact,
    message: `您说的「${said}」离 ${formatFactValue(fact, bar)}的标准很近，差一点结果就不一样。报表上的确切数字是多少？不确定可以先回复「跳过」。`,
  };
}

/**
 * 「一个多亿」「六千多万」: a sum said as more than a bar that must be passed (超过 1 亿元) is more than it — written
 * as the bar and 1 万 more, the least 「多」 said in 万. Other sums are as said.
 */
export function moreThanSaid(fact: AskableFact, value: number, subject?: string): number {
  return FACTS[fact].type === "yuan" &&
    barsFor(fact, subject).includes(value) &&
    STRICT.has(`${fact}:${subject ?? ""}:${value}`)
    ? value + 10_000
    : value;
}

/** Whether `value`, read from `text` as the answer about `fact`, must be asked back first. */
export function doubtAbout(fact: AskableFact, text: string, value: unknown): Doubt | null {
  const t = text.trim();
  // 「二十来家吧」 to 「几家」 with a bar of 20: which side of it is not said.
  if (
    typeof value === "number" &&
    // (来 hedges only right after a figure: 「十来家」, not 「下个月也进来」.)
    /[\d一二两三四五六七八九十百千万]来|左右|上下|大概|大约|约|差不多/.test(t) &&
    !/[多余几]|出头|以上|过了/.test(t.replace(/差不多/g, ""))
  ) {
    const near = nearBar(fact, t.replace(/[吧啊呀。！!]+$/, ""), value);
    if (near) return near;
  }
  const reader = QUESTION_BY_FACT[fact].reader;
  if (value === null) {
    if (reader === "yuan") {
      const yuan = parseYuan(t);
      if (yuan !== null && yuan >= IMPLAUSIBLE_YUAN)
        return {
          kind: "reject",
          fact,
          message: `${formatWan(yuan)}超过了任何企业一年的规模，可能多打了几位。请再确认一下，例如「3500万」。`,
        };
    }
    // 「18家还是19家」: two figures, one is wanted.
    const two =
      /([0-9０-９一二两三四五六七八九十百千万]+\s*[家个万亿]?)\s*(?:还是|或者|或是)\s*([0-9０-９一二两三四五六七八九十百千万]+\s*[家个万亿]?)/.exec(
        t,
      );
    if (two)
      return {
        kind: "reject",
        fact,
        message: `您说的是 ${two[1]} 还是 ${two[2]}？这一项会影响结果，请告诉我一个确定的数，不确定可以先回复「跳过」。`,
      };
    if (reader === "percent") {
      const n = parseNumber(t.replace(/^百分之/, "").replace(/(%|％|个点|个百分点)$/, ""));
      if (n !== null && n > 100)
        return {
          kind: "reject",
          fact,
          message: `占比在 0–100% 之间，您说的是 ${n}%。请再确认一下，例如「85%」。`,
        };
    }
    return null;
  }
  if (typeof value !== "number" || value <= 0) return null;
  // 「将近三千万」「差一点到1000万」: near the figure, not at it — never rounded up to it.
  // 「那将近一个亿是9800万」: the exact figure said after it is the answer.
  const exact = /是([^，,。是]+)$/.exec(t);
  const exactValue = exact
    ? reader === "yuan"
      ? parseYuan(exact[1]!)
      : parseNumber(exact[1]!.replace(/[家个户间]$/, ""))
    : null;
  // (「还没到年底哈」: not yet the end of the year is no figure near a bar.)
  const near = saysNear(t);
  if (
    (reader === "yuan" || reader === "count") &&
    near &&
    exactValue !== value &&
    nearReading(fact, value) === null
  )
    return { kind: "reject", fact, message: belowMessage(fact, t, value) };
  // Typed without any unit (「2800」「一千五」「今年卖了2800」): for a year's figure 万 is likely.
  if (reader === "yuan" && value < BARE_AMOUNT_BELOW && !/[万亿元块钱w]/i.test(t)) {
    // 「1.2」: a small number with a fraction is likely 亿 as much as 万 — asked which, never rounded to 1.
    const raw = /\d+\.\d+/.exec(normalise(t))?.[0];
    if (raw && Number(raw) < 100)
      return {
        kind: "reject",
        fact,
        message: `您说的 ${raw}，是 ${raw} 亿元还是 ${raw} 万元？请带上单位再说一次，例如「${raw}亿」。`,
      };
    const asWan = Math.round(value * 10_000);
    return {
      kind: "confirm",
      fact,
      value: asWan,
      message: `您说的 ${value} 是 ${formatWan(asWan)}吗？回复「是」按 ${formatWan(asWan)}记；如果确实是 ${value} 元，请回复「${value}元」。`,
    };
  }
  const most = PLAUSIBLE_AT_MOST[fact];
  if (most !== undefined && value > most) {
    const said = formatFactValue(fact, value);
    return {
      kind: "confirm",
      fact,
      value,
      message: `${FACTS[fact].label}是 ${said}吗？这个数比通常多很多，想再确认一下。没错请回复「是」，否则请直接回复正确的数。`,
    };
  }
  return null;
}
