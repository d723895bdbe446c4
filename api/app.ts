// createApp(deps): the Koa application, built from its services and never listening by itself.

import { Router } from "@koa/router";
import Koa from "koa";
import type { AssessOptions } from "../rules/index.ts";
import { clientAddress, compileTrustedProxies } from "./http/client-address.ts";
import { createAuthenticator, requireRole, type AuthConfig } from "./http/auth.ts";
import { errorHandler } from "./http/errors.ts";
import { edgeText } from "./http/edge-text.ts";
import type { Logger } from "../config/logger.ts";
import { apiRoutes } from "./routes.ts";
import { mount } from "./http/route.ts";
import type { Services } from "./services.ts";

export interface AppDeps {
  services: Services;
  logger: Logger;
  auth: AuthConfig;
  clock?: () => Date;
  /** Aborted when the server stops: long polls end at once. */
  shutdown?: AbortSignal;
  assessOptions?: Omit<AssessOptions, "now">;
  publicUrl?: string | undefined;
  /** Reverse proxies whose X-Forwarded-* headers are believed (TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[];
}

export function createApp(deps: AppDeps) {
  const clock = deps.clock ?? (() => new Date());
  // Never `proxy: true`: that believes X-Forwarded-For from anyone (see client-address.ts).
  const app = new Koa({ proxy: false });
  const trust = compileTrustedProxies(deps.trustedProxies ?? []);
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
  app.use(clientAddress(trust));
  app.use(errorHandler(deps.logger));
  // Every query string, read by a route's schema or not, checked once here: no NUL or half a character
  // gets further, and what goes on has no bidirectional controls.
  app.use(async (ctx, next) => {
    if (ctx.querystring) ctx.query = edgeText(ctx.query, "查询参数");
    await next();
  });
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
