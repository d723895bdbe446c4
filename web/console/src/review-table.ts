// The review table as the console reads it (GET /api/review/table, the same cells the server decides
// by): which decisions the signed-in account may take on an application in this status, in a round of
// these review levels. Read once per page load; the console keeps no copy of the rules of its own.

import { api } from "./api/client";
import type { Decision } from "./decision";
import type { Role } from "./session";

export type Levels = "city" | "district_first";

export interface Cell {
  levels: Levels;
  from: string;
  action: string;
  role: Role;
  district: boolean;
  ok: boolean;
}

/** The order the buttons stand in. */
export const DECISION_ORDER: readonly Decision[] = [
  "district_passed",
  "approved",
  "rejected",
  "needs_more_info",
  "reopened",
];

/** The decisions the table allows `who` on an application in `status`, in the buttons' order. */
export function allowedDecisions(
  cells: readonly Cell[],
  status: string,
  who: { role: Role; district: boolean },
  levels: Levels,
): Decision[] {
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

let cached: Promise<Cell[]> | null = null;

/** The table, fetched once; a failure is not kept (the next page asks again). */
export function loadReviewTable(): Promise<Cell[]> {
  cached ??= api.GET("/api/review/table").then(({ data, error }) => {
    if (!data) {
      cached = null;
      throw error ?? new Error("review table");
    }
    return (data as unknown as { items: Cell[] }).items;
  });
  return cached;
}
