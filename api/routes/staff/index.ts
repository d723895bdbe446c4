// Staff accounts for admins (contract §9), the same service as `npm run staff`: list, add, disable.

import { z } from "zod";
import type { Services } from "../../services/index.ts";
import { StaffAccountError } from "../../services/staff-accounts.ts";
import { requireStaffRole } from "../../auth.ts";
import { ApiError } from "../../errors.ts";
import { defineRoute, errorResponse } from "../route.ts";
import { principalOf } from "../scope.ts";
import { staffAccountBody, staffAccountView, staffParams } from "./schema.ts";

/** The service's refusal as the contract's error body. */
function asApiError(e: unknown): never {
  if (e instanceof StaffAccountError)
    throw new ApiError(e.code === "exists" ? 409 : e.code === "not_found" ? 404 : 400, e.code, e.message);
  throw e;
}

export function staffRoutes({ staffAccounts }: Pick<Services, "staffAccounts">) {
  const admin = (ctx: Parameters<typeof principalOf>[0], what: string) =>
    requireStaffRole(principalOf(ctx), "admin", what);
  return [
    defineRoute({
      method: "get",
      path: "/api/staff",
      summary: "员工账号列表（管理员）",
      tag: "账号",
      access: ["staff"],
      responses: {
        200: { description: "账号", body: z.object({ items: z.array(staffAccountView) }) },
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员"),
      },
      async handle(ctx) {
        admin(ctx, "管理账号");
        ctx.body = { items: await staffAccounts.list() };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/staff",
      summary: "添加员工账号（管理员）",
      tag: "账号",
      access: ["staff"],
      request: { body: { schema: staffAccountBody, what: "账号" } },
      responses: {
        201: { description: "已添加", body: staffAccountView },
        400: errorResponse("请求不合法"),
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员"),
        409: errorResponse("用户名已存在"),
      },
      async handle(ctx, { body }) {
        admin(ctx, "管理账号");
        ctx.status = 201;
        ctx.body = await staffAccounts.add(body, principalOf(ctx).id, ctx.ip).catch(asApiError);
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/staff/:username/disable",
      summary: "停用员工账号（管理员）；其登录状态立即失效",
      tag: "账号",
      access: ["staff"],
      request: { params: { schema: staffParams, what: "账号" } },
      responses: {
        200: { description: "已停用", body: staffAccountView },
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员"),
        404: errorResponse("没有该账号"),
      },
      async handle(ctx, { params }) {
        admin(ctx, "管理账号");
        ctx.body = await staffAccounts
          .disable(params.username, principalOf(ctx).id, ctx.ip)
          .catch(asApiError);
      },
    }),
  ];
}
