// A policy's tests as data (policies/<id>/cases.yaml), in the manner of OpenFisca's YAML tests: facts
// on a date and, per clause, the status and amounts expected. `npm run policy -- check` runs them.

import { assess } from "./assess.ts";
import type { Policy } from "./policy.ts";
import type { PolicyCase } from "./policy-files.ts";

export type { PolicyCase };

export interface CaseFailure {
  name: string;
  message: string;
}

/** Runs each case against the policy; every difference is a failure, said in Chinese. */
export function runCases(policy: Policy, cases: readonly PolicyCase[]): CaseFailure[] {
  const failures: CaseFailure[] = [];
  for (const c of cases) {
    let results;
    try {
      results = assess({ ...c.facts, assessedOn: c.date }, { policy }).results;
    } catch (e) {
      failures.push({ name: c.name, message: `事实有误：${(e as Error).message}` });
      continue;
    }
    for (const [clause, want] of Object.entries(c.expect)) {
      const got = results.find((r) => r.clause === clause);
      if (!got) {
        failures.push({ name: c.name, message: `政策没有条款 ${clause}` });
        continue;
      }
      for (const field of ["status", "maxAmountYuan", "estimatedAmountYuan"] as const)
        if (want[field] !== undefined && want[field] !== got[field])
          failures.push({
            name: c.name,
            message: `${clause} 的 ${field} 应为 ${String(want[field])}，实为 ${String(got[field])}`,
          });
    }
  }
  return failures;
}
