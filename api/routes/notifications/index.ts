// The bot's feed of WeChat notifications (long poll) and its acknowledgements; the budget report.

import { Router } from "@koa/router";
import type { Context } from "koa";
import { z } from "zod";
import type { BudgetService, FeedService } from "./route-types.ts";
import { parseInput } from "../validate.ts";

type Guard = (ctx: Context, next: () => Promise<unknown>) => Promise<void>;

const feedQuery = z.object({
  wait: z.coerce.number({ error: "wait 须为 0–25 的秒数" }).min(0).max(25).default(0),
  limit: z.coerce.number({ error: "limit 须为 1–100 的整数" }).int().min(1).max(100).default(50),
});

export const ackSchema = z.strictObject(
  {
    eventIds: z
      .array(z.uuid({ error: "事件 id 格式不对" }), { error: "eventIds 须为数组" })
      .min(1, { error: "eventIds 不能为空" })
      .max(100),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? `不认识的字段：${iss.keys.join("、")}` : "请求体须为 JSON 对象",
  },
);

const budgetQuery = z.object({
  year: z.coerce.number({ error: "year 须为年份，例如 2025" }).int().min(2022).max(2100),
});

export function notificationRoutes(
  feed: FeedService,
  budget: BudgetService,
  guards: { bot: Guard; staff: Guard },
  opts: { clock: () => Date; shutdown?: AbortSignal },
): Router {
  const router = new Router();

  router.get("/api/notifications", guards.bot, async (ctx) => {
    const q = parseInput(feedQuery, ctx.query, "查询条件");
    // A long poll ends early when the server is stopping, so shutdown never waits on it.
    ctx.body = { items: await feed.next(q.limit, q.wait * 1000, opts.shutdown) };
  });

  router.post("/api/notifications/ack", guards.bot, async (ctx) => {
    const body = parseInput(ackSchema, ctx.request.body, "确认");
    ctx.body = { acknowledged: await feed.ack(body.eventIds, opts.clock()) };
  });

  router.get("/api/budget", guards.staff, async (ctx) => {
    const q = parseInput(budgetQuery, ctx.query, "查询条件");
    ctx.body = await budget.report(q.year);
  });

  return router;
}
