// The budget report: per clause and year, how many applications, what they ask for, what was
// approved; and the city-wide total of the clause that has one (its `cityTotal`; `article2` in the
// contract) with the pro-rata factor that applies when approved subsidies exceed it. Caps come from
// the dated parameters (and the bureau's overrides), so each year can have its own.

import {
  cityPolicy,
  cityTotalled,
  parameterAt,
  type ClauseId,
  type ParameterOverrides,
} from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";

interface Row {
  clause: string;
  applications: number;
  approved_applications: number;
  requested: bigint | number | null;
  approved: bigint | number | null;
}

export function createBudgetService(deps: { prisma: Prisma; parameters?: ParameterOverrides }) {
  function sums(year: number, district: string | null) {
    return deps.prisma.$queryRaw<Row[]>`
      SELECT ac."clause",
             count(*)::int AS "applications",
             (count(*) FILTER (WHERE a."status" = 'approved'))::int AS "approved_applications",
             sum(coalesce(ac."estimated_amount_yuan", ac."max_amount_yuan")) AS "requested",
             sum(ac."approved_amount_yuan") FILTER (WHERE a."status" = 'approved') AS "approved"
      FROM "application_clauses" ac JOIN "applications" a ON a."id" = ac."application_id"
      WHERE a."year" = ${year} AND (${district}::text IS NULL OR a."district"::text = ${district}::text)
      GROUP BY ac."clause"`;
  }

  /** With a district, that district's applications only (a district account's report). */
  async function report(year: number, scope: { district?: string } = {}) {
    const district = scope.district ?? null;
    const rows = await sums(year, district);
    // The pro-rata factor is the city's (the cap is city-wide), whoever reads the report.
    const policy = cityPolicy();
    const totalled = cityTotalled(policy.clauses)[0];
    const cityLeading = district === null ? rows : await sums(year, null);
    const cityApproved = Number(cityLeading.find((r) => r.clause === totalled?.id)?.approved ?? 0);
    const byClause = new Map(rows.map((r) => [r.clause, r]));
    const clauses = policy.clauses.map((c) => {
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
    const cap = totalled ? parameterAt(totalled.cityTotal, `${year}-12-31`, deps.parameters, policy) : 0;
    const leading = clauses.find((c) => c.clause === totalled?.id) ?? { approvedYuan: 0 };
    const factor = cityApproved > cap ? cap / cityApproved : 1;
    return {
      year,
      district,
      clauses,
      totals: {
        applications: await deps.prisma.application.count({
          where: { year, ...(district ? { district } : {}) },
        }),
        requestedYuan: clauses.reduce((s, c) => s + c.requestedYuan, 0),
        approvedYuan: clauses.reduce((s, c) => s + c.approvedYuan, 0),
      },
      article2: {
        cityCapYuan: cap,
        approvedYuan: leading.approvedYuan,
        proRataFactor: Math.floor(factor * 10_000) / 10_000,
        payableYuan:
          district === null ? Math.min(cap, leading.approvedYuan) : Math.floor(leading.approvedYuan * factor),
        exceeded: cityApproved > cap,
      },
      note: "各条款金额为上限或测算值；实际兑现标准由市商务局依据当年预算确定。",
    };
  }
  return { report };
}
