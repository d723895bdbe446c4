// Configuration, parsed once at start from the environment (contract §4) by one zod schema.

import { z } from "zod";
import {
  ConfigError,
  list,
  logLevel,
  optionalText,
  optionalUrl,
  parseEnv,
  parseEnvOrExit,
} from "../config/env.ts";

export { ConfigError };

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, "postgres://"),
  DATA_DIR: z.string().min(1).default("./data"),
  BOT_TOKEN: optionalText,
  STAFF_TOKEN: list,
  LOG_LEVEL: logLevel,
  NOTIFY_WEBHOOK_URL: optionalUrl(/^https?:$/, "http(s)://"),
  PUBLIC_URL: optionalUrl(/^https?:$/, "http(s)://"),
  /** Set: the WeChat bot starts in this process too (its own settings: bot/config.ts). */
  WECHATY_PUPPET: optionalText,
  POLICY_PARAMETERS_FILE: optionalText,
  /** How long an Idempotency-Key is remembered (at least 24 h). */
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(24)
    .max(24 * 3650)
    .default(24 * 30),
  /** First retry delay of webhook deliveries (doubles each try, at most 10 minutes). */
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(2_000),
  /** The longest any one SQL statement may run (ms): a plan gone wrong fails instead of stalling. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Posts to the webhook in any minute, all API processes together (a 企业微信 group robot takes 20). */
  NOTIFY_WEBHOOK_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment, or throws ConfigError listing every bad variable. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config =>
  parseEnv(configSchema, env);

/** For command-line entry points: the configuration, or its message on standard error and exit 2. */
export const loadConfigOrExit = (env: Record<string, string | undefined> = process.env): Config =>
  parseEnvOrExit(configSchema, env);
