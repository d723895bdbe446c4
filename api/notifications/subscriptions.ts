// A mini-program user's answer to the subscribe request (wx.requestSubscribeMessage, asked only from
// a tap), kept so that 我的申报 says truthfully whether the next decision will reach them as a WeChat
// message. One 「允许」 carries one message: once a decision message has gone out after it, or WeChat
// has answered 43101 (not subscribed), nothing more will come until they allow again.

import type { Prisma } from "../db/database.ts";

export type SubscribeAnswer = "accept" | "reject" | "ban" | "filter" | "unavailable";

export interface SubscriptionState {
  answer: SubscribeAnswer | null;
  answeredAt: string | null;
  willNotify: boolean;
}

export function createSubscriptions(deps: {
  prisma: Prisma;
  clock: () => Date;
  /** Null when no template is configured: no decision is sent as a message at all. */
  templateId: string | null;
}) {
  const { prisma } = deps;

  async function record(userId: string, answer: SubscribeAnswer): Promise<SubscriptionState> {
    await prisma.chatUser.update({
      where: { id: userId },
      data: { subscribeAnswer: answer, subscribeAnsweredAt: deps.clock() },
    });
    return state(userId);
  }

  async function state(userId: string): Promise<SubscriptionState> {
    const user = await prisma.chatUser.findUnique({
      where: { id: userId },
      select: { kind: true, subscribeAnswer: true, subscribeAnsweredAt: true, subscribeRefusedAt: true },
    });
    const answer = (user?.subscribeAnswer ?? null) as SubscribeAnswer | null;
    const at = user?.subscribeAnsweredAt ?? null;
    let willNotify =
      deps.templateId !== null &&
      user?.kind === "miniprogram" &&
      answer === "accept" &&
      at !== null &&
      !(user.subscribeRefusedAt && user.subscribeRefusedAt >= at);
    if (willNotify) {
      // The permission is spent by a message delivered after it was given.
      const spent = await prisma.notification.count({
        where: {
          channel: "wechat_subscribe",
          recipient: userId,
          status: "delivered",
          deliveredAt: { gte: at! },
        },
      });
      willNotify = spent === 0;
    }
    return { answer, answeredAt: at?.toISOString() ?? null, willNotify };
  }

  return { record, state };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
