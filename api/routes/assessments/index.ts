// An assessment of some facts: anyone may ask.

import { assessValid, factsSchema, type AssessOptions } from "../../../rules/index.ts";
import { defineRoute, errorResponse } from "../route.ts";

export function assessmentRoutes(opts: { clock: () => Date; assessOptions?: Omit<AssessOptions, "now"> }) {
  return [
    defineRoute({
      method: "post",
      path: "/api/assessments",
      summary: "测评：事实 → 每个条款的结果",
      tag: "政策",
      access: "public",
      request: { body: { schema: factsSchema, what: "事实（facts）" } },
      responses: {
        200: { description: "测评结果（每个条款一项，顺序固定）" },
        400: errorResponse("事实不合法"),
      },
      handle(ctx, { body }) {
        ctx.body = assessValid(body, { ...opts.assessOptions, now: opts.clock() });
      },
    }),
  ];
}
