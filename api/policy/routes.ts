// The policies as data (clauses, facts with Chinese labels, questions, dates), for clients' own forms:
// the list the server holds (contract §15) and each one's document, the city's when none is named.

import { z } from "zod";
import {
  cityPolicy,
  policyById,
  registry,
  shanghaiDate,
  summaryOf,
  type AssessOptions,
  type Policy,
} from "../../rules/index.ts";
import { ApiError } from "../http/errors.ts";
import { policyDocument } from "./document.ts";
import { defineRoute, errorResponse } from "../http/route.ts";

/** The policy a request names by `id` or `policy` (the city's when it names none); 404 for an unknown id. */
export function namedPolicy(id: string | undefined): Policy {
  if (id === undefined) return cityPolicy();
  const p = policyById(id);
  if (!p)
    throw new ApiError(404, "not_found", `没有编号为「${id}」的政策`, [
      { path: "id", message: "未找到该政策" },
    ]);
  return p;
}

const policyQuery = z.object({ id: z.string().max(100).optional() });

export function policyRoutes(opts: { clock: () => Date; assessOptions?: Omit<AssessOptions, "now"> }) {
  // Made once a day per policy: a dated value takes effect at midnight, Beijing time.
  const cached = new Map<string, { date: string; body: string }>();
  const document = (policy: Policy) => {
    const now = opts.clock();
    const hit = cached.get(policy.id);
    if (hit && hit.date === shanghaiDate(now)) return hit.body;
    // The bureau's parameter file is the city's policy's; another policy has its own values.
    const overrides = policy === cityPolicy() ? opts.assessOptions?.parameters : undefined;
    const body = JSON.stringify(policyDocument(now, overrides, policy));
    cached.set(policy.id, { date: shanghaiDate(now), body });
    return body;
  };
  return [
    defineRoute({
      method: "get",
      path: "/api/policies",
      summary: "政策列表：服务器上的每一项政策（编号、标题、发文机关、适用区县、有效期）",
      tag: "政策",
      access: "public",
      responses: { 200: { description: "政策列表" } },
      handle(ctx) {
        ctx.set("Cache-Control", "public, max-age=300");
        ctx.body = { items: registry().policies.map(summaryOf) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/policy",
      summary: "政策数据：条款、事实字段、提问、日期（?id= 指定政策，默认全市政策）",
      tag: "政策",
      access: "public",
      request: { query: { schema: policyQuery, what: "查询条件" } },
      responses: { 200: { description: "政策" }, 404: errorResponse("没有该政策") },
      handle(ctx, { query }) {
        const body = document(namedPolicy(query.id));
        ctx.type = "application/json; charset=utf-8";
        ctx.set("Cache-Control", "public, max-age=300");
        ctx.body = body;
      },
    }),
  ];
}
