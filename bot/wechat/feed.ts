// The bot's side of the notification feed: pull what is addressed to WeChat, send it under the
// throttle, remember its event id, acknowledge it. An event id already shown is acknowledged
// again but never shown twice, across restarts of the bot (the ids are stored) and of the API
// (which hands out again whatever was not acknowledged).
//
// One person who cannot be reached never holds up the others: each send has a time limit, and an
// applicant's notice that fails is parked in the bot's store (and acknowledged, so the API does not
// hand it out again), tried again with back-off, and after the last try staff are told once that
// the applicant could not be reached. A staff notice that fails stops the round and is retried:
// the staff room is one place, and its order matters.

import type { Logger } from "pino";
import type { ApiClient, FeedItem } from "../shell/api-client.ts";
import type { BotStore, FeedState, ParkedNotice } from "../shell/store.ts";

export interface FeedConsumerDeps {
  api: Pick<ApiClient, "feed" | "ack">;
  store: BotStore;
  logger: Logger;
  /** Shows one notification to its people; returns when sent. */
  deliver: (item: FeedItem) => Promise<void>;
  /** Tells staff (the room) something the bot itself has to say. */
  tellStaff: (text: string) => Promise<void>;
  waitSeconds?: number;
  /** How many shown ids to remember. */
  remember?: number;
  /** The longest one send may take. */
  sendTimeoutMs?: number;
  /** Tries of an applicant's notice before staff are told (first retry after retryBaseMs, doubling). */
  maxTries?: number;
  retryBaseMs?: number;
  now?: () => number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`发送超时（${ms / 1000} 秒）`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const number = (item: FeedItem) =>
  (item.payload as { application?: { number?: string } } | null)?.application?.number ?? "（未知编号）";

export function createFeedConsumer(d: FeedConsumerDeps) {
  const remember = d.remember ?? 5_000;
  const sendTimeoutMs = d.sendTimeoutMs ?? 30_000;
  const maxTries = d.maxTries ?? 5;
  const retryBaseMs = d.retryBaseMs ?? 60_000;
  const now = d.now ?? Date.now;
  let stopping = false;
  let loop: Promise<void> | null = null;
  const abort = new AbortController();

  const markSeen = (feed: FeedState, item: FeedItem) => {
    feed.seen = [...feed.seen, item.eventId].slice(-remember);
    feed.cursor = item.seq;
  };

  /** A failed applicant notice: kept for later, or, after the last try, given up with staff told. */
  async function park(feed: FeedState, item: FeedItem, error: string, attempts: number) {
    const parked = (feed.parked ?? []).filter((p) => p.item.eventId !== item.eventId);
    if (attempts >= maxTries) {
      d.logger.error(
        { eventId: item.eventId, recipient: item.recipient, error },
        "applicant notice undeliverable",
      );
      await d
        .tellStaff(
          `⚠️ 申报 ${number(item)} 的申请人在微信上联系不到（已尝试 ${attempts} 次：${error}），以下通知没有送达，请电话联系：\n${item.text}`,
        )
        .catch((err: unknown) => d.logger.error({ err }, "staff not told of an undeliverable notice"));
      markSeen(feed, item);
    } else {
      const next: ParkedNotice = {
        item,
        attempts,
        nextAttemptAt: now() + retryBaseMs * 2 ** (attempts - 1),
        lastError: error,
      };
      parked.push(next);
      d.logger.warn({ eventId: item.eventId, attempts, error }, "applicant notice parked for a later try");
    }
    feed.parked = parked;
  }

  /** Sends one item; for an applicant's, a failure is parked instead of thrown. */
  async function show(feed: FeedState, item: FeedItem, attempts: number) {
    try {
      await withTimeout(d.deliver(item), sendTimeoutMs);
      feed.parked = (feed.parked ?? []).filter((p) => p.item.eventId !== item.eventId);
      markSeen(feed, item);
    } catch (e) {
      if (item.channel !== "wechat_applicant") throw e;
      await park(feed, item, (e as Error).message, attempts);
    }
    await d.store.saveFeed(feed); // before the ack: a repeat after a crash is recognised
  }

  /** Tries again the parked notices that are due. */
  async function retryParked(): Promise<number> {
    const feed = await d.store.loadFeed();
    const due = (feed.parked ?? []).filter((p) => p.nextAttemptAt <= now());
    for (const p of due) await show(feed, p.item, p.attempts + 1);
    return due.length;
  }

  /** One pull: returns how many items came. */
  async function runOnce(waitSeconds = 0): Promise<number> {
    await retryParked();
    const items = await d.api.feed(waitSeconds, abort.signal);
    if (items.length === 0) return 0;
    const feed = await d.store.loadFeed();
    const seen = new Set(feed.seen);
    const parked = new Set((feed.parked ?? []).map((p) => p.item.eventId));
    for (const item of items) {
      if (!seen.has(item.eventId) && !parked.has(item.eventId)) await show(feed, item, 1);
      await d.api.ack([item.eventId]);
    }
    return items.length;
  }

  return {
    runOnce,
    retryParked,
    start() {
      stopping = false;
      loop ??= (async () => {
        let delay = 1_000;
        while (!stopping) {
          try {
            await runOnce(d.waitSeconds ?? 20);
            delay = 1_000;
          } catch (err) {
            if (stopping) break;
            d.logger.warn({ err: (err as Error).message, retryInMs: delay }, "notification feed unavailable");
            await new Promise((r) => setTimeout(r, delay));
            delay = Math.min(delay * 2, 60_000);
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      abort.abort();
      await loop?.catch(() => undefined);
      loop = null;
    },
  };
}
