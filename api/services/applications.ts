// Applications: submission (submissions.ts), listing and detail (here), staff decisions
// (decisions.ts). A factory over the database and a clock, handed to the routes.

import type { AssessOptions } from "../../rules/index.ts";
import type { ListQuery } from "../../contract/index.ts";
import type { Prisma } from "../db/database.ts";
import { notFound } from "../errors.ts";
import { applicationKey } from "./application-ref.ts";
import { INCLUDE, presentDetail, presentOwn, presentSummary, type DetailRow } from "./application-views.ts";
import { createDecisions } from "./decisions.ts";
import type { NotifyTargets } from "./notifications.ts";
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

/** The filter of a list or export: status (one or several), clause, district, year, and a search. */
export function listWhere(q: Omit<ListQuery, "limit" | "offset">) {
  const search = q.q?.trim();
  return {
    ...(q.status && q.status.length > 0 ? { status: { in: [...q.status] } } : {}),
    ...(q.district ? { district: q.district } : {}),
    ...(q.wechatId ? { wechatId: q.wechatId } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.clause ? { clauses: { some: { clause: q.clause } } } : {}),
    // By name (contains), 统一社会信用代码 (exact, any case) or number (exact, any case).
    ...(search
      ? {
          OR: [
            { applicant: { name: { contains: search } } },
            { applicant: { uscc: search.toUpperCase() } },
            { number: search.toUpperCase() },
          ],
        }
      : {}),
  };
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

  /** Detail; with `wechatId`, only an application of that WeChat user (anything else is "not found"). */
  async function get(idOrNumber: string, wechatId?: string) {
    const key = applicationKey(idOrNumber);
    const row = key ? await prisma.application.findUnique({ where: key, include: INCLUDE }) : null;
    if (!row || (wechatId !== undefined && row.wechatId !== wechatId)) throw notFound("申报");
    return presentDetail(row as DetailRow);
  }

  async function list(q: ListQuery) {
    const where = listWhere(q);
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

  return { submit, get, list, decide, mine };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
export type { DetailRow } from "./application-views.ts";
export { presentDetail, presentSummary, requestedAmount } from "./application-views.ts";
