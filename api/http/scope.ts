// Whose applications a caller may see: staff see all (a district account only its district's); the bot acts for the one WeChat user it names
// (?wechatId= or, for clients that keep ids out of URLs, the X-WeChat-Id header), and sees only theirs.

import type { Context } from "koa";
import type { Principal } from "./auth.ts";
import { ApiError } from "./errors.ts";

export const principalOf = (ctx: Context) => ctx.state.principal as Principal;

/** undefined for staff; the WeChat user's id for the bot. */
export function wechatScope(ctx: Context): string | undefined {
  if (principalOf(ctx).role === "staff") return undefined;
  const w = ctx.query.wechatId ?? (ctx.get("X-WeChat-Id") || undefined);
  if (typeof w !== "string" || w === "")
    throw new ApiError(403, "forbidden", "机器人令牌只能按 wechatId 查询该用户自己的申报");
  return w;
}

/** A district account's district (it sees only that district's applications); undefined: the city. */
export function districtScope(ctx: Context): { district?: string } {
  const district = principalOf(ctx).session?.district;
  return district ? { district } : {};
}

/** Whose applications a caller acts on: staff all (undefined), the bot one WeChat user, a chat user their own. */
export type OwnerScope = { wechatId: string } | { chatUserId: string } | undefined;

/**
 * undefined for staff; the WeChat user the bot names; for a mini-program or /chat user (the
 * applicant role), that user — whatever the query says, a chat user never names anyone else.
 */
export function ownerScope(ctx: Context): OwnerScope {
  const chatUser = principalOf(ctx).chatUser;
  if (chatUser) return { chatUserId: chatUser.userId };
  const wechatId = wechatScope(ctx);
  return wechatId === undefined ? undefined : { wechatId };
}
