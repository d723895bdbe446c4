// The policy as data (clauses, facts with Chinese labels, questions, dates), for clients' own forms.

import { shanghaiDate, type AssessOptions } from "../../../rules/index.ts";
import { policyDocument } from "../../policy-document.ts";
import { defineRoute } from "../route.ts";

export function policyRoutes(opts: { clock: () => Date; assessOptions?: Omit<AssessOptions, "now"> }) {
  // Made once a day: a dated value takes effect at midnight, Beijing time.
  let cached = { date: "", body: "" };
  const policy = () => {
    const now = opts.clock();
    if (cached.date !== shanghaiDate(now))
      cached = {
        date: shanghaiDate(now),
        body: JSON.stringify(policyDocument(now, opts.assessOptions?.parameters)),
      };
    return cached.body;
  };
  return [
    defineRoute({
      method: "get",
      path: "/api/policy",
      summary: "政策数据：条款、事实字段、提问、日期",
      tag: "政策",
      access: "public",
      responses: { 200: { description: "政策" } },
      handle(ctx) {
        ctx.type = "application/json; charset=utf-8";
        ctx.set("Cache-Control", "public, max-age=300");
        ctx.body = policy();
      },
    }),
  ];
}
