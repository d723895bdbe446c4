// Signing in from the mini-program (contract §10): a wx.login code for a bearer token. The openid
// stays on the server; the token names the user to every route after.

import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { chatSessionView, loginBody } from "./miniprogram-schema.ts";

export function miniprogramRoutes({
  chatUsers,
  subscribeTemplateId,
}: Pick<Services, "chatUsers" | "subscribeTemplateId">) {
  return [
    defineRoute({
      method: "post",
      path: "/api/miniprogram/login",
      summary: "小程序登录：以 wx.login 的 code 换取令牌",
      tag: "小程序",
      access: "public",
      request: { body: { schema: loginBody, what: "登录信息" } },
      responses: {
        200: { description: "已登录", body: chatSessionView },
        400: errorResponse("code 缺失或格式不对"),
        401: errorResponse("微信不认这个 code（无效、已使用或已过期）"),
        503: errorResponse("小程序登录未配置，或微信暂时不可用"),
      },
      async handle(ctx, { body }) {
        ctx.body = { ...(await chatUsers.signInWithCode(body.code)), subscribeTemplateId };
      },
    }),
  ];
}
