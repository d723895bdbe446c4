// The bot's feed: notifications addressed to WeChat (the staff room, an applicant by wechatId),
// handed out in order until the bot acknowledges them. Pending-until-acknowledged rather than a
// sequence cursor, because under concurrent transactions a lower sequence number can commit after
// a higher one has been read; the bot drops an event id it has already shown.

import type { FeedItem } from "../../contract/index.ts";
import type { Prisma } from "../db/database.ts";

export type { FeedItem } from "../../contract/index.ts";

export interface FeedDeps {
  prisma: Pick<Prisma, "notification">;
  /** How often the one shared poll asks the database while anyone waits. */
  pollMs?: number;
  /** Long polls held at once; more are answered at once (empty) and simply poll again. */
  maxWaiters?: number;
}

export function createFeedService(deps: FeedDeps) {
  const { prisma } = deps;
  const pollMs = deps.pollMs ?? 500;
  const maxWaiters = deps.maxWaiters ?? 5_000;

  async function pending(limit: number): Promise<FeedItem[]> {
    const rows = await prisma.notification.findMany({
      where: { channel: { in: ["wechat_staff", "wechat_applicant"] }, status: "pending" },
      orderBy: { seq: "asc" },
      take: limit,
    });
    return rows.map((r) => ({
      eventId: r.id,
      seq: r.seq.toString(),
      event: r.event,
      channel: r.channel as FeedItem["channel"],
      recipient: r.recipient,
      applicationId: r.applicationId,
      text: (r.payload as { text?: string }).text ?? "",
      payload: r.payload,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  // Every waiting long poll shares ONE query per interval (not one each), and a notification written
  // by this process wakes them at once; other processes' notifications are seen by the next poll.
  interface Waiter {
    limit: number;
    until: number;
    resolve: (items: FeedItem[]) => void;
  }
  const waiters = new Set<Waiter>();
  let timer: NodeJS.Timeout | null = null;
  let polling = false;

  async function poll() {
    timer = null;
    if (polling || waiters.size === 0) return;
    polling = true;
    try {
      const limit = Math.max(...[...waiters].map((w) => w.limit));
      const items = await pending(limit).catch(() => [] as FeedItem[]);
      const now = Date.now();
      for (const w of waiters)
        if (items.length > 0 || now >= w.until) {
          waiters.delete(w);
          w.resolve(items.slice(0, w.limit));
        }
    } finally {
      polling = false;
      schedule(pollMs);
    }
  }

  function schedule(ms: number) {
    if (waiters.size === 0 || timer) return;
    const soonest = Math.min(...[...waiters].map((w) => w.until)) - Date.now();
    timer = setTimeout(() => void poll(), Math.max(0, Math.min(ms, soonest)));
  }

  /** Long poll: answers as soon as something is pending, or empty after `waitMs`, or on abort. */
  async function next(limit: number, waitMs: number, signal?: AbortSignal): Promise<FeedItem[]> {
    const items = await pending(limit);
    if (items.length > 0 || waitMs <= 0 || signal?.aborted || waiters.size >= maxWaiters) return items;
    return new Promise((resolve) => {
      const w: Waiter = { limit, until: Date.now() + waitMs, resolve };
      waiters.add(w);
      signal?.addEventListener(
        "abort",
        () => {
          if (waiters.delete(w)) resolve([]);
        },
        { once: true },
      );
      schedule(pollMs);
    });
  }

  /** Something was written for the feed in this process: waiters hear of it now. */
  function wake() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiters.size > 0) timer = setTimeout(() => void poll(), 0);
  }

  async function ack(eventIds: readonly string[], at: Date): Promise<number> {
    const r = await prisma.notification.updateMany({
      where: {
        id: { in: [...eventIds] },
        channel: { in: ["wechat_staff", "wechat_applicant"] },
        status: "pending",
      },
      data: { status: "delivered", deliveredAt: at, attempts: { increment: 1 } },
    });
    return r.count;
  }

  return { pending, next, ack, wake, waiting: () => waiters.size };
}

export type FeedService = ReturnType<typeof createFeedService>;
