// WeChat's server API for mini-programs, as a contract: what its answers mean (WeChat answers most
// refusals with HTTP 200 and `{"errcode": N, "errmsg": "..."}`), and how a subscribe message's
// fields must be written (each field's kind, named by its key's prefix, has its own length and
// character rules; a value that breaks them makes WeChat refuse the whole message with 47003).
// Pure: no I/O.

export type WechatVerdict<T> =
  | { ok: true; value: T }
  /** The code was refused (invalid, used, expired, risky user): the person must sign in again. */
  | { ok: false; kind: "refused"; error: string }
  /** WeChat is busy or rate-limiting: try again shortly. */
  | { ok: false; kind: "unavailable"; error: string }
  /** The appid or secret is wrong: the deployment must be fixed. */
  | { ok: false; kind: "misconfigured"; error: string };

interface ErrBody {
  errcode?: unknown;
  errmsg?: unknown;
}

function parse(body: string): (ErrBody & Record<string, unknown>) | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === "object" ? (v as ErrBody & Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const errorOf = (b: ErrBody) =>
  `errcode ${String(b.errcode)}${typeof b.errmsg === "string" ? `: ${b.errmsg.slice(0, 200)}` : ""}`;

// 40029 invalid code, 40163 code already used, 40226 a user WeChat judges risky.
const CODE_REFUSED = new Set([40029, 40163, 40226]);
// 40013 invalid appid, 40125 invalid secret, 41002/41004 appid or secret missing, 40164 the
// server's address is not on the mini-program's whitelist, 61024 the account may not call this.
const MISCONFIGURED = new Set([40013, 40125, 41002, 41004, 40164, 61024]);

/** jscode2session's answer: the openid (and unionid when WeChat gives it), or what went wrong. */
export function readSessionReply(
  status: number,
  body: string,
): WechatVerdict<{ openid: string; unionid: string | null }> {
  if (status >= 500 || status === 429) return { ok: false, kind: "unavailable", error: `HTTP ${status}` };
  const b = parse(body);
  if (!b) return { ok: false, kind: "unavailable", error: `HTTP ${status}，应答不是 JSON` };
  const code = Number(b.errcode ?? 0);
  if (code === 0 && typeof b.openid === "string" && /^[\w-]{1,64}$/.test(b.openid))
    return {
      ok: true,
      value: {
        openid: b.openid,
        unionid: typeof b.unionid === "string" && /^[\w-]{1,64}$/.test(b.unionid) ? b.unionid : null,
      },
    };
  if (CODE_REFUSED.has(code)) return { ok: false, kind: "refused", error: errorOf(b) };
  if (MISCONFIGURED.has(code)) return { ok: false, kind: "misconfigured", error: errorOf(b) };
  if (code === 0) return { ok: false, kind: "unavailable", error: "应答缺少 openid" };
  // -1 (system busy), 45011 (too frequent) and anything unknown: worth another try later.
  return { ok: false, kind: "unavailable", error: errorOf(b) };
}

/** stable_token's answer: the access token and how many seconds it lives. */
export function readTokenReply(
  status: number,
  body: string,
): WechatVerdict<{ token: string; expiresInSeconds: number }> {
  if (status >= 500 || status === 429) return { ok: false, kind: "unavailable", error: `HTTP ${status}` };
  const b = parse(body);
  if (!b) return { ok: false, kind: "unavailable", error: `HTTP ${status}，应答不是 JSON` };
  if (typeof b.access_token === "string" && b.access_token !== "")
    return {
      ok: true,
      value: {
        token: b.access_token,
        expiresInSeconds: typeof b.expires_in === "number" && b.expires_in > 0 ? b.expires_in : 7200,
      },
    };
  const code = Number(b.errcode ?? 0);
  if (MISCONFIGURED.has(code)) return { ok: false, kind: "misconfigured", error: errorOf(b) };
  return { ok: false, kind: "unavailable", error: errorOf(b) };
}

export type SendVerdict =
  | { outcome: "delivered" }
  /** The access token expired or was replaced (40001, 42001, 40014): renew it and send again. */
  | { outcome: "renew_token"; error: string }
  /** The user has not accepted (or has used up) a subscription for this template (43101). */
  | { outcome: "refused_by_user"; error: string }
  | { outcome: "retry"; error: string }
  | { outcome: "dead"; error: string };

const TOKEN_EXPIRED = new Set([40001, 42001, 40014]);
const SEND_PERMANENT = new Map<number, string>([
  [40003, "openid 无效"],
  [40037, "订阅消息模板编号无效"],
  [41030, "跳转页面不存在"],
  [47003, "模板参数不合规"],
  [40013, "appid 无效"],
]);

/** subscribe/send's answer. */
export function readSendReply(status: number, body: string): SendVerdict {
  if (status >= 500 || status === 429 || status === 408) return { outcome: "retry", error: `HTTP ${status}` };
  const b = parse(body);
  if (!b) return { outcome: "retry", error: `HTTP ${status}，应答不是 JSON` };
  const code = Number(b.errcode ?? 0);
  if (code === 0) return { outcome: "delivered" };
  const error = errorOf(b);
  if (TOKEN_EXPIRED.has(code)) return { outcome: "renew_token", error };
  if (code === 43101) return { outcome: "refused_by_user", error: `${error}（用户未订阅或订阅已用完）` };
  const permanent = SEND_PERMANENT.get(code);
  if (permanent) return { outcome: "dead", error: `${error}（${permanent}）` };
  return { outcome: "retry", error };
}

// ---- Subscribe message fields -------------------------------------------------------------------

/** What a decision's subscribe message says, before it is fitted to a template's fields. */
export interface SubscribeContent {
  /** The application number, e.g. ZB-2026-000012. */
  number: string;
  /** The items applied for, in Chinese. */
  items: string;
  /** The decision in at most five Chinese characters: 已通过、未通过、需补材料、重新审核. */
  result: string;
  /** The approved amount in yuan, when there is one. */
  amountYuan: number | null;
  /** Staff's note, or the next step. */
  note: string;
  /** When it was decided. */
  at: Date;
}

export type SubscribeField = keyof SubscribeContent;

/** Which template key each part goes in; the template chosen in the mini-program's admin decides. */
export type SubscribeFieldMap = Partial<Record<SubscribeField, string>>;

/** A 「审核结果通知」-style template: 申报编号, 申报事项, 审核结果, 核定金额, 备注, 处理时间. */
export const DEFAULT_SUBSCRIBE_FIELDS: SubscribeFieldMap = {
  number: "character_string1",
  items: "thing2",
  result: "phrase3",
  amountYuan: "amount4",
  note: "thing5",
  at: "time6",
};

/** Parses `number:character_string1,items:thing2,…` (WECHAT_SUBSCRIBE_FIELDS); null when malformed. */
export function parseSubscribeFieldMap(text: string): SubscribeFieldMap | null {
  const known: readonly string[] = Object.keys(DEFAULT_SUBSCRIBE_FIELDS);
  const map: SubscribeFieldMap = {};
  for (const part of text.split(",").map((p) => p.trim())) {
    if (part === "") continue;
    const m = /^(\w+)\s*[:=]\s*([a-z_]+\d+)$/.exec(part);
    if (!m || !known.includes(m[1]!)) return null;
    map[m[1] as SubscribeField] = m[2]!;
  }
  return Object.keys(map).length > 0 ? map : null;
}

/** Cuts to `n` characters (not UTF-16 units), ending with 「…」 when cut. */
function cut(text: string, n: number): string {
  const chars = [...text];
  return chars.length <= n ? text : `${chars.slice(0, n - 1).join("")}…`;
}

const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000);
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A value written as the field's kind demands (the key's prefix: thing1 → thing). WeChat's rules:
 * thing ≤ 20 characters; character_string ≤ 32 letters, digits and symbols; phrase ≤ 5 Chinese
 * characters; name ≤ 10; number ≤ 32 digits; amount a currency sign and digits; time and date as
 * 「2026年11月29日 15:01」.
 */
export function fitSubscribeValue(key: string, value: string | number | Date | null): string {
  const kind = key.replace(/\d+$/, "");
  if (value instanceof Date) {
    const b = beijing(value);
    const day = `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;
    return kind === "date" ? day : `${day} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
  }
  if (typeof value === "number" || value === null) {
    if (kind === "amount") return value === null ? "¥0" : `¥${value}`;
    if (kind === "number") return value === null ? "0" : String(value).slice(0, 32);
    return fitSubscribeValue(key, value === null ? "—" : `${value.toLocaleString("zh-CN")} 元`);
  }
  const text = value.replace(/\s+/g, " ").trim() || "—";
  switch (kind) {
    case "character_string":
      return text.replace(/[^\x21-\x7E]/g, "").slice(0, 32) || "-";
    case "phrase":
      return [...text.replace(/[^\u4e00-\u9fff]/g, "")].slice(0, 5).join("") || "已处理";
    case "name":
      return cut(text, 10);
    case "number":
      return text.replace(/[^\d.]/g, "").slice(0, 32) || "0";
    case "amount":
      return /^\d+(\.\d{1,2})?$/.test(text) ? `¥${text}` : "¥0";
    default:
      return cut(text, 20);
  }
}

/** The `data` of subscribe/send for a decision, fitted to the template's fields. */
export function subscribeData(
  content: SubscribeContent,
  fields: SubscribeFieldMap = DEFAULT_SUBSCRIBE_FIELDS,
): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [part, key] of Object.entries(fields) as [SubscribeField, string][]) {
    if (part === "amountYuan" && content.amountYuan === null) {
      // A template's amount field cannot be left out; 0 would mislead, so a note-kind field says 「—」.
      data[key] = { value: key.startsWith("amount") ? "¥0" : "—" };
      continue;
    }
    data[key] = { value: fitSubscribeValue(key, content[part] as never) };
  }
  return data;
}
