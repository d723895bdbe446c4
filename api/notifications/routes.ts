// The bot's feed of WeChat notifications (long poll) and its acknowledgements.

import { ackResponseSchema, ackSchema, feedResponseSchema } from "../../contract/index.ts";
import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { feedQuery } from "./schema.ts";

export function notificationRoutes(
  { feed }: Pick<Services, "feed">,
  opts: { clock: () => Date; shutdown?: AbortSignal },
) {
  return [
    defineRoute({
      method: "get",
      path: "/api/notifications",
      summary: "机器人待发的微信通知（长轮询，确认前会再次给出）",
      tag: "通知",
      access: ["bot"],
      request: { query: { schema: feedQuery, what: "查询条件" } },
      responses: {
        200: { description: "待发通知", body: feedResponseSchema },
        401: errorResponse("未授权"),
      },
      async handle(ctx, { query }) {
        // A long poll ends early when the server is stopping, so shutdown never waits on it.
        ctx.body = { items: await feed.next(query.limit, query.wait * 1000, opts.shutdown) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/notifications/ack",
      summary: "确认通知已发出",
      tag: "通知",
      access: ["bot"],
      request: { body: { schema: ackSchema, what: "确认" } },
      responses: {
        200: { description: "已确认的条数", body: ackResponseSchema },
        400: errorResponse("请求不合法"),
      },
      async handle(ctx, { body }) {
        ctx.body = { acknowledged: await feed.ack(body.eventIds, opts.clock()) };
      },
    }),
  ];
}
