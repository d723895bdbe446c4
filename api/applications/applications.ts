// Applications: submission (submissions.ts), listing and detail (here), staff decisions
// (decisions.ts). A factory over the database and a clock, handed to the routes.

import type { AssessOptions } from "../../rules/index.ts";
import type { ListQuery } from "../../contract/index.ts";
import { orderBy, queueSql, type QueueScope } from "./application-queue.ts";
import type { Prisma } from "../db/database.ts";
import { notFound } from "../http/errors.ts";
import { applicationKey } from "./application-ref.ts";
import { INCLUDE, presentDetail, presentOwn, presentSummary, type DetailRow } from "./application-views.ts";
import { createDecisions } from "../review/decisions.ts";
import type { NotifyTargets } from "../notifications/notices.ts";
import { createSubmissions } from "./submissions.ts";
import type { Rounds } from "../rounds/service.ts";

export interface ApplicationServiceDeps {
  prisma: Prisma;
  /** Application rounds (contract §13): which round a filing goes into, and its standards. */
  rounds?: Rounds;
  clock: () => Date;
  assessOptions?: Omit<AssessOptions, "now">;
  notify: NotifyTargets;
  /** Called after a submission or decision has written its notifications (wakes the feed's long polls). */
  onNotified?: () => void;
}

export function createApplicationService(deps: ApplicationServiceDeps) {
  const { prisma } = deps;
  const submissions = createSubmissions(deps);
  const submit: typeof submissions.submit = async (...args) => {
    const r = await submissions.submit(...args);
    if (!r.replayed) deps.onNotified?.();
    return r;
  };
  const decisions = createDecisions({
    prisma,
    clock: deps.clock,
    notify: deps.notify,
    parameters: deps.assessOptions?.parameters,
  });
  const decide: typeof decisions.decide = async (...args) => {
    const r = await decisions.decide(...args);
    deps.onNotified?.();
    return r;
  };

  /**
   * Detail; with `wechatId`, only an application of that WeChat user; with a district scope, only
   * one of that district (anything else is "not found").
   */
  async function get(idOrNumber: string, wechatId?: string, scope: QueueScope = {}) {
    const key = applicationKey(idOrNumber);
    const row = key ? await prisma.application.findUnique({ where: key, include: INCLUDE }) : null;
    if (
      !row ||
      (wechatId !== undefined && row.wechatId !== wechatId) ||
      (scope.district && row.district !== scope.district)
    )
      throw notFound("申报");
    return presentDetail(row as DetailRow);
  }

  /** A mini-program or /chat user's own application as they see it; anyone else's is "not found". */
  async function own(idOrNumber: string, chatUserId: string) {
    const key = applicationKey(idOrNumber);
    const row = key ? await prisma.application.findUnique({ where: key, include: INCLUDE }) : null;
    if (!row || row.chatUserId !== chatUserId) throw notFound("申报");
    return presentOwn(row as DetailRow);
  }

  /** A page of the queue in the order asked, and how many there are in all. */
  async function list(q: ListQuery, scope: QueueScope = {}) {
    const s = queueSql(q, scope);
    const [ids, [{ total }]] = await Promise.all([
      prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT a."id"::text AS "id" FROM "applications" a WHERE ${s.where}
         ORDER BY ${orderBy(s)} LIMIT ${q.limit} OFFSET ${q.offset}`,
        ...s.params,
      ),
      prisma.$queryRawUnsafe<{ total: number }[]>(
        `SELECT count(*)::int AS "total" FROM "applications" a WHERE ${s.where}`,
        ...s.params,
      ) as Promise<[{ total: number }]>,
    ]);
    const rows = await prisma.application.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      include: { clauses: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ids.flatMap((r) => (byId.has(r.id) ? [presentSummary(byId.get(r.id)!)] : []));
    return { items, total, limit: q.limit, offset: q.offset };
  }

  /** A mini-program or /chat user's own applications, newest first, with their decisions. */
  async function mine(chatUserId: string) {
    const rows = await prisma.application.findMany({
      where: { chatUserId },
      include: INCLUDE,
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      take: 100,
    });
    return { items: (rows as DetailRow[]).map(presentOwn) };
  }

  return { submit, get, own, list, decide, mine };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
export type { DetailRow } from "./application-views.ts";
export { presentDetail, presentSummary, requestedAmount } from "./application-views.ts";
