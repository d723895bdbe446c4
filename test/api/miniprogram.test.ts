// The mini-program's side of the API (contract §10) against a fake WeChat API on loopback: sign-in
// with a wx.login code, conversations over HTTP, filing, one's own list, and the decision arriving
// once as a subscribe message.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import { createServices } from "../../api/services.ts";
import { createSubscribeDeliverer } from "../../api/notifications/subscribe-deliverer.ts";
import { createWechat } from "../../api/conversations/wechat-api.ts";
import { application, BOT, STAFF, startTestApi, type TestApi } from "../support/api.ts";
import { SHOP_SUBMISSION } from "../support/conversations.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { startFakeWechatApi, type FakeWechatApi } from "../support/fake-wechat-api.ts";

const logger = createLogger("silent");

describe("the mini-program's API against a fake WeChat", () => {
  let wx: FakeWechatApi;
  let tdb: TestDatabase;
  let api: TestApi;
  let now = new Date("2026-06-01T02:00:00Z");
  const clock = () => now;

  beforeAll(async () => {
    wx = await startFakeWechatApi();
    tdb = await createTestDatabase("pglite");
    api = await startTestApi(tdb.db, {
      clock,
      wechat: createWechat({ appId: wx.appId, secret: wx.secret, base: wx.base, timeoutMs: 300 }),
      subscribeTemplateId: "tmpl-decision",
      conversationRate: { burst: 10, perSecond: 5 },
    });
  });
  afterAll(async () => {
    await api.close();
    await tdb.db.close();
    await tdb.dispose();
    await wx.close();
  });

  let codes = 0;
  async function signIn(code = `code-user${++codes}`) {
    const r = await api.call("POST", "/api/miniprogram/login", { body: { code } });
    expect(r.status).toBe(200);
    return r.body.token as string;
  }

  describe("signing in", () => {
    it("gives a token with its expiry and the subscribe template for a code WeChat accepts", async () => {
      const r = await api.call("POST", "/api/miniprogram/login", { body: { code: "code-alice-u" } });
      expect(r.status).toBe(200);
      expect(r.body.token).toMatch(/^cs_/);
      expect(new Date(r.body.expiresAt).getTime()).toBe(now.getTime() + 24 * 3600_000);
      expect(r.body.subscribeTemplateId).toBe("tmpl-decision");
      expect(JSON.stringify(r.body)).not.toContain("openid");
      const user = await tdb.db.prisma.chatUser.findUnique({ where: { openid: "openid-alice" } });
      expect(user?.unionid).toBe("union-openid-alice");
    });

    it("refuses a code WeChat calls invalid, and one used before, with 401 and a Chinese message", async () => {
      const bad = await api.call("POST", "/api/miniprogram/login", { body: { code: "forged" } });
      expect(bad.status).toBe(401);
      expect(bad.body.error.code).toBe("wechat_code_refused");
      expect(bad.body.error.message).toContain("重新打开小程序");
      await signIn("code-once");
      const again = await api.call("POST", "/api/miniprogram/login", { body: { code: "code-once" } });
      expect(again.status).toBe(401);
    });

    it("answers a missing or malformed code with 400 before asking WeChat", async () => {
      const before = wx.calls["/sns/jscode2session"] ?? 0;
      expect((await api.call("POST", "/api/miniprogram/login", { body: {} })).status).toBe(400);
      expect((await api.call("POST", "/api/miniprogram/login", { body: { code: "a b<" } })).status).toBe(400);
      expect(wx.calls["/sns/jscode2session"] ?? 0).toBe(before);
    });

    it("says WeChat is unavailable (503, Retry-After) when it answers 5xx or too slowly, and the code still works after", async () => {
      wx.mode.down = 502;
      const down = await api.call("POST", "/api/miniprogram/login", { body: { code: "code-patient" } });
      expect(down.status).toBe(503);
      expect(down.body.error.code).toBe("wechat_unavailable");
      expect(down.headers.get("retry-after")).toBe("5");
      wx.mode.down = undefined;
      wx.mode.slowMs = 1_000;
      const slow = await api.call("POST", "/api/miniprogram/login", { body: { code: "code-late" } });
      expect(slow.status).toBe(503);
      wx.mode.slowMs = undefined;
      await new Promise((r) => setTimeout(r, 800)); // the slow answer has been given (and the code used)
      expect(
        (await api.call("POST", "/api/miniprogram/login", { body: { code: "code-patient" } })).status,
      ).toBe(200);
    });

    it("refuses an expired token with 401, and an unknown one", async () => {
      const token = await signIn();
      expect((await api.call("GET", "/api/me/applications", { token })).status).toBe(200);
      const saved = now;
      now = new Date(now.getTime() + 24 * 3600_000 + 1);
      const expired = await api.call("GET", "/api/me/applications", { token });
      now = saved;
      expect(expired.status).toBe(401);
      expect(expired.headers.get("www-authenticate")).toContain("invalid_token");
      expect(expired.body.error.message).toContain("重新登录");
      expect((await api.call("GET", "/api/me/applications", { token: "cs_nothing" })).status).toBe(401);
    });
  });

  describe("conversations over HTTP", () => {
    it("greets a new conversation with the menu as buttons, and answers a message with the next question's choices", async () => {
      const token = await signIn();
      const c = await api.call("POST", "/api/conversations", { token });
      expect(c.status).toBe(201);
      expect(c.body.replies[0]).toContain("政策通");
      expect(c.body.choices.map((x: { text: string }) => x.text)).toContain("自测");
      const m = await api.call("POST", `/api/conversations/${c.body.id}/messages`, {
        token,
        body: { text: "村里去年网络零售额1500万，活跃网店25家" },
      });
      expect(m.status).toBe(200);
      expect(m.body.facts).toMatchObject({
        subjectType: "village",
        onlineRetailYuan: 15_000_000,
        activeShops: 25,
      });
      expect(m.body.replies.join("\n")).toContain("1500");
      const got = await api.call("GET", `/api/conversations/${c.body.id}`, { token });
      expect(got.body.facts).toEqual(m.body.facts);
    });

    it("answers another user's conversation with 404, whoever asks (another user or the bot)", async () => {
      const mine = await signIn();
      const theirs = await signIn();
      const c = await api.call("POST", "/api/conversations", { token: mine });
      for (const token of [theirs, BOT]) {
        const r = await api.call("POST", `/api/conversations/${c.body.id}/messages`, {
          token,
          body: { text: "自测" },
        });
        expect(r.status).toBe(404);
        expect((await api.call("GET", `/api/conversations/${c.body.id}`, { token })).status).toBe(404);
      }
      expect((await api.call("POST", "/api/conversations", { token: STAFF })).status).toBe(403);
      expect((await api.call("POST", "/api/conversations")).status).toBe(401);
    });

    it("refuses a message of 100 KB (413) and one over 2,000 characters (400), and the conversation goes on", async () => {
      const token = await signIn();
      const c = await api.call("POST", "/api/conversations", { token });
      const path = `/api/conversations/${c.body.id}/messages`;
      const huge = await api.call("POST", path, { token, body: { text: "长".repeat(100 * 1024) } });
      expect(huge.status).toBe(413);
      expect(huge.body.error.message).toContain("过大");
      const long = await api.call("POST", path, { token, body: { text: "x".repeat(2001) } });
      expect(long.status).toBe(400);
      expect(long.body.error.message).toContain("太长");
      const ok = await api.call("POST", path, { token, body: { text: "自测" } });
      expect(ok.body.asking).toBe("subjectType");
    });

    it("takes a burst of 20 messages a second from one user in part: the rest get 429 with Retry-After, none half-handled", async () => {
      const token = await signIn();
      const c = await api.call("POST", "/api/conversations", { token }); // one of the burst of 10
      const path = `/api/conversations/${c.body.id}/messages`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => api.call("POST", path, { token, body: { text: "你好" } })),
      );
      const ok = answers.filter((a) => a.status === 200).length;
      const limited = answers.filter((a) => a.status === 429);
      expect(ok).toBe(9);
      expect(limited).toHaveLength(11);
      expect(limited[0]!.body.error.code).toBe("rate_limited");
      expect(Number(limited[0]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const row = await tdb.db.prisma.conversation.findUnique({ where: { id: c.body.id } });
      expect((row!.state as { turns: number }).turns).toBe(1 + ok); // the greeting and each accepted message
      now = new Date(now.getTime() + 2_000); // the bucket refills
      expect((await api.call("POST", path, { token, body: { text: "自测" } })).status).toBe(200);
    });

    it("handles two messages sent at once in the order they came, and none is lost across two API processes", async () => {
      const a = createServices({ db: tdb.db, clock });
      const b = createServices({ db: tdb.db, clock });
      const owner = { id: "user:order-test", chatUserId: null };
      const c = await a.conversations.create(owner);
      const [first, second] = await Promise.all([
        a.conversations.message(owner, c.id, "自测"),
        a.conversations.message(owner, c.id, "企业"),
      ]);
      expect(first.asking).toBe("subjectType");
      expect(second.facts.subjectType).toBe("enterprise");
      // Two processes, one conversation: each turn lands on the state the other left.
      await Promise.all([
        a.conversations.message(owner, c.id, "你好"),
        b.conversations.message(owner, c.id, "在吗"),
        a.conversations.message(owner, c.id, "谢谢"),
        b.conversations.message(owner, c.id, "好的"),
      ]);
      const row = await tdb.db.prisma.conversation.findUnique({ where: { id: c.id } });
      expect((row!.state as { turns: number }).turns).toBe(1 + 2 + 4);
      expect(row!.version).toBe(1 + 2 + 4);
    });
  });

  describe("filing and following", () => {
    it("files from a conversation as the signed-in user, lists it as theirs only, and never shows the openid", async () => {
      const token = await signIn("code-filer");
      const c = await api.call("POST", "/api/conversations", { token });
      let last: any = null;
      for (const text of SHOP_SUBMISSION) {
        now = new Date(now.getTime() + 1_000); // typed at a person's pace, within the rate
        last = (await api.call("POST", `/api/conversations/${c.body.id}/messages`, { token, body: { text } }))
          .body;
      }
      expect(last.replies.join("\n")).toMatch(/申报已提交，编号 ZB-2026-\d{6}/);
      const mine = await api.call("GET", "/api/me/applications", { token });
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.items[0]).toMatchObject({ status: "submitted", statusLabel: "待审核" });
      expect(mine.body.items[0].clauses[0].name).toBeTruthy();
      const other = await api.call("GET", "/api/me/applications", { token: await signIn() });
      expect(other.body.items).toEqual([]);
      const detail = await api.call("GET", `/api/applications/${mine.body.items[0].id}`, { token: STAFF });
      expect(JSON.stringify(detail.body)).not.toContain("openid-filer");
      expect(JSON.stringify(mine.body)).not.toContain("openid-filer");
    });

    it("files with POST /api/applications and the user's token, ignoring any wechatId it names", async () => {
      const token = await signIn();
      const r = await api.call("POST", "/api/applications", {
        token,
        body: application({}, { wechatId: "wxid_someone_else" }),
        headers: { "idempotency-key": "mp-file-1" },
      });
      expect(r.status).toBe(201);
      const row = await tdb.db.prisma.application.findUnique({ where: { id: r.body.id } });
      expect(row?.wechatId).toBeNull();
      expect(row?.chatUserId).not.toBeNull();
      const mine = await api.call("GET", "/api/me/applications", { token });
      expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([r.body.id]);
      // A user's token reads only their own list: the staff list stays closed.
      expect((await api.call("GET", "/api/applications", { token })).status).toBe(403);
    });
  });

  describe("a decision as a subscribe message", () => {
    async function filedBy(code: string) {
      const token = await signIn(code);
      const r = await api.call("POST", "/api/applications", {
        token,
        body: application(),
        headers: { "idempotency-key": `sub-${code}` },
      });
      expect(r.status).toBe(201);
      return { ...(r.body as { id: string; number: string }), token };
    }
    // The outbox's rows are due by the database's clock: the deliverer runs on real time, moved on.
    let later = 0;
    const deliverer = () =>
      createSubscribeDeliverer({
        prisma: tdb.db.prisma,
        wechat: createWechat({ appId: wx.appId, secret: wx.secret, base: wx.base, timeoutMs: 300 }),
        templateId: "tmpl-decision",
        logger,
        now: () => new Date(Date.now() + later),
        baseDelayMs: 1_000,
      });
    const decide = (id: string, body: object) =>
      api.call("POST", `/api/applications/${id}/decision`, { token: STAFF, body });

    it("arrives once, with the fields fitted to WeChat's rules, however often the deliverer runs", async () => {
      const a = await filedBy("code-subscriber");
      // The user allowed one message: 我的申报 may say a decision will come.
      await api.call("POST", "/api/me/subscription", { token: a.token, body: { answer: "accept" } });
      const promised = await api.call("GET", "/api/me/applications", { token: a.token });
      expect(promised.body.subscription.willNotify).toBe(true);
      expect(
        (await decide(a.id, { decision: "approved", approvedAmountYuan: 40_000, note: "材料齐全，予以通过" }))
          .status,
      ).toBe(200);
      const d = deliverer();
      expect(await d.runOnce()).toBe(1);
      await d.runOnce();
      await deliverer().runOnce();
      const sent = wx.sent.filter((m) => m.touser === "openid-subscriber");
      expect(sent).toHaveLength(1);
      expect(sent[0]!.template_id).toBe("tmpl-decision");
      expect(sent[0]!.data).toMatchObject({
        character_string1: { value: a.number },
        phrase3: { value: "已通过" },
        amount4: { value: "¥40000" },
        thing5: { value: "材料齐全，予以通过" },
        time6: { value: "2026年6月1日 10:00" },
      });
      expect([...sent[0]!.data.thing2!.value].length).toBeLessThanOrEqual(20);
      expect(sent[0]!.page).toBe("pages/mine/index");
      // That one permission is spent: no further message is promised.
      const spent = await api.call("GET", "/api/me/applications", { token: a.token });
      expect(spent.body.subscription).toMatchObject({ answer: "accept", willNotify: false });
    });

    it("renews an expired access token and sends at once", async () => {
      const a = await filedBy("code-renewal");
      await decide(a.id, { decision: "rejected", note: "不符合条件" });
      const d = deliverer();
      await d.runOnce(); // takes a token
      wx.expired.add(wx.tokens.at(-1)!);
      await decide((await filedBy("code-renewal-2")).id, { decision: "rejected", note: "不符合条件" });
      expect(await d.runOnce()).toBe(1);
      expect(wx.sent.some((m) => m.touser === "openid-renewal-2")).toBe(true);
    });

    it("records a user who has not subscribed (43101) and does not retry", async () => {
      const a = await filedBy("code-refuser");
      wx.unsubscribed.add("openid-refuser");
      await decide(a.id, { decision: "rejected", note: "不符合条件" });
      await deliverer().runOnce();
      later += 3600_000;
      await deliverer().runOnce();
      const row = await tdb.db.prisma.notification.findFirst({
        where: { applicationId: a.id, channel: "wechat_subscribe" },
      });
      expect(row).toMatchObject({ status: "dead", attempts: 1 });
      expect(row?.lastError).toContain("43101");
      const user = await tdb.db.prisma.chatUser.findUnique({ where: { openid: "openid-refuser" } });
      expect(user?.subscribeRefusedAt).not.toBeNull();
    });

    it("retries later when WeChat is down, and delivers once it is back", async () => {
      const a = await filedBy("code-patience");
      await decide(a.id, { decision: "needs_more_info", note: "请补充营业执照" });
      wx.mode.down = 503;
      expect(await deliverer().runOnce()).toBe(0);
      wx.mode.down = undefined;
      expect(await deliverer().runOnce()).toBe(0); // not yet due
      later += 5_000;
      expect(await deliverer().runOnce()).toBe(1);
      const sent = wx.sent.filter((m) => m.touser === "openid-patience");
      expect(sent).toHaveLength(1);
      expect(sent[0]!.data.phrase3!.value).toBe("需补材料");
      // A request for materials opens that application's upload.
      expect(sent[0]!.page).toBe(`pages/materials/index?id=${a.id}`);
    });
  });
});
