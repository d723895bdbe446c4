// Applications: submit (bot or staff, idempotent), list and detail (staff; the bot only its own
// user's), export (staff), decisions (staff).

import {
  applicationDetailSchema,
  applicationListSchema,
  applicationRequestSchema,
  decisionRequestSchema,
  listQuerySchema,
  submissionResponseSchema,
} from "../../contract/index.ts";
import { shanghaiDate } from "../../rules/index.ts";
import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { ApiError } from "../http/errors.ts";
import { districtScope, principalOf, wechatScope } from "../http/scope.ts";
import { applicationParams, detailQuery, exportQuery, submitHeaders } from "./schema.ts";
import { ownApplication } from "../conversations/me-schema.ts";

const principal = principalOf;

export function applicationRoutes({
  applications,
  exporter,
  audit,
  matching,
}: Pick<Services, "applications" | "exporter" | "audit" | "matching">) {
  return [
    defineRoute({
      method: "post",
      path: "/api/applications",
      summary: "提交申报（幂等：同一 Idempotency-Key 同一内容只受理一次）",
      tag: "申报",
      access: ["bot", "staff", "applicant"],
      request: {
        headers: { schema: submitHeaders, what: "请求头" },
        body: { schema: applicationRequestSchema, what: "申报" },
      },
      responses: {
        201: { description: "已受理；重放时附 Idempotent-Replayed: true", body: submissionResponseSchema },
        409: errorResponse("该主体今年已申报过相同条款（可确认后以 confirmDuplicate 重新提交）"),
        400: errorResponse("请求不合法"),
        401: errorResponse("缺少或无效的令牌"),
        403: errorResponse("令牌无权"),
        422: errorResponse("条款不符合条件，或 Idempotency-Key 已用于不同请求"),
      },
      async handle(ctx, { headers, body }) {
        const who = principal(ctx);
        // A mini-program or /chat user files as themselves: their session names them, not a wechatId.
        const chatUserId = who.chatUser?.userId ?? null;
        const request = chatUserId
          ? { ...body, applicant: { ...body.applicant, wechatId: undefined } }
          : body;
        const r = await applications.submit(
          who.id,
          headers["idempotency-key"],
          request,
          ctx.request.body,
          chatUserId,
        );
        if (r.replayed) ctx.set("Idempotent-Replayed", "true");
        ctx.status = r.status;
        ctx.body = r.body;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/applications",
      summary:
        "申报列表（员工；机器人须以 wechatId 指明用户）：按提交时间、金额、区县或状态排序，统一社会信用代码、编号按前缀、名称按任意部分搜索，total 为总数；区县账号只看本区县",
      tag: "申报",
      access: ["bot", "staff"],
      request: { query: { schema: listQuerySchema, what: "查询条件" } },
      responses: {
        200: { description: "列表", body: applicationListSchema },
        401: errorResponse("未授权"),
        403: errorResponse("无权"),
      },
      async handle(ctx, { query }) {
        const wechatId = wechatScope(ctx);
        ctx.body = await applications.list(
          { ...query, ...(wechatId !== undefined ? { wechatId } : {}) },
          districtScope(ctx),
        );
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/applications/export",
      summary: "导出申报（CSV 或 Excel，筛选和排序同列表；区县账号只导出本区县）",
      tag: "申报",
      access: ["staff"],
      request: { query: { schema: exportQuery, what: "导出条件" } },
      responses: {
        200: { description: "文件", contentType: "text/csv" },
        400: errorResponse("请求不合法"),
        401: errorResponse("未授权"),
        403: errorResponse("无权"),
      },
      async handle(ctx, { query }) {
        await audit.record(principal(ctx).id, "export", { ...query }, ctx.ip);
        const stamp = shanghaiDate(new Date());
        const name = `申报列表-${stamp}.${query.format}`;
        ctx.set(
          "Content-Disposition",
          `attachment; filename="applications-${stamp}.${query.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        );
        if (query.format === "xlsx") {
          ctx.type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
          ctx.body = await exporter.xlsx(query, districtScope(ctx));
        } else {
          ctx.type = "text/csv; charset=utf-8";
          ctx.body = await exporter.csv(query, districtScope(ctx));
        }
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/applications/:id",
      summary:
        "申报详情（员工；机器人须以 wechatId 指明用户；小程序或网页用户只能看自己的，格式同「我的申报」中的一项）",
      tag: "申报",
      access: ["bot", "staff", "applicant"],
      request: {
        params: { schema: applicationParams, what: "申报" },
        query: { schema: detailQuery, what: "查询条件" },
      },
      responses: {
        200: { description: "详情", body: applicationDetailSchema.or(ownApplication) },
        401: errorResponse("未授权"),
        404: errorResponse("未找到"),
      },
      async handle(ctx, { params }) {
        const chatUser = principal(ctx).chatUser;
        if (chatUser) {
          ctx.body = await applications.own(params.id, chatUser.userId);
          return;
        }
        const scope = wechatScope(ctx);
        const detail = await applications.get(params.id, scope, districtScope(ctx));
        // Staff see the counted figures of the same year beside the claimed ones (政策找人).
        if (scope !== undefined) ctx.body = detail;
        else {
          const uscc = (detail.applicant as { uscc?: string }).uscc ?? "";
          const counted = await matching.countedFor(
            uscc,
            Number(((detail.facts as { assessedOn?: string }).assessedOn ?? detail.createdAt).slice(0, 4)),
            detail.facts as Record<string, unknown>,
          );
          ctx.body = { ...detail, counted };
        }
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/applications/:id/decision",
      summary: "审核决定（员工）",
      tag: "申报",
      access: ["staff"],
      request: {
        params: { schema: applicationParams, what: "申报" },
        body: { schema: decisionRequestSchema, what: "审核决定" },
      },
      responses: {
        200: { description: "更新后的详情", body: applicationDetailSchema },
        400: errorResponse("请求不合法"),
        401: errorResponse("未授权"),
        403: errorResponse("无权"),
        404: errorResponse("未找到"),
        409: errorResponse("当前状态不允许该决定"),
        422: errorResponse("金额不合规"),
      },
      async handle(ctx, { params, body }) {
        // Who may decide what, at which level, is the review table (api/review/table.ts); a district
        // account never reaches another district's application, whatever the decision.
        const who = principal(ctx);
        if (who.role !== "staff") throw new ApiError(403, "forbidden", "该令牌无权审核申报");
        await applications.get(params.id, undefined, districtScope(ctx));
        ctx.body = await applications.decide(
          params.id,
          body,
          { id: who.id, role: who.staffRole ?? "reviewer", district: Boolean(who.session?.district) },
          ctx.ip,
        );
      },
    }),
  ];
}
