// Routes anyone may call: an assessment of some facts, the policy as data, health.

import { Router } from "@koa/router";
import { assessValid, factsSchema, type AssessOptions } from "../../rules/index.ts";
import { parseInput } from "../validate.ts";
import { policyDocument } from "../policy-document.ts";

export interface PublicRouteDeps {
  clock: () => Date;
  assessOptions?: Omit<AssessOptions, "now">;
  /** Resolves when the database answers; rejects otherwise. */
  ping: () => Promise<void>;
}

export function publicRoutes(deps: PublicRouteDeps): Router {
  const router = new Router();
  const policy = JSON.stringify(policyDocument());

  router.post("/api/assessments", (ctx) => {
    const facts = parseInput(factsSchema, ctx.request.body, "事实（facts）");
    ctx.body = assessValid(facts, { ...deps.assessOptions, now: deps.clock() });
  });

  router.get("/api/policy", (ctx) => {
    ctx.type = "application/json; charset=utf-8";
    ctx.set("Cache-Control", "public, max-age=300");
    ctx.body = policy;
  });

  router.get("/healthz", async (ctx) => {
    try {
      await deps.ping();
      ctx.body = { status: "ok" };
    } catch {
      ctx.status = 503;
      ctx.body = { error: { code: "database_unavailable", message: "数据库暂时无法访问", issues: [] } };
    }
  });

  return router;
}
