// Faults in delivery, at the process level: a webhook that fails and recovers, two API processes
// delivering from one outbox, an API restarted mid-delivery.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { IN_DOUBT } from "../../api/notifications/webhook-deliverer.ts";
import { application, STAFF } from "../support/api.ts";
import { createTestDatabase } from "../support/databases.ts";
import { postApplication, startApiProcess } from "../support/processes.ts";

/**
 * A 企业微信-style receiver on loopback that counts deliveries per event id. `errcodeFor` answers
 * a refusal inside HTTP 200, as 企业微信 does (45009: too many messages).
 */
async function receiver(statusFor: () => number, errcodeFor: () => number = () => 0) {
  const seen = new Map<string, number>();
  const order: { eventId: string; content: string }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const status = statusFor();
      const errcode = status === 200 ? errcodeFor() : 0;
      if (status === 200 && errcode === 0) {
        const body = JSON.parse(raw) as { eventId: string; markdown: { content: string } };
        seen.set(body.eventId, (seen.get(body.eventId) ?? 0) + 1);
        if (seen.get(body.eventId) === 1)
          order.push({ eventId: body.eventId, content: body.markdown.content });
      }
      res
        .writeHead(status)
        .end(JSON.stringify({ errcode, errmsg: errcode ? "api freq out of limit" : "ok" }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    seen,
    order,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const until = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return cond();
};

async function decide(url: string, id: string) {
  await fetch(`${url}/api/applications/${id}/decision`, {
    method: "POST",
    headers: { authorization: `Bearer ${STAFF}`, "content-type": "application/json" },
    body: JSON.stringify({ decision: "approved", approvedAmountYuan: 40_000, note: "材料齐全" }),
  });
}

describe("fault: the webhook answers 500, then recovers", () => {
  it("delivers every event once after it recovers, in order per application", async () => {
    let failing = true;
    const hook = await receiver(() => (failing ? 500 : 200));
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const api = await startApiProcess({
      DATABASE_URL: tdb.url!,
      NOTIFY_WEBHOOK_URL: hook.url,
      NOTIFY_RETRY_BASE_MS: "100",
      NOTIFY_WEBHOOK_PER_MINUTE: "10000",
      LOG_LEVEL: "error",
    });
    try {
      const apps = [];
      for (let i = 0; i < 5; i++) {
        const r = await postApplication(api.url, application(), `hook-${i}`);
        apps.push(r.body!);
        await decide(api.url, r.body!.id);
      }
      await new Promise((r) => setTimeout(r, 700)); // several failed tries
      expect(hook.seen.size).toBe(0);
      failing = false;
      expect(await until(() => hook.seen.size === 10, 20_000)).toBe(true);
      expect([...hook.seen.values()].every((n) => n === 1)).toBe(true);
      for (const a of apps) {
        const mine = hook.order.filter((d) => d.content.includes(a.number));
        expect(mine.map((d) => d.content.includes("核定金额"))).toEqual([false, true]);
      }
    } finally {
      await api.stop();
      await hook.close();
      await tdb.dispose();
    }
  }, 60_000);
});

describe("fault: two API processes deliver from one outbox, and one is restarted mid-delivery", () => {
  it("posts each event once: delivered, or set aside as in doubt if the killed process was posting it — never twice", async () => {
    const hook = await receiver(() => 200);
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const env = {
      DATABASE_URL: tdb.url!,
      NOTIFY_WEBHOOK_URL: hook.url,
      NOTIFY_RETRY_BASE_MS: "100",
      NOTIFY_WEBHOOK_PER_MINUTE: "10000",
      LOG_LEVEL: "error",
    };
    const a = await startApiProcess(env);
    let b = await startApiProcess(env);
    try {
      const submitted = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          postApplication(i % 2 ? a.url : b.url, application(), `dual-${i}`),
        ),
      );
      expect(submitted.every((r) => r.status === 201)).toBe(true);
      await b.kill(); // mid-delivery, without warning
      b = await startApiProcess(env);
      // Every row settles: delivered, or — the one a killed process may have been posting — set aside
      // as in doubt once its lease lapses, never posted a second time.
      const db = await tdb.reopen();
      const settled = async () =>
        (await db.prisma.notification.count({ where: { channel: "webhook", status: "pending" } })) === 0;
      const end = Date.now() + 40_000;
      while (!(await settled()) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      expect(await settled()).toBe(true);
      const inDoubt = await db.prisma.notification.findMany({
        where: { channel: "webhook", status: "dead" },
        select: { id: true, lastError: true },
      });
      await db.close();
      expect(inDoubt.every((r) => r.lastError === IN_DOUBT)).toBe(true);
      expect(inDoubt.length).toBeLessThanOrEqual(1); // at most the post in flight in the killed process
      expect([...hook.seen.values()].every((n) => n === 1)).toBe(true);
      const unseen = inDoubt.filter((r) => !hook.seen.has(r.id)).length;
      expect(hook.seen.size + unseen).toBe(60);
    } finally {
      await a.stop();
      await b.stop();
      await hook.close();
      await tdb.dispose();
    }
  }, 90_000);
});

describe("fault: 企业微信 refuses the first posts with errcode 45009 inside HTTP 200", () => {
  it("counts none of the refused posts as delivered and delivers every event once it accepts", async () => {
    let refusals = 4;
    let posts = 0;
    const hook = await receiver(
      () => {
        posts++;
        return 200;
      },
      () => (refusals-- > 0 ? 45009 : 0),
    );
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const api = await startApiProcess({
      DATABASE_URL: tdb.url!,
      NOTIFY_WEBHOOK_URL: hook.url,
      NOTIFY_RETRY_BASE_MS: "100",
      LOG_LEVEL: "error",
    });
    try {
      for (let i = 0; i < 3; i++) {
        const r = await postApplication(api.url, application(), `refused-${i}`);
        await decide(api.url, r.body!.id);
      }
      expect(await until(() => hook.seen.size === 6, 30_000)).toBe(true);
      expect(posts).toBeGreaterThanOrEqual(6 + 4); // the refused ones were sent again
      expect([...hook.seen.values()].every((n) => n === 1)).toBe(true);
      const db = await tdb.reopen();
      const rows = await db.prisma.notification.findMany({ where: { channel: "webhook" } });
      expect(rows.every((r) => r.status === "delivered")).toBe(true);
      expect(rows.some((r) => r.attempts > 1)).toBe(true);
      await db.close();
    } finally {
      await api.stop();
      await hook.close();
      await tdb.dispose();
    }
  }, 60_000);
});
