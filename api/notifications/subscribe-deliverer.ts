// Delivers the outbox's subscribe-message rows (contract §10): a decision on an application filed
// from the mini-program reaches its user through WeChat's subscribe/send, at least once, in order
// per application, surviving restarts — the same outbox table and the same claim-with-a-lease as the
// webhook (webhook-deliverer.ts says why a table and not a queue library).
//
// WeChat's answers (contract/wechat-api.ts): an expired access token is renewed and the message sent
// again at once; a user who has not accepted a subscription (43101) is recorded on the user and the
// message not retried (retrying cannot help: only the user can subscribe again, when filing next);
// a refusal of the message itself is dead-lettered with its reason; faults are retried with
// back-off.

import { createPollLoop } from "./poll-loop.ts";
import type { Logger } from "pino";
import {
  DEFAULT_SUBSCRIBE_FIELDS,
  subscribeData,
  type SendVerdict,
  type SubscribeFieldMap,
} from "../../contract/wechat-api.ts";
import type { Prisma } from "../db/database.ts";
import type { SubscribeContentJson } from "./notices.ts";
import type { Wechat } from "../conversations/wechat-api.ts";

export interface SubscribeDelivererOptions {
  prisma: Prisma;
  wechat: Pick<Wechat, "sendSubscribe">;
  templateId: string;
  fields?: SubscribeFieldMap;
  /** The mini-program page a message opens. */
  page?: string;
  /** formal | trial | developer. */
  state?: string;
  logger: Logger;
  now?: () => Date;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  pollMs?: number;
}

interface Claimed {
  id: string;
  event: string;
  applicationId: string | null;
  payload: SubscribeContentJson;
  attempts: number;
  chatUserId: string | null;
  openid: string | null;
}

export function createSubscribeDeliverer(o: SubscribeDelivererOptions) {
  const now = o.now ?? (() => new Date());
  // A batch is sent one by one, each within WeChat's time limit (twice when a token is renewed):
  // five of them fit well inside the lease.
  const batch = o.batch ?? 5;
  const leaseMs = o.leaseMs ?? 60_000;
  const maxAttempts = o.maxAttempts ?? 8;
  const base = o.baseDelayMs ?? 2_000;
  const max = o.maxDelayMs ?? 10 * 60_000;

  /** The oldest pending row of each application, when due; leased to this process. */
  async function claim(): Promise<Claimed[]> {
    const t = now();
    const lease = new Date(t.getTime() + leaseMs);
    return o.prisma.$queryRaw<Claimed[]>`
      WITH heads AS (
        SELECT DISTINCT ON (coalesce(h."application_id", h."id")) h."id", h."next_attempt_at"
        FROM "notifications" h
        WHERE h."channel" = 'wechat_subscribe' AND h."status" = 'pending'
        ORDER BY coalesce(h."application_id", h."id"), h."seq"
      ), due AS (
        SELECT n."id" FROM "notifications" n
        WHERE n."id" IN (SELECT "id" FROM heads WHERE "next_attempt_at" <= ${t})
        ORDER BY n."seq" LIMIT ${batch}::int
        FOR UPDATE SKIP LOCKED
      ), claimed AS (
        UPDATE "notifications" SET "attempts" = "attempts" + 1, "next_attempt_at" = ${lease}
        WHERE "id" IN (SELECT "id" FROM due)
        RETURNING "id", "seq", "event", "application_id", "payload", "attempts", "recipient"
      )
      SELECT c."id", c."event", c."application_id"::text AS "applicationId", c."payload", c."attempts",
        u."id"::text AS "chatUserId", u."openid"
      FROM claimed c LEFT JOIN "chat_users" u ON u."id"::text = c."recipient"
      ORDER BY c."seq"`;
  }

  /** A request for materials opens the upload of that application; any other decision 我的申报. */
  function pageFor(row: Claimed): string {
    if (row.event === "application.needs_more_info" && row.applicationId)
      return `pages/materials/index?id=${encodeURIComponent(row.applicationId)}`;
    return o.page ?? "pages/mine/index";
  }

  async function send(row: Claimed): Promise<SendVerdict> {
    if (!row.openid) return { outcome: "dead", error: "收件人不是小程序用户（没有 openid）" };
    const p = row.payload;
    const message = {
      touser: row.openid,
      templateId: o.templateId,
      page: pageFor(row),
      data: subscribeData({ ...p, at: new Date(p.at) }, o.fields ?? DEFAULT_SUBSCRIBE_FIELDS),
      ...(o.state ? { state: o.state } : {}),
    };
    const first = await o.wechat.sendSubscribe(message);
    // The token was renewed by the refusal: one more try at once, then the usual back-off.
    return first.outcome === "renew_token" ? o.wechat.sendSubscribe(message) : first;
  }

  async function settle(row: Claimed, v: SendVerdict) {
    if (v.outcome === "delivered") {
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { status: "delivered", deliveredAt: now(), lastError: null },
      });
      return;
    }
    const error = v.error;
    const dead = v.outcome === "dead" || v.outcome === "refused_by_user" || row.attempts >= maxAttempts;
    if (dead) {
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { status: "dead", lastError: error },
      });
      if (v.outcome === "refused_by_user" && row.chatUserId)
        await o.prisma.chatUser.update({
          where: { id: row.chatUserId },
          data: { subscribeRefusedAt: now() },
        });
      o.logger[v.outcome === "refused_by_user" ? "info" : "error"](
        { eventId: row.id, attempts: row.attempts, error },
        v.outcome === "refused_by_user"
          ? "subscribe message not sent: the user has not subscribed"
          : "subscribe message dead-lettered",
      );
      return;
    }
    const delay = Math.min(max, base * 2 ** (row.attempts - 1));
    await o.prisma.notification.update({
      where: { id: row.id },
      data: { nextAttemptAt: new Date(now().getTime() + delay), lastError: error },
    });
    o.logger.warn(
      { eventId: row.id, attempts: row.attempts, error, retryInMs: delay },
      "subscribe message will be retried",
    );
  }

  async function round(): Promise<number> {
    let delivered = 0;
    try {
      for (const row of await claim()) {
        const v = await send(row);
        await settle(row, v);
        if (v.outcome === "delivered") delivered++;
      }
    } catch (err) {
      o.logger.error({ err }, "subscribe delivery round failed");
    }
    return delivered;
  }

  return createPollLoop(round, o.pollMs ?? 1_000);
}

export type SubscribeDeliverer = ReturnType<typeof createSubscribeDeliverer>;
