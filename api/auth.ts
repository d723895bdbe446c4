// Bearer tokens: the bot's (BOT_TOKEN) and staff's (STAFF_TOKEN, several allowed, comma-separated).
// Tokens are compared as SHA-256 digests with timingSafeEqual, against every configured token, so
// neither a token's content nor which one matched shows in the timing.

import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, Next } from "koa";
import { ApiError } from "./errors.ts";

export type Role = "bot" | "staff";
export interface Principal {
  role: Role;
  /** A stable name for logs, audit and idempotency scopes; never the token itself. */
  id: string;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

export interface AuthConfig {
  botToken?: string | undefined;
  staffTokens: readonly string[];
}

export function createAuthenticator(config: AuthConfig) {
  const known = [
    ...(config.botToken
      ? [{ digest: digest(config.botToken), principal: { role: "bot" as const, id: "bot" } }]
      : []),
    ...config.staffTokens.map((t, i) => ({
      digest: digest(t),
      principal: { role: "staff" as const, id: `staff-${i + 1}` },
    })),
  ];
  return function identify(header: string | undefined): Principal | null {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
    if (!m) return null;
    const presented = digest(m[1]!);
    let found: Principal | null = null;
    for (const k of known) if (timingSafeEqual(presented, k.digest) && found === null) found = k.principal;
    return found;
  };
}

const REALM = 'Bearer realm="zibo-ecommerce"';

/** Requires a token of one of the roles: none or unknown → 401, known but not allowed → 403. */
export function requireRole(identify: ReturnType<typeof createAuthenticator>, ...roles: Role[]) {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get("Authorization") || undefined;
    const principal = identify(header);
    if (!principal) {
      const challenge = header ? `${REALM}, error="invalid_token"` : REALM;
      throw new ApiError(
        401,
        "unauthorized",
        header ? "令牌无效" : "需要登录令牌（Authorization: Bearer …）",
        [],
        {
          "WWW-Authenticate": challenge,
        },
      );
    }
    if (!roles.includes(principal.role)) throw new ApiError(403, "forbidden", "该令牌无权执行此操作");
    ctx.state.principal = principal;
    await next();
  };
}
