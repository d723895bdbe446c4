// The queue of applications as SQL (a list page, a count, an export read page by page): the filter
// (status, clause, district, year, the bot's WeChat user, a search) and the order, built from the
// list query. Pure: it only writes text and parameters; applications.ts and export.ts run them.
//
// The search is a prefix of the number or of the 统一社会信用代码 (upper-cased, as both are stored) or
// any part of the applicant's name, in any letter case. Every order ends with the filing time and
// the number, so pages never overlap and an export can go on from the last row it read (keyset).

import { DISTRICTS } from "../../rules/index.ts";
import type { ListQuery, ListSort } from "../../contract/index.ts";

export type QueueFilter = Omit<ListQuery, "limit" | "offset" | "sort" | "order"> & {
  sort?: ListSort | undefined;
  order?: "asc" | "desc" | undefined;
};

/** Whose applications a caller may see: a district account only its district's. */
export interface QueueScope {
  district?: string | null | undefined;
}

const PENDING = new Set(["submitted", "needs_more_info", "district_passed"]);
const STATUS_ORDER = ["submitted", "needs_more_info", "district_passed", "approved", "rejected"];
const quoteAll = (xs: readonly string[]) => xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(", ");

/** The sort key before the filing time: the expressions match the indexes of the migrations. */
const SORT_KEYS: Record<ListSort, string[]> = {
  submittedAt: [],
  amount: [`COALESCE(a."approved_amount_yuan", a."requested_amount_yuan", 0)`],
  // The districts in the order of the contract (the city's own order), not by code point.
  district: [`array_position(ARRAY[${quoteAll(DISTRICTS)}]::text[], a."district"::text)`],
  status: [`array_position(ARRAY[${quoteAll(STATUS_ORDER)}]::text[], a."status"::text)`],
};

/** Oldest first for a queue of pending applications; newest (or largest) first otherwise; districts and statuses in their order. */
export function defaultOrder(q: Pick<QueueFilter, "sort" | "status">): "asc" | "desc" {
  const sort = q.sort ?? "submittedAt";
  if (sort === "district" || sort === "status") return "asc";
  if (sort === "amount") return "desc";
  return q.status && q.status.length > 0 && q.status.every((s) => PENDING.has(s)) ? "asc" : "desc";
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface QueueSql {
  /** The WHERE condition on `applications a`. */
  where: string;
  params: unknown[];
  /** The order's expressions, each to be followed by the direction. */
  keys: string[];
  direction: "ASC" | "DESC";
  /** Adds a parameter and returns its placeholder (for a keyset condition after the filter). */
  param: (v: unknown) => string;
}

export function queueSql(q: QueueFilter, scope: QueueScope = {}): QueueSql {
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  if (q.status && q.status.length > 0)
    parts.push(`a."status" IN (${q.status.map((x) => `${param(x)}::"ApplicationStatus"`).join(", ")})`);
  if (scope.district) {
    // Another district asked of a district account: nothing, never that district's applications.
    if (q.district && q.district !== scope.district) parts.push("FALSE");
    parts.push(`a."district" = ${param(scope.district)}`);
  } else if (q.district) parts.push(`a."district" = ${param(q.district)}`);
  if (q.wechatId) parts.push(`a."wechat_id" = ${param(q.wechatId)}`);
  if (q.year) parts.push(`a."year" = ${param(q.year)}`);
  if (q.roundId) parts.push(`a."round_id" = ${param(q.roundId)}::uuid`);
  if (q.clause)
    parts.push(
      `EXISTS (SELECT 1 FROM "application_clauses" c WHERE c."application_id" = a."id" AND c."clause" = ${param(q.clause)})`,
    );
  const search = q.q?.trim();
  if (search) {
    const prefix = `${escapeLike(search.toUpperCase())}%`;
    parts.push(`(a."number" LIKE ${param(prefix)} OR a."applicant_id" IN (
      SELECT ap."id" FROM "applicants" ap
      WHERE ap."uscc" LIKE ${param(prefix)} OR ap."name" ILIKE ${param(`%${escapeLike(search)}%`)}))`);
  }
  const sort = q.sort ?? "submittedAt";
  const direction = (q.order ?? defaultOrder(q)) === "asc" ? "ASC" : "DESC";
  return {
    where: parts.length > 0 ? parts.join(" AND ") : "TRUE",
    params,
    keys: [...SORT_KEYS[sort], `a."created_at"`, `a."number"`],
    direction,
    param,
  };
}

export const orderBy = (s: Pick<QueueSql, "keys" | "direction">) =>
  s.keys.map((k) => `${k} ${s.direction}`).join(", ");

/** Rows after (in the order's direction) the row whose keys were `after`. */
export function afterCondition(s: QueueSql, after: readonly unknown[]): string {
  const op = s.direction === "ASC" ? ">" : "<";
  return `(${s.keys.join(", ")}) ${op} (${after.map((v) => s.param(v)).join(", ")})`;
}
