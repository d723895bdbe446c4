// A mini-program or /chat user's own applications (contract §10), newest first, with the decisions.

import type { Services } from "../../services/index.ts";
import { defineRoute, errorResponse } from "../route.ts";
import { principalOf } from "../scope.ts";
import { myApplications } from "./schema.ts";

export function meRoutes({ applications }: Pick<Services, "applications">) {
  return [
    defineRoute({
      method: "get",
      path: "/api/me/applications",
      summary: "我的申报（小程序或网页用户）",
      tag: "小程序",
      access: ["applicant"],
      responses: {
        200: { description: "本人提交的申报及审核结果", body: myApplications },
        401: errorResponse("缺少或无效的令牌"),
        403: errorResponse("不是小程序或网页用户的令牌"),
      },
      async handle(ctx) {
        ctx.body = await applications.mine(principalOf(ctx).chatUser!.userId);
      },
    }),
  ];
}
