// npm start: the API on the embedded database by default (DATA_DIR), or on DATABASE_URL; and the
// WeChat bot beside it when WECHATY_PUPPET is set. Stops gracefully on SIGTERM and SIGINT.

import { ConfigError, loadConfigOrExit } from "../api/config.ts";
import { DataDirLockedError } from "../api/db/data-dir-lock.ts";
import { DatabaseUnavailableError } from "../api/db/database.ts";
import { MigrationError } from "../api/db/migrate.ts";
import { createLogger } from "../config/logger.ts";
import { startApi, type RunningApi } from "../api/server.ts";
import { randomBytes } from "node:crypto";
import type { RunningBot } from "../bot/wechat/launch.ts";
import { registry } from "../rules/index.ts";

let config = loadConfigOrExit();

const logger = createLogger(config.LOG_LEVEL);
// The bot in this process needs a token the API knows: a fresh one when none is configured.
if (config.WECHATY_PUPPET && !config.BOT_TOKEN)
  config = { ...config, BOT_TOKEN: randomBytes(24).toString("base64url") };

// Signals are heard from the first moment: one that arrives while starting stops right after.
let api: RunningApi | undefined;
let bot: RunningBot | undefined;
let stopRequested = false;
function shutdown(signal: string) {
  if (stopRequested) return;
  stopRequested = true;
  logger.info({ signal }, "shutting down");
  if (!api) return; // still starting: stopped below once started
  // Whatever hangs (a peer that never answers, a driver that never closes), the process ends.
  setTimeout(() => {
    logger.error("shutdown took too long; exiting");
    process.exit(1);
  }, 15_000).unref();
  (bot?.stop() ?? Promise.resolve())
    .then(() => api!.stop())
    .then(() => process.exit(0))
    .catch((err: unknown) => {
      logger.error({ err }, "shutdown failed");
      process.exit(1);
    });
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
// Started by `npm start` and npm is gone (killed, even with SIGKILL): stop too, rather than live on
// holding the port and DATA_DIR's lock where no service manager can see us.
if (process.env.npm_lifecycle_event === "start") {
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && shutdown("parent exited"), 1_000).unref();
}

try {
  api = await startApi(config, logger);
} catch (e) {
  if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof DatabaseUnavailableError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  if (e instanceof MigrationError || (e as NodeJS.ErrnoException).code === "EADDRINUSE") {
    logger.fatal({ err: e }, "启动失败");
    process.stderr.write(`启动失败：${(e as Error).message}\n`);
    process.exit(1);
  }
  throw e;
}

// Where to go, said plainly (the log lines beside it are for machines).
const noAccounts = (await api.db.prisma.staffAccount.count()) === 0;
process.stdout.write(
  [
    "",
    "政策通·电商 已启动：",
    `  首页与说明：${api.url}/`,
    `  员工审核工作台：${api.url}/console （政策找人：${api.url}/console/matching）`,
    `  API：${api.url}/api/policy （接口文档 ${api.url}/openapi.json）`,
    `  政策（${registry().dir}）：${registry()
      .policies.map((p) => `《${p.title}》${p.id}，${p.validFrom} 至 ${p.validTo}`)
      .join("；")}`,
    `  手机网页对话：${api.url}/chat （小程序见 miniprogram/README.md）`,
    "  在终端里对话：另开一个终端运行 npm run chat",
    ...(noAccounts
      ? [
          "  还没有员工账号。创建第一个管理员（密码从标准输入读取）：",
          "    printf '%s\\n' '至少10位的密码' | npm run staff -- add admin --name 管理员 --role admin --password-stdin",
          "    （在另一个终端里运行即可，无需停止 npm start。）",
        ].filter(Boolean)
      : []),
    "",
  ].join("\n") + "\n",
);

if (config.WECHATY_PUPPET) {
  // Loaded only when needed: Wechaty takes most of a second to import.
  const [{ startBot }, { loadBotConfigOrExit }] = await Promise.all([
    import("../bot/wechat/launch.ts"),
    import("../bot/shell/config.ts"),
  ]);
  const botConfig = loadBotConfigOrExit();
  bot = await startBot({ config: botConfig, logger, apiUrl: api.url, botToken: config.BOT_TOKEN! });
} else {
  logger.info(
    "未设置 WECHATY_PUPPET，微信机器人未启动。连接微信：设置 WECHATY_PUPPET（如 wechaty-puppet-wechat4u，或 wechaty-puppet-service 并设置 WECHATY_PUPPET_SERVICE_TOKEN）后重新运行 npm start。",
  );
}

if (stopRequested) {
  stopRequested = false;
  shutdown("SIGTERM");
}
