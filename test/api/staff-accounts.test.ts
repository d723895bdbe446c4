// Accounts for a day's work (contract §9): two-letter usernames; an admin re-enables, unlocks, sets a
// new password or another role, each answering the account as it now is; a lock by wrong passwords is
// shown until it lifts by itself after STAFF_LOCK_MINUTES; the last enabled admin can be neither
// disabled nor demoted; a new password or role ends the account's sessions; every act is audited with
// the account it touched.

import { describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../api/config.ts";
import { STAFF, useTestApi } from "../support/api.ts";
import { addAccount, PASSWORD, signIn } from "../support/staff.ts";

let now = new Date("2026-06-01T02:00:00Z");
const clock = () => now;
const minutes = (n: number) => (now = new Date(now.getTime() + n * 60_000));

describe("accounts for a day's work", () => {
  const ctx = useTestApi("pglite", { clock, sessions: { lockMinutes: 20 } });
  const staffList = async () =>
    (await ctx.api.call("GET", "/api/staff", { token: STAFF })).body.items as Record<string, unknown>[];
  const accountOf = async (username: string) => (await staffList()).find((a) => a.username === username)!;

  it("takes usernames of 2 to 32 lowercase letters, digits, dots, underscores and hyphens, and no others", async () => {
    for (const ok of ["li", "wu", "xu", "a1", "zhang.san_01-x", "a".repeat(32)])
      expect((await addAccount(ctx.api, ok, "reviewer")).status, ok).toBe(201);
    for (const bad of ["l", "a".repeat(33), "-li", "li wu", "李四"]) {
      const r = await addAccount(ctx.api, bad, "reviewer");
      expect(r.status, bad).toBe(400);
      expect(r.body.error.message).toContain("2–32 位");
    }
    expect(await accountOf("li")).toMatchObject({
      username: "li",
      role: "reviewer",
      district: null,
      disabled: false,
      locked: false,
      lockedUntil: null,
    });
  });

  it("refuses unknown fields and a district that is not one of Zibo's, naming it", async () => {
    const typo = await addAccount(ctx.api, "sun", "reviewer", { distrct: "张店区" });
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain("distrct");
    const far = await addAccount(ctx.api, "sun", "reviewer", { district: "历下区" });
    expect(far.status).toBe(400);
    expect(far.body.error.message).toContain("历下区");
    const ok = await addAccount(ctx.api, "sun", "reviewer", { district: "张店区" });
    expect(ok.status).toBe(201);
    expect(ok.body.district).toBe("张店区");
  });

  it("shows a lock by wrong passwords, keeps it until STAFF_LOCK_MINUTES have passed, and lifts it then by itself", async () => {
    await addAccount(ctx.api, "zhou", "reviewer");
    for (let i = 0; i < 4; i++)
      expect((await signIn(ctx.api, "zhou", "wrong one", `10.3.0.${i}`)).res.status).toBe(401);
    expect(await accountOf("zhou")).toMatchObject({ locked: false });
    expect((await signIn(ctx.api, "zhou", "wrong one", "10.3.0.5")).res.status).toBe(401);
    const locked = await accountOf("zhou");
    expect(locked).toMatchObject({
      locked: true,
      lockedUntil: new Date(now.getTime() + 20 * 60_000).toISOString(),
    });
    const refused = await signIn(ctx.api, "zhou", PASSWORD, "10.3.0.9");
    expect(refused.res.status).toBe(429);
    expect(refused.res.headers.get("retry-after")).toBe(String(20 * 60));
    minutes(20);
    now = new Date(now.getTime() - 1000);
    expect((await signIn(ctx.api, "zhou", PASSWORD, "10.3.0.9")).res.status).toBe(429);
    expect(await accountOf("zhou")).toMatchObject({ locked: true });
    now = new Date(now.getTime() + 1000);
    expect(await accountOf("zhou")).toMatchObject({ locked: false, lockedUntil: null });
    expect((await signIn(ctx.api, "zhou", PASSWORD, "10.3.0.9")).res.status).toBe(200);
  });

  it("lets an admin unlock an account at once, and the failures before it count no more", async () => {
    await addAccount(ctx.api, "wu-locked", "reviewer");
    for (let i = 0; i < 5; i++) await signIn(ctx.api, "wu-locked", "wrong one", `10.4.0.${i}`);
    expect((await signIn(ctx.api, "wu-locked", PASSWORD, "10.4.0.9")).res.status).toBe(429);
    const r = await ctx.api.call("POST", "/api/staff/wu-locked/unlock", { token: STAFF });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ username: "wu-locked", locked: false, lockedUntil: null });
    // One more wrong password after the unlock is the first of a new count, not the sixth.
    expect((await signIn(ctx.api, "wu-locked", "wrong one", "10.4.0.9")).res.status).toBe(401);
    expect((await signIn(ctx.api, "wu-locked", PASSWORD, "10.4.0.9")).res.status).toBe(200);
  });

  it("disables and re-enables an account; a disabled one cannot sign in, an enabled one can", async () => {
    await addAccount(ctx.api, "qin", "approver");
    expect((await ctx.api.call("POST", "/api/staff/qin/disable", { token: STAFF })).body.disabled).toBe(true);
    expect((await signIn(ctx.api, "qin")).res.status).toBe(401);
    const on = await ctx.api.call("POST", "/api/staff/qin/enable", { token: STAFF });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ username: "qin", disabled: false });
    expect((await signIn(ctx.api, "qin")).res.status).toBe(200);
  });

  it("sets a new password and ends the account's sessions; the old password no longer works", async () => {
    await addAccount(ctx.api, "xu-pw", "approver");
    const before = await signIn(ctx.api, "xu-pw");
    const short = await ctx.api.call("POST", "/api/staff/xu-pw/password", {
      token: STAFF,
      body: { password: "short" },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain("至少 10 位");
    const r = await ctx.api.call("POST", "/api/staff/xu-pw/password", {
      token: STAFF,
      body: { password: "a brand new password" },
    });
    expect(r.status).toBe(200);
    expect(r.body.username).toBe("xu-pw");
    expect((await ctx.api.call("GET", "/api/session", { headers: before.headers })).status).toBe(401);
    expect((await signIn(ctx.api, "xu-pw")).res.status).toBe(401);
    expect((await signIn(ctx.api, "xu-pw", "a brand new password")).res.status).toBe(200);
  });

  it("changes a role and ends the account's sessions, so the new role applies at the next sign-in", async () => {
    await addAccount(ctx.api, "he", "reviewer");
    const before = await signIn(ctx.api, "he");
    const bad = await ctx.api.call("POST", "/api/staff/he/role", { token: STAFF, body: { role: "boss" } });
    expect(bad.status).toBe(400);
    const r = await ctx.api.call("POST", "/api/staff/he/role", { token: STAFF, body: { role: "approver" } });
    expect(r.body).toMatchObject({ username: "he", role: "approver" });
    expect((await ctx.api.call("GET", "/api/session", { headers: before.headers })).status).toBe(401);
    const after = await signIn(ctx.api, "he");
    expect(after.res.body.role).toBe("approver");
    const nobody = await ctx.api.call("POST", "/api/staff/nobody/role", {
      token: STAFF,
      body: { role: "admin" },
    });
    expect(nobody.status).toBe(404);
  });

  it("lets no admin disable or demote the last enabled admin, and says so in Chinese", async () => {
    await addAccount(ctx.api, "boss", "admin");
    const me = await signIn(ctx.api, "boss");
    const off = await ctx.api.call("POST", "/api/staff/boss/disable", { headers: me.headers });
    expect(off.status).toBe(409);
    expect(off.body.error.message).toContain("最后一个可用的管理员");
    const down = await ctx.api.call("POST", "/api/staff/boss/role", {
      headers: me.headers,
      body: { role: "approver" },
    });
    expect(down.status).toBe(409);
    expect(down.body.error.message).toContain("最后一个可用的管理员");
    // With a second admin, the first may step down.
    await addAccount(ctx.api, "boss2", "admin");
    const ok = await ctx.api.call("POST", "/api/staff/boss/role", {
      headers: me.headers,
      body: { role: "approver" },
    });
    expect(ok.status).toBe(200);
    const last = await ctx.api.call("POST", "/api/staff/boss2/disable", { token: STAFF });
    expect(last.status).toBe(409);
  });

  it("lets only an admin do any of it", async () => {
    await addAccount(ctx.api, "ma", "approver");
    const { headers } = await signIn(ctx.api, "ma");
    for (const [verb, body] of [
      ["enable", undefined],
      ["unlock", undefined],
      ["password", { password: "another long one" }],
      ["role", { role: "admin" }],
    ] as const) {
      const r = await ctx.api.call("POST", `/api/staff/li/${verb}`, { headers, ...(body ? { body } : {}) });
      expect(r.status, verb).toBe(403);
    }
  });

  it("writes every act in the audit log with the account it touched", async () => {
    const audit = await ctx.api.call("GET", "/api/audit?limit=500", { token: STAFF });
    const acts = (
      audit.body.items as { action: string; account?: string; detail: { account?: string } }[]
    ).filter((i) => i.action.startsWith("account_"));
    for (const action of [
      "account_added",
      "account_disabled",
      "account_enabled",
      "account_unlocked",
      "account_locked",
      "account_password_reset",
      "account_role_changed",
    ]) {
      const entry = acts.find((a) => a.action === action);
      expect(entry, action).toBeDefined();
      expect(entry!.account).toBeTruthy();
      expect(entry!.detail.account).toBe(entry!.account);
    }
    const byAccount = await ctx.api.call("GET", "/api/audit?account=qin", { token: STAFF });
    expect(byAccount.body.items.map((i: { action: string }) => i.action).sort()).toEqual(
      ["account_added", "account_disabled", "account_enabled"].sort(),
    );
  });
});

describe("STAFF_LOCK_MINUTES", () => {
  it("is read once with the configuration: 15 by default, a whole number of minutes otherwise", () => {
    expect(loadConfig({}).STAFF_LOCK_MINUTES).toBe(15);
    expect(loadConfig({ STAFF_LOCK_MINUTES: "30" }).STAFF_LOCK_MINUTES).toBe(30);
    expect(() => loadConfig({ STAFF_LOCK_MINUTES: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ STAFF_LOCK_MINUTES: "soon" })).toThrow(ConfigError);
  });
});

describe("the last admin, on PostgreSQL", () => {
  const ctx = useTestApi("postgres");

  it("survives two admins demoting each other at the same moment: one step down is refused", async () => {
    await addAccount(ctx.api, "ad1", "admin");
    await addAccount(ctx.api, "ad2", "admin");
    const [a, b] = await Promise.all(
      ["ad1", "ad2"].map((u) =>
        ctx.api.call("POST", `/api/staff/${u}/role`, { token: STAFF, body: { role: "reviewer" } }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const admins = (await ctx.api.call("GET", "/api/staff", { token: STAFF })).body.items.filter(
      (x: { role: string }) => x.role === "admin",
    );
    expect(admins).toHaveLength(1);
  });
});
