// Staff decisions on an application. Everything is read after the application's row is locked (and,
// for an approval, the enterprise's row too, so two approvals of one enterprise are checked one after
// the other); the amounts are checked against the policy by approval.ts and stored per clause.

import {
  assessValid,
  cityPolicy,
  type Facts,
  cityTotalled,
  figuresDate,
  policyById,
  shanghaiDate,
  type ClauseId,
  type ParameterOverrides,
} from "../../rules/index.ts";
import type { DecisionRequest } from "../../contract/index.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { applicationKey } from "../applications/application-ref.ts";
import { INCLUDE, presentDetail, type DetailRow } from "../applications/application-views.ts";
import { checkApproval, type PriorApproval } from "./approval.ts";
import { decisionNotifications, type NotifyTargets } from "../notifications/notices.ts";
import { review, type ApplicationStatus, type Reviewer } from "./table.ts";
import { roundParameters, toRound, type RoundRow } from "../rounds/service.ts";

export interface DecisionDeps {
  prisma: Prisma;
  clock: () => Date;
  notify: NotifyTargets;
  parameters?: ParameterOverrides | undefined;
}

/** Who decides: the name written in the history and audit, and the reviewer the table reads. */
export interface DecidedBy extends Reviewer {
  id: string;
}

/** The outbox channels each of the table's notices stands for. */
const CHANNELS = {
  staff: ["webhook", "wechat_staff"],
  applicant: ["wechat_applicant", "wechat_subscribe"],
} as const;

export function createDecisions(deps: DecisionDeps) {
  const { prisma, clock } = deps;

  async function decide(
    idOrNumber: string,
    d: DecisionRequest,
    by: DecidedBy,
    address: string | null = null,
  ) {
    const actor = by.id;
    const key = applicationKey(idOrNumber);
    const head = key ? await prisma.application.findUnique({ where: key, select: { id: true } }) : null;
    if (!head) throw notFound("申报");
    const id = head.id;
    return prisma.$transaction(async (tx) => {
      // The lock first, then every read: a decision never acts on what another one has just changed.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status"::text AS "status" FROM "applications" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!locked) throw notFound("申报");
      const found = (await tx.application.findUniqueOrThrow({
        where: { id },
        include: INCLUDE,
      })) as DetailRow;
      const from = found.status as ApplicationStatus;
      // In a round, the limits are the round's standards for its figures year, and its review levels.
      // Read inside the transaction (PGlite has one connection: a read outside it would wait forever).
      const roundRow = found.roundId ? await tx.round.findUnique({ where: { id: found.roundId } }) : null;
      const round = roundRow ? toRound(roundRow as RoundRow) : null;
      const next = review(from, d.decision, by, round?.districtReview ? "district_first" : "city");
      if (!next.ok) throw new ApiError(next.status, next.code, next.message);
      // Once a round's list is published, an approval or a changed amount would reach neither the 公示
      // nor the payment list (both are the published list): refused, with what to do instead.
      if (round && (d.decision === "approved" || d.decision === "reopened")) {
        const published = await tx.publication.findUnique({
          where: { roundId: round.id },
          select: { startsOn: true },
        });
        if (published)
          throw new ApiError(
            409,
            "already_published",
            `批次「${round.title}」已于 ${published.startsOn.toISOString().slice(0, 10)} 公示，公示后不再核定或改动金额；` +
              "如确需增补或更正，请在下一批次办理，或先将该申报从公示名单撤出后说明原因",
          );
      }

      let amounts: Partial<Record<ClauseId, number | null>> = {};
      let total: number | null = null;
      let warnings: string[] = [];
      if (d.decision === "approved") {
        await tx.$queryRaw`SELECT 1 AS "locked" FROM "applicants" WHERE "id" = ${found.applicantId}::uuid FOR UPDATE`;
        const policy = policyById(found.policyId) ?? cityPolicy();
        // The clause counted against a city total (none: nothing to add up).
        const totalledId = cityTotalled(policy.clauses)[0]?.id ?? "";
        const prior = await tx.$queryRaw<PriorApproval[]>`
          SELECT a."number", a."year", ac."clause", ac."approved_amount_yuan" AS "approvedAmountYuan",
                 ac."max_amount_yuan" AS "maxAmountYuan"
          FROM "application_clauses" ac JOIN "applications" a ON a."id" = ac."application_id"
          WHERE a."applicant_id" = ${found.applicantId}::uuid AND a."id" <> ${id}::uuid
            AND a."policy_id" = ${policy.id}
            AND a."status" = 'approved' AND ac."approved_amount_yuan" IS NOT NULL`;
        const [city] = await tx.$queryRaw<{ sum: bigint | number | null }[]>`
          SELECT sum(ac."approved_amount_yuan") AS "sum"
          FROM "application_clauses" ac JOIN "applications" a ON a."id" = ac."application_id"
          WHERE ac."clause" = ${totalledId} AND a."status" = 'approved' AND a."policy_id" = ${policy.id}
            AND a."year" = ${found.year} AND a."id" <> ${id}::uuid`;
        const parameters = round
          ? roundParameters(round, policy === cityPolicy() ? deps.parameters : undefined, policy)
          : policy === cityPolicy()
            ? deps.parameters
            : undefined;
        // In a round the limits are its standards as they stand now (the bureau may have lowered them
        // since the filing): the facts on file assessed again; outside rounds, as assessed when filed.
        const now = round
          ? assessValid(found.facts as unknown as Facts, {
              policy,
              ...(parameters ? { parameters } : {}),
              explain: false,
            })
          : null;
        const verdict = checkApproval(d, {
          clauses: found.clauses.map((c) => {
            const fresh = now?.results.find((r) => r.clause === c.clause);
            return {
              ...c,
              clause: c.clause as ClauseId,
              ...(fresh
                ? { maxAmountYuan: fresh.maxAmountYuan, estimatedAmountYuan: fresh.estimatedAmountYuan }
                : {}),
            };
          }),
          year: found.year,
          date: round ? figuresDate(round.figuresYear, policy) : shanghaiDate(found.createdAt),
          prior: prior.map((p) => ({ ...p, approvedAmountYuan: Number(p.approvedAmountYuan) })),
          article2ApprovedInYear: Number(city?.sum ?? 0),
          parameters,
          policy,
          inRound: round !== null,
        });
        if (!verdict.ok) throw new ApiError(422, verdict.code, verdict.message, verdict.issues);
        ({ amounts, total, warnings } = verdict);
      } else if (d.approvedAmountYuan !== undefined || d.clauseAmounts !== undefined) {
        throw new ApiError(422, "approved_amount_not_allowed", "只有通过时才填写核定金额", [
          { path: "approvedAmountYuan", message: "只有 decision 为 approved 时才可填写" },
        ]);
      }
      // What a reopen withdraws: the approval that stood until now.
      const withdrawnAmountYuan =
        d.decision === "reopened" && from === "approved" ? found.approvedAmountYuan : null;
      const channels = new Set<string>(next.notices.flatMap((n) => CHANNELS[n]));

      const decision = await tx.decision.create({
        data: {
          applicationId: id,
          decision: d.decision,
          note: d.note,
          approvedAmountYuan: total,
          decidedBy: actor,
          createdAt: clock(),
        },
      });
      for (const c of found.clauses)
        await tx.applicationClause.update({
          where: { applicationId_clause: { applicationId: id, clause: c.clause } },
          data: { approvedAmountYuan: amounts[c.clause as ClauseId] ?? null },
        });
      const updated = (await tx.application.update({
        where: { id },
        data: { status: next.next, approvedAmountYuan: total },
        include: INCLUDE,
      })) as DetailRow;
      await tx.notification.createMany({
        data: decisionNotifications(
          updated,
          { ...decision, withdrawnAmountYuan, warnings },
          deps.notify,
        ).filter((r) => channels.has(r.channel)),
      });
      await tx.auditEntry.create({
        data: {
          actor,
          address,
          action: `application.${d.decision}`,
          applicationId: id,
          details: {
            from,
            to: next.next,
            note: d.note,
            approvedAmountYuan: total,
            clauseAmounts: amounts,
            ...(withdrawnAmountYuan !== null ? { withdrawnAmountYuan } : {}),
            ...(warnings.length > 0 ? { warnings } : {}),
          },
          // The service's clock, as the decision's own row: the audit's days agree with the history's.
          createdAt: clock(),
        },
      });
      return { ...presentDetail(updated), warnings };
    });
  }

  return { decide };
}
