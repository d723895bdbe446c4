// Publication over HTTP (contract §14): an approver publishes a round's list; GET /gongshi/:roundId is
// the public page; anyone objects during the period (a few times per address); staff list and answer
// objections; an approver withdraws an application from the list with a reason.

import type { Context } from "koa";
import { requireStaffRole } from "../http/auth.ts";
import { ApiError } from "../http/errors.ts";
import { createRateLimiter } from "../http/rate-limit.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { districtScope, principalOf } from "../http/scope.ts";
import { gongshiHtml, gongshiMissing } from "./gongshi-page.ts";
import type { Publications } from "./publication.ts";
import {
  answerBody,
  gongshiQuery,
  objectionBody,
  objectionParams,
  publicationBody,
  roundParams,
  withdrawalBody,
} from "./publication-schema.ts";

/** Objections an address may send: 5 at once, then one every 2 minutes. */
export const OBJECTION_RATE = { burst: 5, perSecond: 1 / 120 };

/** An approver of the city: a district account reviews first but never publishes or withdraws. */
function requireCityApprover(ctx: Context, what: string) {
  const who = principalOf(ctx);
  requireStaffRole(who, "approver", what);
  if (who.session?.district) throw new ApiError(403, "forbidden", `区县账号不能${what}（由市商务局办理）`);
  return who;
}

export function publicationRoutes(
  { publications }: { publications: Publications },
  opts: { clock: () => Date; objectionRate?: { burst: number; perSecond: number } },
) {
  const admit = createRateLimiter(
    opts.objectionRate ?? OBJECTION_RATE,
    opts.clock,
    "提交异议过于频繁，请稍后再试",
  );
  return [
    defineRoute({
      method: "post",
      path: "/api/rounds/:id/publication",
      summary: "公示批次的拟奖励名单（市级审批人员）：开始日期与天数；只列已通过的申报",
      tag: "公示",
      access: ["staff"],
      request: {
        params: { schema: roundParams, what: "批次" },
        body: { schema: publicationBody, what: "公示" },
      },
      responses: {
        201: { description: "已公示：公示期、项数、合计、公示页地址" },
        403: errorResponse("仅市级审批人员"),
        404: errorResponse("没有该批次"),
        409: errorResponse("已公示过，或没有通过的申报"),
        422: errorResponse("日期不对"),
      },
      async handle(ctx, { params, body }) {
        const who = requireCityApprover(ctx, "公示名单");
        ctx.status = 201;
        ctx.body = await publications.publish(params.id, body, who.id, ctx.ip);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds/:id/publication",
      summary: "批次的公示情况（员工）：公示期、所处阶段、项数、合计、撤出数",
      tag: "公示",
      access: ["staff"],
      request: { params: { schema: roundParams, what: "批次" } },
      responses: { 200: { description: "公示" }, 404: errorResponse("尚未公示") },
      async handle(ctx, { params }) {
        ctx.body = await publications.view(params.id);
      },
    }),
    defineRoute({
      method: "get",
      path: "/gongshi/:id",
      summary: "公示页（公开，可打印）：名称、区县、条款、拟奖励金额，公示期与异议方式；分页，?page=all 全部",
      tag: "公示",
      access: "public",
      request: {
        params: { schema: roundParams, what: "批次" },
        query: { schema: gongshiQuery, what: "页码" },
      },
      responses: {
        200: { description: "HTML", contentType: "text/html" },
        404: errorResponse("没有该批次，或公示尚未开始"),
      },
      async handle(ctx, { params, query }) {
        ctx.set("Cache-Control", "no-cache");
        try {
          const page = await publications.publicPage(params.id, query.page);
          ctx.type = "text/html; charset=utf-8";
          ctx.body = gongshiHtml(page);
        } catch (e) {
          // A person who follows a link gets a page, not the API's error body.
          if (!(e instanceof ApiError) || e.status !== 404 || !ctx.accepts("html")) throw e;
          ctx.status = 404;
          ctx.type = "text/html; charset=utf-8";
          ctx.body = gongshiMissing(e.message);
        }
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/rounds/:id/objections",
      summary: "对公示名单提出异议（无需登录，公示期内；同一地址有频率限制）",
      tag: "公示",
      access: "public",
      request: {
        params: { schema: roundParams, what: "批次" },
        body: { schema: objectionBody, what: "异议" },
      },
      responses: {
        201: { description: "已收到" },
        404: errorResponse("没有该批次"),
        409: errorResponse("不在公示期内"),
        422: errorResponse("名单中没有该编号"),
        429: errorResponse("过于频繁"),
      },
      async handle(ctx, { params, body }) {
        admit(ctx.ip);
        ctx.status = 201;
        ctx.body = await publications.object(params.id, body, ctx.ip);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds/:id/objections",
      summary: "公示异议列表（员工；区县账号只看涉及本区县项目的）",
      tag: "公示",
      access: ["staff"],
      request: { params: { schema: roundParams, what: "批次" } },
      responses: { 200: { description: "异议" }, 404: errorResponse("没有该批次") },
      async handle(ctx, { params }) {
        ctx.body = await publications.objections(params.id, districtScope(ctx));
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/objections/:id/answer",
      summary: "答复一条异议（员工）",
      tag: "公示",
      access: ["staff"],
      request: {
        params: { schema: objectionParams, what: "异议" },
        body: { schema: answerBody, what: "答复" },
      },
      responses: { 200: { description: "已答复" }, 404: errorResponse("没有该异议") },
      async handle(ctx, { params, body }) {
        const who = principalOf(ctx);
        ctx.body = await publications.answer(params.id, body.answer, who.id, ctx.ip, districtScope(ctx));
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/rounds/:id/publication/withdrawals",
      summary: "将一项申报撤出公示名单（市级审批人员，须写明理由，记入审计日志；撤出的不拨付）",
      tag: "公示",
      access: ["staff"],
      request: {
        params: { schema: roundParams, what: "批次" },
        body: { schema: withdrawalBody, what: "撤出" },
      },
      responses: {
        200: { description: "已撤出" },
        403: errorResponse("仅市级审批人员"),
        404: errorResponse("名单中没有该项"),
        409: errorResponse("已撤出或已拨付"),
      },
      async handle(ctx, { params, body }) {
        const who = requireCityApprover(ctx, "将项目撤出公示名单");
        ctx.body = await publications.withdraw(params.id, body, who.id, ctx.ip);
      },
    }),
  ];
}
