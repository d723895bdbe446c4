// 「能拿多少」「那3200万到底能拿几万」 once figures are known: the number the policy gives for them — the
// formula's estimate with its cap (article 2), a flat amount (article 7), a ceiling elsewhere — not the list
// of caps. Never writes a fact; a question about another figure (「要是…」) is not this one. Pure.

import {
  assessValid,
  barsOf,
  CLAUSES_BY_ID,
  FACTS,
  factsOf,
  formatWan,
  parametersAt,
  requirementOf,
  type AskableFact,
  type Clause,
  type ClauseResult,
  type Facts,
  type SubjectType,
} from "../../rules/index.ts";
import { formatFactValue } from "../../rules/index.ts";
import { isWholeQuestion, parse } from "./understanding/grammar.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";
import { readFacts } from "./understanding/facts.ts";
import { assessmentOf } from "./application-steps.ts";
import { amountWords, articleName, askRange } from "./results.ts";
import { itemsNamed, stillNeeded } from "./one-item.ts";
import type { DialogState } from "./state.ts";
import { anyOf, ITEM_WORDS, MARKERS } from "./understanding/lexicon.ts";
import { roundStandard, type RoundNotice } from "./rounds.ts";

/** The award amounts of the items open to a kind of applicant (「20万」「30万」 for an MCN). */
export function awardAmounts(subject: SubjectType | undefined, today: string): Set<number | undefined> {
  const params = parametersAt(today);
  return new Set(
    Object.values(CLAUSES_BY_ID)
      .filter((c) => subject === undefined || c.subjects.includes(subject))
      .flatMap((c) => c.tiers.map((x) => params[x.amount])),
  );
}

// A shop named by its kind or its platform (「拼多多那个」「京东店」).
const SHOP_NAMED = /店|京东|天猫|拼多多|淘宝|抖音|快手|唯品会/;

const ASKS =
  /(?:拿|领|得|给|补|奖|发|兑现|有)(?:多少|几万|几个钱|几)|是不是(?:就|能|可以)?(?:拿|给)?\d+(?:\.\d+)?万|(?:是|就)(?:直接|全额|一次性|整)(?:给|拿|发|补|奖)\d+(?:\.\d+)?万|\d+(?:\.\d+)?万是吧|多少(?:钱|补贴|奖励|奖金)|能拿|能领|能得|能给|能补|能奖|够不够|评不上了?[呗吧吗]|没戏了?[呗吧吗]|不够格了?[呗吧吗]|够[^，,。不]{0,6}吗|够[^，,。不]{1,6}不[?？。]*$|能评上|评得上|能不能评|够格|达标[吗没]|符合[吗不]|哪一档|哪档|哪个档|什么档|几档|还差多少|差多少|差几|(?:还|都)?(?:差|缺)(?:啥|什么|哪些|哪个|点啥)(?!材料|资料|手续|证明|文件|表)|还要(?:啥|什么)条件/;
// A what-if or an award already received (「去年拿过…还能拿吗」) is another question.
const WHAT_IF = anyOf([...MARKERS.hypothetical, ...MARKERS.pastAward]);
const BRINGS_ASKED = /(奖|补|给|拿|领)多少|多少钱|能(拿|奖|补|给|领)(几|多少)/;
const HYPOTHETICAL = anyOf(MARKERS.hypothetical);
// Figures some clause reads in place of another when they are given (reads.from).
const READ_IN_PLACE = new Set<string>(
  Object.values(CLAUSES_BY_ID).flatMap((c) => (c.reads ? [c.reads.from] : [])),
);
// Facts that say which kind of applicant a clause is for: not assumed when worked out on a copy.
const SELECTORS: readonly AskableFact[] = [
  "newShop",
  "relocatedShop",
  "mcn",
  "productionEnterprise",
  "hostsEvent",
];

/**
 * What a clause still needs of a fact, in words: a figure with its bar (「活跃网店数量（需达到 20 家以上）」), a
 * yes-or-no fact as the way it must go (「政策期内未获过 MCN 奖励」, not the fact's bare label).
 */
function needLine(c: Clause, f: string, bar: string | null): string {
  const def = FACTS[f as AskableFact];
  if (!def) return f;
  const wanted = requiredValue(c.when, f);
  if (def.type === "boolean" && typeof wanted === "boolean") {
    const words = def as unknown as { yes?: string; no?: string };
    return (wanted ? words.yes : words.no) ?? def.label;
  }
  return `${def.label}${bar ? `（需${bar}）` : ""}`;
}

/** The value a condition tree requires of `fact` (「is」 nodes), if it names one. */
function requiredValue(node: unknown, fact: string): unknown {
  if (!node || typeof node !== "object") return undefined;
  const n = node as { kind?: string; fact?: string; value?: unknown; of?: unknown[] };
  if (n.kind === "is" && n.fact === fact) return n.value;
  for (const child of n.of ?? []) {
    const v = requiredValue(child, fact);
    if (v !== undefined) return v;
  }
  return undefined;
}

const READ_INSTEAD = new Set<string>(
  Object.values(CLAUSES_BY_ID).flatMap((c) => (c.reads ? [c.reads.from] : [])),
);

/** A fact not said, at its most favourable (for working a figure out on a copy), or undefined. */
/** Each clause's result for the figures said, once the conditions still unanswered hold (3000 万 of 自播 → 20 万). */
export function reachedOnceTheRestHolds(facts: Partial<Facts>, today: string) {
  const best = { ...facts, assessedOn: today } as Record<string, unknown>;
  for (const f of Object.keys(FACTS) as AskableFact[])
    if (best[f] === undefined && optimistic(f) !== undefined) best[f] = optimistic(f);
  return new Map(assessValid(best as unknown as Facts).results.map((r) => [r.clause, r]));
}

function optimistic(f: AskableFact): unknown {
  // (A figure a clause reads in place of another — the moved-back shop's own — is none where not said: 0 would
  // stand in for the figure said.)
  if (SELECTORS.includes(f) || READ_INSTEAD.has(f)) return undefined;
  switch (FACTS[f].type) {
    case "boolean":
      return !/AwardedBefore/.test(f);
    case "count":
    case "yuan":
    case "percent":
      return f === "loanAmountYuan" ? undefined : 0;
    case "months":
      return 120;
    default:
      return undefined;
  }
}

/** Whether the message asks what the known figures bring. */
export function asksWhatItBrings(text: string, facts: Partial<Facts>): boolean {
  // 「网店要是够数了 能给多少钱」: supposing what is still needed holds, with no figure of its own — the answer
  // is what the figures given bring once it does.
  const supposesMet =
    HYPOTHETICAL.test(text) &&
    /够数|够了|达标|满足|符合|够条件|达到要求/.test(text) &&
    !findMentions(normalise(text)).some((m) => m.type === "figure");
  if (!facts.subjectType || !ASKS.test(text) || (WHAT_IF.test(text) && !supposesMet)) return false;
  // Something to work from: a figure or a 「是」 already given — or the speaker asking after their own chances
  // (「俺们村能评上不」), answered with what it takes.
  return (
    supposesMet ||
    Object.entries(facts).some(
      ([k, v]) => k !== "subjectType" && (v === true || (typeof v === "number" && v > 0)),
    ) ||
    text
      .split(/[，,。；;\s]+/)
      .some((c) =>
        /^(我们|俺们|咱们|俺|咱|我)(村|镇|乡|公司|厂|店|园区)?(能|可以|够|能不能|可不可以)(评上|评|拿|申请|报)/.test(
          c,
        ),
      )
  );
}

/** The reply: what fits now and what it brings, or what is still needed to say. */
export function whatItBrings(s: DialogState, rounds?: readonly RoundNotice[], focus?: AskableFact): string {
  const a = assessmentOf(s);
  const fits = a.results.filter((r) => r.status === "eligible" && r.kind !== "loan");
  const staff = a.results.filter((r) => r.status === "manual_review");
  const open = a.results.filter((r) => r.status === "needs_info" && r.kind !== "loan");
  const lines: string[] = [];
  if (fits.length > 0) {
    lines.push("按您目前说的数字：");
    for (const r of fits) {
      // In an open round the item brings at most the round's standard.
      const standard = roundStandard(r, rounds, s.today);
      const amount =
        standard === null
          ? `${amountWords(r)}${formula(r, s)}`
          : `不超过 ${formatWan(standard)}（本批次标准；政策${amountWords(r)}）`;
      lines.push(`· ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：${amount}`);
    }
  } else if (open.length === 0 && staff.length === 0) {
    lines.push("按您目前说的数字，暂时没有符合条件的奖励或补贴。");
  }
  // 「还差多少能评电商村」: where a figure said misses its bar, by how much.
  if (fits.length === 0 && !focus) {
    const figures = (Object.keys(s.facts) as AskableFact[]).filter(
      (k) => k in FACTS && typeof s.facts[k] === "number",
    );
    for (const r of a.results) {
      const short = r.reasons.filter(
        (x) => /未|不/.test(x) && figures.some((k) => x.includes(FACTS[k].label)),
      );
      if (r.status === "ineligible" && short.length > 0)
        lines.push(`❌ ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：${short.join("；")}`);
    }
  }
  // 「跟达人合作的一年一千八百万 够不够补」: where the figure just given falls short, the bar it misses.
  if (focus)
    for (const r of a.results)
      if (r.status === "ineligible" && r.reasons.some((x) => x.includes(FACTS[focus].label)))
        lines.push(
          `❌ ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：${r.reasons
            .filter((x) => x.includes(FACTS[focus].label))
            .join("；")}`,
        );
  for (const r of staff)
    lines.push(
      `· ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：一事一议，由市商务局审核确定金额`,
    );
  // 「现在结果是啥」 for a village with its sales said: the item it bears on, what it still needs and the bar.
  const params = parametersAt(s.today);
  // (纳统 is a condition of many items: said alone it brings none of them nearer.)
  const said = Object.keys(s.facts).filter((k) => k !== "subjectType" && k !== "counted");
  const near = open.filter((r) => {
    const c = CLAUSES_BY_ID[r.clause]!;
    return [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].some((w) =>
      factsOf(w).some((f) => said.includes(f)),
    );
  });
  if (near.length > 0 && fits.length === 0) lines.push("按您目前说的数字：");
  const reached = reachedOnceTheRestHolds(s.facts, s.today);
  // 「活跃网店正好100个，这样够电商镇吗」: with nothing more said, the ways through the clause the figures said
  // do not open — said with their bar, so an either-or clause is not left at 「还要看」 alone.
  const worst = { ...s.facts, assessedOn: s.today } as Record<string, unknown>;
  // (A figure a clause reads in place of another — the moved-back shop's own — stays unsaid: never 「0 元」 over the
  // shop's figure given.)
  for (const f of Object.keys(FACTS) as AskableFact[])
    if (
      worst[f] === undefined &&
      !READ_IN_PLACE.has(f) &&
      ["count", "yuan", "percent"].includes(FACTS[f].type)
    )
      worst[f] = 0;
  const shortOf = new Map(assessValid(worst as unknown as Facts).results.map((r) => [r.clause, r]));
  const saidLabels = said.filter((k) => k in FACTS).map((k) => FACTS[k as AskableFact].label);
  for (const r of near) {
    const c = CLAUSES_BY_ID[r.clause]!;
    const tier = reached.get(r.clause);
    // A formula's figure (article 2) is worked out; a ceiling is said as one.
    const upTo =
      tier?.status === "eligible" && c.estimate && tier.estimatedAmountYuan !== null
        ? `（条件都满足时${amountWords(tier)}${formula(tier, s)}）`
        : tier?.status === "eligible" && tier.maxAmountYuan !== null && !c.estimate
          ? `（条件都满足时最高 ${formatWan(tier.maxAmountYuan)}）`
          : c.tiers[0] && !c.estimate
            ? `（最高 ${formatWan(params[c.tiers[0].amount]!)}）`
            : "";
    const missing = r.missingFacts
      .filter((f) => f !== "assessedOn")
      .map((f) => {
        const bar = requirementOf(c, f, params);
        return needLine(c, f, bar);
      });
    const short = (shortOf.get(r.clause)?.reasons ?? []).filter(
      // (「乡镇内电商村数量 3 个，不大于 3 个」: a bar not passed is said either way.)
      (x) => /未|不大于|不足|不满/.test(x) && saidLabels.some((l) => x.includes(l)),
    );
    lines.push(
      `❓ ${articleName(r.article)} ${c.name}${upTo}：${short.length > 0 ? `按您说的数：${short.join("；")}；` : ""}还要看：${missing.join("、")}`,
    );
  }
  // (「俺们村能评上不」 before any figure: for a village or a town, what its item takes.)
  if (fits.length + near.length === 0 && open.length > 0 && open.length <= 2)
    for (const r of open) {
      // (「要是够了能给多少钱」: what it brings once it holds — the ceiling of its first tier.)
      const c = CLAUSES_BY_ID[r.clause]!;
      const upTo = c.tiers[0] && !c.estimate ? `（最高 ${formatWan(params[c.tiers[0].amount]!)}）` : "";
      lines.push(`❓ ${articleName(r.article)} ${c.name}${upTo}：要看${stillNeeded(r, s.today).join("、")}`);
    }
  if (open.length > near.length)
    lines.push(
      fits.length + near.length > 0
        ? "其他项目还要再了解几个情况才能判断。"
        : "还要再了解几个情况才能算出来，请继续回答下面的问题。",
    );
  lines.push("最终金额以市商务局审核和当年预算为准。");
  return lines.join("\n");
}

/** 「：3200 万元 × 每 1 万元 5 元 = 16,000 元」 — the article-2 sum, so the number can be checked. */
/** The reason about the figures said, where there is one: 「该店铺年度网络零售额 3000 万元，达到 3000 万元（含）以上」. */
export function reasonOfSaid(r: ClauseResult, said: readonly AskableFact[]): string | undefined {
  return r.reasons.find((x) => said.some((k) => x.includes(FACTS[k].label))) ?? r.reasons[0];
}

function formula(r: ClauseResult, s: DialogState): string {
  const f = CLAUSES_BY_ID[r.clause]!.estimate;
  const figure = f ? (s.facts as Partial<Facts>)[f.fact] : undefined;
  if (!f || figure === undefined || r.estimatedAmountYuan === null) return "";
  const p = parametersAt(s.today);
  const raw = Math.floor(figure / p[f.unit]!) * p[f.rate]!;
  const capped = raw > r.estimatedAmountYuan ? `，超过上限按 ${formatWan(r.estimatedAmountYuan)}计` : "";
  return `：${formatWan(figure)} × 每 ${formatWan(p[f.unit]!)} ${p[f.rate]!} 元 = ${raw.toLocaleString("en-US")} 元${capped}`;
}

/**
 * 「如果后年做到4000万，补贴多少」「一个镇有三个电商村够不够评电商镇」: the policy's answer for those figures,
 * worked out on a copy of the facts — nothing is written. Null when the message is neither a what-if nor a
 * question about anybody's figures, or names nothing to work from.
 */
/**
 * 「还能申请那50万不」「这个30万是直接给吗」: a sum pointed at that is one of the awards the policy gives on the day
 * — the award talked about, never a figure to work out.
 */
function pointsAtAward(text: string, today: string): boolean {
  const params = parametersAt(today);
  const awards = new Set(
    Object.values(CLAUSES_BY_ID).flatMap((c) =>
      c.tiers.map((t) => params[t.amount]).filter((v) => v !== undefined),
    ),
  );
  const t = normalise(text);
  const figures = findMentions(t).filter((m) => m.type === "figure");
  const pointed = figures.filter(
    (m) =>
      m.type === "figure" &&
      m.kind === "yuan" &&
      awards.has(m.value) &&
      /(那|这|那个|这个)$/.test(t.slice(Math.max(0, m.start - 2), m.start)),
  );
  // (「要是单量占比只有百分之七十几 还能给那五十万不」: another figure is still the one supposed.)
  return pointed.length > 0 && pointed.length === figures.length;
}

/** 「正好二十家 这算达到了没有」「一千万整能评上吗」: whether a figure right at a bar meets it is asked. */
const AT_BAR_ASKED =
  /正好|刚好|恰好|整(能|够|算|的话|行)|含不含|包不包括|包括不包括|算不算|算达到|算够|达到了没|够线/;

/** Whether `text` names an award that a tier of a clause on the shop's figure gives (「二十万」 for a new shop). */
function shopAwardNamed(text: string, today: string): boolean {
  const params = parametersAt(today);
  const amounts = new Set(
    Object.values(CLAUSES_BY_ID)
      .filter((c) =>
        [c.when, ...c.tiers.flatMap((x) => (x.when ? [x.when] : []))].some((w) =>
          factsOf(w).includes("shopRetailYuan"),
        ),
      )
      .flatMap((c) => c.tiers.map((x) => params[x.amount])),
  );
  return parse(text, {}, null).remarks.some(
    (r) => r.kind === "yuan" && r.why === "not-a-fact" && amounts.has(r.value),
  );
}

export function whatIfReply(s: DialogState, text: string): string | null {
  if (pointsAtAward(text, s.today)) return null;
  const known = s.facts.subjectType;
  // 「如果…」, or 「3000万整的话」: a condition the grammar finds after a figure.
  const hypothetical =
    HYPOTHETICAL.test(text) ||
    findMentions(normalise(text)).some((m) => m.type === "marker" && m.marker === "hypothetical");
  // 「自播达到2000万能拿多少」: a figure the question asks about is worked out on a copy too.
  // (「贷款能贷两千万吗」: a loan's amount asked about is worked out against the policy's range the same way.)
  const askedAbout =
    isWholeQuestion(text) &&
    (parse(text, { subjectType: known }, null).remarks.some(
      (r) => r.why === "question" && r.kind === "yuan",
    ) ||
      (Object.keys(readFacts(text, { subjectType: known }, null).facts).every((k) =>
        ["loanAmountYuan", "subjectType"].includes(k),
      ) &&
        readFacts(text, { subjectType: known }, null).facts.loanAmountYuan !== undefined));
  // (「新开那个店到年底估计能冲到五千万，那样能拿二十万吗」: a figure the grammar reads as projected is supposed too.)
  const projected =
    isWholeQuestion(text) &&
    parse(text, { subjectType: known }, null).remarks.some(
      (r) => r.why === "hypothetical" && r.kind === "yuan",
    );
  if (!hypothetical && !askedAbout && !projected && !readFacts(text, { subjectType: known }, null).asked)
    return null;
  // 「打算贷300万」: an intention the grammar writes as a fact (a loan's amount) is no what-if.
  const direct = readFacts(text, { subjectType: known, mcn: s.facts.mcn }, null);
  // (「县里给的目标是明年网络零售额过一个亿 今年才做了七千万」 while that figure is asked: the answer is stated.)
  if (s.asking && typeof direct.facts[s.asking] === "number" && !isWholeQuestion(text)) return null;
  if (
    !askedAbout &&
    !direct.remarks.some((r) => r.why === "hypothetical") &&
    Object.values(direct.facts).some((v) => typeof v === "number")
  )
    return null;
  if (hypothetical && !known && !readFacts(text, {}, null).remarks.some((r) => r.why === "hypothetical"))
    return null;
  // 「咱村卖了950万 要是明年能过一千万就好了」: a figure of their own is a fact, read as one elsewhere.
  if (!known && Object.values(readFacts(text, {}, null).facts).some((v) => typeof v === "number"))
    return null;
  const stated = readFacts(text, { subjectType: known, mcn: s.facts.mcn, asStated: true }, null).facts;
  // 「去年实物零售额2700万没够线 今年要是过了3000万」: of a past figure and a supposed one of the same fact, the one
  // supposed is worked out.
  const supposed = hypothetical
    ? parse(text, { subjectType: known }, null).remarks.find(
        (r) => r.why === "hypothetical" && r.kind === "yuan",
      )
    : undefined;
  const statedYuan = (Object.keys(stated) as AskableFact[]).filter(
    (k) => FACTS[k]?.type === "yuan" && typeof stated[k] === "number",
  );
  if (supposed?.value !== undefined && statedYuan.length === 1 && stated[statedYuan[0]!] !== supposed.value)
    (stated as Record<string, unknown>)[statedYuan[0]!] = supposed.value;
  // 「要是今年做到三千五百万 能拿多少」 after 自播 was given: a verb of selling with no word of goods supposes the
  // figure the conversation was last about.
  // (「要是做到五千万能拿多少」 while the live room's figure is asked: that figure.)
  const askedYuan =
    s.asking &&
    FACTS[s.asking].type === "yuan" &&
    s.asking !== "loanAmountYuan" &&
    s.asking !== "physicalGoodsRetailYuan"
      ? s.asking
      : undefined;
  // (「那一个多亿是不是能拿50万」 from an MCN known, with no word of live streaming or goods: its own turnover — the
  // figure read by a verb of selling here, and the one only asked about below.)
  const mcnTurnover = s.facts.mcn === true && !/直播|自播|播|实物|店/.test(text);
  // (「3500万的话按1万补5块 是不是能补17万5」: the one item the words name says whose figure is supposed.)
  const named = itemsNamed(s, text).flatMap((id) => {
    const c = CLAUSES_BY_ID[id]!;
    return [c.when, ...c.tiers.flatMap((x) => (x.when ? [x.when] : []))]
      .flatMap((w) => factsOf(w))
      .filter((f): f is AskableFact => f in FACTS && FACTS[f as AskableFact].type === "yuan");
  });
  const itemYuan = new Set(named).size === 1 ? named[0] : undefined;
  // (「要是年底做到五千万是不是能拿二十万」 with a new shop known: an award only the shop's tiers give says the figure
  // supposed is the shop's.)
  const shopYuan =
    (s.facts.newShop === true || s.facts.relocatedShop === true) && shopAwardNamed(text, s.today)
      ? "shopRetailYuan"
      : undefined;
  const lastYuan =
    (mcnTurnover ? "onlineRetailYuan" : undefined) ??
    itemYuan ??
    shopYuan ??
    askedYuan ??
    [...s.history]
      .reverse()
      .find((f) => FACTS[f].type === "yuan" && f !== "loanAmountYuan" && s.facts[f] !== undefined);
  if (
    statedYuan.length === 1 &&
    statedYuan[0] === "physicalGoodsRetailYuan" &&
    lastYuan !== undefined &&
    lastYuan !== "physicalGoodsRetailYuan" &&
    !/实物|零售|网上|线上|网络|网店|店/.test(text)
  ) {
    (stated as Record<string, unknown>)[lastYuan] = stated.physicalGoodsRetailYuan;
    delete stated.physicalGoodsRetailYuan;
  }
  // (「自播首次到五千万奖多少」: the kind of applicant a cue word implies, when none is said.)
  // (Only where what it brings is asked: 「新注册店铺那个3000万 是含3000万本身吗」 asks about a bar.)
  const implied = BRINGS_ASKED.test(text)
    ? findMentions(normalise(text)).find((m) => m.type === "cue" && m.words.implies)
    : undefined;
  // (「流量补贴怎么算的 3000万能拿多少」: the items named say whose figure it is, when they are one kind's; 「3000万能拿
  // 多少补贴啊」 from someone not yet known is worked out as an enterprise's sales, and said so.)
  const t = text.toLowerCase().replace(/\s/g, "");
  const itemSubjects = [
    ...new Set(
      Object.entries(ITEM_WORDS)
        .filter(([, words]) => words.some((w) => t.includes(w.toLowerCase())))
        .flatMap(([id]) => CLAUSES_BY_ID[id as keyof typeof CLAUSES_BY_ID]?.subjects ?? []),
    ),
  ];
  const subject = (known ??
    stated.subjectType ??
    (implied?.type === "cue" ? implied.words.implies : undefined) ??
    (itemSubjects.length === 1 ? itemSubjects[0] : undefined) ??
    (askedAbout && BRINGS_ASKED.test(text) && itemSubjects.length === 0 ? "enterprise" : undefined)) as
    Facts["subjectType"] | undefined;
  if (!subject) return null;
  const assumed = !known && !stated.subjectType && !implied && itemSubjects.length === 0;
  // 「别的机构做到一个亿…我们要是做到一个亿呢」: an agency's turnover is an MCN's, not physical goods (article 2).
  if (subject === "enterprise" && /机构|mcn/i.test(text) && stated.physicalGoodsRetailYuan !== undefined) {
    stated.onlineRetailYuan ??= stated.physicalGoodsRetailYuan;
    delete stated.physicalGoodsRetailYuan;
    stated.mcn = true;
  }
  let said = (Object.keys(stated) as AskableFact[]).filter(
    (k) => k !== "subjectType" && typeof stated[k] === "number",
  );
  const tried: Facts = {
    ...(s.facts as Facts),
    ...(stated as Partial<Facts>),
    subjectType: subject,
    assessedOn: s.today,
  } as Facts;
  if (said.length === 0) {
    // 「要是零售额是5千多万呢」 with no cue the grammar binds: the subject's own sales figure.
    // 「3000万能拿多少流量补贴」: the figure of the question itself, worked out on a copy.
    // (「去年2700万没够线 今年要是过了3000万」: the figure supposed before one merely asked about.)
    // (「那是不是20万」「5000万那档拿多少 30万是吧」: a sum that is only an award of the subject's items is the award
    // asked about, never a figure to work out — the tier's bar said beside it is.)
    const awards = awardAmounts(subject, s.today);
    const parsed = parse(text, { subjectType: subject }, null).remarks;
    const heard = parsed.filter(
      (x) =>
        (x.kind === "yuan" || x.kind === "count") &&
        x.value !== undefined &&
        !(x.kind === "yuan" && awards.has(x.value)),
    );
    const r =
      heard.find((x) => x.why === "hypothetical") ??
      heard.find((x) => x.why === "question") ??
      // (「5000万那档拿多少」: the tier's bar asked about is the figure.)
      heard.find(
        (x) => x.kind === "yuan" && new RegExp(`${x.said}(的)?(那|这)?(一)?(个)?档`).test(normalise(text)),
      );
    if (!r) return null;
    // Whose figure: the live room named, else the figure the conversation was last about (「那如果明年到了5000万」
    // after 自播 was given; 「要是再多整合一家全国性的呢」 after the companies), else the subject's own sales.
    const recent = [...s.history]
      .reverse()
      .find((f) => FACTS[f].type === r.kind && f !== "loanAmountYuan" && s.facts[f] !== undefined);
    if (r.kind === "count" && !recent) return null;
    const pendingFigure =
      s.asking && FACTS[s.asking].type === "yuan" && s.asking !== "loanAmountYuan" ? s.asking : undefined;
    // 「机构做到一个亿」: an agency's turnover is an MCN's, not physical goods (article 2).
    const agency = subject === "enterprise" && (/机构|mcn/i.test(text) || mcnTurnover);
    if (agency) tried.mcn = true;
    // (「要是明年直播做到五千万」: live sales with no partner named are the enterprise's own room.)
    // (「新注册的店卖到五千万奖多少」: a new or moved-back shop's figure.)
    // (「要是今年能做到五千万」 after 「我们是今年新注册的店」 with no figure yet: the shop's.)
    // (「拼多多那个到年底应该能过三千万」「那京东店3200万能拿多少钱」: one of the shops known, named.)
    const shopsKnown = s.facts.newShop === true || s.facts.relocatedShop === true;
    const shop =
      stated.newShop === true ||
      stated.relocatedShop === true ||
      (shopsKnown &&
        (recent === undefined || SHOP_NAMED.test(text)) &&
        // (「要是明年能做到5000万」: next year a shop registered this year is new no more.)
        !/明年|后年|以后|将来|下一年/.test(text));
    // With both shops known, the one moved back when the words say so.
    const shopFact: AskableFact =
      s.facts.newShop === true &&
      s.facts.relocatedShop === true &&
      // (「那京东店3200万能拿多少钱」: the moved-back shop's own figure said again names it.)
      (/迁|搬回|挪回/.test(text) || r.value === s.facts.relocatedShopRetailYuan)
        ? "relocatedShopRetailYuan"
        : "shopRetailYuan";
    const fact: AskableFact =
      r.kind === "count"
        ? recent!
        : // (「银行说电商贷能给批个五百万」: a loan's amount.)
          /贷/.test(text) && !/零售|卖|销售/.test(text)
          ? "loanAmountYuan"
          : itemYuan
            ? itemYuan
            : // (「要是只有1900万 那个佣金还能补吗」: the commission's item reads the partner's live sales.)
              /佣金|第三方|合作直播|达人|找主播/.test(text) && !/自播|自己播/.test(text)
              ? "thirdPartyLiveRetailYuan"
              : shop && !/直播|自播/.test(text)
                ? shopFact
                : /自播|自己播|自己直播/.test(text) ||
                    (/直播/.test(text) && !/合作|第三方|机构|达人|主播|mcn/i.test(text))
                  ? "selfLiveRetailYuan"
                  : agency
                    ? "onlineRetailYuan"
                    : // (「要是明年能做到五千万 能拿三十万不」 while the live room's figure is asked: that figure.)
                      ((recent === undefined || recent === "physicalGoodsRetailYuan"
                        ? pendingFigure
                        : undefined) ??
                      recent ??
                      (subject === "enterprise" && !tried.mcn
                        ? "physicalGoodsRetailYuan"
                        : "onlineRetailYuan"));
    (tried as unknown as Record<string, unknown>)[fact] = r.value;
    said = [fact];
  }
  // 「超过6000万就能评电商镇吗」: a figure said as a bar passed is worked out just above it, and shown as said.
  const flat = normalise(text);
  const above = new Set<AskableFact>();
  const spoken = findMentions(flat).filter((m) => m.type === "figure");
  // 「要是再多两家网店」「再多卖两百万」「如果再评上一个电商村」: a figure said as more than now is added to the figure
  // known.
  for (const k of said) {
    const now = s.facts[k];
    const more = spoken.find(
      (m) =>
        m.type === "figure" &&
        m.value === (stated[k] ?? tried[k as keyof Facts]) &&
        m.kind === FACTS[k].type &&
        /(再多|再|(?<!差不|许|很)多|增加|新增|多开|再开|多卖|再卖|多做|再做|(再|又)多?(评上|评出|认定|开|增加|添|加|整合|接入|引进|签|出|出来))(了|个)?\s*$/.test(
          flat.slice(0, m.start),
        ),
    );
    if (typeof now === "number" && more)
      (tried as unknown as Record<string, number>)[k] = now + (more.type === "figure" ? more.value : 0);
  }
  for (const m of spoken)
    if (
      m.type === "figure" &&
      /(超过|超出|高于|大于|多于|过了|突破)\s*$/.test(flat.slice(0, m.start)) &&
      // 「正好一个亿 算不算超过一亿」: the figure is said as it is elsewhere; the bar is the question's.
      spoken.filter((x) => x.type === "figure" && x.value === m.value).length === 1
    )
      for (const k of said)
        if (tried[k as keyof Facts] === m.value && FACTS[k].type === m.kind) {
          above.add(k);
          (tried as unknown as Record<string, number>)[k] = m.value + 1;
        }
  const show = (k: AskableFact) => {
    const v = tried[k as keyof Facts] as number;
    return above.has(k) ? `超过 ${formatFactValue(k, v - 1)}` : formatFactValue(k, v);
  };
  const relevant = (r: ClauseResult) => {
    const c = CLAUSES_BY_ID[r.clause]!;
    return (
      c.subjects.includes(subject) &&
      (r.kind !== "loan" || said.includes("loanAmountYuan")) &&
      [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].some((w) =>
        factsOf(w).some(
          // (A clause that reads another figure as its own — the moved-back shop's, beside a new shop — is about
          // that figure, not the one it reads it as.)
          (f) =>
            c.reads?.as === f && tried[c.reads.from as keyof Facts] !== undefined
              ? said.includes(c.reads.from as AskableFact)
              : said.includes(f as AskableFact),
        ),
      )
    );
  };
  // What is not said is taken at its best where it is a condition (纳统、满1年…) and as nothing where it is
  // another figure: a figure that fails even so fails (by the reasons about the figures said); one that fits
  // is said with what it still needs. A clause of another kind of applicant (a moved-back shop) is left out.
  const best = { ...tried } as Record<string, unknown>;
  for (const f of Object.keys(FACTS) as AskableFact[]) {
    if (best[f] !== undefined) continue;
    const v = optimistic(f);
    if (v !== undefined) best[f] = v;
  }
  // (A figure known from before that fails the clause fails it in the what-if too: 「再多两家网店」 to a village
  // short of 1,000 万.)
  const labels = [
    ...said,
    ...(Object.keys(s.facts) as AskableFact[]).filter(
      (k) => k in FACTS && typeof s.facts[k] === "number" && !said.includes(k),
    ),
  ].map((k) => FACTS[k].label);
  const first = new Map(assessValid(tried).results.map((r) => [r.clause, r]));
  // 「超过6000万就能评电商镇吗」: where another way through the clause (活跃网店超过100个) would carry the
  // figures said, the clause is open, not failed — with every figure not said at its largest.
  const generous = { ...best } as Record<string, unknown>;
  for (const f of Object.keys(FACTS) as AskableFact[]) {
    if (said.includes(f) || f === "loanAmountYuan" || tried[f as keyof Facts] !== undefined) continue;
    const type: string = FACTS[f].type;
    if (type === "count") generous[f] = 1_000_000;
    else if (type === "yuan") generous[f] = 1_000_000_000_000;
    else if (type === "percent") generous[f] = 100;
  }
  const wouldFit = new Map(
    assessValid(generous as unknown as Facts).results.map((r) => [r.clause, r.status === "eligible"]),
  );
  const results = assessValid(best as unknown as Facts)
    .results.filter(relevant)
    .filter(
      (r) => !(first.get(r.clause)?.missingFacts ?? []).some((f) => SELECTORS.includes(f as AskableFact)),
    )
    .map((r) => {
      const missing = (first.get(r.clause)?.missingFacts ?? []).filter((f) => f !== "assessedOn");
      const about = r.reasons
        .filter((x) => labels.some((l) => x.includes(l)))
        .map((x) =>
          [...above].reduce((y, k) => {
            const v = tried[k as keyof Facts] as number;
            return y.replace(formatFactValue(k, v), `超过 ${formatFactValue(k, v - 1)}`);
          }, x),
        );
      if (r.status === "ineligible" && (about.length === 0 || (wouldFit.get(r.clause) && missing.length > 0)))
        // It fails only for want of figures not said: those are what it needs (and the way through it that
        // the figures said do not open is said too).
        return { ...r, status: "needs_info" as const, missing, short: about };
      return { ...r, reasons: r.status === "ineligible" ? about : r.reasons, missing, short: [] as string[] };
    });
  const figures = said.map((k) => `${FACTS[k].label} ${show(k)}`).join("、");
  const head = hypothetical
    ? `假如${figures}（设想的数字，只作测算，不记入您的自测）：`
    : `按${figures}测算（只作测算，不记入您的自测${assumed ? "；按企业算的，如果是村、镇或园区请告诉我" : ""}）：`;
  // (「我们村…一年直播卖了六百来万也算在里面了吧」: a village's or town's figure of an enterprise's item is no
  // what-if of its own — what the village counts is said elsewhere.)
  if (results.length === 0 && (subject === "village" || subject === "town")) return null;
  if (results.length === 0) return `${head}\n按政策暂时没有对应的奖励或补贴。`;
  const name = (r: ClauseResult) => `${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}`;
  const params = parametersAt(s.today);
  const lines = results.map((r) => {
    // 「活跃网店数量（需达到 20 家以上）」: the bar beside each fact still needed.
    const missing = r.missing.map((f) => {
      const bar = requirementOf(CLAUSES_BY_ID[r.clause]!, f, params);
      return needLine(CLAUSES_BY_ID[r.clause]!, f, bar);
    });
    const needs = missing.length > 0 ? `；还要满足：${missing.join("、")}` : "";
    // A loan is the bank's: the amount asked is within the policy's range or not, nothing is 「最高」.
    if (r.kind === "loan" && r.status === "eligible") {
      const range = askRange("loanAmountYuan", s.today);
      return `✅ ${name(r)}：${formatFactValue("loanAmountYuan", tried.loanAmountYuan as number)}${
        range ? `在单户 ${range}的范围内` : ""
      }，可以申请${needs}`;
    }
    // 「村里卖1500万能拿多少」: what it would bring, once what is still needed holds.
    const top = CLAUSES_BY_ID[r.clause]!.tiers[0]?.amount;
    const upTo =
      r.kind !== "loan" && top && !CLAUSES_BY_ID[r.clause]!.estimate
        ? `（最高 ${formatWan(params[top]!)}）`
        : "";
    const why = reasonOfSaid(r, said);
    if (r.status === "eligible")
      return `${missing.length > 0 ? "❓" : "✅"} ${name(r)}：${missing.length > 0 ? "" : "符合，"}${amountWords(r)}${formula(r, { ...s, facts: tried })}${
        why ? `（${why}）` : ""
      }${needs}`;
    if (r.status === "ineligible") return `❌ ${name(r)}：不符合，${r.reasons.join("；")}`;
    // 「要是明年能做到一千五百万 能评上不」: what the figure said already meets, then what is still needed.
    const met = said
      .map((k) => {
        const bar = requirementOf(CLAUSES_BY_ID[r.clause]!, k, params);
        return bar ? `${FACTS[k].label} ${show(k)}（标准：${bar}）` : null;
      })
      .filter((x): x is string => x !== null);
    if (r.status === "needs_info" && r.short.length > 0)
      return `❓ ${name(r)}${upTo}：按您说的数不符合：${r.short.join("；")}；还可以看其他条件：${missing.join("、")}`;
    if (r.status === "needs_info")
      return `❓ ${name(r)}${upTo}：${met.length > 0 ? `${met.join("；")}；` : ""}还要看${missing.length > 0 ? `：${missing.join("、")}` : "其他条件"}`;
    return `· ${name(r)}：一事一议，由市商务局审核确定金额`;
  });
  const onlyLoan = results.every((r) => r.kind === "loan");
  // 「明年做到一个亿能拿50万吗 今年拿了20万的明年还能再拿吗」: an award given once in the policy's period is said
  // so beside any tier worked out for it.
  const once = results
    .filter((r) => r.status !== "ineligible" && CLAUSES_BY_ID[r.clause]!.oncePerPolicy)
    .map((r) => `注意：${name(r)}政策期内不重复奖励，哪一档拿过一次，之后就不能再按别的档拿。`);
  // 「正好二十家 这算达到了没有」「一千万整能评上吗」: a figure right at a bar is said to meet it or not (「以上」
  // counts the figure itself, 「超过」 does not, contract §1).
  const atBar = (AT_BAR_ASKED.test(text) ? said : []).flatMap((k) => {
    const v = tried[k as keyof Facts];
    if (typeof v !== "number") return [];
    const bars = results
      .flatMap((r) => barsOf(CLAUSES_BY_ID[r.clause]!, k, params))
      .filter((b) => b.value === v);
    if (bars.length === 0) return [];
    return bars.every((b) => b.inclusive)
      ? [`政策说的「以上」含本数：${FACTS[k].label}正好 ${show(k)}也算达到。`]
      : bars.every((b) => !b.inclusive)
        ? [`政策说的「超过」不含本数：${FACTS[k].label}正好 ${show(k)}不算超过，要再多一些。`]
        : [];
  });
  return [
    head,
    ...lines,
    ...atBar,
    ...once,
    onlyLoan ? "贷款由承办银行审批，利率、期限由银行确定。" : "最终金额以市商务局审核和当年预算为准。",
  ].join("\n");
}
