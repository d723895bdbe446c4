// createApp(deps): the Koa application, built from its dependencies and never listening by itself.

import { bodyParser } from "@koa/bodyparser";
import Koa from "koa";
import type { AssessOptions } from "../rules/index.ts";
import { createAuthenticator, requireRole, type AuthConfig } from "./auth.ts";
import type { Database } from "./db/database.ts";
import { errorHandler } from "./errors.ts";
import type { Logger } from "./logger.ts";
import { openApiDocument } from "./openapi.ts";
import { applicationRoutes } from "./routes/applications.ts";
import { publicRoutes } from "./routes/public.ts";
import { createApplicationService } from "./services/applications.ts";
import { createBudgetService } from "./services/budget.ts";
import { createExportService } from "./services/export.ts";
import { createFeedService } from "./services/feed.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import type { NotifyTargets } from "./services/notifications.ts";

export interface AppDeps {
  /** Aborted when the server stops: long polls end at once. */
  shutdown?: AbortSignal;
  db: Pick<Database, "prisma">;
  logger: Logger;
  auth: AuthConfig;
  clock?: () => Date;
  notify?: NotifyTargets;
  assessOptions?: Omit<AssessOptions, "now">;
}

export const BODY_LIMIT = "100kb";

export function createApp(deps: AppDeps) {
  const clock = deps.clock ?? (() => new Date());
  const app = new Koa({ proxy: true });
  const identify = createAuthenticator(deps.auth);
  const service = createApplicationService({
    prisma: deps.db.prisma,
    clock,
    notify: deps.notify ?? { webhook: false },
    ...(deps.assessOptions ? { assessOptions: deps.assessOptions } : {}),
  });
  const openapi = JSON.stringify(openApiDocument());
  const feed = createFeedService({ prisma: deps.db.prisma });
  const budget = createBudgetService({
    prisma: deps.db.prisma,
    ...(deps.assessOptions?.parameters ? { parameters: deps.assessOptions.parameters } : {}),
  });
  const exporter = createExportService({ prisma: deps.db.prisma });

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
  // Every POST body is read as JSON whatever its Content-Type, within 100 KB.
  app.use(
    bodyParser({ enableTypes: ["json"], detectJSON: () => true, jsonLimit: BODY_LIMIT, jsonStrict: true }),
  );

  const pub = publicRoutes({
    clock,
    ping: async () => {
      await deps.db.prisma.$queryRaw`SELECT 1`;
    },
    ...(deps.assessOptions ? { assessOptions: deps.assessOptions } : {}),
  });
  const staff = requireRole(identify, "staff");
  const apps = applicationRoutes(service, exporter, {
    botOrStaff: requireRole(identify, "bot", "staff"),
    staff,
  });
  const notes = notificationRoutes(
    feed,
    budget,
    { bot: requireRole(identify, "bot"), staff },
    { clock, ...(deps.shutdown ? { shutdown: deps.shutdown } : {}) },
  );
  app.use(pub.routes()).use(pub.allowedMethods());
  app.use(apps.routes()).use(apps.allowedMethods());
  app.use(notes.routes()).use(notes.allowedMethods());
  app.use(async (ctx, next) => {
    if (ctx.method === "GET" && ctx.path === "/openapi.json") {
      ctx.type = "application/json; charset=utf-8";
      ctx.body = openapi;
      return;
    }
    await next();
  });
  return app;
}
