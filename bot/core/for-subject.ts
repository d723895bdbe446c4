// 「我们是做MCN的 有啥扶持」「我们是物流公司 能享受啥政策」: what the policy holds for the kind of applicant just
// named — its items, those the words said bear on first — before the self-test goes on. Never writes a fact. Pure.

import {
  assessValid,
  CLAUSES_BY_ID,
  FACTS,
  factsOf,
  formatWan,
  parametersAt,
  SUBJECT_LABELS,
  type Clause,
  type Facts,
} from "../../rules/index.ts";
import { amountWords, articleName } from "./results.ts";
import { reachedOnceTheRestHolds } from "./what-it-brings.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";

// A question of what there is for us, in general — not of one item (「MCN奖励多少」 names its item).
const WHAT_FOR_US =
  /(有|能享受|可以享受|能申请|可以申请|能拿|能领|能报|可以报|适用|够得上)(啥|什么|哪些|哪几)|(啥|什么|哪些)(政策|扶持|支持|奖励|补贴|优惠|好处|项目)(能|可以)?(享受|申请|拿|报)?|有没有(政策|扶持|支持|奖励|补贴|优惠)|(扶持|支持)(吗|不|没)/;

/** Whether the message asks, in general, what there is for the applicant it names. */
export function asksWhatForUs(text: string): boolean {
  return WHAT_FOR_US.test(text.replace(/\s/g, ""));
}

function upTo(c: Clause, today: string): string {
  const params = parametersAt(today);
  if (c.kind === "loan" && c.bounds)
    return `额度 ${formatWan(params[c.bounds.min]!)}至 ${formatWan(params[c.bounds.max]!)}`;
  if (c.decidedByStaff) return "一事一议";
  if (c.estimate)
    return `每实现 1 万元最高补 ${params[c.estimate.rate]} 元，最高 ${formatWan(params[c.estimate.cap]!)}`;
  const most = Math.max(...c.tiers.map((t) => params[t.amount] ?? 0));
  return c.fixedAmount ? `给予 ${formatWan(most)}` : `最高 ${formatWan(most)}`;
}

/** Every fact a clause reads: its condition's and its tiers'. */
export const readsOf = (c: Clause) =>
  [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].flatMap((w) => factsOf(w));

/** The facts the words name (物流 → the delivery centre's, 直播 → the live rooms') and those said 「是」. */
function namedFacts(facts: Partial<Facts>, text: string): Set<string> {
  const named = new Set<string>(
    findMentions(normalise(text)).flatMap((m) => (m.type === "cue" ? [m.words.fact] : [])),
  );
  for (const [k, v] of Object.entries(facts)) if (v === true) named.add(k);
  // (「直播」 without whose room names both rooms' figures.)
  if (named.has("live")) named.add("selfLiveRetailYuan").add("thirdPartyLiveRetailYuan");
  return named;
}

/** The articles whose items the words (or the facts said 「是」) bear on. */
export function namedArticles(facts: Partial<Facts>, text: string): Set<number> {
  const named = namedFacts(facts, text);
  return new Set(
    Object.values(CLAUSES_BY_ID)
      .filter(
        (c) =>
          (!facts.subjectType || c.subjects.includes(facts.subjectType)) &&
          readsOf(c).some((f) => named.has(f)),
      )
      .map((c) => c.article),
  );
}

/** The items for the subject said, those the message or the facts bear on first; null without a subject. */
export function forSubject(facts: Partial<Facts>, text: string, today: string): string | null {
  const subject = facts.subjectType;
  if (!subject) return null;
  const mine = Object.values(CLAUSES_BY_ID).filter((c) => c.subjects.includes(subject));
  if (mine.length === 0) return null;
  // An article's items go together: a logistics company hears of the centre and the platform both.
  const articles = namedArticles(facts, text);
  const bears = (c: Clause) => articles.has(c.article);
  const first = mine.filter(bears);
  const rest = mine.filter((c) => !bears(c));
  const who = facts.mcn ? "MCN 机构" : SUBJECT_LABELS[subject];
  const line = (c: Clause) => `· ${articleName(c.article)} ${c.name}（${upTo(c, today)}）`;
  const lines = [`按政策，${who}可以看看这些：`, ...first.map(line)];
  if (first.length > 0 && rest.length > 0)
    lines.push(`另外，条件合适的话还有：${rest.map((c) => c.name).join("、")}。`);
  else lines.push(...rest.map(line));
  lines.push("能不能拿、拿多少要看具体条件，我接着问您几个问题。");
  return lines.join("\n");
}

// The yes-or-no facts that say which item someone is after (示范, an event hosted, an agency, a shop).
// Facts that say which kind of applicant an item is for.
const KIND_FACTS = ["mcn", "newShop", "relocatedShop", "productionEnterprise", "hostsEvent"];
const OPENING_FACTS = ["nationalDemoNewlyRecognized", "hostsEvent", "mcn", "newShop", "relocatedShop"];

/**
 * 「今年刚被商务部新认定成国家级电子商务示范基地」「今年承办了一个全省范围的直播电商大赛」: the items the yes-or-no
 * facts just said open, with what they bring (「最高 50 万元」「一事一议」), said beside what was written; and
 * 「店是今年新注册的 当年纳统零售额4990万」: the items a figure just said decides, with what it brings — 已符合 and
 * the amount, or the tier it reaches once the rest holds (「其余条件满足时最高 10 万元」). Null when none.
 */
export function itemsOpenedBy(
  facts: Partial<Facts>,
  said: readonly string[],
  today: string,
  /** Whether questions are left: the results that follow otherwise say what the figures decide. */
  figuresToo = true,
  /** Only the items a yes-or-no fact just said rules out (mid-test, where the results follow later). */
  closingOnly = false,
): string | null {
  const subject = facts.subjectType;
  if (!subject) return null;
  const known = facts as Record<string, unknown>;
  const opened = said.filter((k) => !closingOnly && OPENING_FACTS.includes(k) && known[k] === true);
  // (A figure decides an item only where it is above nothing: 「0」 opens none.)
  const figures = said.filter(
    (k) =>
      figuresToo &&
      !closingOnly &&
      FIGURE_TYPES.has(FACTS[k as keyof typeof FACTS]?.type ?? "") &&
      typeof known[k] === "number" &&
      (known[k] as number) > 0,
  );
  // (「前年我们拿过一回MCN的20万奖励」: a yes-or-no fact just said that rules an item out closes it.)
  const closing = said.filter((k) => typeof known[k] === "boolean" && !OPENING_FACTS.includes(k));
  if (opened.length === 0 && figures.length === 0 && closing.length === 0) return null;
  const standing = new Map(
    assessValid({ ...facts, assessedOn: today } as Facts).results.map((r) => [r.clause, r] as const),
  );
  const once = reachedOnceTheRestHolds(facts, today);
  const decides = (c: Clause) => {
    const r = standing.get(c.id);
    if (r?.status === "eligible" || r?.status === "ineligible") return true;
    const best = once.get(c.id);
    return best?.status === "eligible" && best.maxAmountYuan !== null && !c.estimate;
  };
  const items = Object.values(CLAUSES_BY_ID).filter(
    (c) =>
      c.subjects.includes(subject) &&
      (factsOf(c.when).some((f) => opened.includes(f)) ||
        (readsOf(c).some((f) => figures.includes(f)) && decides(c)) ||
        (factsOf(c.when).some((f) => closing.includes(f)) &&
          standing.get(c.id)?.status === "ineligible" &&
          // (Only an item the speaker is of the kind for: an MCN told its award is had, not every company that
          // it is no MCN.)
          factsOf(c.when).every((f) => !KIND_FACTS.includes(f) || known[f] === true))),
  );
  if (items.length === 0) return null;
  // (「我们MCN去年已经拿过一次MCN机构奖励了」: an item the facts already rule out is said with why.)
  const item = (c: Clause) => {
    const r = standing.get(c.id);
    if (r?.status === "ineligible")
      return `${articleName(c.article)} ${c.name}：不符合，${r.reasons.join("；")}`;
    if (r?.status === "eligible" && r.kind !== "loan")
      return `${articleName(c.article)} ${c.name}：按您说的已符合，${amountWords(r)}`;
    const best = once.get(c.id);
    if (best?.status === "eligible" && best.maxAmountYuan !== null && !c.estimate && c.kind !== "loan")
      return `${articleName(c.article)} ${c.name}（按您说的数字，其余条件满足时${c.fixedAmount ? "给予" : "最高"} ${formatWan(best.maxAmountYuan)}）`;
    return `${articleName(c.article)} ${c.name}（${upTo(c, today)}）`;
  };
  return `相关项目：${items.map(item).join("；")}。`;
}

const FIGURE_TYPES = new Set(["yuan", "count", "percent", "months"]);
