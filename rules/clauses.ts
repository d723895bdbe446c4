// What a clause is (contract §3): who may apply, the conditions, the tiers (highest first) with the
// parameter that holds each tier's amount, a per-unit formula where there is one, and the properties
// the services need. The clauses themselves are data, in policies/<id>/clauses.yaml.

import type { SubjectType } from "./facts.ts";
import type { Condition, NumericFact } from "./logic.ts";
import type { ParameterName } from "./parameters.ts";

/** A clause's id, its policy's own (policies/<id>/clauses.yaml). */
export type ClauseId = string;

export type ClauseKind = "award" | "subsidy" | "loan" | "case_by_case";

export interface Tier {
  /** What reaching this tier needs beyond the clause's own conditions; none for a single-tier clause. */
  when?: Condition;
  /** The parameter holding the amount: a cap (「不超过」), a fixed support, or the loan ceiling. */
  amount: ParameterName;
}

/** A subsidy computed per unit of a fact: floor(fact / unit) × rate, capped. */
export interface PerUnitFormula {
  fact: NumericFact;
  unit: ParameterName;
  rate: ParameterName;
  cap: ParameterName;
}

export interface Clause {
  id: ClauseId;
  article: number;
  /** Plain name for people: 「电商龙头企业流量补贴」. */
  name: string;
  kind: ClauseKind;
  subjects: readonly SubjectType[];
  /** The sentence(s) of the policy this clause encodes, verbatim. */
  citation: string;
  when: Condition;
  tiers: readonly Tier[];
  /** Case-by-case clauses are never `eligible`: when their conditions hold, staff decide. */
  decidedByStaff?: boolean;
  estimate?: PerUnitFormula;
  /** The parameter holding a yearly total for the whole city that this clause's money counts against. */
  cityTotal?: ParameterName;
  /** A note shown with the result: what the amount means, what else to know. */
  note?: string;
  /**
   * Where `from` is known the clause reads it as `as`: an enterprise with a new shop and a moved-back
   * one keeps both figures, and the moved-back shop's award reads its own.
   */
  reads?: { from: NumericFact; as: NumericFact };
  /** The policy gives the amount outright (「市财政给予50万元的支持」), not up to it. */
  fixedAmount?: boolean;
  /** Awarded once in the policy's period (「政策期内不重复奖励」): a second approval is refused. */
  oncePerPolicy?: boolean;
  /** Awarded only on first reaching a tier (「首次达到」): an earlier award of this tier or above blocks it. */
  highestTierOnly?: boolean;
  /** For a case-by-case clause: the parameter holding the bureau's ceiling for one approval. */
  approvalCeiling?: ParameterName;
  /** For a loan: the parameters holding the least and the most one may ask. */
  bounds?: { min: ParameterName; max: ParameterName };
}

/** The parameters a clause reads for its money and limits (tiers, formula, city total, ceiling, range), each once. */
export function clauseParameters(c: Clause): ParameterName[] {
  return [
    ...new Set([
      ...c.tiers.map((t) => t.amount),
      ...(c.estimate ? [c.estimate.unit, c.estimate.rate, c.estimate.cap] : []),
      ...(c.cityTotal ? [c.cityTotal] : []),
      ...(c.approvalCeiling ? [c.approvalCeiling] : []),
      ...(c.bounds ? [c.bounds.min, c.bounds.max] : []),
    ]),
  ];
}

/** The clauses whose money counts against a yearly city total, each with that total's parameter. */
export function cityTotalled(clauses: readonly Clause[]): (Clause & { cityTotal: ParameterName })[] {
  return clauses.filter((c): c is Clause & { cityTotal: ParameterName } => c.cityTotal !== undefined);
}
