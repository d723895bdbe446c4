// A mini-program or /chat user's own applications (contract §10), newest first, with the decisions,
// and whether a decision will reach them as a WeChat subscribe message (their last answer to the
// request, recorded here by the mini-program right after the tap that asked).

import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import { myApplications, subscription, subscriptionAnswer } from "./me-schema.ts";

export function meRoutes({ applications, subscriptions }: Pick<Services, "applications" | "subscriptions">) {
  return [
    defineRoute({
      method: "get",
      path: "/api/me/applications",
      summary: "我的申报（小程序或网页用户），以及审核结果是否会以订阅消息送达",
      tag: "小程序",
      access: ["applicant"],
      responses: {
        200: { description: "本人提交的申报及审核结果", body: myApplications },
        401: errorResponse("缺少或无效的令牌"),
        403: errorResponse("不是小程序或网页用户的令牌"),
      },
      async handle(ctx) {
        const userId = principalOf(ctx).chatUser!.userId;
        const [list, state] = await Promise.all([applications.mine(userId), subscriptions.state(userId)]);
        ctx.body = { ...list, subscription: state };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/me/subscription",
      summary: "记录小程序用户对订阅消息请求的回答（accept / reject / ban / filter / unavailable）",
      tag: "小程序",
      access: ["applicant"],
      request: { body: { schema: subscriptionAnswer, what: "订阅回答" } },
      responses: {
        200: { description: "记录后的订阅状态", body: subscription },
        400: errorResponse("回答不合法"),
        401: errorResponse("缺少或无效的令牌"),
        403: errorResponse("不是小程序或网页用户的令牌"),
      },
      async handle(ctx, { body }) {
        ctx.body = await subscriptions.record(principalOf(ctx).chatUser!.userId, body.answer);
      },
    }),
  ];
}
