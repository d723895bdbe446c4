// The one API client: openapi-fetch typed by the paths of GET /openapi.json (generated at build
// into generated/console/openapi.d.ts), so a call to a path or method the API does not declare, or
// with the wrong body, does not compile. The session rides on the cookie; every change echoes the
// session's CSRF token in X-CSRF-Token, as the API asks of cookie sessions.

import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../../../../generated/console/openapi";
import { session, signedOut } from "../session";

export type { paths };

/** The contract's error body (§4). */
export interface ApiErrorBody {
  error?: { code?: string; message?: string; issues?: { path?: string; message: string }[] };
}

const csrfAndExpiry: Middleware = {
  onRequest({ request }) {
    if (request.method !== "GET" && session.me?.csrfToken)
      request.headers.set("x-csrf-token", session.me.csrfToken);
    request.headers.set("accept", "application/json");
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith("/api/session"))
      signedOut("登录已过期，请重新登录。");
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });
api.use(csrfAndExpiry);

/** The API's Chinese message from an error body, or a polite fallback. */
export function messageOf(error: unknown, fallback = "操作没有成功，请稍后再试。"): string {
  const m = (error as ApiErrorBody | undefined)?.error?.message;
  return typeof m === "string" && m ? m : fallback;
}

/** Headers for a plain fetch or XMLHttpRequest that changes something (uploads send bytes, not JSON). */
export function writeHeaders(): Record<string, string> {
  return session.me?.csrfToken ? { "x-csrf-token": session.me.csrfToken } : {};
}
