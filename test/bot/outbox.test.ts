import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import { createApiClient, type SubmitResult } from "../../bot/shell/api-client.ts";
import { backoff, createOutbox } from "../../bot/shell/outbox.ts";
import { createRunner } from "../../bot/shell/runner.ts";
import { createFileStore, createMemoryStore } from "../../bot/shell/store.ts";
import { application, BOT, startTestApi, type TestApi } from "../support/api.ts";
import { SHOP_APPLICATION, SHOP_ASSESSMENT } from "../support/conversations.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";

const logger = createLogger("silent");
const draft = application() as never;

describe("the bot's outbox", () => {
  it("backs off exponentially up to a ceiling", () => {
    expect([1, 2, 3, 4, 12].map((n) => backoff(n, 1_000, 60_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 60_000,
    ]);
  });

  it("keeps a submission through failures and settles it exactly once when the API answers", async () => {
    let clock = 0;
    const calls: string[] = [];
    const answers: SubmitResult[] = [
      { kind: "retry", reason: "ECONNREFUSED" },
      { kind: "retry", reason: "HTTP 503" },
      { kind: "submitted", id: "a1", number: "ZB-2025-000009" },
    ];
    const settled: SubmitResult[] = [];
    const store = createMemoryStore();
    const outbox = createOutbox({
      store,
      logger,
      now: () => clock,
      api: { submit: async (key) => (calls.push(key), answers.shift()!) },
      onSettled: async (_item, r) => void settled.push(r),
    });
    expect((await outbox.enqueue("wxid_a", "key-1", draft)).kind).toBe("retry");
    expect(await outbox.pending()).toHaveLength(1);
    await outbox.drain(); // not due yet
    expect(calls).toHaveLength(1);
    clock = 1_000;
    await outbox.drain();
    clock = 10_000;
    await outbox.drain();
    await outbox.drain();
    expect(calls).toEqual(["key-1", "key-1", "key-1"]);
    expect(settled).toEqual([{ kind: "submitted", id: "a1", number: "ZB-2025-000009" }]);
    expect(await outbox.pending()).toHaveLength(0);
  });

  it("drops a submission the API refuses and says why", async () => {
    const settled: SubmitResult[] = [];
    const outbox = createOutbox({
      store: createMemoryStore(),
      logger,
      api: { submit: async () => ({ kind: "refused", status: 422, message: "条款不符合" }) },
      onSettled: async (_i, r) => void settled.push(r),
    });
    expect(await outbox.enqueue("wxid_b", "key-2", draft)).toMatchObject({ kind: "refused" });
    expect(await outbox.pending()).toHaveLength(0);
  });

  describe("against a real API that is down, then comes back", () => {
    let tdb: TestDatabase;
    let port: number;
    let api: TestApi | undefined;

    beforeAll(async () => {
      tdb = await createTestDatabase("pglite");
      const probe = createServer();
      await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
      port = (probe.address() as AddressInfo).port;
      await new Promise<void>((r) => probe.close(() => r()));
    });
    afterAll(async () => {
      await api?.close();
      await tdb?.db.close();
    });

    it("tells the person it is queued, survives a bot restart, and files exactly one application", async () => {
      const dir = mkdtempSync(join(tmpdir(), "zb-outbox-"));
      const client = createApiClient({ baseUrl: `http://127.0.0.1:${port}`, token: BOT, timeoutMs: 1_000 });
      const told: string[][] = [];
      const build = async () => {
        const store = await createFileStore(dir);
        let runner: ReturnType<typeof createRunner>;
        const outbox = createOutbox({
          store,
          logger,
          api: client,
          baseDelayMs: 10,
          onSettled: async (item, r) => void told.push(await runner.settled(item, r)),
        });
        runner = createRunner({ store, outbox, api: client, notifyStaff: async () => {}, logger });
        return { store, outbox, runner };
      };
      const first = await build();
      for (const m of [...SHOP_ASSESSMENT, ...SHOP_APPLICATION]) await first.runner.handle("wxid_c", m);
      const replies = await first.runner.handle("wxid_c", "确认提交");
      expect(replies.join()).toContain("自动重试");
      expect(await first.store.listOutbox()).toHaveLength(1);

      // The bot restarts (a new outbox over the same files) and the API comes up.
      const second = await build();
      api = await startTestApi(tdb.db, {}, port);
      // Drained until the item's back-off has passed and it went through (a busy machine may need more rounds).
      for (let i = 0; i < 50 && (await second.store.listOutbox()).length > 0; i++) {
        await new Promise((r) => setTimeout(r, 30));
        await second.outbox.drain();
      }
      expect(await second.store.listOutbox()).toHaveLength(0);
      expect(told.flat().join()).toMatch(/申报已提交，编号 ZB-/);
      expect(await tdb.db.prisma.application.count({ where: { wechatId: "wxid_c" } })).toBe(1);
      const state = await second.store.loadState("wxid_c");
      expect(state?.submitted).toHaveLength(1);
    }, 30_000);
  });
});
