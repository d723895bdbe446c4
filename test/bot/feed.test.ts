// The bot's feed across restarts: an event shown but not acknowledged (the bot died, or the API
// lost the acknowledgement) comes back and is acknowledged without being shown again.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../api/logger.ts";
import type { FeedItem } from "../../bot/api-client.ts";
import { createFeedConsumer } from "../../bot/feed.ts";
import { createFileStore } from "../../bot/store.ts";

const item = (n: number): FeedItem => ({
  eventId: `00000000-0000-4000-8000-00000000000${n}`,
  seq: String(n),
  event: "application.approved",
  channel: "wechat_applicant",
  recipient: "wxid_x",
  applicationId: null,
  text: `消息 ${n}`,
  payload: {},
  createdAt: new Date(0).toISOString(),
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
});
