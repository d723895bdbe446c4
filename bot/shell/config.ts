// The bot's settings, parsed once from the environment by the bot's own schema (the API has its own).

import { z } from "zod";
import type { UnderstandingModelConfig } from "./understanding-model.ts";
import { list, logLevel, optionalText, optionalUrl, parseEnv, parseEnvOrExit } from "../../config/env.ts";

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
  /**
   * The optional understanding model: an OpenAI-compatible chat-completions endpoint (e.g.
   * http://127.0.0.1:8000/v1/chat/completions), asked only for messages the grammar could not read.
   * Unset: off.
   */
  UNDERSTANDING_MODEL_URL: optionalUrl(/^https?:$/, "http(s)://"),
  UNDERSTANDING_MODEL: z.string().min(1).default("qwen2.5-7b-instruct"),
  UNDERSTANDING_MODEL_KEY: optionalText,
  /** How long a reading may take before the bot answers without it. */
  UNDERSTANDING_MODEL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4_000),
});

export type BotConfig = z.infer<typeof botConfigSchema>;

export const loadBotConfig = (env: Record<string, string | undefined> = process.env) =>
  parseEnv(botConfigSchema, env);
export const loadBotConfigOrExit = (env: Record<string, string | undefined> = process.env) =>
  parseEnvOrExit(botConfigSchema, env);

/** The understanding model's settings, or null when UNDERSTANDING_MODEL_URL is not set (off). */
export function understandingModelConfig(c: BotConfig): UnderstandingModelConfig | null {
  if (!c.UNDERSTANDING_MODEL_URL) return null;
  return {
    url: c.UNDERSTANDING_MODEL_URL,
    model: c.UNDERSTANDING_MODEL,
    key: c.UNDERSTANDING_MODEL_KEY,
    timeoutMs: c.UNDERSTANDING_MODEL_TIMEOUT_MS,
  };
}
