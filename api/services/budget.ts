// The budget report: per clause and year, how many applications, what they ask for, what was
// approved; and article 2's city-wide cap (「全市补贴总额不超过500万元」) with the pro-rata factor
// that applies when approved subsidies exceed it. Caps come from the dated parameters (and the
// bureau's overrides), so each year can have its own.

import { CLAUSES, parameterAt, type ClauseId, type ParameterOverrides } from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";

interface Row {
  clause: string;
  applications: number;
  approved_applications: number;
  requested: bigint | number | null;
  approved: bigint | number | null;
}

export function createBudgetService(deps: { prisma: Prisma; parameters?: ParameterOverrides }) {
  async function report(year: number) {
    const rows = await deps.prisma.$queryRaw<Row[]>`
      SELECT ac."clause",
             count(*)::int AS "applications",
             (count(*) FILTER (WHERE a."status" = 'approved'))::int AS "approved_applications",
             sum(coalesce(ac."estimated_amount_yuan", ac."max_amount_yuan")) AS "requested",
             sum(ac."approved_amount_yuan") FILTER (WHERE a."status" = 'approved') AS "approved"
      FROM "application_clauses" ac JOIN "applications" a ON a."id" = ac."application_id"
      WHERE a."year" = ${year}
      GROUP BY ac."clause"`;
    const byClause = new Map(rows.map((r) => [r.clause, r]));
    const clauses = CLAUSES.map((c) => {
      const r = byClause.get(c.id);
      const loan = c.kind === "loan";
      return {
        clause: c.id as ClauseId,
        article: c.article,
        name: c.name,
        kind: c.kind,
        applications: r?.applications ?? 0,
        approvedApplications: r?.approved_applications ?? 0,
        // A loan is a referral to the banks, not money from the budget.
        requestedYuan: loan ? 0 : Number(r?.requested ?? 0),
        approvedYuan: loan ? 0 : Number(r?.approved ?? 0),
      };
    });
    const cap = parameterAt("leading.cityTotalCap", `${year}-12-31`, deps.parameters);
    const leading = clauses.find((c) => c.clause === "leading-enterprise")!;
    const factor = leading.approvedYuan > cap ? cap / leading.approvedYuan : 1;
    return {
      year,
      clauses,
      totals: {
        applications: await deps.prisma.application.count({ where: { year } }),
        requestedYuan: clauses.reduce((s, c) => s + c.requestedYuan, 0),
        approvedYuan: clauses.reduce((s, c) => s + c.approvedYuan, 0),
      },
      article2: {
        cityCapYuan: cap,
        approvedYuan: leading.approvedYuan,
        proRataFactor: Math.floor(factor * 10_000) / 10_000,
        payableYuan: Math.min(cap, leading.approvedYuan),
        exceeded: leading.approvedYuan > cap,
      },
      note: "各条款金额为上限或测算值；实际兑现标准由市商务局依据当年预算确定。",
    };
  }
  return { report };
}
