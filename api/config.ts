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
import { parseSubscribeFieldMap } from "../contract/wechat-api.ts";
import { compileTrustedProxies } from "./http/client-address.ts";

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
  /** Set: the WeChat bot starts in this process too (its own settings: bot/shell/config.ts). */
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
  /** How long a staff account stays locked after 5 wrong passwords in 15 minutes (minutes). */
  STAFF_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** The mini-program's AppID and AppSecret (contract §10): sign-in with wx.login, subscribe messages. */
  WECHAT_APPID: optionalText,
  WECHAT_SECRET: optionalText,
  /** WeChat's server API; a stand-in for tests. */
  WECHAT_API_BASE: optionalUrl(/^https?:$/, "http(s)://").transform((s) => s ?? "https://api.weixin.qq.com"),
  /** The subscribe message template a decision is sent with (chosen in the mini-program's admin). */
  WECHAT_SUBSCRIBE_TEMPLATE_ID: optionalText,
  /** Which template key each part goes in: `number:character_string1,items:thing2,…`. */
  WECHAT_SUBSCRIBE_FIELDS: optionalText.refine((s) => s === undefined || parseSubscribeFieldMap(s) !== null, {
    message:
      "须为「部分:字段」逗号分隔，部分为 number、items、result、amountYuan、note、at，如 number:character_string1",
  }),
  /** Conversation messages one user may send at once, and then per second (HTTP conversations). */
  CONVERSATION_BURST: z.coerce.number().int().min(1).max(100_000).default(10),
  CONVERSATION_PER_SECOND: z.coerce.number().min(0.01).max(100_000).default(5),
  /**
   * Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed: addresses, CIDR ranges, or
   * loopback / linklocal / uniquelocal, comma-separated. Default none: the socket's peer is the client.
   */
  TRUSTED_PROXIES: list.refine(
    (l) => {
      try {
        compileTrustedProxies(l);
        return true;
      } catch {
        return false;
      }
    },
    { message: "须为 IP 地址、CIDR 网段（如 10.0.0.0/8）或 loopback、linklocal、uniquelocal，逗号分隔" },
  ),
  /** Which version of the mini-program a subscribe message opens: formal, trial or developer. */
  WECHAT_MINIPROGRAM_STATE: z.enum(["formal", "trial", "developer"]).default("formal"),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment, or throws ConfigError listing every bad variable. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config =>
  parseEnv(configSchema, env);

/** For command-line entry points: the configuration, or its message on standard error and exit 2. */
export const loadConfigOrExit = (env: Record<string, string | undefined> = process.env): Config =>
  parseEnvOrExit(configSchema, env);

/** Both or neither: an AppID without its secret (or the other way round) is a mistake worth naming. */
export function wechatSettingsProblem(c: Config): string | null {
  if (Boolean(c.WECHAT_APPID) !== Boolean(c.WECHAT_SECRET))
    return "WECHAT_APPID 和 WECHAT_SECRET 须同时设置（小程序登录和订阅消息都要用到）";
  return null;
}
