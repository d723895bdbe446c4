// The budget report per clause and year, with article 2's city cap (staff).

import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { districtScope } from "../http/scope.ts";
import { budgetQuery } from "./budget-schema.ts";

export function budgetRoutes({ budget }: Pick<Services, "budget">) {
  return [
    defineRoute({
      method: "get",
      path: "/api/budget",
      summary: "预算：各条款申请与核定金额，第二条全市总额与折算系数",
      tag: "预算",
      access: ["staff"],
      request: { query: { schema: budgetQuery, what: "查询条件" } },
      responses: {
        200: { description: "预算报表" },
        400: errorResponse("请求不合法"),
        401: errorResponse("未授权"),
        403: errorResponse("无权"),
      },
      async handle(ctx, { query }) {
        // A district account's report holds its district's applications only.
        ctx.body = await budget.report(query.year, districtScope(ctx));
      },
    }),
  ];
}
