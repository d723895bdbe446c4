// The bot's settings, parsed once from the environment by the bot's own schema (the API has its own).

import { z } from "zod";
import { list, logLevel, optionalText, optionalUrl, parseEnv, parseEnvOrExit } from "../config/env.ts";

export const botConfigSchema = z.object({
  /** Wechaty's own convention: the puppet's package name. */
  WECHATY_PUPPET: optionalText,
  /** The API the bot files to and pulls notifications from. */
  API_URL: optionalUrl(/^https?:$/, "http(s)://"),
  BOT_TOKEN: optionalText,
  /** A staff token, so that staff commands in the room act on the API. */
  STAFF_TOKEN: list,
  STAFF_ROOM: optionalText,
  STAFF_WECHAT_IDS: list,
  /** Accept only friend requests whose greeting contains one of these words (comma-separated; none: all). */
  BOT_FRIEND_KEYWORDS: list,
  /** The 企业微信 group robot: staff are told there when the WeChat account logs out or goes silent. */
  NOTIFY_WEBHOOK_URL: optionalUrl(/^https?:$/, "http(s)://"),
  /** Where conversations and the submission outbox are kept (default: DATA_DIR/bot). */
  BOT_DATA_DIR: optionalText,
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: logLevel,
});

export type BotConfig = z.infer<typeof botConfigSchema>;

export const loadBotConfig = (env: Record<string, string | undefined> = process.env) =>
  parseEnv(botConfigSchema, env);
export const loadBotConfigOrExit = (env: Record<string, string | undefined> = process.env) =>
  parseEnvOrExit(botConfigSchema, env);
