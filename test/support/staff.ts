// Staff accounts and console sessions for API tests: an account made with the staff token, and a
// signed-in browser's headers (the cookie, and the CSRF token a change must echo).

import type { TestApi } from "./api.ts";
import { STAFF } from "./api.ts";

export const PASSWORD = "correct horse battery";

export async function addAccount(
  api: TestApi,
  username: string,
  role: "reviewer" | "approver" | "admin",
  extra: Record<string, unknown> = {},
) {
  return api.call("POST", "/api/staff", {
    token: STAFF,
    body: { username, name: `${username} 的名字`, role, password: PASSWORD, ...extra },
  });
}

export async function signIn(api: TestApi, username: string, password = PASSWORD, address = "10.9.0.1") {
  const res = await api.call("POST", "/api/session", {
    body: { username, password },
    headers: { "x-forwarded-for": address },
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const csrf = (res.body as { csrfToken?: string }).csrfToken ?? "";
  return { res, headers: { cookie, "x-csrf-token": csrf } };
}
