// With an https PUBLIC_URL the session cookie is Secure, which cannot be set over plain HTTP: a sign-in
// that arrives so is told in Chinese to use the HTTPS address (found by a stranger: it was a 500), and one
// through the trusted HTTPS proxy signs in with a Secure cookie.

import { describe, expect, it } from "vitest";
import { STAFF, useTestApi } from "../support/api.ts";
import { PASSWORD } from "../support/staff.ts";

describe("signing in under an https PUBLIC_URL", () => {
  const ctx = useTestApi("pglite", { publicUrl: "https://zb.example.gov.cn", trustedProxies: ["loopback"] });

  it("says to use HTTPS over plain HTTP, and sets a Secure cookie through the proxy", async () => {
    await ctx.api.call("POST", "/api/staff", {
      token: STAFF,
      body: { username: "zhou", name: "周", role: "reviewer", password: PASSWORD },
    });
    const plain = await ctx.api.call("POST", "/api/session", {
      body: { username: "zhou", password: PASSWORD },
    });
    expect([plain.status, plain.body.error.code]).toEqual([400, "https_required"]);
    expect(plain.body.error.message).toContain("请通过 HTTPS 地址登录");
    const proxied = await ctx.api.call("POST", "/api/session", {
      body: { username: "zhou", password: PASSWORD },
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "10.1.2.3" },
    });
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get("set-cookie")).toMatch(/secure/i);
  });
});
