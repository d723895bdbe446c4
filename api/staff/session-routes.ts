// Signing in and out of the console (contract §9): the session cookie is HttpOnly, SameSite=Strict,
// and Secure when PUBLIC_URL is https; the reply carries the CSRF token the page echoes on changes.

import type { Context } from "koa";
import type { Services } from "../services.ts";
import { SESSION_COOKIE } from "../http/auth.ts";
import { ApiError } from "../http/errors.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import { refusalText } from "./refusal.ts";
import { sessionView, signInBody } from "./session-schema.ts";

export interface SessionRouteOptions {
  publicUrl?: string | undefined;
}

export function sessionRoutes(
  { staffSessions }: Pick<Services, "staffSessions">,
  opts: SessionRouteOptions = {},
) {
  const secure = opts.publicUrl?.startsWith("https:") ?? false;
  const cookieOptions = { httpOnly: true, sameSite: "strict" as const, secure, path: "/", overwrite: true };
  const setCookie = (ctx: Context, value: string | null) => {
    // A secure cookie cannot be set over plain HTTP (Koa throws): with an https PUBLIC_URL the request must
    // come through the HTTPS proxy (TRUSTED_PROXIES); said plainly instead of an internal error.
    if (secure && !ctx.secure)
      throw new ApiError(
        400,
        "https_required",
        "请通过 HTTPS 地址登录（PUBLIC_URL 为 https）；若在 HTTPS 反向代理之后运行，请把代理的地址写入 TRUSTED_PROXIES",
      );
    ctx.cookies.set(SESSION_COOKIE, value, value === null ? { ...cookieOptions, maxAge: 0 } : cookieOptions);
  };

  return [
    defineRoute({
      method: "post",
      path: "/api/session",
      summary: "员工登录（控制台）",
      tag: "账号",
      access: "public",
      request: { body: { schema: signInBody, what: "登录信息" } },
      responses: {
        200: { description: "已登录；Set-Cookie 带会话", body: sessionView },
        400: errorResponse("请求不合法"),
        401: errorResponse("用户名或密码不正确"),
        429: errorResponse("失败次数过多，稍后再试"),
      },
      async handle(ctx, { body }) {
        const result = await staffSessions.signIn(body.username, body.password, ctx.ip);
        if (result.kind === "throttled")
          throw new ApiError(
            429,
            "too_many_attempts",
            `登录失败次数过多，请 ${Math.ceil(result.retryAfterSeconds / 60)} 分钟后再试`,
            [],
            { "Retry-After": String(result.retryAfterSeconds) },
          );
        if (result.kind === "refused") throw new ApiError(401, "wrong_credentials", refusalText(result));
        setCookie(ctx, result.cookie);
        const { username, name, role, district, csrfToken } = result.session;
        ctx.body = { username, name, role, district, csrfToken };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/session",
      summary: "当前登录的员工",
      tag: "账号",
      access: ["staff"],
      responses: {
        200: { description: "当前会话", body: sessionView },
        401: errorResponse("未登录"),
        403: errorResponse("无权"),
      },
      handle(ctx) {
        const p = principalOf(ctx);
        ctx.body = p.session
          ? {
              username: p.session.username,
              name: p.session.name,
              role: p.session.role,
              district: p.session.district,
              csrfToken: p.session.csrfToken,
            }
          : { username: p.id, name: p.id, role: p.staffRole ?? "admin", district: null, csrfToken: null };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/session/end",
      summary: "退出登录",
      tag: "账号",
      access: ["staff"],
      responses: {
        204: { description: "已退出" },
        401: errorResponse("未登录"),
        403: errorResponse("缺少 X-CSRF-Token 等"),
      },
      async handle(ctx) {
        const p = principalOf(ctx);
        if (p.session) await staffSessions.signOut(p.session, ctx.ip);
        setCookie(ctx, null);
        ctx.status = 204;
      },
    }),
  ];
}
