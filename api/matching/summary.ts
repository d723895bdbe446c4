// What a run adds up to: per clause, how many subjects reach each status, and the subsidy of the clause
// counted against a yearly city total (the clause marked `cityTotal` in the policy's clauses.yaml)
// summed over the eligible enterprises against that total, read from the parameters on the
// assessment date, since the bureau may set another figure.
// `eligible` counts status "eligible" only; "manual_review" (article 6, decided case by case) is
// counted apart, since such a subject qualifies only once staff have weighed it.

import {
  cityPolicy,
  cityTotalled,
  valuesIn,
  type Assessment,
  type Policy,
  type ClauseId,
  type ParameterOverrides,
  type Status,
} from "../../rules/index.ts";

const STATUSES: readonly Status[] = [
  "eligible",
  "manual_review",
  "needs_info",
  "ineligible",
  "not_applicable",
];

export interface LeadingEnterpriseEstimate {
  /** Enterprises eligible under article 2. */
  eligible: number;
  /** The sum of their estimated subsidies (each already within the per-enterprise cap). */
  totalYuan: number;
  /** The city's yearly total for article 2 on the assessment date. */
  cityCapYuan: number;
  /** min(1, cityCap / total): the share each would get if all of them applied; 1 when nothing is due. */
  factor: number;
  /** min(total, cityCap): what the city would pay in all. */
  payableYuan: number;
}

export interface Summary {
  eligible: Record<ClauseId, number>;
  manualReview: Record<ClauseId, number>;
  statuses: Record<ClauseId, Record<Status, number>>;
  /** Article 2's estimate summed over the eligible enterprises, before the city's total cap. */
  estimatedYuan: number;
  leadingEnterprise: LeadingEnterpriseEstimate;
}

export function leadingEnterpriseEstimate(
  eligible: number,
  totalYuan: number,
  cityCapYuan: number,
): LeadingEnterpriseEstimate {
  return {
    eligible,
    totalYuan,
    cityCapYuan,
    factor: totalYuan > cityCapYuan ? cityCapYuan / totalYuan : 1,
    payableYuan: Math.min(totalYuan, cityCapYuan),
  };
}

/** A running count, fed one assessment at a time, so memory does not grow with the file. */
export function createTally(
  assessedOn: string,
  parameters?: ParameterOverrides,
  policy: Policy = cityPolicy(),
) {
  const CLAUSE_IDS = policy.clauseIds;
  const totalled = cityTotalled(policy.clauses)[0];
  const statuses = Object.fromEntries(
    CLAUSE_IDS.map((c) => [c, Object.fromEntries(STATUSES.map((s) => [s, 0]))]),
  ) as Record<ClauseId, Record<Status, number>>;
  let leadingEligible = 0;
  let leadingTotal = 0;

  return {
    add(assessment: Assessment): void {
      for (const r of assessment.results) {
        statuses[r.clause]![r.status]++;
        if (r.clause === totalled?.id && r.status === "eligible") {
          leadingEligible++;
          leadingTotal += r.estimatedAmountYuan ?? 0;
        }
      }
    },
    summary(): Summary {
      const by = (s: Status) =>
        Object.fromEntries(CLAUSE_IDS.map((c) => [c, statuses[c]![s]])) as Record<ClauseId, number>;
      const cap = totalled ? valuesIn(policy.parameters, assessedOn, parameters)[totalled.cityTotal]! : 0;
      return {
        eligible: by("eligible"),
        manualReview: by("manual_review"),
        statuses: structuredClone(statuses),
        estimatedYuan: leadingTotal,
        leadingEnterprise: leadingEnterpriseEstimate(leadingEligible, leadingTotal, cap),
      };
    },
  };
}
