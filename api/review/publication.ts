// Publication (公示, contract §14): an approver publishes a round's approved applications for a period;
// anyone reads the list (no contact, no file) and objects during the period; staff list and answer the
// objections; an approver may withdraw an application from the list, the reason in the audit log.

import { randomUUID } from "node:crypto";
import { cityPolicy, DISTRICTS, policyById, shanghaiDate } from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { bulkInsert, type BulkColumn } from "../db/bulk-insert.ts";
import {
  publicationNotifications,
  withdrawalNotifications,
  type NotifyTargets,
} from "../notifications/notices.ts";

export interface PublicationDeps {
  prisma: Prisma;
  clock: () => Date;
  notify: NotifyTargets;
  onNotified?: () => void;
}

/** A date N days after a YYYY-MM-DD date. */
export function addDays(ymd: string, days: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Where the 公示 is read. */
export const gongshiPath = (roundId: string) => `/gongshi/${roundId}`;

export type PublicationPhase = "scheduled" | "running" | "ended";
export const phaseOn = (p: { startsOn: string; endsOn: string }, today: string): PublicationPhase =>
  today < p.startsOn ? "scheduled" : today > p.endsOn ? "ended" : "running";

export const PAGE_SIZE = 200;

/** The outbox's columns a notice fills (the rest take their defaults). */
const NOTIFICATION_COLUMNS: BulkColumn[] = [
  { name: "id", type: "uuid" },
  { name: "event", type: "text" },
  { name: "channel", type: '"NotificationChannel"' },
  { name: "recipient", type: "text" },
  { name: "application_id", type: "uuid" },
  { name: "payload", type: "jsonb" },
];

export function createPublications(deps: PublicationDeps) {
  const { prisma, clock } = deps;
  const today = () => shanghaiDate(clock());

  async function roundOf(id: string) {
    const round = await prisma.round.findUnique({ where: { id } });
    if (!round) throw notFound("申报批次");
    return round;
  }

  async function find(roundId: string) {
    const p = await prisma.publication.findUnique({ where: { roundId } });
    if (!p) return null;
    return {
      id: p.id,
      roundId: p.roundId,
      startsOn: ymd(p.startsOn),
      endsOn: ymd(p.endsOn),
      days: p.days,
      publishedBy: p.publishedBy,
      createdAt: p.createdAt.toISOString(),
    };
  }

  /** The publication's view for staff, with its phase today and what it holds. */
  async function view(roundId: string) {
    const p = await find(roundId);
    if (!p) throw new ApiError(404, "not_published", "该批次尚未公示");
    const [agg] = await prisma.$queryRaw<{ count: number; total: bigint | null; withdrawn: number }[]>`
      SELECT count(*) FILTER (WHERE "withdrawn_at" IS NULL)::int AS "count",
             sum("amount_yuan") FILTER (WHERE "withdrawn_at" IS NULL) AS "total",
             count(*) FILTER (WHERE "withdrawn_at" IS NOT NULL)::int AS "withdrawn"
      FROM "publication_items" WHERE "publication_id" = ${p.id}::uuid`;
    return {
      roundId,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      days: p.days,
      phase: phaseOn(p, today()),
      count: agg?.count ?? 0,
      totalYuan: Number(agg?.total ?? 0),
      withdrawn: agg?.withdrawn ?? 0,
      url: gongshiPath(roundId),
      publishedBy: p.publishedBy,
      createdAt: p.createdAt,
    };
  }

  async function publish(
    roundId: string,
    body: { startsOn: string; days: number },
    actor: string,
    address: string | null,
  ) {
    const round = await roundOf(roundId);
    if (body.startsOn < today())
      throw new ApiError(422, "invalid_publication", `公示开始日期 ${body.startsOn} 早于今天（${today()}）`, [
        { path: "startsOn", message: "公示开始日期不能早于今天" },
      ]);
    const endsOn = addDays(body.startsOn, body.days - 1);
    const policy = policyById(round.policyId) ?? cityPolicy();
    const result = await prisma.$transaction(
      async (tx) => {
        // One publication per round: the round's row is locked while it is made.
        await tx.$queryRaw`SELECT 1 AS "locked" FROM "rounds" WHERE "id" = ${roundId}::uuid FOR UPDATE`;
        if (await tx.publication.findUnique({ where: { roundId }, select: { id: true } }))
          throw new ApiError(409, "already_published", "该批次已经公示过，不能重复公示");
        // What the notices need; the list itself is copied in the database (below).
        const rows = await tx.$queryRaw<
          {
            id: string;
            number: string;
            amount: number | null;
            wechatId: string | null;
            miniprogramUserId: string | null;
          }[]
        >`
          SELECT a."id"::text AS "id", a."number", a."approved_amount_yuan" AS "amount", a."wechat_id" AS "wechatId",
                 CASE WHEN cu."kind" = 'miniprogram' THEN cu."id"::text END AS "miniprogramUserId"
          FROM "applications" a LEFT JOIN "chat_users" cu ON cu."id" = a."chat_user_id"
          WHERE a."round_id" = ${roundId}::uuid AND a."status" = 'approved'`;
        if (rows.length === 0)
          throw new ApiError(409, "nothing_to_publish", "该批次还没有通过的申报，没有可公示的名单");
        const [pending] = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS "n" FROM "applications"
          WHERE "round_id" = ${roundId}::uuid AND "status" IN ('submitted', 'needs_more_info', 'district_passed')`;
        const id = randomUUID();
        await tx.publication.create({
          data: {
            id,
            roundId,
            startsOn: new Date(`${body.startsOn}T00:00:00Z`),
            endsOn: new Date(`${endsOn}T00:00:00Z`),
            days: body.days,
            publishedBy: actor,
            createdAt: clock(),
          },
        });
        // The list as published: by district (in the city's order), then number; each clause by its name.
        const ids = policy.clauseIds;
        await tx.$executeRaw`
          INSERT INTO "publication_items"
            ("publication_id", "application_id", "seq", "number", "name", "district", "clauses", "amount_yuan")
          SELECT ${id}::uuid, a."id",
                 row_number() OVER (ORDER BY array_position(${[...DISTRICTS]}::text[], a."district"::text), a."number"),
                 a."number", COALESCE(a."applicant_snapshot"->>'name', ''), a."district",
                 ARRAY(SELECT COALESCE((${ids.map((c) => policy.clausesById[c]?.name ?? c)}::text[])[array_position(${ids}::text[], ac."clause"::text)], ac."clause")
                       FROM "application_clauses" ac
                       WHERE ac."application_id" = a."id" AND ac."kind" <> 'loan' ORDER BY ac."article"),
                 COALESCE(a."approved_amount_yuan", 0)
          FROM "applications" a
          WHERE a."round_id" = ${roundId}::uuid AND a."status" = 'approved'`;
        const notices = publicationNotifications(
          rows.map((r) => ({
            id: r.id,
            number: r.number,
            wechatId: r.wechatId,
            miniprogramUserId: r.miniprogramUserId,
            amountYuan: r.amount ?? 0,
          })),
          {
            title: round.title,
            roundId,
            startsOn: body.startsOn,
            endsOn,
            path: gongshiPath(roundId),
            at: clock(),
          },
          deps.notify,
        );
        await bulkInsert(
          tx,
          "notifications",
          NOTIFICATION_COLUMNS,
          notices.map((n) => [n.id, n.event, n.channel, n.recipient, n.applicationId, n.payload]),
        );
        await tx.auditEntry.create({
          data: {
            actor,
            address,
            action: "round.published",
            details: {
              round: roundId,
              startsOn: body.startsOn,
              endsOn,
              days: body.days,
              count: rows.length,
              totalYuan: rows.reduce((s, r) => s + (r.amount ?? 0), 0),
            },
            createdAt: clock(),
          },
        });
        return { pending: pending?.n ?? 0 };
      },
      { timeout: 60_000 },
    );
    deps.onNotified?.();
    return { ...(await view(roundId)), pendingApplications: result.pending };
  }

  /** A page of the public list: what anyone may read, never a contact or a file. */
  async function publicPage(roundId: string, page: number | "all") {
    const round = await roundOf(roundId);
    const p = await find(roundId);
    // Before its first day the list is not public: it is not found, as if it did not exist.
    if (!p || today() < p.startsOn) throw new ApiError(404, "not_found", "该批次的公示尚未开始");
    const where = { publicationId: p.id, withdrawnAt: null };
    const [count, withdrawn, sum] = await Promise.all([
      prisma.publicationItem.count({ where }),
      prisma.publicationItem.count({ where: { publicationId: p.id, withdrawnAt: { not: null } } }),
      prisma.publicationItem.aggregate({ where, _sum: { amountYuan: true } }),
    ]);
    const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
    const n = page === "all" ? 1 : Math.min(Math.max(1, page), pages);
    const items = await prisma.publicationItem.findMany({
      where,
      orderBy: { seq: "asc" },
      select: { number: true, name: true, district: true, clauses: true, amountYuan: true },
      ...(page === "all" ? {} : { skip: (n - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    });
    return {
      round: { id: round.id, title: round.title, figuresYear: round.figuresYear },
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      days: p.days,
      phase: phaseOn(p, today()),
      count,
      withdrawn,
      totalYuan: sum._sum.amountYuan ?? 0,
      page: page === "all" ? ("all" as const) : n,
      pages,
      offset: page === "all" ? 0 : (n - 1) * PAGE_SIZE,
      items,
    };
  }

  async function object(
    roundId: string,
    body: { text: string; contact?: string | undefined; number?: string | undefined },
    address: string | null,
  ) {
    await roundOf(roundId);
    const p = await find(roundId);
    const t = today();
    if (!p || phaseOn(p, t) !== "running")
      throw new ApiError(
        409,
        "publication_not_running",
        !p
          ? "该批次尚未公示，暂不受理异议"
          : t < p.startsOn
            ? `公示期为 ${p.startsOn} 至 ${p.endsOn}，尚未开始，暂不受理异议`
            : `公示期（${p.startsOn} 至 ${p.endsOn}）已结束，不再受理异议`,
      );
    let applicationId: string | null = null;
    if (body.number) {
      const item = await prisma.publicationItem.findFirst({
        where: { publicationId: p.id, number: body.number.toUpperCase() },
        select: { applicationId: true },
      });
      if (!item)
        throw new ApiError(422, "not_on_list", `公示名单中没有编号为 ${body.number} 的项目`, [
          { path: "number", message: "请填写公示名单中的编号，或留空" },
        ]);
      applicationId = item.applicationId;
    }
    const row = await prisma.objection.create({
      data: {
        id: randomUUID(),
        roundId,
        applicationId,
        text: body.text,
        contact: body.contact ?? null,
        address,
        createdAt: clock(),
      },
    });
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      message: "已收到您的异议，市商务局将在核实后处理；如留有联系方式，工作人员会与您联系。",
    };
  }

  /** Objections, newest first; a district account sees only those naming its district's applications. */
  async function objections(roundId: string, scope: { district?: string }) {
    await roundOf(roundId);
    const rows = await prisma.objection.findMany({
      where: { roundId },
      orderBy: { createdAt: "desc" },
      take: 1000,
    });
    const ids = rows.flatMap((r) => (r.applicationId ? [r.applicationId] : []));
    const apps = await prisma.application.findMany({
      where: { id: { in: ids } },
      select: { id: true, number: true, district: true, applicantSnapshot: true },
    });
    const byId = new Map(apps.map((a) => [a.id, a]));
    return {
      items: rows
        .filter(
          (r) =>
            !scope.district || (r.applicationId && byId.get(r.applicationId)?.district === scope.district),
        )
        .map((r) => {
          const a = r.applicationId ? byId.get(r.applicationId) : undefined;
          return {
            id: r.id,
            text: r.text,
            contact: r.contact,
            createdAt: r.createdAt.toISOString(),
            application: a
              ? {
                  id: a.id,
                  number: a.number,
                  district: a.district,
                  applicantName: (a.applicantSnapshot as { name?: string }).name ?? "",
                }
              : null,
            answer: r.answer,
            answeredBy: r.answeredBy,
            answeredAt: r.answeredAt?.toISOString() ?? null,
          };
        }),
    };
  }

  async function answer(
    id: string,
    text: string,
    actor: string,
    address: string | null,
    scope: { district?: string } = {},
  ) {
    return prisma.$transaction(async (tx) => {
      const o = await tx.objection.findUnique({ where: { id } });
      if (!o) throw notFound("异议");
      if (scope.district) {
        const a = o.applicationId
          ? await tx.application.findUnique({ where: { id: o.applicationId }, select: { district: true } })
          : null;
        if (a?.district !== scope.district) throw notFound("异议");
      }
      const updated = await tx.objection.update({
        where: { id },
        data: { answer: text, answeredBy: actor, answeredAt: clock() },
      });
      await tx.auditEntry.create({
        data: {
          actor,
          address,
          action: "objection.answered",
          applicationId: o.applicationId,
          details: { round: o.roundId, objection: id, answer: text },
          createdAt: clock(),
        },
      });
      return {
        id: updated.id,
        answer: updated.answer,
        answeredBy: updated.answeredBy,
        answeredAt: updated.answeredAt?.toISOString() ?? null,
      };
    });
  }

  /** Takes an application off the list (it will not be paid from it); the reason is audited. */
  async function withdraw(
    roundId: string,
    body: { application: string; reason: string },
    actor: string,
    address: string | null,
  ) {
    const p = await find(roundId);
    if (!p) throw new ApiError(404, "not_published", "该批次尚未公示");
    const key = body.application.toUpperCase().startsWith("ZB-")
      ? { number: body.application.toUpperCase() }
      : { applicationId: body.application };
    return prisma
      .$transaction(async (tx) => {
        const item = await tx.publicationItem.findFirst({ where: { publicationId: p.id, ...key } });
        if (!item) throw notFound("公示名单中的该项目");
        if (item.withdrawnAt)
          throw new ApiError(409, "already_withdrawn", `${item.number} 已于此前撤出公示名单`);
        if (await tx.paymentList.findUnique({ where: { roundId }, select: { roundId: true } }))
          throw new ApiError(409, "payment_list_made", "该批次的拨付清单已经生成，不能再撤出名单中的项目");
        await tx.publicationItem.update({
          where: { publicationId_applicationId: { publicationId: p.id, applicationId: item.applicationId } },
          data: { withdrawnAt: clock(), withdrawnBy: actor, withdrawReason: body.reason },
        });
        await tx.auditEntry.create({
          data: {
            actor,
            address,
            action: "publication.withdrawn",
            applicationId: item.applicationId,
            details: {
              round: roundId,
              number: item.number,
              reason: body.reason,
              amountYuan: item.amountYuan,
            },
            createdAt: clock(),
          },
        });
        // The applicant hears it in the same transaction (the outbox), and staff with them.
        const [to] = await tx.$queryRaw<{ wechatId: string | null; title: string }[]>`
        SELECT a."wechat_id" AS "wechatId", r."title" FROM "applications" a, "rounds" r
        WHERE a."id" = ${item.applicationId}::uuid AND r."id" = ${roundId}::uuid`;
        await tx.notification.createMany({
          data: withdrawalNotifications(
            { id: item.applicationId, number: item.number, wechatId: to?.wechatId ?? null },
            { title: to?.title ?? "", reason: body.reason },
          ),
        });
        return { number: item.number, withdrawn: true, reason: body.reason };
      })
      .then((r) => {
        deps.onNotified?.();
        return r;
      });
  }

  return { publish, view, find, publicPage, object, objections, answer, withdraw };
}

export type Publications = ReturnType<typeof createPublications>;
