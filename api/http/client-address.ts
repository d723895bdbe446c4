// Who is on the other end. Behind a reverse proxy (nginx) the socket's peer is the proxy, and the
// client's address is in X-Forwarded-For — but anyone can send that header, so it is believed only
// from the proxies named in TRUSTED_PROXIES (default: none, the socket's address is the client's).
// proxy-addr walks the header from the right, stopping at the first address that is not trusted, so a
// value the client put in front of the proxy's own is never taken. The same proxies are believed about
// the original scheme and host (X-Forwarded-Proto/-Host), which the CSRF check compares Origin with.

import type { Context, Next } from "koa";
import { isIP } from "node:net";
import proxyaddr from "proxy-addr";

export type TrustProxy = (address: string, hop: number) => boolean;

/** The trust function for a list such as `loopback, 10.0.0.0/8, 192.168.1.5`; throws on a bad entry. */
export function compileTrustedProxies(list: readonly string[]): TrustProxy | null {
  return list.length === 0 ? null : proxyaddr.compile([...list]);
}

export function clientAddress(trust: TrustProxy | null) {
  return async (ctx: Context, next: Next) => {
    const peer = ctx.req.socket.remoteAddress ?? "";
    if (trust && trust(peer, 0)) {
      // A proxy that overwrote the header with something that is not an address: keep the proxy's own.
      const forwarded = proxyaddr(ctx.req, trust);
      ctx.request.ip = isIP(forwarded) ? forwarded : peer;
      // Koa reads X-Forwarded-Proto/-Host only when its app says proxy: for this request alone.
      ctx.request.app = Object.create(ctx.app, { proxy: { value: true } }) as typeof ctx.app;
    } else ctx.request.ip = peer;
    await next();
  };
}
