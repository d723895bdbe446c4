// The bot's feed: notifications addressed to WeChat (the staff room, an applicant by wechatId),
// handed out in order until the bot acknowledges them. Pending-until-acknowledged rather than a
// sequence cursor, because under concurrent transactions a lower sequence number can commit after
// a higher one has been read; the bot drops an event id it has already shown.

import type { Prisma } from "../db/database.ts";

export interface FeedItem {
  eventId: string;
  seq: string;
  event: string;
  channel: "wechat_staff" | "wechat_applicant";
  recipient: string | null;
  applicationId: string | null;
  text: string;
  payload: unknown;
  createdAt: string;
}

export function createFeedService(deps: { prisma: Prisma; pollMs?: number }) {
  const { prisma } = deps;

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

  /** Long poll: answers as soon as something is pending, or empty after `waitMs`, or on abort. */
  async function next(limit: number, waitMs: number, signal?: AbortSignal): Promise<FeedItem[]> {
    const until = Date.now() + waitMs;
    for (;;) {
      const items = await pending(limit);
      if (items.length > 0 || Date.now() >= until || signal?.aborted) return items;
      await new Promise((r) => setTimeout(r, Math.min(deps.pollMs ?? 300, Math.max(0, until - Date.now()))));
    }
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

  return { pending, next, ack };
}

export type FeedService = ReturnType<typeof createFeedService>;
