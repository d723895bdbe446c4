// A fake of WeChat's server API on loopback (jscode2session, stable_token, subscribe/send), scripted
// by the test: which codes it refuses, when it is down or slow, which tokens it has expired, which
// users have not subscribed. It records every subscribe message it accepted.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
}

export interface FakeWechatApi {
  base: string;
  appId: string;
  secret: string;
  /** Codes used once already (a second use is refused with 40163). */
  used: Set<string>;
  /** Subscribe messages accepted, in order. */
  sent: SentMessage[];
  /** Access tokens handed out, in order. */
  tokens: string[];
  /** Tokens WeChat now calls expired (40001). */
  expired: Set<string>;
  /** openids that have not subscribed (43101). */
  unsubscribed: Set<string>;
  /** Answer every call with this HTTP status (e.g. 503), or hang this many ms ("slow"). */
  mode: { down?: number; slowMs?: number };
  /** Calls of each path. */
  calls: Record<string, number>;
  close(): Promise<void>;
}

/** A code's openid: `code-<name>` → `openid-<name>`; `code-<name>-u` also gives a unionid. */
const openidOf = (code: string) => `openid-${code.replace(/^code-/, "").replace(/-u$/, "")}`;

export async function startFakeWechatApi(): Promise<FakeWechatApi> {
  const appId = "wx0000000000000001";
  const secret = "test-secret";
  const fake: Omit<FakeWechatApi, "base" | "close"> = {
    appId,
    secret,
    used: new Set(),
    sent: [],
    tokens: [],
    expired: new Set(),
    unsubscribed: new Set(),
    mode: {},
    calls: {},
  };
  const json = (res: import("node:http").ServerResponse, body: object) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      fake.calls[url.pathname] = (fake.calls[url.pathname] ?? 0) + 1;
      const answer = () => {
        if (fake.mode.down) return res.writeHead(fake.mode.down).end("busy");
        if (url.pathname === "/sns/jscode2session") {
          const q = url.searchParams;
          if (q.get("appid") !== appId || q.get("secret") !== secret)
            return json(res, { errcode: 40125, errmsg: "invalid appsecret" });
          const code = q.get("js_code") ?? "";
          if (!code.startsWith("code-")) return json(res, { errcode: 40029, errmsg: "invalid code" });
          if (fake.used.has(code)) return json(res, { errcode: 40163, errmsg: "code been used" });
          fake.used.add(code);
          return json(res, {
            openid: openidOf(code),
            session_key: "not-for-the-client",
            ...(code.endsWith("-u") ? { unionid: `union-${openidOf(code)}` } : {}),
          });
        }
        if (url.pathname === "/cgi-bin/stable_token") {
          const body = JSON.parse(raw) as { appid: string; secret: string };
          if (body.appid !== appId || body.secret !== secret)
            return json(res, { errcode: 40125, errmsg: "invalid appsecret" });
          const current = fake.tokens.at(-1);
          const token = current && !fake.expired.has(current) ? current : `token-${fake.tokens.length + 1}`;
          if (token !== current) fake.tokens.push(token);
          return json(res, { access_token: token, expires_in: 7200 });
        }
        if (url.pathname === "/cgi-bin/message/subscribe/send") {
          const token = url.searchParams.get("access_token") ?? "";
          if (!fake.tokens.includes(token))
            return json(res, { errcode: 40001, errmsg: "invalid credential" });
          if (fake.expired.has(token)) return json(res, { errcode: 42001, errmsg: "access_token expired" });
          const m = JSON.parse(raw) as SentMessage;
          if (fake.unsubscribed.has(m.touser))
            return json(res, { errcode: 43101, errmsg: "user refuse to accept the msg" });
          fake.sent.push(m);
          return json(res, { errcode: 0, errmsg: "ok" });
        }
        res.writeHead(404).end();
      };
      if (fake.mode.slowMs) setTimeout(answer, fake.mode.slowMs);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    ...fake,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
