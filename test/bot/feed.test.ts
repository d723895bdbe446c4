// The bot's feed across restarts: an event shown but not acknowledged (the bot died, or the API
// lost the acknowledgement) comes back and is acknowledged without being shown again.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import type { FeedItem } from "../../bot/shell/api-client.ts";
import { createFeedConsumer } from "../../bot/wechat/feed.ts";
import { createFileStore } from "../../bot/shell/store.ts";

const item = (n: number, o: Partial<FeedItem> = {}): FeedItem => ({
  eventId: `00000000-0000-4000-8000-00000000000${n}`,
  seq: String(n),
  event: "application.approved",
  channel: "wechat_applicant",
  recipient: "wxid_x",
  applicationId: null,
  text: `消息 ${n}`,
  payload: {},
  createdAt: new Date(0).toISOString(),
  ...o,
});

/** An API whose feed hands out whatever is not acknowledged; acknowledgements can be made to fail. */
function fakeApi(items: FeedItem[]) {
  const acked = new Set<string>();
  let failAcks = false;
  return {
    acked,
    failAcks: (v: boolean) => (failAcks = v),
    feed: async () => items.filter((i) => !acked.has(i.eventId)),
    ack: async (ids: string[]) => {
      if (failAcks) throw new Error("connection reset");
      for (const id of ids) acked.add(id);
    },
  };
}

describe("the bot's notification feed", () => {
  it("shows each event once across a restart between showing and acknowledging", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-feed-"));
    const api = fakeApi([item(1), item(2)]);
    const shown: string[] = [];
    const consumer = async () =>
      createFeedConsumer({
        api,
        store: await createFileStore(dir),
        logger: createLogger("silent"),
        deliver: async (i) => void shown.push(i.text),
        tellStaff: async () => undefined,
      });
    api.failAcks(true);
    await expect((await consumer()).runOnce()).rejects.toThrow("connection reset");
    expect(shown).toEqual(["消息 1"]);
    // The bot restarts; the API hands out both again.
    api.failAcks(false);
    await (await consumer()).runOnce();
    expect(shown).toEqual(["消息 1", "消息 2"]);
    expect([...api.acked]).toHaveLength(2);
    expect(await (await consumer()).runOnce()).toBe(0);
  });

  it("does not let an applicant who cannot be reached hold up the notices after theirs, and tells staff after the last try", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-feed-park-"));
    const unreachable = item(1, {
      recipient: "wxid_gone",
      payload: { application: { number: "ZB-2026-000009" } },
    });
    const staffCard = item(2, { channel: "wechat_staff", recipient: null, text: "新的申报卡片" });
    const other = item(3, { recipient: "wxid_here", text: "另一位申请人的通知" });
    const api = fakeApi([unreachable, staffCard, other]);
    const shown: string[] = [];
    const staff: string[] = [];
    let clock = 1_000_000;
    const consumer = createFeedConsumer({
      api,
      store: await createFileStore(dir),
      logger: createLogger("silent"),
      deliver: async (i) => {
        if (i.recipient === "wxid_gone") throw new Error("cannot find contact:wxid_gone");
        shown.push(i.text);
      },
      tellStaff: async (t) => void staff.push(t),
      maxTries: 3,
      retryBaseMs: 60_000,
      now: () => clock,
    });
    await consumer.runOnce();
    expect(shown).toEqual(["新的申报卡片", "另一位申请人的通知"]); // not held up
    expect(api.acked.size).toBe(3); // the failed one is kept by the bot, not handed out again
    expect(await consumer.retryParked()).toBe(0); // not due yet
    clock += 60_000;
    expect(await consumer.retryParked()).toBe(1); // second try
    expect(staff).toEqual([]);
    clock += 120_000;
    await consumer.retryParked(); // third and last try
    expect(staff).toHaveLength(1);
    expect(staff[0]).toContain("ZB-2026-000009");
    expect(staff[0]).toContain("联系不到");
    clock += 10 * 60_000;
    expect(await consumer.retryParked()).toBe(0); // given up: staff are not told again
    expect(staff).toHaveLength(1);
  });

  it("gives up a send that hangs after its time limit instead of waiting for ever", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-feed-hang-"));
    const api = fakeApi([item(1, { recipient: "wxid_hangs" }), item(2, { text: "后面的通知" })]);
    const shown: string[] = [];
    const consumer = createFeedConsumer({
      api,
      store: await createFileStore(dir),
      logger: createLogger("silent"),
      deliver: (i) =>
        i.recipient === "wxid_hangs"
          ? new Promise(() => undefined)
          : Promise.resolve(void shown.push(i.text)),
      tellStaff: async () => undefined,
      sendTimeoutMs: 50,
    });
    await consumer.runOnce();
    expect(shown).toEqual(["后面的通知"]);
    const feed = await (await createFileStore(dir)).loadFeed();
    expect(feed.parked?.map((p) => p.lastError)).toEqual(["发送超时（0.05 秒）"]);
  });
});
