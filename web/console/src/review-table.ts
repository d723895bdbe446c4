// The review table as the console reads it (GET /api/review/table, the same cells the server decides
// by): which decisions the signed-in account may take on an application in this status, in a round of
// these review levels. Pure (no imports), so it is tested apart from the page; the form fetches the
// table once per page load and keeps no copy of the rules of its own.

export type Levels = "city" | "district_first";
type Role = "reviewer" | "approver" | "admin";

export interface Cell {
  levels: Levels;
  from: string;
  action: string;
  role: Role;
  district: boolean;
  ok: boolean;
}

/** The order the buttons stand in. */
export const DECISION_ORDER = [
  "district_passed",
  "approved",
  "rejected",
  "needs_more_info",
  "reopened",
] as const;
export type TableDecision = (typeof DECISION_ORDER)[number];

/** The decisions the table allows `who` on an application in `status`, in the buttons' order. */
export function allowedDecisions(
  cells: readonly Cell[],
  status: string,
  who: { role: Role; district: boolean },
  levels: Levels,
): TableDecision[] {
  const ok = new Set(
    cells
      .filter(
        (c) =>
          c.ok &&
          c.levels === levels &&
          c.from === status &&
          c.role === who.role &&
          c.district === who.district,
      )
      .map((c) => c.action),
  );
  return DECISION_ORDER.filter((d) => ok.has(d));
}
