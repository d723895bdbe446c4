// Application rounds as people need to hear of them (contract §13): whether a round is open for their
// items, until when, and which year's figures to give; outside a round, when the next one opens or
// that the bureau announces rounds — always with the self-test still on offer. The shell hands the
// rounds it read from the API (GET /api/rounds) in the turn's context; without them nothing is said
// of dates, since nothing is known.

import {
  cityPolicy,
  formatChineseDate,
  formatWan,
  valueIn,
  type ClauseResult,
  type Policy,
} from "../../rules/index.ts";

/** A round as the API's public list gives it (no budget). */
export interface RoundNotice {
  id: string;
  title: string;
  figuresYear: number;
  opensOn: string;
  closesOn: string;
  clauses: readonly string[];
  standards?: Readonly<Record<string, number>>;
  policyId?: string;
}

type Phase = "scheduled" | "open" | "closed";

/** The round's phase on a day (YYYY-MM-DD, Beijing): open from its first to its last day inclusive. */
export const phaseOn = (r: RoundNotice, today: string): Phase =>
  today < r.opensOn ? "scheduled" : today > r.closesOn ? "closed" : "open";

const days = (r: RoundNotice) => `${formatChineseDate(r.opensOn)}至${formatChineseDate(r.closesOn)}`;

/** 「「2025年度…申报」正在受理，受理期为2026年3月1日至2026年3月31日」 */
const openLine = (r: RoundNotice) => `「${r.title}」正在受理，受理期为${days(r)}`;

/** Which year's figures a round asks for, in the words of a form: 「请提供2025年全年的网络零售额等数据」. */
export const figuresLine = (year: number) =>
  `本批次申报的是${year}年度数据，请提供${year}年全年的网络零售额等数据。`;

/**
 * The clauses whose timing matters to the person: those they qualify for (or may, staff deciding),
 * the bank's loan aside; before any result, every clause of the policy that a round can hold.
 */
function clausesOfInterest(results: readonly ClauseResult[] | null, policy: Policy): string[] {
  const money = (kind: string) => kind !== "loan";
  if (results)
    return results
      .filter((r) => (r.status === "eligible" || r.status === "manual_review") && money(r.kind))
      .map((r) => r.clause);
  return policy.clauses.filter((c) => money(c.kind)).map((c) => c.id);
}

const name = (policy: Policy, id: string) => policy.clausesById[id]?.name ?? id;

/** 「现在能申报吗」: the truth about timing for the person's items on `today`. */
export function timingReply(
  rounds: readonly RoundNotice[] | undefined,
  today: string,
  results: readonly ClauseResult[] | null,
  policy: Policy = cityPolicy(),
): string {
  return timingLines(rounds, today, results, policy, true).join("\n");
}

/**
 * The timing in lines: open rounds for the items with the figures year, else the next scheduled one or
 * that the bureau announces rounds; with `offer`, a last line offering the self-test or the filing.
 */
export function timingLines(
  rounds: readonly RoundNotice[] | undefined,
  today: string,
  results: readonly ClauseResult[] | null,
  policy: Policy = cityPolicy(),
  offer = true,
): string[] {
  const selfTest = "您可以随时回复「自测」，先看看能申请哪些项目。";
  const loan = policy.clauses.find((c) => c.kind === "loan");
  const loanLine = loan ? `${loan.name}由合作银行办理，不分批次，随时可以申请。` : "";
  if (rounds === undefined)
    return [
      `申报时间以市商务局发布的年度申报通知为准。${offer ? loanLine : ""}`,
      ...(offer ? [selfTest] : []),
    ];
  const mine = rounds.filter((r) => (r.policyId ?? policy.id) === policy.id);
  if (mine.length === 0) {
    return [
      `目前市商务局还没有开设申报批次，系统全年受理申报，按提交当年（${today.slice(0, 4)}年）的标准审核；正式的申报批次和时间以市商务局通知为准。`,
      ...(offer ? [loanLine, selfTest] : []),
    ].filter(Boolean);
  }
  const wanted = clausesOfInterest(results, policy);
  const lines: string[] = [];
  const open = mine.filter((r) => phaseOn(r, today) === "open" && r.clauses.some((c) => wanted.includes(c)));
  for (const r of open) {
    const items = r.clauses.filter((c) => wanted.includes(c));
    lines.push(
      `${openLine(r)}${results ? `，您可申报的${items.map((c) => `「${name(policy, c)}」`).join("、")}在其中` : ""}。${figuresLine(r.figuresYear)}`,
    );
  }
  const covered = new Set(open.flatMap((r) => r.clauses));
  const waiting = wanted.filter((c) => !covered.has(c));
  if (waiting.length > 0 && (open.length === 0 || results)) {
    const next = mine
      .filter((r) => phaseOn(r, today) === "scheduled" && r.clauses.some((c) => waiting.includes(c)))
      .sort((a, b) => (a.opensOn < b.opensOn ? -1 : 1))[0];
    const which = results ? waiting.map((c) => `「${name(policy, c)}」`).join("、") : "";
    if (next)
      lines.push(
        `${which ? `${which}现在不在申报期；` : "目前没有正在受理的批次；"}下一批次「${next.title}」将于${days(next)}受理，申报的是${next.figuresYear}年度数据。`,
      );
    else
      lines.push(
        `${which ? `${which}现在不在申报期` : "目前没有正在受理的申报批次"}，下一批次的时间由市商务局另行通知。`,
      );
  }
  if (!offer) return lines;
  if (loanLine) lines.push(loanLine);
  lines.push(open.length > 0 && results ? "回复「申报」即可开始填写。" : selfTest);
  return lines;
}

/**
 * The round open today that holds a clause, and that round's standard for the item where it is below
 * the policy's figure: 「本批次标准不超过 20 万元」. Null when no open round holds it or it sets none.
 */
export function standardNote(
  r: ClauseResult,
  rounds: readonly RoundNotice[] | undefined,
  today: string,
  policy: Policy = cityPolicy(),
): string | null {
  const standard = roundStandard(r, rounds, today, policy);
  return standard === null ? null : `本批次标准不超过 ${formatWan(standard)}`;
}

/** The open round's standard for an item's amount where it is below the policy's figure, in yuan; else null. */
export function roundStandard(
  r: ClauseResult,
  rounds: readonly RoundNotice[] | undefined,
  today: string,
  policy: Policy = cityPolicy(),
): number | null {
  const round = rounds?.find((x) => phaseOn(x, today) === "open" && x.clauses.includes(r.clause));
  const c = policy.clausesById[r.clause];
  if (!round?.standards || !c || r.maxAmountYuan === null) return null;
  const date = `${round.figuresYear}-12-31`;
  for (const t of c.tiers) {
    const standard = round.standards[t.amount];
    if (standard === undefined) continue;
    const own = valueIn(policy.parameters, t.amount, date);
    if (own === r.maxAmountYuan && standard < own) return standard;
  }
  return null;
}

/** Whether a round open today holds the clause. */
export const inOpenRound = (clause: string, rounds: readonly RoundNotice[], today: string) =>
  rounds.some((r) => phaseOn(r, today) === "open" && r.clauses.includes(clause));

/**
 * A question about timing, not about the conditions: when one may apply, until when, which year's
 * figures — words of time beside words of applying (「截止到哪天」「要报哪一年的数」「现在能报吗」), not the
 * policy's own period (「政策有效期到什么时候」).
 */
const WHICH_YEAR = /(哪一?年|哪个年度|什么年度|几几年)的?(数|数据|数字|零售额|销售额)/;

/**
 * 「申报的时候报哪一年的数」: the year whose figures are filed — a round's own figures year where one is open,
 * else the last full calendar year (contract §13); null when the text does not ask it.
 */
export function figuresYearLine(
  text: string,
  rounds: readonly RoundNotice[] | undefined,
  today: string,
): string | null {
  if (!WHICH_YEAR.test(text.replace(/\s+/g, ""))) return null;
  const open = (rounds ?? []).filter((r) => phaseOn(r, today) === "open");
  const years = [...new Set(open.map((r) => r.figuresYear))];
  if (years.length === 1) return `现在开放的申报批次填报 ${years[0]} 年度的数据（纳统数据为准）。`;
  return `没有开放的申报批次时，按上一个完整年度（${Number(today.slice(0, 4)) - 1}年）的纳统数据填报；开了批次的，以批次通知写明的年度为准。`;
}

export function asksTiming(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  // The policy's own period (「政策什么时候截止」「有效期到哪天」) is the knowledge base's to answer.
  // (「这个政策到哪年截止 俺们后年还能报不」: when the policy ends, whatever else is asked.)
  if (
    /有效期|到期/.test(t) ||
    /(政策|文件)[^，,。]{0,6}(截止|结束|到哪年|到什么时候|到啥时候|管到)/.test(t) ||
    (/政策|文件/.test(t) && !/申报|申请|报名|受理|批次|报/.test(t))
  )
    return false;
  // (「2019年就评上过省级示范园区了 还能申请那50万不」: whether it may, not when.)
  // (「贷了款还能申请别的补贴不」「去年从银行贷了三百万 今年还能申请电商贷吗」: whether it may, not when.)
  if (
    /评上过|评过|拿过|领过|获得过|认定过|那\d+万|那个奖|贷了款|贷过|贷了|贷款(以后|之后|后)?还能|别的补贴|别的奖励|其他补贴|其他奖励/.test(
      t,
    )
  )
    return false;
  return (
    /(截止|截至|申报期|受理期|申报时间|受理时间|批次)/.test(t) ||
    WHICH_YEAR.test(t) ||
    /(什么时候|啥时候|何时|几时|哪天|几号|几月|多会儿?)(才)?(开始)?(能|可以|可)?(报|申报|申请|提交|受理)/.test(
      t,
    ) ||
    /(现在|目前|这会儿?|眼下|今年|还)(能|可以|可|能不能|可不可以)(报|申报|申请|提交)/.test(t)
  );
}

/** The open round for every one of these clauses, or null (the loan needs none). */
export function openRoundFor(
  clauses: readonly string[],
  rounds: readonly RoundNotice[] | undefined,
  today: string,
): RoundNotice | null {
  return (
    rounds?.find((r) => phaseOn(r, today) === "open" && clauses.every((c) => r.clauses.includes(c))) ?? null
  );
}
