// Delivers the outbox's webhook rows to NOTIFY_WEBHOOK_URL in the 企业微信群机器人 markdown format.
//
// A plain table polled with FOR UPDATE SKIP LOCKED, rather than pg-boss: pg-boss 11+ (the versions
// that can join a Prisma transaction) needs Node 22, and pg-boss 10 cannot join the submitting
// transaction, which is the whole point of an outbox.
//
// - Lease: claimed rows get a short lease that a heartbeat renews while this process is still
//   working on them, so several processes never send one row at the same time and a crashed
//   sender's rows come back within one lease (seconds), not after a long fixed timeout.
// - Order: one application's notices go out in order (only its oldest pending row is claimable).
// - Rate: a group robot takes 20 messages a minute. Every post is recorded in webhook_posts, and a
//   claim takes only the slots left in the last minute, under an advisory lock, so all API
//   processes together stay within the limit.
// - Refusals: 企业微信 answers HTTP 200 with a non-zero `errcode` when it refuses (45009: too many
//   messages). That is not a delivery: it is retried, or dead-lettered where retrying cannot help.
// - At most one post per event id: a group robot does not drop repeats, so staff would see a card
//   twice. Right before a post the row is marked `sending_at` (committed); the answer clears it. A
//   row still so marked once its lease has lapsed belonged to a process that died mid-post (kill -9):
//   it may have been shown, so it is not posted again but set aside as dead with the reason. A
//   graceful stop lets a post in flight finish (a few seconds at most) before it stops. Each post
//   still carries its event id (X-Event-Id header and `eventId` field) for a receiver that can use it.

import { createPollLoop } from "./poll-loop.ts";
import type { Logger } from "pino";
import type { Prisma } from "../db/database.ts";
import { classifyReply, fitContent, type SendOutcome } from "../../contract/wecom-robot.ts";

export interface WebhookDelivererOptions {
  prisma: Prisma;
  url: string;
  logger: Logger;
  fetch?: typeof fetch;
  now?: () => Date;
  batch?: number;
  /** How long a claim holds a row without a heartbeat. */
  leaseMs?: number;
  /** Posts allowed in any minute, across every process (企业微信: 20). */
  perMinute?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  pollMs?: number;
  timeoutMs?: number;
  /** How long a graceful stop waits for a post in flight before aborting it. */
  stopGraceMs?: number;
}

/** Why a row is set aside without being posted again. */
export const IN_DOUBT =
  "已发出但没有收到答复（超时或进程中断），群里可能已经显示；为免重复，不再重发（at most one post per event id）";

interface Claimed {
  id: string;
  seq: bigint;
  payload: { markdown?: string };
  attempts: number;
}

// Any fixed number will do: it names the lock the claims of every process take in turn.
const CLAIM_LOCK = 7_420_001;

export function createWebhookDeliverer(o: WebhookDelivererOptions) {
  const doFetch = o.fetch ?? fetch;
  const now = o.now ?? (() => new Date());
  const batch = o.batch ?? 10;
  const leaseMs = o.leaseMs ?? 10_000;
  const perMinute = o.perMinute ?? 20;
  const maxAttempts = o.maxAttempts ?? 8;
  const base = o.baseDelayMs ?? 2_000;
  const max = o.maxDelayMs ?? 10 * 60_000;
  /** After a 45009 refusal nothing is sent until then: the robot's minute must pass. */
  let pausedUntil = 0;
  /** Set by stop(): no new post is started; the one in flight is aborted after `stopGraceMs`. */
  let stopping = false;
  const halt = new AbortController();

  /**
   * Claims due rows: the oldest pending row of each application, due, within the slots the last
   * minute's posts leave. The slots are taken (recorded as posts) in the same transaction.
   */
  async function claim(): Promise<Claimed[]> {
    const t = now();
    const lease = new Date(t.getTime() + leaseMs);
    const windowStart = new Date(t.getTime() - 60_000);
    const [, rows] = await o.prisma.$transaction([
      o.prisma.$queryRaw`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(${CLAIM_LOCK})) l`,
      o.prisma.$queryRaw<Claimed[]>`
        WITH heads AS (
          SELECT DISTINCT ON (coalesce(h."application_id", h."id")) h."id", h."seq", h."next_attempt_at"
          FROM "notifications" h
          WHERE h."channel" = 'webhook' AND h."status" = 'pending'
          ORDER BY coalesce(h."application_id", h."id"), h."seq"
        ), due AS (
          SELECT n."id" FROM "notifications" n
          WHERE n."id" IN (SELECT "id" FROM heads WHERE "next_attempt_at" <= ${t})
          ORDER BY n."seq"
          LIMIT GREATEST(0, LEAST(${batch}::int,
            ${perMinute}::int - (SELECT count(*)::int FROM "webhook_posts" WHERE "at" > ${windowStart})))
          FOR UPDATE SKIP LOCKED
        ), claimed AS (
          UPDATE "notifications" SET "attempts" = "attempts" + 1, "next_attempt_at" = ${lease}
          WHERE "id" IN (SELECT "id" FROM due)
          RETURNING "id", "seq", "payload", "attempts"
        ), posts AS (
          INSERT INTO "webhook_posts" ("notification_id", "at") SELECT "id", ${t} FROM claimed
        )
        SELECT * FROM claimed ORDER BY "seq"`,
    ]);
    return rows;
  }

  /** Keeps the lease of the rows still in hand while this process works on them. */
  function heartbeat(ids: Set<string>): () => void {
    const renew = async () => {
      if (ids.size === 0) return;
      const until = new Date(now().getTime() + leaseMs);
      await o.prisma.notification
        .updateMany({
          where: { id: { in: [...ids] }, status: "pending" },
          data: { nextAttemptAt: until },
        })
        .catch((err: unknown) => o.logger.warn({ err }, "webhook lease renewal failed"));
    };
    const t = setInterval(() => void renew(), Math.max(50, Math.floor(leaseMs / 3)));
    t.unref();
    return () => clearInterval(t);
  }

  /** Rows whose sender died mid-post (still marked, lease lapsed): set aside, never posted again. */
  async function setAsideInDoubt(): Promise<void> {
    const n = await o.prisma.notification.updateMany({
      where: {
        channel: "webhook",
        status: "pending",
        sendingAt: { not: null },
        nextAttemptAt: { lte: now() },
      },
      data: { status: "dead", lastError: IN_DOUBT, sendingAt: null },
    });
    if (n.count > 0)
      o.logger.warn({ count: n.count }, "webhook posts in doubt after a crash set aside, not re-sent");
  }

  async function send(
    row: Claimed,
  ): Promise<{ outcome: SendOutcome | "in_doubt" | "lost"; error?: string; throttled?: boolean }> {
    // Marked only while the claim is still this process's (the same attempt, not yet marked): a process
    // stalled past its lease (a busy machine) finds the row claimed again by another and does not post it.
    const mine = await o.prisma.notification.updateMany({
      where: { id: row.id, status: "pending", attempts: row.attempts, sendingAt: null },
      data: { sendingAt: now() },
    });
    if (mine.count === 0) return { outcome: "lost" };
    // The time limit and our own stop abort one controller that a live timer holds: a signal made of
    // AbortSignal.any() over AbortSignal.timeout() can be collected while the post waits, and then never fires.
    const ctl = new AbortController();
    const timer = setTimeout(
      () => ctl.abort(new DOMException("no answer in time", "TimeoutError")),
      o.timeoutMs ?? 15_000,
    );
    const onHalt = () => ctl.abort(halt.signal.reason);
    if (halt.signal.aborted) onHalt();
    else halt.signal.addEventListener("abort", onHalt, { once: true });
    try {
      const res = await doFetch(o.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-event-id": row.id },
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { content: fitContent(row.payload.markdown ?? "") },
          eventId: row.id,
        }),
        signal: ctl.signal,
      });
      const text = await res.text().catch(() => "");
      return classifyReply(res.status, text);
    } catch (e) {
      // No answer in time, or aborted by our own stop mid-post: the card went out and the robot may
      // have shown it, so it is not posted again. (A connection that could not be made fails sooner,
      // inside fetch's own 10 s connect timeout, and is retried: nothing was sent.)
      if (halt.signal.aborted || (e as Error).name === "TimeoutError")
        return { outcome: "in_doubt", error: IN_DOUBT };
      return { outcome: "retry", error: (e as Error).message };
    } finally {
      clearTimeout(timer);
      halt.signal.removeEventListener("abort", onHalt);
    }
  }

  async function settle(
    row: Claimed,
    outcome: SendOutcome | "in_doubt",
    error?: string,
    throttled?: boolean,
  ) {
    const dead =
      outcome === "dead" || outcome === "in_doubt" || (outcome === "retry" && row.attempts >= maxAttempts);
    if (outcome === "delivered")
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { status: "delivered", deliveredAt: now(), lastError: null, sendingAt: null },
      });
    else if (dead) {
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { status: "dead", lastError: error ?? null, sendingAt: null },
      });
      o.logger.error(
        { eventId: row.id, attempts: row.attempts, error },
        "webhook notification dead-lettered",
      );
    } else {
      // A rate refusal waits at least the robot's minute's share; other faults back off from base.
      const backoff = Math.min(max, base * 2 ** (row.attempts - 1));
      const delay = throttled ? Math.max(backoff, Math.min(max, 5 * base)) : backoff;
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { nextAttemptAt: new Date(now().getTime() + delay), lastError: error ?? null, sendingAt: null },
      });
      o.logger.warn(
        { eventId: row.id, attempts: row.attempts, error, retryInMs: delay },
        "webhook notification will be retried",
      );
    }
  }

  /** Gives back, untouched, rows claimed but not sent (after a refusal for rate). */
  async function release(rows: Claimed[], dueAt = new Date(pausedUntil)) {
    if (rows.length === 0) return;
    await o.prisma.notification.updateMany({
      where: { id: { in: rows.map((r) => r.id) }, status: "pending" },
      data: { attempts: { decrement: 1 }, nextAttemptAt: dueAt },
    });
  }

  /** One round: claims and sends what is due; returns how many were delivered. */
  async function round(): Promise<number> {
    let delivered = 0;
    try {
      if (now().getTime() < pausedUntil || stopping) return 0;
      await setAsideInDoubt();
      const rows = await claim();
      const inHand = new Set(rows.map((r) => r.id));
      const stopBeat = heartbeat(inHand);
      try {
        for (const [i, row] of rows.entries()) {
          if (stopping) {
            await release(rows.slice(i), new Date(0));
            break;
          }
          const { outcome, error, throttled } = await send(row);
          // (Claimed again by another process while this one stalled: it is that one's now.)
          if (outcome !== "lost") await settle(row, outcome, error, throttled);
          inHand.delete(row.id);
          if (outcome === "delivered") delivered++;
          if (throttled) {
            pausedUntil = now().getTime() + Math.min(max, 5 * base);
            await release(rows.slice(i + 1));
            break;
          }
        }
      } finally {
        stopBeat();
      }
      await purgeOldPosts();
    } catch (err) {
      o.logger.error({ err }, "webhook delivery round failed");
    }
    return delivered;
  }

  let lastPurge = 0;
  async function purgeOldPosts() {
    const t = now().getTime();
    if (t - lastPurge < 10 * 60_000) return;
    lastPurge = t;
    await o.prisma.webhookPost.deleteMany({ where: { at: { lt: new Date(t - 60 * 60_000) } } });
  }

  const loop = createPollLoop(round, o.pollMs ?? 1_000);
  return {
    ...loop,
    /** Starts no new post; a post in flight gets `stopGraceMs` to finish, then is aborted. */
    async stop() {
      stopping = true;
      const abort = setTimeout(() => halt.abort(), o.stopGraceMs ?? 3_000);
      try {
        await loop.stop();
      } finally {
        clearTimeout(abort);
      }
    },
  };
}

export type WebhookDeliverer = ReturnType<typeof createWebhookDeliverer>;
