// assess(facts) → one result per clause (contract §3), by generic evaluation of the clause table.

import type { Clause, ClauseId, ClauseKind, Tier } from "./clauses.ts";
import { SUBJECT_LABELS, type FactKey, type Facts, type SubjectType } from "./facts.ts";
import { formatWan } from "./format.ts";
import { explain, missingOf, truth, type Params, type Truth } from "./logic.ts";
import { valuesIn, type ParameterOverrides } from "./parameters.ts";
import { inForceOn, shanghaiDate, type Policy } from "./policy.ts";
import { cityPolicy } from "./registry.ts";
import { FactsError, parseFacts } from "./schema.ts";

export type Status = "eligible" | "ineligible" | "needs_info" | "manual_review" | "not_applicable";

export interface ClauseResult {
  clause: ClauseId;
  article: number;
  kind: ClauseKind;
  status: Status;
  maxAmountYuan: number | null;
  estimatedAmountYuan: number | null;
  missingFacts: FactKey[];
  reasons: string[];
  citation: string;
}

export interface Assessment {
  policyId: string;
  inForce: boolean;
  assessedOn: string;
  results: ClauseResult[];
}

export interface AssessOptions {
  /** The policy to assess against; the city's when not given (contract §4, §15). */
  policy?: Policy;
  /** The clock, used only when facts.assessedOn is missing. Defaults to the current time. */
  now?: Date;
  /** The bureau's standards for some years, replacing the policy's own figures from their dates. */
  parameters?: ParameterOverrides;
  /**
   * false: statuses and amounts only, no reasons and no missing facts — for assessing many subjects
   * at once (政策找人), where the reasons' strings would be most of the work. Default true.
   */
  explain?: boolean;
}

/** Validates the facts (throwing FactsError with Chinese messages) and assesses every clause. */
export function assess(facts: unknown, options: AssessOptions = {}): Assessment {
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new FactsError(parsed.issues);
  return assessValid(parsed.facts, options);
}

/** assess() for facts already validated by factsSchema. */
export function assessValid(facts: Facts, options: AssessOptions = {}): Assessment {
  const policy = options.policy ?? cityPolicy();
  const date = facts.assessedOn ?? shanghaiDate(options.now ?? new Date());
  const inForce = inForceOn(date, policy);
  const params = valuesIn(policy.parameters, date, options.parameters);
  const explained = options.explain ?? true;
  return {
    policyId: policy.id,
    inForce,
    assessedOn: date,
    results: policy.clauses.map((c) => assessClause(c, facts, params, inForce, date, explained, policy)),
  };
}

function result(c: Clause, status: Status, reasons: string[], extra?: Partial<ClauseResult>): ClauseResult {
  return {
    clause: c.id,
    article: c.article,
    kind: c.kind,
    status,
    maxAmountYuan: extra?.maxAmountYuan ?? null,
    estimatedAmountYuan: extra?.estimatedAmountYuan ?? null,
    missingFacts: extra?.missingFacts ?? [],
    reasons,
    citation: c.citation,
  };
}

/** 「本条款面向企业，不适用于行政村」, built once per clause and subject. */
const NOT_APPLICABLE = new Map<string, string>();
function notApplicableReason(c: Clause, subject: SubjectType): string {
  const key = `${c.id}|${subject}`;
  let text = NOT_APPLICABLE.get(key);
  if (text === undefined) {
    text = `本条款面向${c.subjects.map((s) => SUBJECT_LABELS[s]).join("、")}，不适用于${SUBJECT_LABELS[subject]}`;
    NOT_APPLICABLE.set(key, text);
  }
  return text;
}

/** The tiers as one condition: the first tier that holds gives the amount. */
function tierTruth(c: Clause, facts: Facts, params: Params): { value: Truth; tier: Tier | null } {
  let unknown = false;
  for (const tier of c.tiers) {
    const t = tier.when ? truth(tier.when, facts, params) : true;
    if (t === true) return { value: true, tier };
    if (t === null) unknown = true;
  }
  if (c.tiers.length === 0) return { value: true, tier: null };
  return { value: unknown ? null : false, tier: null };
}

/** The status and amounts alone (assessClause without reasons): the same decisions, no strings. */
function verdict(
  c: Clause,
  gate: Truth,
  tiers: { value: Truth; tier: Tier | null } | null,
  facts: Facts,
  params: Params,
): ClauseResult {
  if (gate === false || tiers?.value === false) return result(c, "ineligible", []);
  if (gate === null || tiers === null || tiers.value === null) return result(c, "needs_info", []);
  if (c.decidedByStaff) return result(c, "manual_review", []);
  const max = tiers.tier ? params[tiers.tier.amount]! : null;
  return result(c, "eligible", [], {
    maxAmountYuan: max,
    estimatedAmountYuan: estimateOf(c, facts, params, max),
  });
}

/** The formula's estimate (article 2: so much per 万元, within the per-enterprise cap), or null. */
function estimateOf(c: Clause, facts: Facts, params: Params, max: number | null): number | null {
  if (!c.estimate || max === null) return null;
  const f = c.estimate;
  const units = Math.floor((facts[f.fact] ?? 0) / params[f.unit]!);
  return Math.min(units * params[f.rate]!, params[f.cap]!);
}

export function assessClause(
  c: Clause,
  given: Facts,
  params: Params,
  inForce: boolean,
  date: string,
  explained = true,
  policy: Pick<Policy, "validFrom" | "validTo" | "facts"> = cityPolicy(),
): ClauseResult {
  const facts =
    c.reads && given[c.reads.from] !== undefined ? { ...given, [c.reads.as]: given[c.reads.from] } : given;
  if (!c.subjects.includes(facts.subjectType))
    return result(c, "not_applicable", explained ? [notApplicableReason(c, facts.subjectType)] : []);
  if (!inForce) {
    return result(c, "ineligible", [
      `评估日期 ${date} 不在政策有效期（${policy.validFrom} 至 ${policy.validTo}）内`,
    ]);
  }
  const gate = truth(c.when, facts, params);
  const tiers = gate === false ? null : tierTruth(c, facts, params);
  if (!explained) return verdict(c, gate, tiers, facts, params);
  if (gate === false || tiers?.value === false) {
    const reasons: string[] = [];
    if (gate === false) explain(c.when, facts, params, reasons);
    // Below every tier: the lowest tier's reason says by how much.
    const lowest = c.tiers.at(-1)?.when;
    if (tiers?.value === false && lowest) explain(lowest, facts, params, reasons);
    return result(c, "ineligible", reasons);
  }
  if (gate === null || tiers === null || tiers.value === null) {
    const missing = missingOf(c.when, facts, params);
    if (tiers?.value === null) for (const t of c.tiers) if (t.when) missingOf(t.when, facts, params, missing);
    const known = explain(c.when, facts, params);
    const labels = missing.map((f) => policy.facts[f].label).join("、");
    return result(c, "needs_info", [...known, `还需了解：${labels}`], { missingFacts: missing });
  }
  const reasons = explain(c.when, facts, params);
  if (tiers.tier?.when) explain(tiers.tier.when, facts, params, reasons);
  if (c.decidedByStaff) {
    return result(c, "manual_review", [...reasons, ...(c.note ? [c.note] : [])]);
  }
  const max = tiers.tier ? params[tiers.tier.amount]! : null;
  const estimated = estimateOf(c, facts, params, max);
  if (c.estimate && estimated !== null) {
    const f = c.estimate;
    const units = Math.floor((facts[f.fact] ?? 0) / params[f.unit]!);
    const capped = estimated === params[f.cap]! ? `，已达每家企业上限 ${formatWan(params[f.cap]!)}` : "";
    reasons.push(
      `按每 ${formatWan(params[f.unit]!)}补贴 ${params[f.rate]!} 元测算：${units} × ${params[f.rate]!} 元 = ${formatWan(units * params[f.rate]!)}${capped}`,
    );
  }
  if (c.note && !c.estimate) reasons.push(c.note);
  return result(c, "eligible", reasons, { maxAmountYuan: max, estimatedAmountYuan: estimated });
}
