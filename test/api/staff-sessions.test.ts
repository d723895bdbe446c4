// Staff accounts and console sessions (contract §9): signing in sets an HttpOnly, SameSite=Strict
// cookie; a change made with it must echo the CSRF token; failed sign-ins are throttled per account
// and per address; an idle session ends; roles are enforced by the API; every decision records the
// account's username; the audit log (admins only) holds sign-ins, failures, decisions and exports.

import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";

let now = new Date("2026-06-01T02:00:00Z");
const clock = () => now;
const PASSWORD = "correct horse battery";

describe("staff accounts and sessions", () => {
  // The API sits behind a proxy on loopback here, so each test can play a client at an address of its own.
  const ctx = useTestApi("pglite", { clock, trustedProxies: ["loopback"] });

  async function account(username: string, role: "reviewer" | "approver" | "admin") {
    await ctx.api.call("POST", "/api/staff", {
      token: STAFF,
      body: { username, name: `${username} 的名字`, role, password: PASSWORD },
    });
  }

  async function signIn(username: string, password = PASSWORD, address = "10.0.0.1") {
    const res = await ctx.api.call("POST", "/api/session", {
      body: { username, password },
      headers: { "x-forwarded-for": address },
    });
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
    const csrf = (res.body as { csrfToken?: string }).csrfToken ?? "";
    return { res, cookie, csrf };
  }

  async function filed() {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application(),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    return r.body as { id: string; number: string };
  }

  it("signs in with the right password, with a cookie a script cannot read and another site cannot send", async () => {
    await account("wang", "approver");
    const { res, cookie, csrf } = await signIn("Wang");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: "wang", role: "approver" });
    const set = res.headers.get("set-cookie")!;
    expect(set).toMatch(/httponly/i);
    expect(set).toMatch(/samesite=strict/i);
    expect(set).not.toMatch(/secure/i); // plain http here; Secure when PUBLIC_URL is https
    const me = await ctx.api.call("GET", "/api/session", { headers: { cookie } });
    expect(me.body).toMatchObject({ username: "wang", csrfToken: csrf });
  });

  it("refuses a wrong password and an unknown user with the same answer", async () => {
    await account("li", "reviewer");
    const wrong = await signIn("li", "wrong password!");
    const unknown = await signIn("nobody-here", PASSWORD);
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.status).toBe(401);
    expect(wrong.res.body).toEqual(unknown.res.body);
    expect(wrong.res.headers.get("set-cookie")).toBeNull();
  });

  it("throttles an account after 5 failures in 15 minutes, even with the right password, and lets it in after", async () => {
    await account("zhao", "reviewer");
    for (let i = 0; i < 5; i++) expect((await signIn("zhao", "nope", `10.1.0.${i}`)).res.status).toBe(401);
    const sixth = await signIn("zhao", PASSWORD, "10.1.0.9");
    expect(sixth.res.status).toBe(429);
    expect(sixth.res.headers.get("retry-after")).toBe("900");
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await signIn("zhao", PASSWORD, "10.1.0.9")).res.status).toBe(200);
  });

  it("throttles an address after 20 failures across accounts", async () => {
    for (let i = 0; i < 20; i++) await signIn(`guess${i}`, "nope", "10.2.0.1");
    await account("qian", "reviewer");
    expect((await signIn("qian", PASSWORD, "10.2.0.1")).res.status).toBe(429);
    expect((await signIn("qian", PASSWORD, "10.2.0.2")).res.status).toBe(200);
  });

  it("requires the CSRF token, and the page's own origin, for a change made with the cookie", async () => {
    await account("sun", "approver");
    const { cookie, csrf } = await signIn("sun");
    const app = await filed();
    const decide = (headers: Record<string, string>) =>
      ctx.api.call("POST", `/api/applications/${app.id}/decision`, {
        body: { decision: "approved" },
        headers: { cookie, ...headers },
      });
    expect((await decide({})).status).toBe(403);
    expect((await decide({ "x-csrf-token": "forged" })).status).toBe(403);
    expect((await decide({ "x-csrf-token": csrf, origin: "https://evil.example" })).status).toBe(403);
    const ok = await decide({ "x-csrf-token": csrf });
    expect(ok.status).toBe(200);
    expect((ok.body as { decisions: { decidedBy: string }[] }).decisions.at(-1)!.decidedBy).toBe("sun");
  });

  it("lets a reviewer read and ask for materials, but not approve, read the audit or manage accounts", async () => {
    await account("zhou", "reviewer");
    const { cookie, csrf } = await signIn("zhou");
    const headers = { cookie, "x-csrf-token": csrf };
    const app = await filed();
    expect((await ctx.api.call("GET", "/api/applications", { headers })).status).toBe(200);
    const approve = await ctx.api.call("POST", `/api/applications/${app.id}/decision`, {
      body: { decision: "approved" },
      headers,
    });
    expect(approve.status).toBe(403);
    expect((approve.body as { error: { message: string } }).error.message).toContain("无权");
    const ask = await ctx.api.call("POST", `/api/applications/${app.id}/decision`, {
      body: { decision: "needs_more_info", note: "请补充纳统证明" },
      headers,
    });
    expect(ask.status).toBe(200);
    expect((await ctx.api.call("GET", "/api/audit", { headers })).status).toBe(403);
    expect((await ctx.api.call("GET", "/api/staff", { headers })).status).toBe(403);
  });

  it("ends a session idle for more than 30 minutes, and one whose account is disabled", async () => {
    await account("wuyi", "reviewer");
    await account("zheng", "reviewer");
    const a = await signIn("wuyi");
    now = new Date(now.getTime() + 29 * 60_000);
    expect((await ctx.api.call("GET", "/api/session", { headers: { cookie: a.cookie } })).status).toBe(200);
    now = new Date(now.getTime() + 31 * 60_000);
    expect((await ctx.api.call("GET", "/api/session", { headers: { cookie: a.cookie } })).status).toBe(401);
    const b = await signIn("zheng");
    await ctx.api.call("POST", "/api/staff/zheng/disable", { token: STAFF });
    expect((await ctx.api.call("GET", "/api/session", { headers: { cookie: b.cookie } })).status).toBe(401);
    expect((await signIn("zheng")).res.status).toBe(401);
  });

  it("signs out: the cookie no longer opens anything", async () => {
    await account("feng", "reviewer");
    const { cookie, csrf } = await signIn("feng");
    const out = await ctx.api.call("POST", "/api/session/end", { headers: { cookie, "x-csrf-token": csrf } });
    expect(out.status).toBe(204);
    expect((await ctx.api.call("GET", "/api/session", { headers: { cookie } })).status).toBe(401);
  });

  it("shows an admin the audit: sign-ins, failures, decisions and exports, with who and from where", async () => {
    await account("chen", "admin");
    await signIn("chen", "wrong password!", "10.3.0.7");
    const { cookie, csrf } = await signIn("chen", PASSWORD, "10.3.0.7");
    const headers = { cookie, "x-csrf-token": csrf, "x-forwarded-for": "10.3.0.7" };
    const app = await filed();
    await ctx.api.call("POST", `/api/applications/${app.id}/decision`, {
      body: { decision: "rejected", note: "不符合条件" },
      headers,
    });
    await ctx.api.call("GET", "/api/applications/export?format=csv", { headers });
    const audit = await ctx.api.call("GET", "/api/audit?limit=500", { headers });
    expect(audit.status).toBe(200);
    const items = (
      audit.body as {
        items: { actor: string; action: string; address?: string; applicationNumber?: string }[];
      }
    ).items;
    const mine = items.filter((i) => i.actor === "chen");
    expect(mine.map((i) => i.action)).toEqual(
      expect.arrayContaining(["sign_in_failed", "sign_in", "application.rejected", "export"]),
    );
    expect(mine.find((i) => i.action === "application.rejected")).toMatchObject({
      applicationNumber: app.number,
      address: "10.3.0.7",
    });
    expect(
      items.find(
        (i) =>
          i.action === "account_added" &&
          (i as { detail?: { username?: string } }).detail?.username === "chen",
      ),
    ).toBeTruthy();
    // Newest first.
    const times = items.map((i) => (i as unknown as { at: string }).at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("keeps staff tokens working for machines, with decisions recorded as staff-N", async () => {
    const app = await filed();
    const r = await ctx.api.call("POST", `/api/applications/${app.id}/decision`, {
      token: STAFF,
      body: { decision: "approved" },
    });
    expect(r.status).toBe(200);
    expect((r.body as { decisions: { decidedBy: string }[] }).decisions.at(-1)!.decidedBy).toBe("staff-1");
  });

  it("refuses a weak password, a bad username and a taken one, in Chinese", async () => {
    const add = (body: object) => ctx.api.call("POST", "/api/staff", { token: STAFF, body });
    expect((await add({ username: "ok-name", name: "甲", role: "reviewer", password: "short" })).status).toBe(
      400,
    );
    expect((await add({ username: "a", name: "甲", role: "reviewer", password: PASSWORD })).status).toBe(400);
    await add({ username: "taken", name: "甲", role: "reviewer", password: PASSWORD });
    const again = await add({ username: "taken", name: "乙", role: "reviewer", password: PASSWORD });
    expect(again.status).toBe(409);
    expect((again.body as { error: { message: string } }).error.message).toContain("已存在");
  });
});
