// Submissions leave through a durable outbox: written before the first try, retried with
// exponential back-off while the API is unreachable, removed once the API has answered. The
// idempotency key travels with the item, so a retry after a crash can never file twice.

import type { ApiClient, SubmitResult } from "./api-client.ts";
import type { Logger } from "pino";
import type { BotStore, OutboxItem } from "./store.ts";

export interface OutboxOptions {
  store: BotStore;
  api: Pick<ApiClient, "submit">;
  logger: Logger;
  /** Told of the final outcome (submitted or refused) of an item settled by a later retry. */
  onSettled: (item: OutboxItem, result: Exclude<SubmitResult, { kind: "retry" }>) => Promise<void>;
  now?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  pollMs?: number;
}

export function backoff(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

export function createOutbox(o: OutboxOptions) {
  const now = o.now ?? Date.now;
  const base = o.baseDelayMs ?? 1_000;
  const max = o.maxDelayMs ?? 5 * 60_000;
  const inFlight = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let draining: Promise<void> | null = null;

  /** One try. A later retry tells `onSettled`; the first try's caller handles its own result. */
  async function attempt(item: OutboxItem, first: boolean): Promise<SubmitResult> {
    if (inFlight.has(item.idempotencyKey)) return { kind: "retry", reason: "already in flight" };
    inFlight.add(item.idempotencyKey);
    try {
      const result = await o.api.submit(item.idempotencyKey, item.application);
      if (result.kind === "retry") {
        const next = { ...item, attempts: item.attempts + 1, lastError: result.reason };
        next.nextAttemptAt = now() + backoff(next.attempts, base, max);
        await o.store.putOutbox(next);
        o.logger.warn(
          { key: item.idempotencyKey, attempts: next.attempts, reason: result.reason },
          "submission will be retried",
        );
        return result;
      }
      if (!first) await o.onSettled(item, result);
      await o.store.removeOutbox(item.idempotencyKey);
      return result;
    } finally {
      inFlight.delete(item.idempotencyKey);
    }
  }

  /** Stores the submission, then tries it at once. */
  async function enqueue(
    talker: string,
    idempotencyKey: string,
    application: OutboxItem["application"],
  ): Promise<SubmitResult> {
    const existing = (await o.store.listOutbox()).find((i) => i.idempotencyKey === idempotencyKey);
    const item: OutboxItem = existing ?? {
      idempotencyKey,
      talker,
      application,
      attempts: 0,
      nextAttemptAt: now(),
      createdAt: now(),
    };
    await o.store.putOutbox(item);
    return attempt(item, true);
  }

  /** Tries every item that is due. */
  async function drain(): Promise<void> {
    draining ??= (async () => {
      try {
        for (const item of await o.store.listOutbox())
          if (item.nextAttemptAt <= now()) await attempt(item, false);
      } catch (err) {
        o.logger.error({ err }, "outbox drain failed");
      } finally {
        draining = null;
      }
    })();
    return draining;
  }

  return {
    enqueue,
    drain,
    pending: () => o.store.listOutbox(),
    start() {
      timer ??= setInterval(() => void drain(), o.pollMs ?? 1_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await draining;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
