import { assess, type ClauseId, type ClauseResult, type Facts } from "../../rules/index.ts";

/** A date inside the policy's validity window, so that tests do not depend on today's date. */
export const IN_FORCE = "2025-06-30";

export function resultFor(
  clause: ClauseId,
  facts: Omit<Facts, "assessedOn"> & { assessedOn?: string },
): ClauseResult {
  const a = assess({ assessedOn: IN_FORCE, ...facts });
  const r = a.results.find((x) => x.clause === clause);
  if (!r) throw new Error(`no result for ${clause}`);
  return r;
}

export const WAN = 10_000;
