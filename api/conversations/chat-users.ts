// People who talk to the assistant over HTTP (contract §10) and their sessions: a mini-program user
// signs in with a wx.login code (exchanged for the openid, which is kept here and shown to nobody);
// a visitor of the /chat page gets a session of their own without signing in. A session is a
// random bearer token, stored only as its SHA-256, that ends at a fixed time.

import { newToken, tokenDigest } from "../staff/session-tokens.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError } from "../http/errors.ts";
import type { Wechat } from "./wechat-api.ts";

export interface ChatUserSettings {
  /** How long a mini-program session lasts (the client signs in again with wx.login after). */
  miniprogramSessionHours: number;
  /** How long a /chat visitor's session lasts. */
  visitorSessionHours: number;
}

export const DEFAULT_CHAT_USER_SETTINGS: ChatUserSettings = {
  miniprogramSessionHours: 24,
  visitorSessionHours: 24 * 30,
};

export interface ChatUserDeps {
  prisma: Prisma;
  clock: () => Date;
  /** Absent when WECHAT_APPID and WECHAT_SECRET are not set: mini-program sign-in is refused. */
  wechat: Wechat | null;
  settings?: Partial<ChatUserSettings>;
}

/** Who is calling with a chat session. */
export interface ChatUser {
  userId: string;
  kind: "miniprogram" | "web";
}

/** Tokens carry their kind so a wrong one is told apart from an expired one without a lookup. */
const PREFIX = "cs_";

export function createChatUsers(deps: ChatUserDeps) {
  const { prisma, clock } = deps;
  const settings = { ...DEFAULT_CHAT_USER_SETTINGS, ...deps.settings };

  async function openSession(userId: string, hours: number) {
    const token = `${PREFIX}${newToken()}`;
    const expiresAt = new Date(clock().getTime() + hours * 3600_000);
    await prisma.chatSession.create({ data: { id: tokenDigest(token), userId, expiresAt } });
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** A wx.login code → a session; the openid found or created, the unionid kept when given. */
  async function signInWithCode(code: string) {
    if (!deps.wechat)
      throw new ApiError(
        503,
        "miniprogram_not_configured",
        "小程序登录尚未开通：服务器未配置 WECHAT_APPID 和 WECHAT_SECRET，请联系管理员",
      );
    const r = await deps.wechat.code2session(code);
    if (!r.ok) {
      if (r.kind === "refused")
        throw new ApiError(401, "wechat_code_refused", "微信登录凭证无效或已使用，请重新打开小程序再试", [], {
          "WWW-Authenticate": 'Bearer realm="zibo-ecommerce", error="invalid_grant"',
        });
      if (r.kind === "misconfigured")
        throw new ApiError(
          503,
          "wechat_misconfigured",
          "小程序登录配置有误，请联系管理员（WECHAT_APPID / WECHAT_SECRET）",
        );
      throw new ApiError(503, "wechat_unavailable", "微信服务暂时没有响应，请稍后再试", [], {
        "Retry-After": "5",
      });
    }
    const { openid, unionid } = r.value;
    const now = clock();
    const user = await prisma.chatUser.upsert({
      where: { openid },
      create: { kind: "miniprogram", openid, unionid, lastSeenAt: now },
      update: { lastSeenAt: now, ...(unionid ? { unionid } : {}) },
      select: { id: true },
    });
    return openSession(user.id, settings.miniprogramSessionHours);
  }

  /** A /chat visitor: a user with no WeChat identity, and a session. */
  async function startVisit() {
    const user = await prisma.chatUser.create({
      data: { kind: "web", lastSeenAt: clock() },
      select: { id: true },
    });
    return openSession(user.id, settings.visitorSessionHours);
  }

  /** The user a bearer token names, or null (unknown or expired). */
  async function resolve(token: string): Promise<ChatUser | null> {
    if (!token.startsWith(PREFIX)) return null;
    const row = await prisma.chatSession.findUnique({
      where: { id: tokenDigest(token) },
      select: { expiresAt: true, user: { select: { id: true, kind: true } } },
    });
    if (!row || row.expiresAt.getTime() <= clock().getTime()) return null;
    return { userId: row.user.id, kind: row.user.kind === "miniprogram" ? "miniprogram" : "web" };
  }

  /** Sessions ended long ago are removed (a day after their end, so a late call still gets 401). */
  async function purge(): Promise<number> {
    const r = await prisma.chatSession.deleteMany({
      where: { expiresAt: { lt: new Date(clock().getTime() - 24 * 3600_000) } },
    });
    return r.count;
  }

  return { signInWithCode, startVisit, resolve, purge };
}

export type ChatUsers = ReturnType<typeof createChatUsers>;
