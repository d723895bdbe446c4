// The audit log, newest first (contract §9): an admin's session or a staff token; paged, filtered,
// and exported as CSV or Excel with the same filters.

import { shanghaiDate } from "../../rules/index.ts";
import type { Services } from "../services.ts";
import { requireStaffRole } from "../http/auth.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import { auditExportQuery, auditList, auditQuery } from "./audit-schema.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function auditRoutes({ audit }: Pick<Services, "audit">) {
  return [
    defineRoute({
      method: "get",
      path: "/api/audit",
      summary:
        "审计日志（登录、决定、导出、账号变更），新的在前；按操作人、操作、申报编号、涉及账号、日期（北京时间）筛选，分页",
      tag: "账号",
      access: ["staff"],
      request: { query: { schema: auditQuery, what: "查询条件" } },
      responses: {
        200: { description: "审计记录", body: auditList },
        400: errorResponse("请求不合法"),
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员可查看"),
      },
      async handle(ctx, { query }) {
        requireStaffRole(principalOf(ctx), "admin", "查看审计日志");
        ctx.body = await audit.list(query);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/audit/export",
      summary: "导出审计日志（CSV 或 Excel，筛选同列表）",
      tag: "账号",
      access: ["staff"],
      request: { query: { schema: auditExportQuery, what: "导出条件" } },
      responses: {
        200: { description: "文件", contentType: "text/csv" },
        400: errorResponse("请求不合法"),
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员可导出"),
      },
      async handle(ctx, { query }) {
        requireStaffRole(principalOf(ctx), "admin", "导出审计日志");
        const { format, ...filter } = query;
        const rows = format === "xlsx" ? audit.xlsx(filter) : audit.csv(filter);
        await audit.record(principalOf(ctx).id, "export", { auditLog: query }, ctx.ip);
        ctx.attachment(`审计日志-${shanghaiDate(new Date())}.${format}`);
        ctx.type = format === "xlsx" ? XLSX : "text/csv; charset=utf-8";
        ctx.body = rows;
      },
    }),
  ];
}
