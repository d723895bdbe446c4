// Delivers the outbox's webhook rows to NOTIFY_WEBHOOK_URL in the 企业微信群机器人 markdown format.
//
// A plain table polled with FOR UPDATE SKIP LOCKED, rather than pg-boss: pg-boss 11+ (the versions
// that can join a Prisma transaction) needs Node 22, and pg-boss 10 cannot join the submitting
// transaction, which is the whole point of an outbox. Rows are claimed with a lease (several API
// processes never send one row at the same time; a crashed sender's rows come back when the lease
// runs out), sent one application at a time in order, retried with exponential back-off on network
// errors, 429 and 5xx, and marked dead on other 4xx or after too many tries. Delivery is at least
// once: each carries its event id (X-Event-Id header and `eventId` field) for the receiver to
// drop repeats.

import type { Logger } from "pino";
import type { Prisma } from "../db/database.ts";

export interface WebhookDelivererOptions {
  prisma: Prisma;
  url: string;
  logger: Logger;
  fetch?: typeof fetch;
  now?: () => Date;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  pollMs?: number;
  timeoutMs?: number;
}

interface Claimed {
  id: string;
  seq: bigint;
  payload: { markdown?: string };
  attempts: number;
}

export type SendOutcome = "delivered" | "retry" | "dead";

export function classify(status: number): SendOutcome {
  if (status >= 200 && status < 300) return "delivered";
  if (status === 429 || status >= 500 || status === 408) return "retry";
  return "dead";
}

export function createWebhookDeliverer(o: WebhookDelivererOptions) {
  const doFetch = o.fetch ?? fetch;
  const now = o.now ?? (() => new Date());
  const batch = o.batch ?? 20;
  const leaseMs = o.leaseMs ?? 60_000;
  const maxAttempts = o.maxAttempts ?? 8;
  const base = o.baseDelayMs ?? 2_000;
  const max = o.maxDelayMs ?? 10 * 60_000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  /** Claims due rows: pending, due, and with no earlier pending row of the same application. */
  async function claim(): Promise<Claimed[]> {
    const t = now();
    const lease = new Date(t.getTime() + leaseMs);
    return o.prisma.$queryRaw<Claimed[]>`
      UPDATE "notifications" SET "attempts" = "attempts" + 1, "next_attempt_at" = ${lease}
      WHERE "id" IN (
        SELECT n."id" FROM "notifications" n
        WHERE n."channel" = 'webhook' AND n."status" = 'pending' AND n."next_attempt_at" <= ${t}
          AND NOT EXISTS (
            SELECT 1 FROM "notifications" p
            WHERE p."channel" = 'webhook' AND p."status" = 'pending'
              AND p."application_id" = n."application_id" AND p."seq" < n."seq")
        ORDER BY n."seq" LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id", "seq", "payload", "attempts"`;
  }

  async function send(row: Claimed): Promise<{ outcome: SendOutcome; error?: string }> {
    try {
      const res = await doFetch(o.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-event-id": row.id },
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { content: row.payload.markdown ?? "" },
          eventId: row.id,
        }),
        signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      // 企业微信 answers 200 with {"errcode": …}; a non-zero code is a refusal.
      return { outcome: classify(res.status), ...(res.ok ? {} : { error: `HTTP ${res.status}` }) };
    } catch (e) {
      return { outcome: "retry", error: (e as Error).message };
    }
  }

  async function settle(row: Claimed, outcome: SendOutcome, error?: string) {
    const dead = outcome === "dead" || (outcome === "retry" && row.attempts >= maxAttempts);
    if (outcome === "delivered")
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { status: "delivered", deliveredAt: now(), lastError: null },
      });
    else if (dead) {
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { status: "dead", lastError: error ?? null },
      });
      o.logger.error(
        { eventId: row.id, attempts: row.attempts, error },
        "webhook notification dead-lettered",
      );
    } else {
      const delay = Math.min(max, base * 2 ** (row.attempts - 1));
      await o.prisma.notification.update({
        where: { id: row.id },
        data: { nextAttemptAt: new Date(now().getTime() + delay), lastError: error ?? null },
      });
      o.logger.warn(
        { eventId: row.id, attempts: row.attempts, error, retryInMs: delay },
        "webhook notification will be retried",
      );
    }
  }

  /** One round: claims and sends what is due; returns how many were delivered. */
  async function runOnce(): Promise<number> {
    running ??= (async () => {
      let delivered = 0;
      try {
        const rows = await claim();
        for (const row of rows) {
          const { outcome, error } = await send(row);
          await settle(row, outcome, error);
          if (outcome === "delivered") delivered++;
        }
      } catch (err) {
        o.logger.error({ err }, "webhook delivery round failed");
      } finally {
        running = null;
      }
      return delivered;
    })();
    return running;
  }

  return {
    runOnce,
    start() {
      stopped = false;
      const tick = async () => {
        if (stopped) return;
        const n = await runOnce();
        if (!stopped) timer = setTimeout(() => void tick(), n > 0 ? 0 : (o.pollMs ?? 1_000));
      };
      timer = setTimeout(() => void tick(), 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type WebhookDeliverer = ReturnType<typeof createWebhookDeliverer>;
