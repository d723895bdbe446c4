// Applications: idempotent submission, listing, detail and staff decisions. A factory over the
// database and a clock; the server assesses the submitted facts itself and never trusts a client's.

import { createHash, randomUUID } from "node:crypto";
import {
  assessValid,
  CLAUSES_BY_ID,
  shanghaiDate,
  type AssessOptions,
  type Assessment,
  type ClauseId,
} from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../errors.ts";
import type { ApplicationRequest, DecisionRequest, ListQuery } from "../../contract/index.ts";
import { decisionNotifications, submissionNotifications, type NotifyTargets } from "./notifications.ts";
import { allocate } from "./allocate.ts";
import { insertApplication, type ClauseRow } from "./insert-application.ts";
import { nextTransition } from "./transitions.ts";

export interface ApplicationServiceDeps {
  prisma: Prisma;
  clock: () => Date;
  assessOptions?: Omit<AssessOptions, "now">;
  notify: NotifyTargets;
}

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** A stable hash of a JSON value: keys sorted, so the same body in another key order is the same. */
export function hashBody(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^ZB-\d{4}-\d{6}$/;

export function formatNumber(year: number, seq: number): string {
  return `ZB-${year}-${String(seq).padStart(6, "0")}`;
}

const INCLUDE = { clauses: true, decisions: { orderBy: { createdAt: "asc" as const } }, applicant: true };

type Row = NonNullable<Awaited<ReturnType<Prisma["application"]["findFirst"]>>>;
type DetailRow = Row & {
  clauses: ClauseRow[];
  decisions: {
    id: string;
    decision: string;
    note: string;
    approvedAmountYuan: number | null;
    decidedBy: string;
    createdAt: Date;
  }[];
};

export function presentSummary(a: Row & { clauses: DetailRow["clauses"] }) {
  const snapshot = a.applicantSnapshot as Record<string, string>;
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    applicantName: snapshot.name,
    district: a.district,
    subjectType: a.subjectType,
    clauses: a.clauses.map((c) => c.clause),
    requestedAmountYuan: a.requestedAmountYuan,
    approvedAmountYuan: a.approvedAmountYuan,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function presentDetail(a: DetailRow) {
  return {
    ...presentSummary(a),
    applicant: a.applicantSnapshot,
    facts: a.facts,
    assessment: a.assessment,
    clauseResults: a.clauses.map((c) => ({
      clause: c.clause,
      article: c.article,
      kind: c.kind,
      name: CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause,
      status: c.status,
      maxAmountYuan: c.maxAmountYuan,
      estimatedAmountYuan: c.estimatedAmountYuan,
    })),
    decisions: a.decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      note: d.note,
      approvedAmountYuan: d.approvedAmountYuan,
      decidedBy: d.decidedBy,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}

/** What the applicant may expect: the formula's estimate where there is one, else the cap; never the loan. */
export function requestedAmount(assessment: Assessment, clauses: readonly ClauseId[]): number {
  let sum = 0;
  for (const r of assessment.results)
    if (clauses.includes(r.clause) && r.kind !== "loan") sum += r.estimatedAmountYuan ?? r.maxAmountYuan ?? 0;
  return sum;
}

export function createApplicationService(deps: ApplicationServiceDeps) {
  const { prisma, clock } = deps;

  async function replay(scope: string, key: string, hash: string): Promise<StoredResponse | null> {
    const existing = await prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!existing) return null;
    if (existing.requestHash !== hash)
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "该 Idempotency-Key 已用于另一份不同的申报，请为新的申报使用新的 Idempotency-Key",
      );
    return {
      status: existing.responseStatus,
      body: JSON.parse(existing.responseBody) as unknown,
      replayed: true,
    };
  }

  async function submitOnce(
    scope: string,
    key: string,
    request: ApplicationRequest,
    rawBody: unknown,
  ): Promise<StoredResponse> {
    const hash = hashBody(rawBody);
    const earlier = await replay(scope, key, hash);
    if (earlier) return earlier;

    const now = clock();
    const assessment = assessValid(request.facts, { ...deps.assessOptions, now });
    const issues = request.clauses.flatMap((clause, i) => {
      const r = assessment.results.find((x) => x.clause === clause)!;
      return r.status === "eligible" || r.status === "manual_review"
        ? []
        : [
            {
              path: `clauses.${i}`,
              message: `条款 ${clause}（${CLAUSES_BY_ID[clause].name}）经评估为 ${r.status}，不能申报：${r.reasons.join("；")}`,
            },
          ];
    });
    if (issues.length > 0)
      throw new ApiError(
        422,
        "clause_not_eligible",
        `所选条款不符合申报条件：${request.clauses.filter((_, i) => issues.some((x) => x.path === `clauses.${i}`)).join("、")}`,
        issues,
      );

    const year = Number(shanghaiDate(now).slice(0, 4));
    const requested = requestedAmount(assessment, request.clauses);
    const { applicant } = request;

    // Short statements of their own, outside the transaction, so that no row lock (the year's
    // counter, a busy applicant) is held while the application is written. A number taken by a
    // submission that then fails is not reused: numbers are unique and increasing, with rare gaps.
    const applicantId = await ensureApplicant(applicant);
    const [seqRow] = await prisma.$queryRaw<{ last: number }[]>`
      INSERT INTO "application_sequences" ("year", "last") VALUES (${year}, 1)
      ON CONFLICT ("year") DO UPDATE SET "last" = "application_sequences"."last" + 1
      RETURNING "last"`;
    const number = formatNumber(year, seqRow!.last);
    const id = randomUUID();
    const chosen = assessment.results
      .filter((r) => request.clauses.includes(r.clause))
      .map((r) => ({
        clause: r.clause,
        article: r.article,
        kind: r.kind,
        status: r.status,
        maxAmountYuan: r.maxAmountYuan,
        estimatedAmountYuan: r.estimatedAmountYuan,
      }));
    const body = {
      id,
      number,
      status: "submitted" as const,
      clauses: request.clauses,
      requestedAmountYuan: requested,
      createdAt: now.toISOString(),
      assessment,
    };
    const notifications = submissionNotifications(
      {
        id,
        number,
        status: "submitted",
        applicantSnapshot: applicant,
        wechatId: applicant.wechatId ?? null,
        district: applicant.district,
        requestedAmountYuan: requested,
        approvedAmountYuan: null,
        clauses: chosen,
      } as unknown as DetailRow,
      deps.notify,
      scope === "bot",
    );
    const written = await insertApplication(prisma, {
      scope,
      key,
      requestHash: hash,
      responseBody: JSON.stringify(body),
      id,
      number,
      year,
      applicantId,
      applicantSnapshot: applicant,
      wechatId: applicant.wechatId ?? null,
      district: applicant.district,
      subjectType: request.facts.subjectType,
      facts: request.facts,
      assessment,
      requestedAmountYuan: requested,
      createdAt: now,
      clauses: chosen,
      notifications: notifications.map((n) => ({
        id: n.id,
        event: n.event,
        channel: n.channel,
        recipient: n.recipient,
        payload: n.payload,
      })),
      audit: { id: randomUUID(), details: { number, idempotencyKey: key } },
    });
    if (!written) {
      // Another request with this key got there first: answer as it was answered.
      const stored = await replay(scope, key, hash);
      if (stored) return stored;
      throw new Error("idempotency key taken but not found");
    }
    return { status: 201, body, replayed: false };
  }

  /** The applicant's row by USCC: created once, updated only when the details changed. */
  async function ensureApplicant(a: ApplicationRequest["applicant"]): Promise<string> {
    const existing = await prisma.applicant.findUnique({ where: { uscc: a.uscc } });
    if (!existing) {
      await prisma.applicant.createMany({
        data: [{ ...a, wechatId: a.wechatId ?? null }],
        skipDuplicates: true,
      });
      return (await prisma.applicant.findUniqueOrThrow({ where: { uscc: a.uscc }, select: { id: true } })).id;
    }
    const changed =
      existing.name !== a.name ||
      existing.district !== a.district ||
      existing.contactName !== a.contactName ||
      existing.contactPhone !== a.contactPhone ||
      (a.wechatId !== undefined && existing.wechatId !== a.wechatId);
    if (changed)
      await prisma.applicant.update({
        where: { id: existing.id },
        data: {
          name: a.name,
          district: a.district,
          contactName: a.contactName,
          contactPhone: a.contactPhone,
          ...(a.wechatId ? { wechatId: a.wechatId } : {}),
        },
      });
    return existing.id;
  }

  /** Concurrent requests with one key in this process share one attempt (no number taken twice). */
  const inFlight = new Map<string, Promise<StoredResponse>>();
  async function submit(
    scope: string,
    key: string,
    request: ApplicationRequest,
    rawBody: unknown,
  ): Promise<StoredResponse> {
    const flight = `${scope}\u0000${key}`;
    const running = inFlight.get(flight);
    if (running) {
      await running.catch(() => undefined);
      const stored = await replay(scope, key, hashBody(rawBody));
      if (stored) return stored;
    }
    const attempt = submitOnce(scope, key, request, rawBody);
    inFlight.set(flight, attempt);
    try {
      return await attempt;
    } finally {
      if (inFlight.get(flight) === attempt) inFlight.delete(flight);
    }
  }

  async function findRow(idOrNumber: string) {
    if (UUID.test(idOrNumber))
      return prisma.application.findUnique({ where: { id: idOrNumber.toLowerCase() }, include: INCLUDE });
    if (NUMBER.test(idOrNumber))
      return prisma.application.findUnique({ where: { number: idOrNumber }, include: INCLUDE });
    return null;
  }

  /** Detail; with `wechatId`, only an application of that WeChat user (anything else is "not found"). */
  async function get(idOrNumber: string, wechatId?: string) {
    const row = await findRow(idOrNumber);
    if (!row || (wechatId !== undefined && row.wechatId !== wechatId)) throw notFound("申报");
    return presentDetail(row as DetailRow);
  }

  async function list(q: ListQuery) {
    const where = {
      ...(q.status ? { status: q.status } : {}),
      ...(q.district ? { district: q.district } : {}),
      ...(q.wechatId ? { wechatId: q.wechatId } : {}),
      ...(q.year ? { year: q.year } : {}),
      ...(q.clause ? { clauses: { some: { clause: q.clause } } } : {}),
    };
    const [items, total] = await Promise.all([
      prisma.application.findMany({
        where,
        include: { clauses: true },
        orderBy: [{ createdAt: "desc" }, { number: "desc" }],
        take: q.limit,
        skip: q.offset,
      }),
      prisma.application.count({ where }),
    ]);
    return { items: items.map(presentSummary), total, limit: q.limit, offset: q.offset };
  }

  async function decide(idOrNumber: string, d: DecisionRequest, actor: string) {
    const found = await findRow(idOrNumber);
    if (!found) throw notFound("申报");
    const id = found.id;
    return prisma.$transaction(async (tx) => {
      // Lock the application so two staff decisions cannot both pass the state check.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status"::text AS "status" FROM "applications" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!locked) throw notFound("申报");
      const next = nextTransition(locked.status as never, d.decision);
      if (!next.ok) throw new ApiError(409, "invalid_transition", next.message);
      if (d.decision === "approved") {
        // Without an amount, the approval is for what was asked (the formula's estimate or the cap);
        // a case-by-case item has no such figure, so staff must name one.
        d = { ...d, approvedAmountYuan: d.approvedAmountYuan ?? (found.requestedAmountYuan || undefined) };
        if (d.approvedAmountYuan === undefined)
          throw new ApiError(
            422,
            "approved_amount_required",
            "该申报没有可参照的测算金额（如一事一议），通过时须填写核定金额 approvedAmountYuan（元）",
            [{ path: "approvedAmountYuan", message: "通过时须填写核定金额（元）" }],
          );
        const caps = found.clauses.filter((c) => c.kind !== "loan");
        const capped = caps.every((c) => c.maxAmountYuan !== null);
        const total = caps.reduce((s, c) => s + (c.maxAmountYuan ?? 0), 0);
        if (capped && caps.length > 0 && d.approvedAmountYuan > total)
          throw new ApiError(
            422,
            "approved_amount_over_cap",
            `核定金额超过所申报条款的上限合计 ${total} 元`,
            [{ path: "approvedAmountYuan", message: `不能超过 ${total} 元` }],
          );
      } else if (d.approvedAmountYuan !== undefined) {
        throw new ApiError(422, "approved_amount_not_allowed", "只有通过时才填写核定金额", [
          { path: "approvedAmountYuan", message: "只有 decision 为 approved 时才可填写" },
        ]);
      }
      const decision = await tx.decision.create({
        data: {
          applicationId: id,
          decision: d.decision,
          note: d.note,
          approvedAmountYuan: d.approvedAmountYuan ?? null,
          decidedBy: actor,
          createdAt: clock(),
        },
      });
      const updated = await tx.application.update({
        where: { id },
        data: {
          status: next.status,
          approvedAmountYuan:
            d.decision === "approved"
              ? d.approvedAmountYuan!
              : d.decision === "reopened"
                ? null
                : found.approvedAmountYuan,
        },
        include: INCLUDE,
      });
      // Share the decision's amount over the clauses, for the budget report per clause.
      const shares =
        d.decision === "approved"
          ? allocate(
              d.approvedAmountYuan!,
              found.clauses.map((c) => c.estimatedAmountYuan ?? c.maxAmountYuan ?? 0),
            )
          : null;
      if (d.decision !== "needs_more_info")
        for (const [i, c] of found.clauses.entries())
          await tx.applicationClause.update({
            where: { applicationId_clause: { applicationId: id, clause: c.clause } },
            data: { approvedAmountYuan: shares ? shares[i]! : null },
          });
      await tx.notification.createMany({
        data: decisionNotifications(updated as DetailRow, decision, deps.notify),
      });
      await tx.auditEntry.create({
        data: {
          actor,
          action: `application.${d.decision}`,
          applicationId: id,
          details: {
            from: locked.status,
            to: next.status,
            note: d.note,
            approvedAmountYuan: d.approvedAmountYuan ?? null,
          },
        },
      });
      return presentDetail(updated as DetailRow);
    });
  }

  return { submit, get, list, decide };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
export type { DetailRow };
