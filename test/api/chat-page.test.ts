// The mobile chat page's side of the API: the page and its files, and a visitor's own session (no
// WeChat identity) that the conversation routes take like a mini-program user's.

import { describe, expect, it } from "vitest";
import { useTestApi } from "../support/api.ts";

describe("the /chat page and visitor sessions", () => {
  const now = new Date("2026-06-01T02:00:00Z");
  const ctx = useTestApi("pglite", { clock: () => now });

  it("serves the page and its script with a policy that allows only its own files", async () => {
    const page = await ctx.api.call("GET", "/chat");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.body).toContain('<script type="module" src="/chat/chat.js">');
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const js = await ctx.api.call("GET", "/chat/chat.js");
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(js.body).toContain("textContent");
  });

  it("gives a visitor a session whose conversations are theirs alone", async () => {
    const a = (await ctx.api.call("POST", "/api/chat/visitors")).body.token as string;
    const b = (await ctx.api.call("POST", "/api/chat/visitors")).body.token as string;
    const c = await ctx.api.call("POST", "/api/conversations", { token: a });
    expect(c.status).toBe(201);
    const mine = await ctx.api.call("POST", `/api/conversations/${c.body.id}/messages`, {
      token: a,
      body: { text: "查询进度" },
    });
    expect(mine.body.replies.join("\n")).toContain("您还没有提交过申报");
    const theirs = await ctx.api.call("POST", `/api/conversations/${c.body.id}/messages`, {
      token: b,
      body: { text: "自测" },
    });
    expect(theirs.status).toBe(404);
  });

  it("limits new visitor sessions from one address (fifty at once, then 429 with a Chinese message)", async () => {
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push((await ctx.api.call("POST", "/api/chat/visitors")).status);
    // Two were taken by the test before: the fifty-first and later are refused (the clock stands still).
    expect(answers.filter((s) => s === 429)).toHaveLength(2);
    const r = await ctx.api.call("POST", "/api/chat/visitors");
    expect(r.body.error.message).toContain("频繁");
  });
});
