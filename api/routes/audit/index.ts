// The audit log, newest first (contract §9): an admin's session or a staff token.

import type { Services } from "../../services/index.ts";
import { requireStaffRole } from "../../auth.ts";
import { defineRoute, errorResponse } from "../route.ts";
import { principalOf } from "../scope.ts";
import { auditList, auditQuery } from "./schema.ts";

export function auditRoutes({ audit }: Pick<Services, "audit">) {
  return [
    defineRoute({
      method: "get",
      path: "/api/audit",
      summary: "审计日志（登录、决定、导出、账号变更），新的在前",
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
  ];
}
