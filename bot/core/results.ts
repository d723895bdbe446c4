// Results as a person wants them (CHAT-STYLE.md): a headline with the count and the total of caps,
// one line per eligible item, what still needs an answer, case-by-case items and referrals, and
// what to do next. Never a promise of money.

import {
  articleName,
  assessValid,
  cityPolicy,
  policiesFor,
  formatChineseDate,
  formatWan,
  materialsIn,
  parameterAt,
  policyById,
  type Assessment,
  type Clause,
  type ClauseId,
  factsOf,
  type ClauseResult,
  type Facts,
  type Policy,
} from "../../rules/index.ts";
import { roundStandard, timingLines, type RoundNotice } from "./rounds.ts";

export { articleName };

/** The policy an assessment was made against (the city's when it names none the server holds). */
export const policyOf = (a: Pick<Assessment, "policyId">): Policy => policyById(a.policyId) ?? cityPolicy();

const clauseOf = (r: Pick<ClauseResult, "clause">, policy: Policy = cityPolicy()): Clause =>
  policy.clausesById[r.clause] ?? cityPolicy().clausesById[r.clause]!;

/** The clauses a person may apply for: eligible or left to staff. */
export function applicable(a: Assessment): ClauseResult[] {
  return a.results.filter((r) => r.status === "eligible" || r.status === "manual_review");
}

/** The total of awards and subsidies (never the loan): the estimate where the policy gives a formula, else the cap. */
export function totalOfCaps(results: readonly ClauseResult[]): number {
  return results
    .filter((r) => r.status === "eligible" && r.kind !== "loan")
    .reduce((s, r) => s + (r.estimatedAmountYuan ?? r.maxAmountYuan ?? 0), 0);
}

/** What an item brings, as said: 「按政策测算约 1.6 万元（每家最高 10 万元）」「给予 50 万元」「最高 30 万元」. */
export function amountWords(r: ClauseResult, policy?: Policy): string {
  const c = clauseOf(r, policy);
  const max = formatWan(r.maxAmountYuan ?? 0);
  if (r.estimatedAmountYuan !== null)
    return `按政策测算约 ${formatWan(r.estimatedAmountYuan)}（每家最高 ${max}）`;
  return c.fixedAmount ? `给予 ${max}` : `最高 ${max}`;
}

/** 「10 万元至 1000 万元」: what one may ask for `fact` on a date (a loan's bounds), or null. */
export function askRange(fact: keyof Facts, date: string, policy: Policy = cityPolicy()): string | null {
  const c = policy.clauses.find((x) => x.bounds && factsOf(x.when).includes(fact));
  if (!c?.bounds) return null;
  const at = (name: string) => formatWan(parameterAt(name, date, undefined, policy));
  return `${at(c.bounds.min)}至${at(c.bounds.max)}`;
}

/** 「单户可贷 10 万–1000 万元」: a loan's range on the day assessed, from the clause's bounds. */
function loanRange(c: Clause, r: ClauseResult, policy: Policy, date: string): string {
  const max = formatWan(r.maxAmountYuan ?? 0);
  if (!c.bounds) return `最高 ${max}`;
  return `${formatWan(parameterAt(c.bounds.min, date, undefined, policy)).replace(/元$/, "")}–${max}`;
}

export function itemLine(
  r: ClauseResult,
  index: number,
  on: { policy: Policy; date: string } = { policy: cityPolicy(), date: cityPolicy().validFrom },
): string {
  const c = clauseOf(r, on.policy);
  const head = `${index}. ${articleName(r.article)} ${c.name}`;
  if (r.status === "manual_review") return `${head}：一事一议，由市商务局审核确定金额`;
  if (r.kind === "loan") return `${head}：单户可贷 ${loanRange(c, r, on.policy, on.date)}，由合作银行审批`;
  return `${head}：${amountWords(r, on.policy)}（${r.reasons[0] ?? ""}）`;
}

/**
 * Whether the person is in the running for a clause that did not fit: its subject is theirs and
 * they gave it a figure above zero or a 「是」 (a loan always, when asked for).
 */
function triedFor(r: ClauseResult, facts: Partial<Facts> | undefined, policy: Policy): boolean {
  if (r.kind === "loan") return true;
  const c = clauseOf(r, policy);
  if (!facts || (facts.subjectType && !c.subjects.includes(facts.subjectType))) return false;
  const read = new Set(
    [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].flatMap((w) => factsOf(w)),
  );
  return [...read].some((f) => {
    const v = facts[f as keyof Facts];
    return f !== "subjectType" && f !== "assessedOn" && (v === true || (typeof v === "number" && v > 0));
  });
}

/**
 * What the other policies in force for the district (every one in force when it is not known yet)
 * give on the same facts, each under its own title (contract §15): empty when the city's is the only one.
 */
function otherPolicies(a: Assessment, facts: Partial<Facts> | undefined, district: string | null): string[] {
  if (!facts?.subjectType) return [];
  const lines: string[] = [];
  for (const p of policiesFor(a.assessedOn, district)) {
    if (p.id === a.policyId) continue;
    const other = assessValid({ ...facts, assessedOn: a.assessedOn } as Facts, { policy: p });
    const items = applicable(other);
    const where = district ? "" : `（适用于${p.districts.join("、")}）`;
    lines.push(`另据${p.issuer}《${p.title}》${where}：`);
    if (items.length === 0) lines.push("暂时没有符合条件的项目。");
    items.forEach((r, i) => lines.push(itemLine(r, i + 1, { policy: p, date: a.assessedOn })));
  }
  return lines;
}

/** The results message(s) at the end of a self-assessment. */
export function resultsMessages(
  a: Assessment,
  opts: {
    loanDeclined?: boolean;
    facts?: Partial<Facts>;
    district?: string | null;
    /** The rounds the shell knows of (contract §13), and the day: the items' timing is said with them. */
    rounds?: readonly RoundNotice[] | undefined;
    today?: string;
  } = {},
): string[] {
  const policy = policyOf(a);
  const others = otherPolicies(a, opts.facts, opts.district ?? null);
  const on = { policy, date: a.assessedOn };
  const name = (r: ClauseResult) => clauseOf(r, policy).name;
  if (!a.inForce)
    return [
      `评估日期 ${a.assessedOn} 不在政策有效期（${formatChineseDate(policy.validFrom)}至${formatChineseDate(policy.validTo)}）内，暂无可申请的项目。`,
    ];
  const items = applicable(a);
  // A loan the person said they do not need is no failure: not listed as one.
  const shown = (r: Assessment["results"][number]) => !(opts.loanDeclined && r.kind === "loan");
  const eligibleMoney = items.filter((r) => r.status === "eligible" && r.kind !== "loan");
  const pending = a.results.filter((r) => r.status === "needs_info");
  const lines: string[] = [];
  if (items.length === 0) {
    lines.push("自测完成。根据您的回答，暂时没有完全符合条件的项目。");
    const near = a.results.filter((r) => r.status === "ineligible" && shown(r)).slice(0, 3);
    for (const r of near) lines.push(`❌ ${articleName(r.article)} ${name(r)}：${r.reasons.join("；")}`);
  } else {
    // In an open round an item brings at most its standard (「不超过」), the headline's total too.
    const standardOf = (r: ClauseResult) =>
      opts.today ? roundStandard(r, opts.rounds, opts.today, policy) : null;
    const total = totalOfCaps(
      items.map((r) => {
        const standard = standardOf(r);
        return standard === null ? r : { ...r, maxAmountYuan: standard, estimatedAmountYuan: null };
      }),
    );
    // A flat amount (article 7) is no ceiling; an estimate or a cap is.
    const upTo = eligibleMoney.every((r) => clauseOf(r, policy).fixedAmount) ? "" : "最高";
    const money = eligibleMoney.length > 0 ? `，奖励和补贴合计${upTo} ${formatWan(total)}（不含贷款）` : "";
    const basis = others.length > 0 ? `依据${policy.issuer}《${policy.title}》，` : "";
    lines.push(`自测完成 ✅ ${basis}您符合 ${items.length} 项${money}：`);
    items.forEach((r, i) => {
      const standard = standardOf(r);
      const line = itemLine(r, i + 1, on);
      lines.push(
        standard === null
          ? line
          : line.replace(
              /：(最高|给予) [^（]+（/,
              `：不超过 ${formatWan(standard)}（本批次标准，政策最高 ${formatWan(r.maxAmountYuan ?? 0)}；`,
            ),
      );
    });
  }
  // Beside the items that fit, those the person is in the running for but misses (a figure they gave,
  // a 「是」 they said) are said with the condition not met; a loan asked outside its range too.
  if (items.length > 0)
    for (const r of a.results.filter(
      (x) => x.status === "ineligible" && shown(x) && triedFor(x, opts.facts, policy),
    ))
      lines.push(`❌ ${articleName(r.article)} ${name(r)}：${r.reasons.join("；")}`);
  for (const r of pending) {
    const facts = r.missingFacts.map((f) => policy.facts[f].label).join("、");
    lines.push(`❓ ${articleName(r.article)} ${name(r)}：还需了解${facts}`);
  }
  lines.push(...others);
  const next: string[] = [];
  if (items.length > 0 && opts.rounds !== undefined && opts.today)
    next.push(...timingLines(opts.rounds, opts.today, a.results, policy, false));
  if (items.length > 0)
    next.push("回复「申报」开始填写申报信息；回复「详情 1」查看第 1 项的理由和政策原文。");
  else next.push("条件变化后可随时回复「自测」重新测评，或回复「人工」咨询工作人员。");
  if (pending.length > 0) next.push("回复「修改」加项目名称可补充回答，例如「修改 纳统 是」。");
  next.push(
    "金额为政策规定的上限或按政策公式的测算值，具体标准由市商务局按年度预算确定，以当年申报通知和审核结果为准。",
  );
  if (items.length > 0)
    next.push(
      `申报时通常需要：${materialsIn(
        policy,
        items.map((r) => r.clause),
      ).join("；")}（具体以当年申报通知为准）。`,
    );
  return [lines.join("\n"), next.join("\n")];
}

/** 「详情 N」: the Nth applicable item's reasons and the policy's sentence. */
export function detailMessage(a: Assessment, n: number): string | null {
  const r = applicable(a)[n - 1];
  if (!r) return null;
  const c = clauseOf(r, policyOf(a));
  return [
    `${articleName(r.article)} ${c.name}`,
    ...r.reasons.map((x) => `· ${x}`),
    `政策原文：${r.citation}`,
  ].join("\n");
}

export function clauseName(id: ClauseId, policy: Policy = cityPolicy()): string {
  const c = policy.clausesById[id];
  return c ? `${articleName(c.article)} ${c.name}` : id;
}
