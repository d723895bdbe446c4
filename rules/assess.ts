// assess(facts) → one result per clause (contract §3), by generic evaluation of the clause table.

import { CLAUSES, type Clause, type ClauseId, type ClauseKind } from "./clauses.ts";
import { FACTS, SUBJECT_LABELS, type FactKey, type Facts } from "./facts.ts";
import { formatWan } from "./format.ts";
import { evaluate, type Evaluation, type Params } from "./logic.ts";
import { parametersAt, type ParameterOverrides } from "./parameters.ts";
import { inForceOn, POLICY, shanghaiDate } from "./policy.ts";
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
  /** The clock, used only when facts.assessedOn is missing. Defaults to the current time. */
  now?: Date;
  /** The bureau's standards for some years, replacing the policy's own figures from their dates. */
  parameters?: ParameterOverrides;
}

/** Validates the facts (throwing FactsError with Chinese messages) and assesses every clause. */
export function assess(facts: unknown, options: AssessOptions = {}): Assessment {
  const parsed = parseFacts(facts);
  if (!parsed.ok) throw new FactsError(parsed.issues);
  return assessValid(parsed.facts, options);
}

/** assess() for facts already validated by factsSchema. */
export function assessValid(facts: Facts, options: AssessOptions = {}): Assessment {
  const date = facts.assessedOn ?? shanghaiDate(options.now ?? new Date());
  const inForce = inForceOn(date);
  const params = parametersAt(date, options.parameters);
  return {
    policyId: POLICY.id,
    inForce,
    assessedOn: date,
    results: CLAUSES.map((c) => assessClause(c, facts, params, inForce, date)),
  };
}

function result(
  c: Clause,
  status: Status,
  reasons: string[],
  extra: Partial<ClauseResult> = {},
): ClauseResult {
  return {
    clause: c.id,
    article: c.article,
    kind: c.kind,
    status,
    maxAmountYuan: null,
    estimatedAmountYuan: null,
    missingFacts: [],
    reasons,
    citation: c.citation,
    ...extra,
  };
}

/** The tiers as one condition: the first tier that holds gives the amount. */
function evaluateTiers(c: Clause, facts: Facts, params: Params): { e: Evaluation; amount: number | null } {
  if (c.tiers.length === 0) return { e: { value: true, reasons: [], missing: [] }, amount: null };
  const missing: FactKey[] = [];
  let last: Evaluation | undefined;
  for (const tier of c.tiers) {
    if (!tier.when) return { e: { value: true, reasons: [], missing: [] }, amount: params[tier.amount] };
    const e = evaluate(tier.when, facts, params);
    if (e.value === true) return { e, amount: params[tier.amount] };
    if (e.value === null) for (const f of e.missing) if (!missing.includes(f)) missing.push(f);
    last = e;
  }
  if (missing.length > 0) return { e: { value: null, reasons: [], missing }, amount: null };
  // Below every tier: the lowest tier's reason says by how much.
  return { e: { value: false, reasons: last?.reasons ?? [], missing: [] }, amount: null };
}

export function assessClause(
  c: Clause,
  facts: Facts,
  params: Params,
  inForce: boolean,
  date: string,
): ClauseResult {
  if (!c.subjects.includes(facts.subjectType)) {
    const who = c.subjects.map((s) => SUBJECT_LABELS[s]).join("、");
    return result(c, "not_applicable", [`本条款面向${who}，不适用于${SUBJECT_LABELS[facts.subjectType]}`]);
  }
  if (!inForce) {
    return result(c, "ineligible", [
      `评估日期 ${date} 不在政策有效期（${POLICY.validFrom} 至 ${POLICY.validTo}）内`,
    ]);
  }
  const gate = evaluate(c.when, facts, params);
  const tiers = gate.value === false ? null : evaluateTiers(c, facts, params);
  if (gate.value === false || tiers?.e.value === false) {
    return result(c, "ineligible", [
      ...(gate.value === false ? gate.reasons : []),
      ...(tiers?.e.value === false ? tiers.e.reasons : []),
    ]);
  }
  if (gate.value === null || tiers === null || tiers.e.value === null) {
    const missing = [...gate.missing];
    for (const f of tiers?.e.missing ?? []) if (!missing.includes(f)) missing.push(f);
    const known = [...gate.reasons, ...(tiers?.e.reasons ?? [])];
    const labels = missing.map((f) => FACTS[f].label).join("、");
    return result(c, "needs_info", [...known, `还需了解：${labels}`], { missingFacts: missing });
  }
  const reasons = [...gate.reasons, ...tiers.e.reasons];
  if (c.decidedByStaff) {
    return result(c, "manual_review", [...reasons, ...(c.note ? [c.note] : [])]);
  }
  const max = tiers.amount;
  let estimated: number | null = null;
  if (c.estimate && max !== null) {
    const f = c.estimate;
    const base = facts[f.fact] ?? 0;
    const units = Math.floor(base / params[f.unit]);
    estimated = Math.min(units * params[f.rate], params[f.cap]);
    const capped = estimated === params[f.cap] ? `，已达每家企业上限 ${formatWan(params[f.cap])}` : "";
    reasons.push(
      `按每 ${formatWan(params[f.unit])}补贴 ${params[f.rate]} 元测算：${units} × ${params[f.rate]} 元 = ${formatWan(units * params[f.rate])}${capped}`,
    );
  }
  if (c.note && !c.estimate) reasons.push(c.note);
  return result(c, "eligible", reasons, { maxAmountYuan: max, estimatedAmountYuan: estimated });
}
