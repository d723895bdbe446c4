// The materials an application usually needs, per clause (policies/<id>/materials.yaml). The commerce
// bureau sets the list in each year's notice; this is the list shown until then, always said to be
// subject to the notice.

import type { ClauseId } from "./clauses.ts";
import type { Policy } from "./policy.ts";

/** The materials for a set of clauses, each named once, in the clauses' order. */
export function materialsIn(policy: Pick<Policy, "materials">, clauses: readonly ClauseId[]): string[] {
  const out: string[] = [];
  for (const c of clauses) for (const m of policy.materials[c] ?? []) if (!out.includes(m)) out.push(m);
  return out;
}
