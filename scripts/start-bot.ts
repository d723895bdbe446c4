// npm run start:bot: the WeChat bot alone, against a remote API (API_URL, BOT_TOKEN) — a bot often
// runs beside a WeChat client, apart from the server.

import { createLogger } from "../config/logger.ts";
import { loadBotConfigOrExit } from "../bot/shell/config.ts";
import { startBot } from "../bot/wechat/launch.ts";

const config = loadBotConfigOrExit();
const missing = (["WECHATY_PUPPET", "API_URL", "BOT_TOKEN"] as const).filter((k) => !config[k]);
if (missing.length > 0) {
  process.stderr.write(`启动机器人还需要设置环境变量：${missing.join("、")}\n`);
  process.exit(2);
}

const logger = createLogger(config.LOG_LEVEL);
const bot = await startBot({ config, logger, apiUrl: config.API_URL!, botToken: config.BOT_TOKEN! });
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    logger.info({ signal }, "stopping bot");
    void bot.stop().then(() => process.exit(0));
  });
