// The running API: opens the database, applies migrations, listens, and shuts down gracefully —
// stop accepting, let in-flight requests finish, then close the database (PGlite hangs if closed
// mid-query).

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.ts";
import { newLocalToken, writeLocalChannel } from "./local-channel.ts";
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { loadParameterOverrides } from "./policy-overrides.ts";
import { purgeIdempotencyKeys } from "./services/idempotency-retention.ts";
import { createServices } from "./services/index.ts";
import { createWebhookDeliverer } from "./services/webhook-deliverer.ts";
import type { Logger } from "./logger.ts";

export interface RunningApi {
  server: Server;
  db: Database;
  url: string;
  /** Stops accepting, waits for in-flight requests (at most `graceMs`), closes the database. */
  stop(graceMs?: number): Promise<void>;
}

export async function startApi(config: Config, logger: Logger): Promise<RunningApi> {
  const parameters = loadParameterOverrides(config.POLICY_PARAMETERS_FILE);
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    const applied = await migrate(db.sql);
    if (applied.length > 0) logger.info({ applied }, "migrations applied");
    // Fresh statistics for the planner: PGlite has no autovacuum to gather them, and a queue table
    // planned from stale ones can take minutes a query.
    await db.sql.exec("ANALYZE");
  } catch (e) {
    await db.close();
    throw e;
  }
  if (!config.BOT_TOKEN && config.STAFF_TOKEN.length === 0)
    logger.warn("未设置 BOT_TOKEN 和 STAFF_TOKEN：申报和审核接口将拒绝所有请求（401）");

  const shutdown = new AbortController();
  const clock = () => new Date();
  const assessOptions = parameters ? { assessOptions: { parameters } } : {};
  const services = createServices({
    db,
    clock,
    notify: { webhook: Boolean(config.NOTIFY_WEBHOOK_URL), publicUrl: config.PUBLIC_URL },
    ...assessOptions,
  });
  // On the embedded database, `npm run staff` cannot open DATA_DIR while we hold it: it asks us.
  const localToken = config.DATABASE_URL ? undefined : newLocalToken();
  const app = createApp({
    services,
    logger,
    clock,
    auth: { botToken: config.BOT_TOKEN, staffTokens: config.STAFF_TOKEN, localToken },
    shutdown: shutdown.signal,
    publicUrl: config.PUBLIC_URL,
    ...assessOptions,
  });
  const deliverer = config.NOTIFY_WEBHOOK_URL
    ? createWebhookDeliverer({
        prisma: db.prisma,
        url: config.NOTIFY_WEBHOOK_URL,
        logger,
        baseDelayMs: config.NOTIFY_RETRY_BASE_MS,
        perMinute: config.NOTIFY_WEBHOOK_PER_MINUTE,
      })
    : null;

  let inFlight = 0;
  let drained: (() => void) | null = null;
  const handler = app.callback();
  const server = createServer((req, res) => {
    inFlight++;
    res.on("close", () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    void handler(req, res);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}`;
  logger.info({ url, database: db.kind }, "API listening");
  const removeLocalChannel = localToken
    ? writeLocalChannel(config.DATA_DIR, { url, token: localToken, pid: process.pid })
    : () => {};
  deliverer?.start();
  const purge = () =>
    purgeIdempotencyKeys(db.prisma, new Date(), config.IDEMPOTENCY_TTL_HOURS)
      .then((n) => n > 0 && logger.info({ removed: n }, "old idempotency keys removed"))
      .catch((err: unknown) => logger.warn({ err }, "idempotency key purge failed"));
  const purgeTimer = setInterval(() => void purge(), 3600_000);
  purgeTimer.unref();

  let stopping: Promise<void> | null = null;
  const stop = (graceMs = 10_000) =>
    (stopping ??= (async () => {
      shutdown.abort();
      clearInterval(purgeTimer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0)
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      server.closeAllConnections();
      await closed;
      await deliverer?.stop();
      removeLocalChannel();
      await db.close();
      logger.info("API stopped");
    })());

  return { server, db, url, stop };
}
