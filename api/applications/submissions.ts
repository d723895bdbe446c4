// Submitting an application: the server assesses the facts itself, on its own date (the policy year
// of the application decides which standards apply, never the client), refuses a clause that is not
// eligible and a repeat filing of one the enterprise already has pending or approved this year
// (unless the request confirms it), then writes every row in one statement.

import { randomUUID } from "node:crypto";
import {
  assessValid,
  cityPolicy,
  figuresDate,
  policyById,
  shanghaiDate,
  type AssessOptions,
  type Assessment,
  type Policy,
} from "../../rules/index.ts";
import { STATUS_LABELS, type ApplicationRequest } from "../../contract/index.ts";
import type { Db, Prisma } from "../db/database.ts";
import { ApiError } from "../http/errors.ts";
import { requestedAmount, type DetailRow } from "./application-views.ts";
import { createIdempotency, hashBody, type StoredResponse } from "./idempotency.ts";
import { insertApplication } from "./insert-application.ts";
import { submissionNotifications, type NotifyTargets } from "../notifications/notices.ts";
import { nextNumber } from "./numbering.ts";
import { roundParameters, type Round, type Rounds } from "../rounds/service.ts";

export interface SubmissionDeps {
  rounds?: Rounds | undefined;
  prisma: Prisma;
  clock: () => Date;
  assessOptions?: Omit<AssessOptions, "now">;
  notify: NotifyTargets;
}

/** The facts as the server assesses them: on the server's date, in the application's policy year. */
export function factsForPolicyYear(facts: ApplicationRequest["facts"], today: string) {
  if (facts.assessedOn !== undefined && facts.assessedOn.slice(0, 4) !== today.slice(0, 4))
    throw new ApiError(
      422,
      "assessed_on_mismatch",
      `申报按提交当年（${today.slice(0, 4)} 年）的标准审核，assessedOn 不能是 ${facts.assessedOn}；请去掉 assessedOn 或填当年日期`,
      [{ path: "facts.assessedOn", message: `须为 ${today.slice(0, 4)} 年内的日期，或不填` }],
    );
  return { ...facts, assessedOn: today };
}

/** The policy an application is filed under (contract §15): the one it names, else the city's. */
export function policyOf(request: Pick<ApplicationRequest, "policyId" | "clauses">): Policy {
  const policy = request.policyId === undefined ? cityPolicy() : policyById(request.policyId);
  if (!policy)
    throw new ApiError(422, "invalid_policy", `没有编号为「${request.policyId}」的政策`, [
      { path: "policyId", message: "未找到该政策，可用 GET /api/policies 查看" },
    ]);
  const foreign = request.clauses.flatMap((c, i) =>
    policy.clausesById[c] ? [] : [{ path: `clauses.${i}`, message: `《${policy.title}》没有条款 ${c}` }],
  );
  if (foreign.length > 0)
    throw new ApiError(422, "invalid_clause", `所选条款不属于《${policy.title}》`, foreign);
  return policy;
}

/** The facts as a round assesses them: for its figures year, whatever day they are filed on. */
export function factsForRound(facts: ApplicationRequest["facts"], round: Round, policy?: Policy) {
  if (facts.assessedOn !== undefined && Number(facts.assessedOn.slice(0, 4)) !== round.figuresYear)
    throw new ApiError(
      422,
      "assessed_on_mismatch",
      `批次「${round.title}」申报的是 ${round.figuresYear} 年度数据，assessedOn 不能是 ${facts.assessedOn}；请去掉 assessedOn`,
      [{ path: "facts.assessedOn", message: `须为 ${round.figuresYear} 年内的日期，或不填` }],
    );
  return { ...facts, assessedOn: figuresDate(round.figuresYear, policy) };
}

/** 409 duplicate_application: each clause already filed, by its number and status (contract §5). */
function duplicateError(
  policy: Policy,
  year: number,
  clauses: readonly string[],
  found: { clause: string; application: { number: string; status: string } }[],
) {
  return new ApiError(
    409,
    "duplicate_application",
    `该主体 ${year} 年已申报过相同条款（${[...new Set(found.map((f) => f.application.number))].join("、")}），如确需再次申报，请确认后重新提交`,
    found.map((f) => ({
      path: `clauses.${clauses.indexOf(f.clause)}`,
      message: `${policy.clausesById[f.clause]?.name ?? f.clause} 已在申报 ${f.application.number} 中（${STATUS_LABELS[f.application.status] ?? f.application.status}）`,
    })),
    {},
    {
      duplicates: found.map((f) => ({
        clause: f.clause,
        number: f.application.number,
        status: f.application.status,
      })),
    },
  );
}

export function createSubmissions(deps: SubmissionDeps) {
  const { prisma, clock } = deps;
  const idempotency = createIdempotency(prisma);

  /** Earlier applications of this enterprise for these clauses in this year, pending or approved. */
  async function duplicates(
    db: Db,
    applicantId: string,
    year: number,
    clauses: readonly string[],
    policyId: string,
  ) {
    return db.applicationClause.findMany({
      where: {
        clause: { in: [...clauses] },
        application: {
          applicantId,
          policyId,
          // The same figures year (contract §5), whichever round it was filed in: a round's applications
          // carry its figures year, those outside rounds the year they were filed.
          year,
          status: { in: ["submitted", "needs_more_info", "district_passed", "approved"] },
        },
      },
      select: { clause: true, application: { select: { number: true, status: true } } },
    });
  }

  async function submitOnce(
    scope: string,
    key: string,
    request: ApplicationRequest,
    hash: string,
    chatUserId: string | null,
  ): Promise<StoredResponse> {
    const earlier = await idempotency.replay(scope, key, hash);
    if (earlier) return earlier;

    const now = clock();
    const today = shanghaiDate(now);
    // Once the bureau runs rounds, a filing goes into the open round holding its clauses, for that
    // round's figures year and with its standards; the loan alone never needs one.
    const policy = policyOf(request);
    const round = (await deps.rounds?.forFiling(request.clauses, request.roundId, policy)) ?? null;
    const facts = round
      ? factsForRound(request.facts, round, policy)
      : factsForPolicyYear(request.facts, today);
    // The bureau's parameter file holds the city's values; another policy's are its own.
    const base = policy === cityPolicy() ? deps.assessOptions?.parameters : undefined;
    const parameters = round ? roundParameters(round, base, policy) : base;
    const assessment: Assessment = assessValid(facts, {
      ...deps.assessOptions,
      ...(parameters ? { parameters } : { parameters: undefined }),
      policy,
      now,
    });
    const issues = request.clauses.flatMap((clause, i) => {
      const r = assessment.results.find((x) => x.clause === clause)!;
      return r.status === "eligible" || r.status === "manual_review"
        ? []
        : [
            {
              path: `clauses.${i}`,
              message: `条款 ${clause}（${policy.clausesById[clause]!.name}）经评估为 ${r.status}，不能申报：${r.reasons.join("；")}`,
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

    const filedInYear = Number(today.slice(0, 4));
    // The year whose figures count: the round's, else the year of filing.
    const year = round ? round.figuresYear : filedInYear;
    const { applicant } = request;
    const requested = requestedAmount(assessment, request.clauses);
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

    // One filing of an enterprise for a year at a time: the duplicate check and the write hold a lock
    // named by the enterprise and the year, so two concurrent filings of one clause (other keys) cannot
    // both find nothing and both write — on PostgreSQL as on PGlite. The applicant's row is written in
    // the same transaction, so a crash never leaves an applicant without its application.
    const outcome = await prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(hashtext(${`application:${applicant.uscc}:${year}`}))) l`;
        const known = await tx.applicant.findUnique({ where: { uscc: applicant.uscc } });
        if (known && !request.confirmDuplicate) {
          const found = await duplicates(tx, known.id, year, request.clauses, policy.id);
          if (found.length > 0) throw duplicateError(policy, year, request.clauses, found);
        }
        const applicantId = known
          ? await updateApplicant(tx, known, applicant)
          : await createApplicant(tx, applicant);
        const number = await nextNumber(tx, filedInYear);
        const body = {
          id,
          number,
          status: "submitted" as const,
          clauses: request.clauses,
          requestedAmountYuan: requested,
          createdAt: now.toISOString(),
          round: round ? { id: round.id, title: round.title, figuresYear: round.figuresYear } : null,
          assessment,
        };
        const notifications = submissionNotifications(
          {
            id,
            number,
            status: "submitted",
            applicantSnapshot: applicant,
            facts,
            wechatId: applicant.wechatId ?? null,
            district: applicant.district,
            requestedAmountYuan: requested,
            approvedAmountYuan: null,
            createdAt: now,
            clauses: chosen,
          } as unknown as DetailRow,
          deps.notify,
          scope === "bot",
        );
        const written = await insertApplication(tx, {
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
          chatUserId,
          roundId: round?.id ?? null,
          policyId: policy.id,
          district: applicant.district,
          subjectType: facts.subjectType,
          facts,
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
        return { written, body };
      },
      // Filings of one enterprise wait for each other here; many at once may queue a while.
      { maxWait: 30_000, timeout: 30_000 },
    );
    const { written, body } = outcome;
    if (!written) {
      // Another request with this key got there first: answer as it was answered.
      const stored = await idempotency.replay(scope, key, hash);
      if (stored) return stored;
      throw new Error("idempotency key taken but not found");
    }
    return { status: 201, body, replayed: false };
  }

  /** A new enterprise's row (a concurrent first filing of the same one, in another year, is met). */
  async function createApplicant(db: Db, a: ApplicationRequest["applicant"]): Promise<string> {
    const [row] = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "applicants" ("id", "uscc", "name", "district", "contact_name", "contact_phone", "wechat_id", "updated_at")
      VALUES (${randomUUID()}::uuid, ${a.uscc}, ${a.name}, ${a.district}, ${a.contactName}, ${a.contactPhone},
              ${a.wechatId ?? null}, now())
      ON CONFLICT ("uscc") DO UPDATE SET "uscc" = EXCLUDED."uscc"
      RETURNING "id"::text AS "id"`;
    return row!.id;
  }

  /** A known enterprise's row, written only when its details changed (no row lock otherwise). */
  async function updateApplicant(
    db: Db,
    existing: {
      id: string;
      name: string;
      district: string;
      contactName: string;
      contactPhone: string;
      wechatId: string | null;
    },
    a: ApplicationRequest["applicant"],
  ): Promise<string> {
    const changed =
      existing.name !== a.name ||
      existing.district !== a.district ||
      existing.contactName !== a.contactName ||
      existing.contactPhone !== a.contactPhone ||
      (a.wechatId !== undefined && existing.wechatId !== a.wechatId);
    if (changed)
      await db.applicant.update({
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

  /**
   * Idempotent: the same key and body answer the same; concurrent ones share one attempt. A
   * mini-program or /chat user's filing names them (`chatUserId`): their list, their decisions.
   */
  async function submit(
    scope: string,
    key: string,
    request: ApplicationRequest,
    rawBody: unknown,
    chatUserId: string | null = null,
  ) {
    const hash = hashBody(rawBody);
    return idempotency.once(scope, key, hash, () => submitOnce(scope, key, request, hash, chatUserId));
  }

  return { submit };
}
