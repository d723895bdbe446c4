// The queue's sort when a column header is clicked. Element Plus's first click on a column is not
// always ascending (it carries the caret of the sort before), so the page decides: a column newly
// chosen starts in its natural direction — districts and states in their order (ascending), the
// pending oldest first, amounts largest first — and a second click on it turns it round.

export const QUEUE_SORTS = ["submittedAt", "amount", "district", "status"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export type Direction = "asc" | "desc";

/** The direction a column starts in; the date oldest first while the applications wait. */
export function firstDirection(sort: QueueSort, pending: boolean): Direction {
  if (sort === "district" || sort === "status") return "asc";
  if (sort === "submittedAt") return pending ? "asc" : "desc";
  return "desc";
}

/**
 * The sort after a click: another column starts in its first direction; the same column takes the
 * table's direction; no direction (the third click) goes back to the default (null, null).
 */
export function sortAfterClick(
  current: QueueSort,
  clicked: QueueSort | undefined,
  tableOrder: "ascending" | "descending" | null,
  pending: boolean,
): { sort: QueueSort | null; order: Direction | null } {
  if (!clicked || tableOrder === null) return { sort: null, order: null };
  if (clicked !== current) return { sort: clicked, order: firstDirection(clicked, pending) };
  return { sort: clicked, order: tableOrder === "ascending" ? "asc" : "desc" };
}
