// Who is calling: a bearer token for machines — the bot's (BOT_TOKEN) and staff's (STAFF_TOKEN, several
// allowed, comma-separated) — or a staff member's console session (a cookie, contract §9). Tokens are
// compared as SHA-256 digests with timingSafeEqual, against every configured token, so neither a
// token's content nor which one matched shows in the timing. A session's state-changing requests must
// echo its CSRF token in X-CSRF-Token.

import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, Next } from "koa";
import { ApiError } from "./errors.ts";
import type { StaffRole } from "../staff/accounts.ts";
import type { SignedIn, StaffSessions } from "../staff/sessions.ts";
import type { ChatUser } from "../conversations/chat-users.ts";

/** bot and staff: configured tokens or console sessions; applicant: a mini-program or /chat user. */
export type Role = "bot" | "staff" | "applicant";
export interface Principal {
  role: Role;
  /** A stable name for logs, audit and idempotency scopes; never the token itself. */
  id: string;
  /** What a staff member may do; a staff token (a machine of the bureau's) may do everything. */
  staffRole?: StaffRole;
  /** The console session, when signed in with a cookie. */
  session?: SignedIn;
  /** The mini-program or /chat user, for the applicant role. */
  chatUser?: ChatUser;
}

/** Looks up a chat session's bearer token (api/conversations/chat-users.ts). */
export type ChatSessionResolver = (token: string) => Promise<ChatUser | null>;

export const SESSION_COOKIE = "zibo_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const RANK: Record<StaffRole, number> = { reviewer: 1, approver: 2, admin: 3 };

/** Requires a staff member of at least `role` (403 with a reason otherwise). */
export function requireStaffRole(principal: Principal, role: StaffRole, what: string): void {
  if (principal.role !== "staff" || RANK[principal.staffRole ?? "reviewer"] < RANK[role])
    throw new ApiError(403, "forbidden", `您的账号无权${what}`);
}

const sameToken = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

export interface AuthConfig {
  botToken?: string | undefined;
  staffTokens: readonly string[];
  /** `npm run staff` on the same machine while the API holds the embedded database (local-channel.ts). */
  localToken?: string | undefined;
}

export function createAuthenticator(config: AuthConfig) {
  const known = [
    ...(config.botToken
      ? [{ digest: digest(config.botToken), principal: { role: "bot" as const, id: "bot" } }]
      : []),
    ...config.staffTokens.map((t, i) => ({
      digest: digest(t),
      principal: { role: "staff" as const, id: `staff-${i + 1}`, staffRole: "admin" as const },
    })),
    ...(config.localToken
      ? [
          {
            digest: digest(config.localToken),
            principal: { role: "staff" as const, id: "cli", staffRole: "admin" as const },
          },
        ]
      : []),
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

/** The console session a request's cookie names, with its CSRF token checked for a change. */
async function sessionOf(ctx: Context, sessions: StaffSessions): Promise<Principal | null> {
  const cookie = ctx.cookies.get(SESSION_COOKIE);
  const session = cookie ? await sessions.resolve(cookie) : null;
  if (!session) return null;
  if (!SAFE_METHODS.has(ctx.method)) {
    const origin = ctx.get("Origin");
    // The page's own origin (Koa's ctx.origin echoes the Origin header in Koa 3: not usable here).
    if (origin && origin !== `${ctx.protocol}://${ctx.host}`)
      throw new ApiError(403, "cross_site", "拒绝来自其他网站的请求");
    const echoed = ctx.get("X-CSRF-Token");
    if (!echoed || !sameToken(echoed, session.csrfToken))
      throw new ApiError(403, "csrf_token_invalid", "请求缺少有效的 X-CSRF-Token，请刷新页面后重试");
  }
  return { role: "staff", id: session.username, staffRole: session.role, session };
}

/**
 * Requires a token (or, for staff, a console session) of one of the roles: none or unknown → 401,
 * known but not allowed → 403.
 */
export function requireRole(
  identify: ReturnType<typeof createAuthenticator>,
  sessions: StaffSessions | null,
  chatSessions: ChatSessionResolver | null,
  ...roles: Role[]
) {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get("Authorization") || undefined;
    const principal =
      identify(header) ??
      (header ? await chatPrincipal(header, chatSessions) : null) ??
      (!header && sessions && roles.includes("staff") ? await sessionOf(ctx, sessions) : null);
    if (!principal) {
      const challenge = header ? `${REALM}, error="invalid_token"` : REALM;
      throw new ApiError(
        401,
        "unauthorized",
        header ? "令牌无效或已过期，请重新登录" : "需要登录（控制台账号，或 Authorization: Bearer …）",
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

/** A chat session's bearer token → the applicant it names (by an id of our own, never the openid). */
async function chatPrincipal(header: string, resolve: ChatSessionResolver | null): Promise<Principal | null> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m || !resolve) return null;
  const user = await resolve(m[1]!);
  return user ? { role: "applicant", id: `user:${user.userId}`, chatUser: user } : null;
}
