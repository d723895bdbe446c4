// An assessment of some facts: anyone may ask, against the city's policy or another (?policy=ID).

import { z } from "zod";
import { assessValid, cityPolicy, factsSchema, type AssessOptions } from "../../rules/index.ts";
import { namedPolicy } from "./routes.ts";
import { defineRoute, errorResponse } from "../http/route.ts";

const assessmentQuery = z.object({ policy: z.string().max(100).optional() });

export function assessmentRoutes(opts: { clock: () => Date; assessOptions?: Omit<AssessOptions, "now"> }) {
  return [
    defineRoute({
      method: "post",
      path: "/api/assessments",
      summary: "测评：事实 → 每个条款的结果（?policy= 指定政策，默认全市政策）",
      tag: "政策",
      access: "public",
      request: {
        query: { schema: assessmentQuery, what: "查询条件" },
        body: { schema: factsSchema, what: "事实（facts）" },
      },
      responses: {
        200: { description: "测评结果（每个条款一项，顺序固定）" },
        400: errorResponse("事实不合法"),
        404: errorResponse("没有该政策"),
      },
      handle(ctx, { body, query }) {
        const policy = namedPolicy(query.policy);
        // The bureau's parameter file holds the city's values; another policy's are its own.
        const parameters = policy === cityPolicy() ? opts.assessOptions?.parameters : undefined;
        ctx.body = assessValid(body, { ...opts.assessOptions, parameters, policy, now: opts.clock() });
      },
    }),
  ];
}
