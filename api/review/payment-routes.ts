// Payment over HTTP (contract §14): the list made once after the 公示 (approver of the city), read and
// exported as Excel for the finance office, each transfer recorded once.

import type { Context } from "koa";
import { requireStaffRole } from "../http/auth.ts";
import { ApiError } from "../http/errors.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import type { Payments } from "./payments.ts";
import { paidBody, paymentParams, roundParams } from "./publication-schema.ts";

/** Payment is the city's: a district account neither makes, reads nor records it. */
function requireCity(ctx: Context, role: "reviewer" | "approver", what: string) {
  const who = principalOf(ctx);
  requireStaffRole(who, role, what);
  if (who.session?.district) throw new ApiError(403, "forbidden", `区县账号不能${what}（由市商务局办理）`);
  return who;
}

export function paymentRoutes({ payments }: { payments: Payments }) {
  return [
    defineRoute({
      method: "post",
      path: "/api/rounds/:id/payments",
      summary:
        "生成拨付清单（市级审批人员，公示期满后）：每项核定金额；超出预算时按比例折算到整元，合计不超过预算，舍去的余额写明。只生成一次，再次请求返回同一清单",
      tag: "拨付",
      access: ["staff"],
      request: { params: { schema: roundParams, what: "批次" } },
      responses: {
        201: { description: "已生成" },
        200: { description: "此前已生成的清单" },
        403: errorResponse("仅市级审批人员"),
        404: errorResponse("没有该批次"),
        409: errorResponse("尚未公示，或公示期未满（publication_running）"),
      },
      async handle(ctx, { params }) {
        const who = requireCity(ctx, "approver", "生成拨付清单");
        const r = await payments.make(params.id, who.id, ctx.ip);
        ctx.status = r.created ? 201 : 200;
        ctx.body = r.list;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds/:id/payments",
      summary: "拨付清单（市级员工）",
      tag: "拨付",
      access: ["staff"],
      request: { params: { schema: roundParams, what: "批次" } },
      responses: { 200: { description: "清单" }, 404: errorResponse("尚未生成") },
      async handle(ctx, { params }) {
        requireCity(ctx, "reviewer", "查看拨付清单");
        ctx.body = await payments.list(params.id);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds/:id/payments/export",
      summary: "拨付清单 Excel（交财务）",
      tag: "拨付",
      access: ["staff"],
      request: { params: { schema: roundParams, what: "批次" } },
      responses: {
        200: {
          description: "Excel",
          contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        },
        404: errorResponse("尚未生成"),
      },
      async handle(ctx, { params }) {
        requireCity(ctx, "reviewer", "导出拨付清单");
        const body = await payments.xlsx(params.id);
        ctx.set(
          "Content-Disposition",
          `attachment; filename="payments-${params.id}.xlsx"; filename*=UTF-8''${encodeURIComponent("拨付清单")}.xlsx`,
        );
        ctx.type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        ctx.body = body;
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/payments/:id/paid",
      summary: "登记一笔拨付（市级审批人员）：拨付日期与凭证号，只登记一次",
      tag: "拨付",
      access: ["staff"],
      request: {
        params: { schema: paymentParams, what: "拨付记录" },
        body: { schema: paidBody, what: "拨付登记" },
      },
      responses: {
        200: { description: "已登记" },
        403: errorResponse("仅市级审批人员"),
        404: errorResponse("没有该拨付记录"),
        409: errorResponse("已登记过（already_paid）"),
        422: errorResponse("日期不对"),
      },
      async handle(ctx, { params, body }) {
        const who = requireCity(ctx, "approver", "登记拨付");
        ctx.body = await payments.paid(params.id, body, who.id, ctx.ip);
      },
    }),
  ];
}
