// Invitations (政策找人, issue 12): a subject that a run found qualifying for the clauses staff chose,
// that has not applied for them this year, and that we can reach — its WeChat contact from an earlier
// application (through the bot), or the mini-program or /chat user who filed one (on their next
// conversation) — is invited once per run, with an application already filled in from the counted
// figures and its earlier details, which it only confirms. Whoever said 「不再提醒」 is left out.

import { randomUUID } from "node:crypto";
import { CLAUSES_BY_ID, cityPolicy, formatWan, type ClauseId } from "../../rules/index.ts";
import { articleName } from "../../rules/index.ts";
import type { InvitationDraft } from "../../bot/core/invitation.ts";
import type { Prisma } from "../db/database.ts";
import { notFound } from "../http/errors.ts";

export interface InvitationDeps {
  prisma: Prisma;
  clock: () => Date;
  onNotified?: () => void;
}

interface Candidate {
  row: number;
  uscc: string;
  name: string;
  district: string | null;
  facts: Record<string, unknown>;
  statuses: Record<string, [string, number | null]>;
  eligible: string[];
  applicantName: string;
  applicantDistrict: string;
  contactName: string;
  contactPhone: string;
  wechatId: string | null;
  chatUserId: string | null;
}

export function invitationText(name: string, items: { clause: ClauseId; amount: number | null }[]): string {
  const lines = items.map(({ clause, amount }) => {
    const c = CLAUSES_BY_ID[clause]!;
    return `· ${articleName(c.article)} ${c.name}${amount ? `（测算约 ${formatWan(amount)}）` : ""}`;
  });
  return [
    `您好！根据市商务局掌握的网络零售额统计数据，「${name}」今年可能符合《${cityPolicy().title}》的以下项目，目前还没有申报：`,
    ...lines,
    "我们已按统计数据和您上次填写的信息为您准备好申报单，请核对下面的内容。",
    "如不需要，回复「取消」即可；以后不想再收到这类提醒，请回复「不再提醒」。",
  ].join("\n");
}

/**
 * The invitation for a subject: its text, and the application it only confirms — the counted figures
 * (without their date) and the district of the run's row, the rest from its latest details.
 */
function invitationOf(
  applicant: { name: string; uscc: string; district: string; contactName: string; contactPhone: string },
  row: {
    facts: Record<string, unknown>;
    statuses: Record<string, [string, number | null]>;
    district: string | null;
  },
  clauses: ClauseId[],
): { text: string; draft: InvitationDraft } {
  const { assessedOn: _date, ...facts } = row.facts;
  return {
    text: invitationText(
      applicant.name,
      clauses.map((clause) => ({ clause, amount: row.statuses[clause]?.[1] ?? null })),
    ),
    draft: {
      applicant: {
        name: applicant.name,
        uscc: applicant.uscc,
        district: row.district ?? applicant.district,
        contactName: applicant.contactName,
        contactPhone: applicant.contactPhone,
      },
      facts,
      clauses,
    },
  };
}

export function createInvitations(deps: InvitationDeps) {
  const { prisma, clock } = deps;

  /** With a district (a district account's), only that district's subjects are invited. */
  async function invite(runId: string, clauses: ClauseId[], by: string, district?: string) {
    const run = await prisma.matchingRun.findUnique({ where: { id: runId } });
    if (!run || run.status !== "done") throw notFound("导入记录");
    const year = Number(run.assessedOn.slice(0, 4));
    // Qualifying for a chosen clause, not yet applied for it this year, reachable, not opted out,
    // not invited by this run: the latest application (any year) gives the contact and the details.
    const candidates = await prisma.$queryRaw<Candidate[]>`
      SELECT r."row", r."uscc", r."name", r."district", r."facts", r."statuses", r."eligible",
        ap."name" AS "applicantName", ap."district" AS "applicantDistrict", ap."contact_name" AS "contactName",
        ap."contact_phone" AS "contactPhone", last."wechat_id" AS "wechatId", last."chat_user_id"::text AS "chatUserId"
      FROM "matching_rows" r
      JOIN "applicants" ap ON ap."uscc" = r."uscc"
      JOIN LATERAL (
        SELECT a."wechat_id", a."chat_user_id" FROM "applications" a
        WHERE a."applicant_id" = ap."id" AND (a."wechat_id" IS NOT NULL OR a."chat_user_id" IS NOT NULL)
        ORDER BY a."created_at" DESC LIMIT 1
      ) last ON true
      WHERE r."run_id" = ${runId}::uuid AND r."eligible" && ${clauses}::text[]
        AND (${district ?? null}::text IS NULL OR r."district" = ${district ?? null}::text)
        AND NOT EXISTS (SELECT 1 FROM "matching_invitations" i WHERE i."run_id" = r."run_id" AND i."uscc" = r."uscc")
      ORDER BY r."row"`;
    const filed = await prisma.applicationClause.findMany({
      where: { application: { year, applicant: { uscc: { in: candidates.map((c) => c.uscc) } } } },
      select: { clause: true, application: { select: { applicant: { select: { uscc: true } } } } },
    });
    const appliedFor = new Set(filed.map((f) => `${f.application.applicant.uscc}:${f.clause}`));
    const optedOut = new Set(
      (
        await prisma.invitationOptOut.findMany({
          where: {
            recipient: {
              in: candidates.flatMap((c) => [c.wechatId ?? "", c.chatUserId ? `user:${c.chatUserId}` : ""]),
            },
          },
        })
      ).map((o) => o.recipient),
    );

    let invited = 0;
    const skipped = { applied: 0, optedOut: 0 };
    for (const c of candidates) {
      const items = (c.eligible as ClauseId[]).filter(
        (id) => clauses.includes(id) && !appliedFor.has(`${c.uscc}:${id}`),
      );
      if (items.length === 0) {
        skipped.applied++;
        continue;
      }
      const recipient = c.wechatId ?? `user:${c.chatUserId}`;
      if (optedOut.has(recipient)) {
        skipped.optedOut++;
        continue;
      }
      const { text, draft } = invitationOf(
        {
          name: c.applicantName,
          uscc: c.uscc,
          district: c.applicantDistrict,
          contactName: c.contactName,
          contactPhone: c.contactPhone,
        },
        { facts: c.facts, statuses: c.statuses, district: c.district },
        items,
      );
      const id = randomUUID();
      const at = clock();
      await prisma.$transaction(async (tx) => {
        // The unique (run, subject) makes a second invite of this run, even a concurrent one, a no-op.
        const n = await tx.$executeRaw`
          INSERT INTO "matching_invitations" ("id", "run_id", "uscc", "clauses", "channel", "recipient", "sent_by", "created_at")
          VALUES (${id}::uuid, ${runId}::uuid, ${c.uscc}, ${items}::text[], ${c.wechatId ? "wechat" : "chat"},
            ${recipient}, ${by}, ${at}) ON CONFLICT DO NOTHING`;
        if (n === 0) return;
        if (c.wechatId)
          await tx.notification.create({
            data: {
              event: "matching.invitation",
              channel: "wechat_applicant",
              recipient: c.wechatId,
              payload: { text, invitation: { id, runId, draft } } as object,
              createdAt: at,
            },
          });
        await tx.auditEntry.create({
          data: {
            actor: by,
            action: "matching.invited",
            details: { runId, uscc: c.uscc, clauses: items, channel: c.wechatId ? "wechat" : "chat" },
            createdAt: at,
          },
        });
        invited++;
      });
    }
    if (invited > 0) deps.onNotified?.();
    return { invited, skipped, candidates: candidates.length };
  }

  /** The newest invitation waiting for a mini-program or /chat user, taken (shown once). */
  async function takeForChatUser(chatUserId: string) {
    const [row] = await prisma.$queryRaw<{ id: string; runId: string; uscc: string; clauses: string[] }[]>`
      UPDATE "matching_invitations" SET "channel" = 'chat-shown'
      WHERE "id" = (SELECT "id" FROM "matching_invitations" WHERE "recipient" = ${`user:${chatUserId}`}
        AND "channel" = 'chat' ORDER BY "created_at" DESC LIMIT 1)
      RETURNING "id", "run_id"::text AS "runId", "uscc", "clauses"`;
    if (!row) return null;
    const [data] = await prisma.$queryRaw<
      {
        facts: Record<string, unknown>;
        statuses: Record<string, [string, number | null]>;
        district: string | null;
      }[]
    >`SELECT "facts", "statuses", "district" FROM "matching_rows" WHERE "run_id" = ${row.runId}::uuid AND "uscc" = ${row.uscc} LIMIT 1`;
    const applicant = await prisma.applicant.findUnique({ where: { uscc: row.uscc } });
    if (!data || !applicant) return null;
    return invitationOf(applicant, data, row.clauses as ClauseId[]);
  }

  /** 「不再提醒」: a WeChat contact or a chat user ("user:<id>") is not invited again. */
  async function optOut(recipient: string) {
    await prisma.invitationOptOut.upsert({
      where: { recipient },
      create: { recipient, createdAt: clock() },
      update: {},
    });
  }

  return { invite, takeForChatUser, optOut };
}

export type Invitations = ReturnType<typeof createInvitations>;
