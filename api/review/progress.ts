// A round's progress at a glance (the console's round page): how many of its applications stand at each
// step — submitted, needs_more_info, district_passed, approved, rejected, then published (on the 公示
// list, not withdrawn), withdrawn, on the payment list and paid — and its money by clause (asked,
// approved, payable once the payment list is made). A district account's: its district's only.

import type { Prisma } from "../db/database.ts";
import { notFound } from "../http/errors.ts";

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

export function createRoundProgress(deps: { prisma: Prisma }) {
  const { prisma } = deps;

  async function progress(roundId: string, scope: { district?: string } = {}) {
    const round = await prisma.round.findUnique({ where: { id: roundId }, select: { id: true } });
    if (!round) throw notFound("申报批次");
    const district = scope.district ?? null;
    const [statuses, [listed], [paid], clauses] = await Promise.all([
      prisma.$queryRaw<{ status: string; count: number }[]>`
        SELECT a."status"::text AS "status", count(*)::int AS "count" FROM "applications" a
        WHERE a."round_id" = ${roundId}::uuid AND (${district}::text IS NULL OR a."district"::text = ${district}::text)
        GROUP BY a."status"`,
      prisma.$queryRaw<{ published: number; withdrawn: number; publishedYuan: bigint | null }[]>`
        SELECT count(*) FILTER (WHERE pi."withdrawn_at" IS NULL)::int AS "published",
               count(*) FILTER (WHERE pi."withdrawn_at" IS NOT NULL)::int AS "withdrawn",
               sum(pi."amount_yuan") FILTER (WHERE pi."withdrawn_at" IS NULL) AS "publishedYuan"
        FROM "publication_items" pi JOIN "publications" p ON p."id" = pi."publication_id"
        WHERE p."round_id" = ${roundId}::uuid AND (${district}::text IS NULL OR pi."district"::text = ${district}::text)`,
      prisma.$queryRaw<
        { listed: number; paid: number; payableYuan: bigint | null; paidYuan: bigint | null }[]
      >`
        SELECT count(*)::int AS "listed", count(*) FILTER (WHERE "paid_on" IS NOT NULL)::int AS "paid",
               sum("payable_yuan") AS "payableYuan",
               sum("payable_yuan") FILTER (WHERE "paid_on" IS NOT NULL) AS "paidYuan"
        FROM "payments"
        WHERE "round_id" = ${roundId}::uuid AND (${district}::text IS NULL OR "district"::text = ${district}::text)`,
      prisma.$queryRaw<
        {
          clause: string;
          kind: string;
          applications: number;
          approvedApplications: number;
          requested: bigint | null;
          approved: bigint | null;
        }[]
      >`
        SELECT ac."clause", min(ac."kind") AS "kind", count(*)::int AS "applications",
               (count(*) FILTER (WHERE a."status" = 'approved'))::int AS "approvedApplications",
               sum(coalesce(ac."estimated_amount_yuan", ac."max_amount_yuan")) AS "requested",
               sum(ac."approved_amount_yuan") FILTER (WHERE a."status" = 'approved') AS "approved"
        FROM "application_clauses" ac JOIN "applications" a ON a."id" = ac."application_id"
        WHERE a."round_id" = ${roundId}::uuid AND (${district}::text IS NULL OR a."district"::text = ${district}::text)
        GROUP BY ac."clause" ORDER BY ac."clause"`,
    ]);
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.count]));
    return {
      roundId,
      district,
      total: statuses.reduce((s, r) => s + r.count, 0),
      statuses: {
        submitted: byStatus.submitted ?? 0,
        needs_more_info: byStatus.needs_more_info ?? 0,
        district_passed: byStatus.district_passed ?? 0,
        approved: byStatus.approved ?? 0,
        rejected: byStatus.rejected ?? 0,
      },
      publication: {
        published: listed?.published ?? 0,
        withdrawn: listed?.withdrawn ?? 0,
        publishedYuan: n(listed?.publishedYuan),
      },
      payment: {
        listed: paid?.listed ?? 0,
        paid: paid?.paid ?? 0,
        payableYuan: n(paid?.payableYuan),
        paidYuan: n(paid?.paidYuan),
      },
      clauses: clauses.map((c) => ({
        clause: c.clause,
        kind: c.kind,
        applications: c.applications,
        approvedApplications: c.approvedApplications,
        requestedYuan: c.kind === "loan" ? 0 : n(c.requested),
        approvedYuan: c.kind === "loan" ? 0 : n(c.approved),
      })),
    };
  }

  return { progress };
}
export type RoundProgress = ReturnType<typeof createRoundProgress>;
