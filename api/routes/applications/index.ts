// Applications: submit (bot or staff, idempotent), list and detail (staff; the bot only its own
// user's), decisions (staff).

import { Router } from "@koa/router";
import type { Context } from "koa";
import type { Principal } from "../auth.ts";
import { ApiError } from "../errors.ts";
import type { ApplicationService } from "../services/applications.ts";
import { z } from "zod";
import { parseInput } from "../validate.ts";
import type { ExportService } from "./route-types.ts";
import {
  applicationRequestSchema,
  decisionRequestSchema,
  idempotencyKeySchema,
  listQuerySchema,
} from "./schemas.ts";

type Guard = (ctx: Context, next: () => Promise<unknown>) => Promise<void>;

const exportQuery = listQuerySchema.omit({ limit: true, offset: true, wechatId: true }).extend({
  format: z.enum(["csv", "xlsx"], { error: "format 须为 csv 或 xlsx" }).default("csv"),
});

export function applicationRoutes(
  service: ApplicationService,
  exporter: ExportService,
  guards: { botOrStaff: Guard; staff: Guard },
): Router {
  const router = new Router({ prefix: "/api/applications" });
  const principal = (ctx: Context) => ctx.state.principal as Principal;

  /** The bot sees only the applications of the WeChat user it names. */
  function wechatScope(ctx: Context): string | undefined {
    if (principal(ctx).role === "staff") return undefined;
    // Named in the query (?wechatId=) or, for clients that keep ids out of URLs, in X-WeChat-Id.
    const w = ctx.query.wechatId ?? (ctx.get("X-WeChat-Id") || undefined);
    if (typeof w !== "string" || w === "")
      throw new ApiError(403, "forbidden", "机器人令牌只能按 wechatId 查询该用户自己的申报");
    return w;
  }

  router.post("/", guards.botOrStaff, async (ctx) => {
    const key = parseInput(idempotencyKeySchema, ctx.get("Idempotency-Key") || undefined, "Idempotency-Key");
    const body = parseInput(applicationRequestSchema, ctx.request.body, "申报");
    const r = await service.submit(principal(ctx).id, key, body, ctx.request.body);
    if (r.replayed) ctx.set("Idempotent-Replayed", "true");
    ctx.status = r.status;
    ctx.body = r.body;
  });

  router.get("/", guards.botOrStaff, async (ctx) => {
    const wechatId = wechatScope(ctx);
    const q = parseInput(listQuerySchema, ctx.query, "查询条件");
    ctx.body = await service.list({ ...q, ...(wechatId !== undefined ? { wechatId } : {}) });
  });

  router.get("/export", guards.staff, async (ctx) => {
    const q = parseInput(exportQuery, ctx.query, "导出条件");
    const stamp = new Date().toISOString().slice(0, 10);
    const name = `申报列表-${stamp}.${q.format}`;
    ctx.set(
      "Content-Disposition",
      `attachment; filename="applications-${stamp}.${q.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    if (q.format === "xlsx") {
      ctx.type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      ctx.body = await exporter.xlsx(q);
    } else {
      ctx.type = "text/csv; charset=utf-8";
      ctx.body = await exporter.csv(q);
    }
  });

  router.get("/:id", guards.botOrStaff, async (ctx) => {
    ctx.body = await service.get(ctx.params.id!, wechatScope(ctx));
  });

  router.post("/:id/decision", guards.staff, async (ctx) => {
    const d = parseInput(decisionRequestSchema, ctx.request.body, "审核决定");
    ctx.body = await service.decide(ctx.params.id!, d, principal(ctx).id);
  });

  return router;
}
