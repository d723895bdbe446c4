// A warning before the lock (issue 22): the fourth wrong password of five says 「再输错 1 次将锁定
// N 分钟」, the fifth that the account is now locked, the third nothing more than the refusal — N the
// server's own setting (STAFF_LOCK_MINUTES; 20 here), and an unknown name answered alike.

import { describe, expect, it } from "vitest";
import { refusalText } from "../../api/staff/refusal.ts";
import { STAFF, useTestApi } from "../support/api.ts";
import { PASSWORD } from "../support/staff.ts";

describe("wrong passwords before the lock", () => {
  // A still clock: the lock's Retry-After is exact however slowly the machine hashes the passwords.
  const now = new Date("2026-06-01T02:00:00Z");
  const ctx = useTestApi("pglite", {
    clock: () => now,
    sessions: { lockMinutes: 20 },
    trustedProxies: ["loopback"],
  });

  const signIn = (username: string, password: string, n: number) =>
    ctx.api.call("POST", "/api/session", {
      body: { username, password },
      headers: { "x-forwarded-for": `10.7.0.${n}` },
    });

  it("warns on the fourth, says locked on the fifth, and answers an unknown name the same way", async () => {
    await ctx.api.call("POST", "/api/staff", {
      token: STAFF,
      body: { username: "sun", name: "孙", role: "reviewer", password: PASSWORD },
    });
    const said: string[] = [];
    const unknown: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const r = await signIn("sun", `wrong ${i}`, i);
      expect(r.status).toBe(401);
      said.push(r.body.error.message as string);
      unknown.push((await signIn("nobody-at-all", `wrong ${i}`, 100 + i)).body.error.message as string);
    }
    expect(said.slice(0, 3)).toEqual(["用户名或密码不正确", "用户名或密码不正确", "用户名或密码不正确"]);
    expect(said[3]).toBe("用户名或密码不正确；再输错 1 次将锁定 20 分钟");
    expect(said[4]).toContain("账号已锁定 20 分钟");
    expect(unknown).toEqual(said);
    const locked = await signIn("sun", PASSWORD, 9);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe(String(20 * 60));
  });

  it("words the refusal on each side of the last try", () => {
    expect(refusalText({ remaining: 2, lockMinutes: 15 })).toBe("用户名或密码不正确");
    expect(refusalText({ remaining: 1, lockMinutes: 15 })).toBe(
      "用户名或密码不正确；再输错 1 次将锁定 15 分钟",
    );
    expect(refusalText({ remaining: 0, lockMinutes: 15 })).toContain("账号已锁定 15 分钟");
  });
});
