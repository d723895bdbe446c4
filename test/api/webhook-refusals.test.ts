// The webhook deliverer against a fake 企业微信 that refuses inside HTTP 200 (errcode), keeps within
// the robot's 20 messages a minute across deliverers, and keeps its lease while it works.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import { createWebhookDeliverer, IN_DOUBT } from "../../api/notifications/webhook-deliverer.ts";
import { classifyReply, fitContent } from "../../contract/wecom-robot.ts";
import { application, BOT, startTestApi, type TestApi } from "../support/api.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";

const logger = createLogger("silent");

/** A fake 企业微信 robot: answers each post with HTTP 200 and the errcode the script gives. */
async function fakeRobot(errcodeFor: (n: number) => number) {
  const accepted: string[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const body = JSON.parse(raw) as { eventId: string };
      const errcode = errcodeFor(n++);
      if (errcode === 0) accepted.push(body.eventId);
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ errcode, errmsg: errcode === 0 ? "ok" : "refused" }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/webhook/send?key=k`,
    accepted,
    posts: () => n,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe("the webhook deliverer and 企业微信's refusals", () => {
  let tdb: TestDatabase;
  let api: TestApi;
  let k = 0;
  const submit = async () => {
    const i = k++;
    const r = await api.call("POST", "/api/applications", {
      token: BOT,
      body: application({}, { name: `淄博测试${i}号电子商务有限公司` }),
      headers: { "idempotency-key": `refusal-${i}` },
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; number: string };
  };
  const rowOf = (applicationId: string) =>
    tdb.db.prisma.notification.findFirstOrThrow({ where: { applicationId, channel: "webhook" } });
  /** Every pending webhook row and recorded post so far is put aside: a test sees only its own. */
  const clearPending = async () => {
    await tdb.db.prisma.notification.updateMany({
      where: { channel: "webhook", status: "pending" },
      data: { status: "delivered" },
    });
    await tdb.db.prisma.webhookPost.deleteMany();
  };

  beforeAll(async () => {
    tdb = await createTestDatabase("pglite");
    api = await startTestApi(tdb.db, { notify: { webhook: true } });
  });
  afterAll(async () => {
    await api?.close();
    await tdb?.db.close();
  });

  it("reads errcode 0 as delivered, 45009 as a rate refusal to retry, and a removed robot as final", () => {
    expect(classifyReply(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ outcome: "delivered" });
    expect(classifyReply(200, '{"errcode":45009,"errmsg":"api freq out of limit"}')).toMatchObject({
      outcome: "retry",
      throttled: true,
      error: "errcode 45009: api freq out of limit",
    });
    expect(classifyReply(200, '{"errcode":93000,"errmsg":"invalid webhook url"}').outcome).toBe("dead");
    expect(classifyReply(200, '{"errcode":-1,"errmsg":"system busy"}').outcome).toBe("retry");
    expect(classifyReply(200, "OK")).toEqual({ outcome: "delivered" });
    expect(classifyReply(502, "")).toEqual({ outcome: "retry", error: "HTTP 502" });
  });

  it("does not record a post refused with errcode 45009 inside HTTP 200 as delivered, and sends it again later", async () => {
    await clearPending();
    const robot = await fakeRobot((n) => (n === 0 ? 45009 : 0));
    const a = await submit();
    let clock = Date.now() + 5;
    const d = createWebhookDeliverer({
      prisma: tdb.db.prisma,
      url: robot.url,
      logger,
      now: () => new Date(clock),
      baseDelayMs: 1_000,
    });
    expect(await d.runOnce()).toBe(0);
    const refused = await rowOf(a.id);
    expect(refused).toMatchObject({ status: "pending", deliveredAt: null });
    expect(refused.lastError).toContain("45009");
    expect(robot.accepted).toHaveLength(0);
    expect(await d.runOnce()).toBe(0); // the robot's minute has not passed: nothing is posted
    expect(robot.posts()).toBe(1);
    clock += 5_000;
    expect(await d.runOnce()).toBe(1);
    expect(robot.accepted).toEqual([refused.id]);
    expect((await rowOf(a.id)).status).toBe("delivered");
    await robot.close();
  });

  it("dead-letters a post refused for a reason no retry mends (invalid webhook key)", async () => {
    await clearPending();
    const robot = await fakeRobot(() => 93000);
    const a = await submit();
    const d = createWebhookDeliverer({ prisma: tdb.db.prisma, url: robot.url, logger });
    await d.runOnce();
    const row = await rowOf(a.id);
    expect(row.status).toBe("dead");
    expect(row.lastError).toContain("93000");
    await robot.close();
  });

  it("posts at most 20 messages in any minute, however many deliverers share the outbox", async () => {
    await clearPending();
    const robot = await fakeRobot(() => 0);
    for (let i = 0; i < 26; i++) await submit();
    let clock = Date.now() + 120_000; // past every earlier test's posts
    const make = () =>
      createWebhookDeliverer({ prisma: tdb.db.prisma, url: robot.url, logger, now: () => new Date(clock) });
    const [a, b] = [make(), make()];
    for (let round = 0; round < 5; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    expect(robot.posts()).toBe(20);
    clock += 30_000; // still inside the same minute
    await Promise.all([a.runOnce(), b.runOnce()]);
    expect(robot.posts()).toBe(20);
    clock += 31_000; // the first minute's posts have left the window
    for (let round = 0; round < 3; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    expect(robot.posts()).toBe(26);
    expect(new Set(robot.accepted).size).toBe(26);
    await robot.close();
  });

  it("renews the lease of a row while its post is still under way, so no other deliverer takes it", async () => {
    await clearPending();
    const robot = await fakeRobot(() => 0);
    await submit();
    let release: () => void = () => undefined;
    const slow: typeof fetch = async (url, init) => {
      await new Promise<void>((r) => (release = r));
      return fetch(url, init);
    };
    const leaseMs = 300;
    const a = createWebhookDeliverer({ prisma: tdb.db.prisma, url: robot.url, logger, fetch: slow, leaseMs });
    const b = createWebhookDeliverer({ prisma: tdb.db.prisma, url: robot.url, logger, leaseMs });
    const first = a.runOnce();
    // Several leases long: without renewal the row would have come back to b.
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, leaseMs));
      expect(await b.runOnce()).toBe(0);
    }
    release();
    expect(await first).toBe(1);
    expect(robot.posts()).toBe(1);
    await robot.close();
  });

  it("posts a card that got no answer in time once only: set aside as in doubt, never re-posted", async () => {
    await clearPending();
    const app = await submit();
    let posts = 0;
    const silent: typeof fetch = (_url, init) => {
      posts++;
      return new Promise((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)),
      );
    };
    const d = createWebhookDeliverer({
      prisma: tdb.db.prisma,
      url: "http://127.0.0.1:9/x",
      logger,
      fetch: silent,
      timeoutMs: 100,
    });
    expect(await d.runOnce()).toBe(0);
    for (let i = 0; i < 3; i++) await d.runOnce();
    expect(posts).toBe(1);
    expect(await rowOf(app.id)).toMatchObject({ status: "dead", lastError: IN_DOUBT, sendingAt: null });
  });

  it("retries a card whose connection was refused: nothing was sent", async () => {
    await clearPending();
    const app = await submit();
    const d = createWebhookDeliverer({
      prisma: tdb.db.prisma,
      url: "http://127.0.0.1:9/x",
      logger,
      baseDelayMs: 10,
    });
    await d.runOnce();
    expect(await rowOf(app.id)).toMatchObject({ status: "pending", attempts: 1, sendingAt: null });
  });

  it("cuts a markdown text over 企业微信's 4,096 bytes on a character boundary", () => {
    const long = "核".repeat(3_000);
    const fitted = fitContent(long);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(4_096);
    expect(fitted.endsWith("（内容过长，已截断）")).toBe(true);
    expect(fitContent("短")).toBe("短");
  });
});
