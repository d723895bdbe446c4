// Staff accounts for admins (contract §9), the same service as `npm run staff`: list, add, disable,
// enable, unlock, a new password, a new role. Each answers the account as it now is.

import type { Context } from "koa";
import { z } from "zod";
import type { Services } from "../services.ts";
import { StaffAccountError, type StaffAccountView } from "./accounts.ts";
import { requireStaffRole } from "../http/auth.ts";
import { ApiError } from "../http/errors.ts";
import { defineRoute, errorResponse, type ResponseSpec } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import {
  staffAccountBody,
  staffAccountView,
  staffParams,
  staffPasswordBody,
  staffRoleBody,
} from "./schema.ts";

const STATUS: Record<StaffAccountError["code"], number> = {
  invalid: 400,
  not_found: 404,
  exists: 409,
  last_admin: 409,
};

/** The service's refusal as the contract's error body. */
function asApiError(e: unknown): never {
  if (e instanceof StaffAccountError) throw new ApiError(STATUS[e.code], e.code, e.message);
  throw e;
}

const refusals: Record<number, ResponseSpec> = {
  401: errorResponse("未登录"),
  403: errorResponse("仅管理员"),
  404: errorResponse("没有该账号"),
};

export function staffRoutes({ staffAccounts }: Pick<Services, "staffAccounts">) {
  const admin = (ctx: Context) => requireStaffRole(principalOf(ctx), "admin", "管理账号");

  /** POST /api/staff/:username/<verb>: one act on one account, by an admin. */
  const accountAct = <B extends z.ZodType | undefined>(
    verb: string,
    summary: string,
    body: B,
    run: (
      username: string,
      body: B extends z.ZodType ? z.infer<B> : undefined,
      actor: string,
      address: string,
    ) => Promise<StaffAccountView>,
    extra: Record<number, ResponseSpec> = {},
  ) =>
    defineRoute({
      method: "post",
      path: `/api/staff/:username/${verb}`,
      summary,
      tag: "账号",
      access: ["staff"],
      request: {
        params: { schema: staffParams, what: "账号" },
        ...(body ? { body: { schema: body, what: "请求体" } } : {}),
      },
      responses: { 200: { description: "账号现在的样子", body: staffAccountView }, ...refusals, ...extra },
      async handle(ctx, input) {
        admin(ctx);
        const { params, body: parsed } = input as unknown as { params: { username: string }; body: never };
        ctx.body = await run(params.username, parsed, principalOf(ctx).id, ctx.ip).catch(asApiError);
      },
    });

  return [
    defineRoute({
      method: "get",
      path: "/api/staff",
      summary: "员工账号列表（管理员）：角色、所属区县、是否停用、是否因密码错误被锁定及锁定到何时",
      tag: "账号",
      access: ["staff"],
      responses: {
        200: { description: "账号", body: z.object({ items: z.array(staffAccountView) }) },
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员"),
      },
      async handle(ctx) {
        admin(ctx);
        ctx.body = { items: await staffAccounts.list() };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/staff",
      summary: "添加员工账号（管理员）；district 为区县账号（只看本区县的申报）",
      tag: "账号",
      access: ["staff"],
      request: { body: { schema: staffAccountBody, what: "账号" } },
      responses: {
        201: { description: "已添加", body: staffAccountView },
        400: errorResponse("请求不合法（含不认识的字段、不是淄博市的区县）"),
        401: errorResponse("未登录"),
        403: errorResponse("仅管理员"),
        409: errorResponse("用户名已存在"),
      },
      async handle(ctx, { body }) {
        admin(ctx);
        const account = await staffAccounts.add(body, principalOf(ctx).id, ctx.ip).catch(asApiError);
        ctx.status = 201;
        ctx.body = account;
      },
    }),
    accountAct(
      "disable",
      "停用员工账号（管理员）；其登录状态立即失效；不能停用最后一个可用的管理员",
      undefined,
      (u, _b, actor, address) => staffAccounts.disable(u, actor, address),
      { 409: errorResponse("最后一个可用的管理员") },
    ),
    accountAct("enable", "重新启用员工账号（管理员）", undefined, (u, _b, actor, address) =>
      staffAccounts.enable(u, actor, address),
    ),
    accountAct("unlock", "解除因密码错误造成的锁定（管理员）", undefined, (u, _b, actor, address) =>
      staffAccounts.unlock(u, actor, address),
    ),
    accountAct(
      "password",
      "重设密码（管理员）；该账号的登录状态全部失效，锁定一并解除",
      staffPasswordBody,
      (u, b, actor, address) => staffAccounts.resetPassword(u, b.password, actor, address),
      { 400: errorResponse("密码太短等") },
    ),
    accountAct(
      "role",
      "更改角色（管理员）；该账号的登录状态全部失效；不能把最后一个可用的管理员改为其他角色",
      staffRoleBody,
      (u, b, actor, address) => staffAccounts.setRole(u, b.role, actor, address),
      { 400: errorResponse("角色不对"), 409: errorResponse("最后一个可用的管理员") },
    ),
  ];
}
