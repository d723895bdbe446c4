// createApp(deps): the Koa application, built from its services and never listening by itself.

import { Router } from "@koa/router";
import Koa from "koa";
import type { AssessOptions } from "../rules/index.ts";
import { createAuthenticator, requireRole, type AuthConfig } from "./auth.ts";
import { errorHandler } from "./errors.ts";
import type { Logger } from "./logger.ts";
import { apiRoutes } from "./routes/index.ts";
import { mount } from "./routes/route.ts";
import type { Services } from "./services/index.ts";

export interface AppDeps {
  services: Services;
  logger: Logger;
  auth: AuthConfig;
  clock?: () => Date;
  /** Aborted when the server stops: long polls end at once. */
  shutdown?: AbortSignal;
  assessOptions?: Omit<AssessOptions, "now">;
  publicUrl?: string | undefined;
}

export function createApp(deps: AppDeps) {
  const clock = deps.clock ?? (() => new Date());
  const app = new Koa({ proxy: true });
  const identify = createAuthenticator(deps.auth);

  app.use(async (ctx, next) => {
    const started = process.hrtime.bigint();
    await next();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    deps.logger.info(
      { method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10 },
      "request",
    );
  });
  app.use(errorHandler(deps.logger));
  const router = new Router();
  const routes = apiRoutes(deps.services, {
    clock,
    ...(deps.shutdown ? { shutdown: deps.shutdown } : {}),
    ...(deps.assessOptions ? { assessOptions: deps.assessOptions } : {}),
    publicUrl: deps.publicUrl,
  });
  mount(router, routes, (roles) =>
    requireRole(
      identify,
      deps.services.staffSessions ?? null,
      deps.services.chatUsers?.resolve ?? null,
      ...roles,
    ),
  );
  app.use(router.routes()).use(router.allowedMethods());
  return app;
}
