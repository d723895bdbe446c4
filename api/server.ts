// The running API: opens the database, applies migrations, listens, and shuts down gracefully —
// stop accepting, let in-flight requests finish, then close the database (PGlite hangs if closed
// mid-query).

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.ts";
import { newLocalToken, writeLocalChannel } from "./staff/local-channel.ts";
import { wechatSettingsProblem, type Config } from "./config.ts";
import { parseSubscribeFieldMap } from "../contract/wechat-api.ts";
import { createSubscribeDeliverer } from "./notifications/subscribe-deliverer.ts";
import { createWechat } from "./conversations/wechat-api.ts";
import { openDatabase, type Database } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { loadParameterOverrides } from "./policy/overrides.ts";
import { purgeIdempotencyKeys } from "./applications/idempotency-retention.ts";
import { createServices } from "./services.ts";
import { createWebhookDeliverer } from "./notifications/webhook-deliverer.ts";
import type { Logger } from "../config/logger.ts";

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
  const wechatProblem = wechatSettingsProblem(config);
  if (wechatProblem) logger.warn(wechatProblem);
  const wechat =
    config.WECHAT_APPID && config.WECHAT_SECRET
      ? createWechat({
          appId: config.WECHAT_APPID,
          secret: config.WECHAT_SECRET,
          base: config.WECHAT_API_BASE,
        })
      : null;
  const assessOptions = parameters ? { assessOptions: { parameters } } : {};
  const services = createServices({
    db,
    clock,
    notify: { webhook: Boolean(config.NOTIFY_WEBHOOK_URL), publicUrl: config.PUBLIC_URL },
    wechat,
    subscribeTemplateId: config.WECHAT_SUBSCRIBE_TEMPLATE_ID ?? null,
    conversationRate: { burst: config.CONVERSATION_BURST, perSecond: config.CONVERSATION_PER_SECOND },
    sessions: { lockMinutes: config.STAFF_LOCK_MINUTES },
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
    trustedProxies: config.TRUSTED_PROXIES,
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
  if (wechat && !config.WECHAT_SUBSCRIBE_TEMPLATE_ID)
    logger.warn("未设置 WECHAT_SUBSCRIBE_TEMPLATE_ID：小程序用户收不到审核结果的订阅消息");
  const subscriber =
    wechat && config.WECHAT_SUBSCRIBE_TEMPLATE_ID
      ? createSubscribeDeliverer({
          prisma: db.prisma,
          wechat,
          templateId: config.WECHAT_SUBSCRIBE_TEMPLATE_ID,
          fields: config.WECHAT_SUBSCRIBE_FIELDS
            ? (parseSubscribeFieldMap(config.WECHAT_SUBSCRIBE_FIELDS) ?? undefined)
            : undefined,
          state: config.WECHAT_MINIPROGRAM_STATE,
          logger,
          baseDelayMs: config.NOTIFY_RETRY_BASE_MS,
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
    // A queue of connections waiting to be accepted longer than Node's 511: a thousand long polls arriving at
    // once (feed.ts) must not leave a request behind them refused while the process is busy.
    server.listen({ port: config.PORT, host: config.HOST, backlog: 4096 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}`;
  logger.info({ url, database: db.kind }, "API listening");
  const removeLocalChannel = localToken
    ? writeLocalChannel(config.DATA_DIR, { url, token: localToken, pid: process.pid })
    : () => {};
  deliverer?.start();
  subscriber?.start();
  // An import cut short by a crash (kill -9) leaves a run marked "importing": removed, rows and all.
  void services.matching
    .removeAbandoned()
    .then((n) => n > 0 && logger.warn({ removed: n }, "unfinished matching imports removed"))
    .catch((err: unknown) => logger.warn({ err }, "could not remove unfinished imports"));
  const purge = () =>
    Promise.all([
      purgeIdempotencyKeys(db.prisma, new Date(), config.IDEMPOTENCY_TTL_HOURS).then(
        (n) => n > 0 && logger.info({ removed: n }, "old idempotency keys removed"),
      ),
      services.chatUsers
        .purge()
        .then((n) => n > 0 && logger.info({ removed: n }, "ended chat sessions removed")),
    ]).catch((err: unknown) => logger.warn({ err }, "purge failed"));
  const purgeTimer = setInterval(() => void purge(), 3600_000);
  purgeTimer.unref();

  let stopping: Promise<void> | null = null;
  const stop = (graceMs = 5_000) =>
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
      await subscriber?.stop();
      removeLocalChannel();
      await db.close();
      logger.info("API stopped");
    })());

  return { server, db, url, stop };
}
