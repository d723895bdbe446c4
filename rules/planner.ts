// The question planner: given what is known, which fact to ask next so that few questions decide
// many clauses. Only facts that some undecided clause is still missing are candidates; screening
// questions that are still open come first (questions.ts `after`); among the rest, the fact whose
// answer is expected to decide the most clauses wins — a clause weighs by what it can bring (a loan
// referral or a case-by-case item weighs half) — and ties go to the order of the question table.

import { assessValid, assessClause, type Assessment, type AssessOptions } from "./assess.ts";
import type { Clause } from "./clauses.ts";
import { FACT_TYPES, type AskableFact, type FactKey, type Facts } from "./facts.ts";
import { factsOf, type Condition, type Params } from "./logic.ts";
import { valuesIn } from "./parameters.ts";
import { inForceOn, type Policy } from "./policy.ts";
import type { Question } from "./questions.ts";
import { cityPolicy } from "./registry.ts";

export interface PlanOptions extends AssessOptions {
  /** Facts the person chose not to answer (「不清楚」「跳过」): never asked again. */
  skipped?: readonly FactKey[];
}

/** The facts still open: missing from some needs_info clause, not skipped, in question-table order. */
export function openFacts(
  assessment: Assessment,
  skipped: readonly FactKey[] = [],
  policy: Pick<Policy, "questions"> = cityPolicy(),
): AskableFact[] {
  const open = new Set<FactKey>();
  for (const r of assessment.results)
    if (r.status === "needs_info") for (const f of r.missingFacts) open.add(f);
  return policy.questions.map((q) => q.fact).filter((f) => open.has(f) && !skipped.includes(f));
}

function thresholdsOf(c: Condition, fact: FactKey, params: Params, into: number[]): void {
  if (c.kind === "all" || c.kind === "any") for (const p of c.of) thresholdsOf(p, fact, params, into);
  else if (c.kind === "compare" && c.fact === fact) {
    const t = params[c.param]!;
    // Both sides of the threshold as the comparison reads it.
    if (c.op === "gte") into.push(t - 1, t);
    else into.push(t, t + 1);
  }
}

/** Representative answers for a fact: each side of every threshold that reads it, or each value. */
function sampleAnswers(fact: FactKey, clauses: readonly Clause[], params: Params): Facts[FactKey][] {
  const type = FACT_TYPES[fact];
  if (type === "boolean") return [true, false];
  if (type === "influence") return ["national", "provincial", "other"];
  const values = [0];
  for (const c of clauses) {
    thresholdsOf(c.when, fact, params, values);
    for (const t of c.tiers) if (t.when) thresholdsOf(t.when, fact, params, values);
  }
  const max = type === "percent" ? 100 : Number.MAX_SAFE_INTEGER;
  return [...new Set(values)].filter((v) => v >= 0 && v <= max);
}

const weightOf = (c: Clause): number => (c.kind === "loan" || c.kind === "case_by_case" ? 0.5 : 1);

/** Expected weight of clauses one answer about `fact` would decide, over its representative answers. */
function expectedDecided(
  fact: FactKey,
  facts: Facts,
  pending: readonly Clause[],
  params: Params,
  date: string,
  policy: Policy,
): number {
  const touched = pending.filter((c) => clauseReads(c, fact));
  if (touched.length === 0) return 0;
  const answers = sampleAnswers(fact, touched, params);
  let sum = 0;
  for (const a of answers) {
    const next = { ...facts, [fact]: a } as Facts;
    for (const c of touched)
      if (assessClause(c, next, params, true, date, false, policy).status !== "needs_info")
        sum += weightOf(c);
  }
  return sum / answers.length;
}

const readsCache = new WeakMap<Clause, Set<FactKey>>();
function clauseReads(c: Clause, fact: FactKey): boolean {
  let read = readsCache.get(c);
  if (read === undefined) {
    const conds = [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))];
    read = new Set(conds.flatMap((cond) => factsOf(cond)));
    readsCache.set(c, read);
  }
  return read.has(fact);
}

/**
 * The next question to ask, or null when no answer can change any result.
 * Without a subject type, that is the first question.
 */
export function nextQuestion(facts: Partial<Facts>, options: PlanOptions = {}): Question | null {
  const policy = options.policy ?? cityPolicy();
  const QUESTION_BY_FACT = policy.questionByFact;
  if (facts.subjectType === undefined) return QUESTION_BY_FACT.subjectType;
  const known = facts as Facts;
  const assessment = assessValid(known, { ...options, policy });
  if (!inForceOn(assessment.assessedOn, policy)) return null;
  const open = openFacts(assessment, options.skipped, policy);
  if (open.length === 0) return null;
  const settled = (f: AskableFact) => known[f] !== undefined || options.skipped?.includes(f);
  const ready = open.filter((f) =>
    (QUESTION_BY_FACT[f].after ?? []).every((g) => settled(g) || !open.includes(g)),
  );
  const params = valuesIn(policy.parameters, assessment.assessedOn, options.parameters);
  const pending = assessment.results
    .filter((r) => r.status === "needs_info")
    .map((r) => policy.clausesById[r.clause]!);
  let best: AskableFact | undefined;
  let bestScore = -1;
  for (const f of ready) {
    const score = expectedDecided(f, known, pending, params, assessment.assessedOn, policy);
    if (score > bestScore + 1e-9) {
      best = f;
      bestScore = score;
    }
  }
  return best === undefined ? null : QUESTION_BY_FACT[best];
}
