// The bot's side of the notification feed: pull what is addressed to WeChat, send it under the
// throttle, remember its event id, acknowledge it. An event id already shown is acknowledged
// again but never shown twice, across restarts of the bot (the ids are stored) and of the API
// (which hands out again whatever was not acknowledged).

import type { Logger } from "pino";
import type { ApiClient, FeedItem } from "./api-client.ts";
import type { BotStore } from "./store.ts";

export interface FeedConsumerDeps {
  api: Pick<ApiClient, "feed" | "ack">;
  store: BotStore;
  logger: Logger;
  /** Shows one notification to its people; returns when sent. */
  deliver: (item: FeedItem) => Promise<void>;
  waitSeconds?: number;
  /** How many shown ids to remember. */
  remember?: number;
}

export function createFeedConsumer(d: FeedConsumerDeps) {
  const remember = d.remember ?? 5_000;
  let stopping = false;
  let loop: Promise<void> | null = null;
  const abort = new AbortController();

  /** One pull: returns how many items came. */
  async function runOnce(waitSeconds = 0): Promise<number> {
    const items = await d.api.feed(waitSeconds, abort.signal);
    if (items.length === 0) return 0;
    const feed = await d.store.loadFeed();
    const seen = new Set(feed.seen);
    for (const item of items) {
      if (!seen.has(item.eventId)) {
        await d.deliver(item);
        seen.add(item.eventId);
        feed.seen = [...feed.seen, item.eventId].slice(-remember);
        feed.cursor = item.seq;
        await d.store.saveFeed(feed); // before the ack: a repeat after a crash is recognised
      }
      await d.api.ack([item.eventId]);
    }
    return items.length;
  }

  return {
    runOnce,
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
