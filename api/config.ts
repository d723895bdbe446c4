// Configuration, parsed once at start from the environment (contract §4) by one zod schema.

import { z } from "zod";

const list = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  );

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s.trim()));

const optionalUrl = (protocols: RegExp, what: string) =>
  optionalText.refine((s) => s === undefined || (URL.canParse(s) && protocols.test(new URL(s).protocol)), {
    message: `须为 ${what} 地址`,
  });

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, "postgres://"),
  DATA_DIR: z.string().min(1).default("./data"),
  BOT_TOKEN: optionalText,
  STAFF_TOKEN: list,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NOTIFY_WEBHOOK_URL: optionalUrl(/^https?:$/, "http(s)://"),
  PUBLIC_URL: optionalUrl(/^https?:$/, "http(s)://"),
  WECHATY_PUPPET: optionalText,
  STAFF_ROOM: optionalText,
  STAFF_WECHAT_IDS: list,
  API_URL: optionalUrl(/^https?:$/, "http(s)://"),
  BOT_DATA_DIR: optionalText,
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
  /** Posts to the webhook in any minute, all API processes together (a 企业微信 group robot takes 20). */
  NOTIFY_WEBHOOK_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment, or throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const r = configSchema.safeParse(env);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new ConfigError(`配置有误（环境变量）：\n${lines.join("\n")}`);
}

/** For command-line entry points: the configuration, or its message on standard error and exit 2. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}
