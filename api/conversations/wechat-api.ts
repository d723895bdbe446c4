// The calls to WeChat's server API (contract §10): a wx.login code for an openid (jscode2session),
// the access token (stable_token: the same token for every caller while it lives, so several API
// processes do not knock each other's out), and subscribe/send. Each call has a time limit; what an
// answer means is decided in contract/wechat-api.ts.

import {
  readSendReply,
  readSessionReply,
  readTokenReply,
  type SendVerdict,
  type WechatVerdict,
} from "../../contract/wechat-api.ts";

export interface WechatSettings {
  appId: string;
  secret: string;
  /** WeChat's API host, or a stand-in for tests (WECHAT_API_BASE). */
  base: string;
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  /** formal | trial | developer: which version of the mini-program the message opens. */
  state?: string;
}

export function createWechat(s: WechatSettings) {
  const doFetch = s.fetch ?? fetch;
  const now = s.now ?? (() => new Date());
  const timeoutMs = s.timeoutMs ?? 5_000;
  const url = (path: string) => `${s.base.replace(/\/$/, "")}${path}`;
  let cached: { token: string; until: number } | null = null;
  let renewing: Promise<WechatVerdict<string>> | null = null;
  let lastForced = 0;

  async function call(path: string, init: RequestInit): Promise<{ status: number; body: string }> {
    const res = await doFetch(url(path), { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: await res.text() };
  }

  async function code2session(code: string) {
    const q = new URLSearchParams({
      appid: s.appId,
      secret: s.secret,
      js_code: code,
      grant_type: "authorization_code",
    });
    try {
      const r = await call(`/sns/jscode2session?${q}`, { method: "GET" });
      return readSessionReply(r.status, r.body);
    } catch (e) {
      return { ok: false as const, kind: "unavailable" as const, error: (e as Error).message };
    }
  }

  async function fetchToken(force: boolean): Promise<WechatVerdict<string>> {
    try {
      const r = await call("/cgi-bin/stable_token", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          grant_type: "client_credential",
          appid: s.appId,
          secret: s.secret,
          force_refresh: force,
        }),
      });
      const v = readTokenReply(r.status, r.body);
      if (!v.ok) return v;
      // Renewed five minutes before WeChat's own end (never later than half its life).
      const margin = Math.min(300, v.value.expiresInSeconds / 2) * 1000;
      cached = { token: v.value.token, until: now().getTime() + v.value.expiresInSeconds * 1000 - margin };
      return { ok: true, value: v.value.token };
    } catch (e) {
      return { ok: false, kind: "unavailable", error: (e as Error).message };
    }
  }

  /** The access token, from the cache while it lives; concurrent callers share one request. */
  function accessToken(): Promise<WechatVerdict<string>> {
    if (cached && cached.until > now().getTime()) return Promise.resolve({ ok: true, value: cached.token });
    renewing ??= fetchToken(false).finally(() => (renewing = null));
    return renewing;
  }

  /**
   * WeChat said the token expired (40001, 42001): forget it and, at most once a minute, ask for a
   * fresh one (force_refresh; WeChat limits how often that may be done).
   */
  function tokenRejected(token: string) {
    if (cached?.token !== token) return;
    cached = null;
    const t = now().getTime();
    if (t - lastForced > 60_000) {
      lastForced = t;
      renewing ??= fetchToken(true).finally(() => (renewing = null));
    }
  }

  async function sendSubscribe(m: SubscribeMessage): Promise<SendVerdict> {
    const token = await accessToken();
    if (!token.ok)
      return token.kind === "misconfigured"
        ? {
            outcome: "retry",
            error: `取不到 access_token：${token.error}（请检查 WECHAT_APPID 和 WECHAT_SECRET）`,
          }
        : { outcome: "retry", error: `取不到 access_token：${token.error}` };
    try {
      const r = await call(
        `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token.value)}`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            touser: m.touser,
            template_id: m.templateId,
            page: m.page,
            data: m.data,
            miniprogram_state: m.state ?? "formal",
            lang: "zh_CN",
          }),
        },
      );
      const v = readSendReply(r.status, r.body);
      if (v.outcome === "renew_token") tokenRejected(token.value);
      return v;
    } catch (e) {
      return { outcome: "retry", error: (e as Error).message };
    }
  }

  return { code2session, accessToken, sendSubscribe };
}

export type Wechat = ReturnType<typeof createWechat>;
