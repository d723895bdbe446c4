// Rounds (contract §13): created and changed by the bureau, read by anyone, the open round an application
// files into, and the simulation of a round's cost under other standards. Standards are applied as one
// dated override on the policy's parameters (rules/standards.ts); nothing here copies a rule.

import { randomUUID } from "node:crypto";
import {
  assessClause,
  cityPolicy,
  clauseParameters,
  figuresDate,
  figuresYearSpan,
  inForceOn,
  policyById,
  shanghaiDate,
  valuesIn,
  standardProblems,
  withStandards,
  type Facts,
  type ParameterOverrides,
  type Policy,
  type Standards,
} from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { roundCost, type CostItem } from "./simulation.ts";
import { roundStatus } from "./status.ts";

export interface RoundInput {
  title: string;
  figuresYear: number;
  opensOn: string;
  closesOn: string;
  clauses: string[];
  budgetYuan: number;
  standards: Record<string, number>;
  districtReview: boolean;
  policyId?: string | undefined;
}

export interface RoundRow {
  id: string;
  policyId: string;
  title: string;
  figuresYear: number;
  opensOn: Date;
  closesOn: Date;
  clauses: string[];
  budgetYuan: bigint;
  standards: unknown;
  districtReview: boolean;
  createdBy: string;
}

/** A round as the rest of the API uses it. */
export interface Round {
  id: string;
  policyId: string;
  title: string;
  figuresYear: number;
  opensOn: string;
  closesOn: string;
  clauses: string[];
  budgetYuan: number;
  standards: Standards;
  districtReview: boolean;
  createdBy: string;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
/** A round's row as the API uses it. */
export const toRound = (r: RoundRow): Round => ({
  id: r.id,
  policyId: r.policyId,
  title: r.title,
  figuresYear: r.figuresYear,
  opensOn: ymd(r.opensOn),
  closesOn: ymd(r.closesOn),
  clauses: r.clauses,
  budgetYuan: Number(r.budgetYuan),
  standards: (r.standards ?? {}) as Standards,
  districtReview: r.districtReview,
  createdBy: r.createdBy,
});

/** What a round's row holds of what the bureau set (the inverse of toRound). */
const columns = (r: RoundInput) => ({
  title: r.title,
  figuresYear: r.figuresYear,
  opensOn: new Date(`${r.opensOn}T00:00:00Z`),
  closesOn: new Date(`${r.closesOn}T00:00:00Z`),
  clauses: r.clauses,
  budgetYuan: BigInt(r.budgetYuan),
  standards: r.standards,
  districtReview: r.districtReview,
});

const invalid = (message: string, issues: { path: string; message: string }[]) =>
  new ApiError(422, "invalid_round", message, issues);

/** The round's parameters: the policy's, the bureau's file, then the round's standards for its year. */
export function roundParameters(
  round: Pick<Round, "standards" | "figuresYear" | "title">,
  base?: ParameterOverrides,
  policy: Policy = cityPolicy(),
) {
  return withStandards(round.standards, round.figuresYear, `${round.title}（年度兑现标准）`, base, policy);
}

export function createRounds(deps: { prisma: Prisma; clock: () => Date; parameters?: ParameterOverrides }) {
  const { prisma, clock } = deps;
  const today = () => shanghaiDate(clock());
  /** The bureau's parameter file is the city's policy's; another policy's values are its own. */
  const baseOf = (policy: Policy) => (policy === cityPolicy() ? deps.parameters : undefined);

  function check(input: RoundInput) {
    const issues: { path: string; message: string }[] = [];
    const policy = policyById(input.policyId ?? cityPolicy().id);
    if (!policy)
      throw invalid(`没有编号为 ${input.policyId} 的政策`, [
        { path: "policyId", message: `没有编号为 ${input.policyId} 的政策` },
      ]);
    const span = figuresYearSpan(input.figuresYear, policy);
    if (!span)
      issues.push({
        path: "figuresYear",
        message: `数据年度须在政策有效期（${policy.validFrom} 至 ${policy.validTo}）内：${input.figuresYear} 年不在其中`,
      });
    if (input.closesOn < input.opensOn)
      issues.push({ path: "closesOn", message: `截止日期 ${input.closesOn} 早于开始日期 ${input.opensOn}` });
    input.clauses.forEach((id, i) => {
      const c = policy.clausesById[id];
      if (!c) issues.push({ path: `clauses.${i}`, message: `条款须为 ${policy.clauseIds.join("、")} 之一` });
      else if (c.kind === "loan")
        issues.push({
          path: `clauses.${i}`,
          message: `${c.name}由承办银行办理，不在申报批次中，随时可申请`,
        });
    });
    if (span) issues.push(...standardProblems(input.standards, input.figuresYear, baseOf(policy), policy));
    // A standard is for one of the round's own clauses: another's would change nothing and mislead.
    const read = new Set(
      input.clauses.flatMap((id) => (policy.clausesById[id] ? clauseParameters(policy.clausesById[id]) : [])),
    );
    for (const name of Object.keys(input.standards))
      if (
        Object.hasOwn(policy.parameters, name) &&
        !read.has(name) &&
        !issues.some((i) => i.path === `standards.${name}`)
      )
        issues.push({
          path: `standards.${name}`,
          message: `${name}（${policy.parameters[name]!.description}）不属于本批次的条款，不能作为本批次的标准`,
        });
    if (issues.length > 0) throw invalid(`批次设置有误：${issues.map((i) => i.message).join("；")}`, issues);
  }

  async function frozen(id: string): Promise<boolean> {
    const n = await prisma.decision.count({
      where: { decision: "approved", application: { roundId: id } },
    });
    return n > 0;
  }

  function view(r: Round, isFrozen: boolean) {
    return { ...r, status: roundStatus(r, today()), frozen: isFrozen };
  }

  /** What anyone may see: no budget, no author. */
  function publicView(r: Round) {
    const { budgetYuan: _b, createdBy: _c, ...rest } = r;
    return { ...rest, status: roundStatus(r, today()) };
  }

  async function create(input: RoundInput, actor: string, address: string | null) {
    check(input);
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.round.create({
        data: {
          id: randomUUID(),
          policyId: input.policyId ?? cityPolicy().id,
          ...columns(input),
          createdBy: actor,
        },
      });
      await tx.auditEntry.create({
        data: {
          actor,
          address,
          action: "round.created",
          details: { round: created.id, ...input },
          createdAt: clock(),
        },
      });
      return created;
    });
    return view(toRound(row as RoundRow), false);
  }

  async function find(id: string): Promise<Round> {
    const r = await prisma.round.findUnique({ where: { id } });
    if (!r) throw notFound("申报批次");
    return toRound(r as RoundRow);
  }

  async function change(id: string, patch: Partial<RoundInput>, actor: string, address: string | null) {
    const before = await find(id);
    const isFrozen = await frozen(id);
    if (
      isFrozen &&
      patch.standards !== undefined &&
      JSON.stringify(patch.standards) !== JSON.stringify(before.standards)
    )
      throw new ApiError(
        409,
        "standards_frozen",
        "该批次已有申报获批，兑现标准不能再改（可以改名称、日期和预算）",
        [{ path: "standards", message: "首次通过后标准即固定" }],
      );
    if (isFrozen && patch.figuresYear !== undefined && patch.figuresYear !== before.figuresYear)
      throw new ApiError(409, "standards_frozen", "该批次已有申报获批，数据年度不能再改", [
        { path: "figuresYear", message: "首次通过后数据年度即固定" },
      ]);
    // What is filed stays as filed: its figures year, and every clause it was filed for.
    const filed = await prisma.applicationClause.findMany({
      where: { application: { roundId: id } },
      select: { clause: true },
      distinct: ["clause"],
    });
    if (filed.length > 0 && patch.figuresYear !== undefined && patch.figuresYear !== before.figuresYear)
      throw new ApiError(409, "round_has_applications", "该批次已有申报，数据年度不能再改（可另建批次）", [
        { path: "figuresYear", message: `已有申报按 ${before.figuresYear} 年度数据提交` },
      ]);
    const dropped = patch.clauses
      ? filed.map((f) => f.clause).filter((c) => !patch.clauses!.includes(c))
      : [];
    if (dropped.length > 0)
      throw new ApiError(
        409,
        "round_has_applications",
        `该批次已有以下条款的申报，不能从批次中去掉：${dropped.join("、")}`,
        [{ path: "clauses", message: `已有申报：${dropped.join("、")}` }],
      );
    const next: RoundInput = { ...before, ...patch };
    check(next);
    const row = await prisma.$transaction(async (tx) => {
      const updated = await tx.round.update({
        where: { id },
        data: columns(next),
      });
      await tx.auditEntry.create({
        data: {
          actor,
          address,
          action: "round.changed",
          details: { round: id, changes: patch },
          createdAt: clock(),
        },
      });
      return updated;
    });
    return view(toRound(row as RoundRow), isFrozen);
  }

  async function all(): Promise<Round[]> {
    const rows = await prisma.round.findMany({ orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }] });
    return rows.map((r) => toRound(r as RoundRow));
  }

  /**
   * The round an application of these clauses files into today: the one given, or the open one holding
   * them all. null when no round exists at all (the server then accepts applications all year).
   */
  async function forFiling(
    clauses: readonly string[],
    roundId?: string,
    policy: Policy = cityPolicy(),
  ): Promise<Round | null> {
    const money = clauses.filter((c) => policy.clausesById[c]?.kind !== "loan");
    if (money.length === 0) return null; // the loan alone never needs a round
    const rounds = (await all()).filter((r) => r.policyId === policy.id);
    if (rounds.length === 0) return null;
    const t = today();
    const fits = (r: Round) => money.every((c) => r.clauses.includes(c));
    const chosen = roundId
      ? rounds.find((r) => r.id === roundId)
      : rounds.find((r) => roundStatus(r, t) === "open" && fits(r));
    if (chosen && roundStatus(chosen, t) === "open" && fits(chosen)) return chosen;
    const issues = money
      .filter(
        (c) =>
          !(
            chosen ?? rounds.find((r) => roundStatus(r, t) === "open" && r.clauses.includes(c))
          )?.clauses.includes(c),
      )
      .map((c) => {
        const name = policy.clausesById[c]?.name ?? c;
        const openOne = rounds.find((r) => roundStatus(r, t) === "open" && r.clauses.includes(c));
        if (chosen && openOne && openOne !== chosen)
          return {
            path: `clauses.${clauses.indexOf(c)}`,
            message: `${name}不在批次「${chosen.title}」中；批次「${openOne.title}」正在受理（${openOne.opensOn} 至 ${openOne.closesOn}），可改投该批次或不填 roundId`,
          };
        const next = rounds
          .filter((r) => roundStatus(r, t) === "scheduled" && r.clauses.includes(c))
          .sort((a, b) => (a.opensOn < b.opensOn ? -1 : 1))[0];
        return {
          path: `clauses.${clauses.indexOf(c)}`,
          message: next
            ? `${name}现在不在申报期；下一批次「${next.title}」${next.opensOn} 至 ${next.closesOn} 受理`
            : `${name}现在不在申报期，申报批次由市商务局另行通知`,
        };
      });
    const why =
      chosen && roundStatus(chosen, t) !== "open"
        ? `批次「${chosen.title}」${roundStatus(chosen, t) === "scheduled" ? `${chosen.opensOn} 才开始受理` : `已于 ${chosen.closesOn} 截止`}`
        : roundId && !chosen
          ? "没有这个申报批次"
          : "所选条款现在不在申报期";
    throw new ApiError(
      422,
      "round_closed",
      issues.length > 0 ? `${why}：${issues.map((i) => i.message).join("；")}` : why,
      issues.length > 0 ? issues : [{ path: "roundId", message: why }],
    );
  }

  /** What the round would cost under other standards and budget, and with a matching run. Writes nothing. */
  async function simulate(
    id: string,
    what: {
      budgetYuan?: number | undefined;
      standards?: Record<string, number> | undefined;
      matchingRunId?: string | undefined;
    },
  ) {
    const round = await find(id);
    const policy = policyById(round.policyId) ?? cityPolicy();
    const standards = (what.standards ?? round.standards) as Standards;
    const problems = standardProblems(standards, round.figuresYear, baseOf(policy), policy);
    if (problems.length > 0)
      throw new ApiError(
        422,
        "invalid_standards",
        `标准有误：${problems.map((p) => p.message).join("；")}`,
        problems,
      );
    const parameters = roundParameters({ ...round, standards }, baseOf(policy), policy);
    const date = figuresDate(round.figuresYear, policy);
    const params = valuesIn(policy.parameters, date, parameters);
    const inRound = new Set(round.clauses);
    // The parameters are resolved once and only the round's clauses are assessed: a run can hold
    // 100,000 subjects.
    const clauses = policy.clauses.filter((c) => inRound.has(c.id));
    const inForce = inForceOn(date, policy);
    const estimateOf = (facts: Facts) =>
      clauses
        .map((c) => assessClause(c, { ...facts, assessedOn: date }, params, inForce, date, false, policy))
        .filter((r) => r.status === "eligible");
    const amount = (r: { estimatedAmountYuan: number | null; maxAmountYuan: number | null }) =>
      r.estimatedAmountYuan ?? r.maxAmountYuan ?? 0;

    const apps = await prisma.application.findMany({
      where: { roundId: id, status: { notIn: ["rejected"] } },
      select: { facts: true, status: true, applicant: { select: { uscc: true } }, clauses: true },
    });
    const fromApplications: CostItem[] = [];
    const applied = new Map<string, Map<string, number>>(); // uscc → clause → approved yuan
    for (const a of apps) {
      const estimates = a.status === "approved" ? [] : estimateOf(a.facts as unknown as Facts);
      for (const c of a.clauses) {
        if (!inRound.has(c.clause)) continue;
        const approved = a.status === "approved" ? (c.approvedAmountYuan ?? 0) : null;
        const yuan =
          approved ??
          amount(
            estimates.find((e) => e.clause === c.clause) ?? { estimatedAmountYuan: 0, maxAmountYuan: 0 },
          );
        fromApplications.push({ clause: c.clause, amountYuan: yuan });
        const mine = applied.get(a.applicant.uscc) ?? new Map<string, number>();
        mine.set(c.clause, yuan);
        applied.set(a.applicant.uscc, mine);
      }
    }
    const cityTotals = Object.fromEntries(
      policy.clauses
        .filter((c) => c.cityTotal && inRound.has(c.id))
        .map((c) => [c.id, params[c.cityTotal!]!]),
    );
    const budgetYuan = what.budgetYuan ?? round.budgetYuan;
    const ofApplications = roundCost(fromApplications, budgetYuan, cityTotals);
    if (!what.matchingRunId) return ofApplications;

    const run = await prisma.matchingRun.findUnique({
      where: { id: what.matchingRunId },
      select: { id: true },
    });
    if (!run) throw new ApiError(404, "not_found", "未找到该导入记录");
    const items: CostItem[] = [];
    const seen = new Set<string>();
    // Standards change money, never a threshold: a subject not eligible for any of the round's clauses
    // when imported is not eligible now, so only the others are read (their facts as text: one parse).
    const batch = 10_000;
    for (let after = 0; ;) {
      const rows = await prisma.$queryRaw<{ row: number; uscc: string; facts: string }[]>`
        SELECT "row", "uscc", "facts"::text AS "facts" FROM "matching_rows"
        WHERE "run_id" = ${run.id}::uuid AND "row" > ${after} AND "eligible" && ${round.clauses}::text[]
        ORDER BY "row" LIMIT ${batch}`;
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.row;
      for (const r of rows) {
        seen.add(r.uscc);
        const mine = applied.get(r.uscc);
        for (const e of estimateOf(JSON.parse(r.facts) as Facts))
          items.push({ clause: e.clause, amountYuan: mine?.get(e.clause) ?? amount(e) });
      }
      if (rows.length < batch) break;
    }
    // Applicants the file does not hold still cost what their applications do.
    for (const a of apps)
      if (!seen.has(a.applicant.uscc))
        for (const c of a.clauses)
          if (inRound.has(c.clause))
            items.push({ clause: c.clause, amountYuan: applied.get(a.applicant.uscc)?.get(c.clause) ?? 0 });
    const withRun = roundCost(items, budgetYuan, cityTotals);
    return {
      ...withRun,
      applications: { totalYuan: ofApplications.totalYuan, byClause: ofApplications.byClause },
    };
  }

  return { create, change, find, all, view, publicView, frozen, forFiling, simulate };
}

export type Rounds = ReturnType<typeof createRounds>;
