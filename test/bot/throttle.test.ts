import { describe, expect, it } from "vitest";
import { createThrottle, joinReplies } from "../../bot/wechat/throttle.ts";

function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), at: () => t };
}

describe("sending under WeChat's limits", () => {
  it("keeps at least the gap between two messages to one conversation", async () => {
    const clock = fakeTime();
    const sent: [string, number][] = [];
    const th = createThrottle(async (target) => void sent.push([target, clock.at()]), {
      perConversationMs: 1_000,
      perMinute: 40,
      ...clock,
    });
    await Promise.all([
      th.enqueue("a", "1"),
      th.enqueue("a", "2"),
      th.enqueue("b", "3"),
      th.enqueue("a", "4"),
    ]);
    expect(sent).toEqual([
      ["a", 0],
      ["a", 1_000],
      ["b", 1_000],
      ["a", 2_000],
    ]);
  });

  it("sends no more than 40 messages in any minute overall", async () => {
    const clock = fakeTime();
    const times: number[] = [];
    const th = createThrottle(async () => void times.push(clock.at()), {
      perConversationMs: 0,
      perMinute: 40,
      ...clock,
    });
    await Promise.all(Array.from({ length: 100 }, (_, i) => th.enqueue(`t${i}`, "x")));
    for (let i = 40; i < times.length; i++) expect(times[i]! - times[i - 40]!).toBeGreaterThanOrEqual(60_000);
    expect(times).toHaveLength(100);
  });

  it("goes on after a failed send, and reports the failure to its caller", async () => {
    const th = createThrottle(
      async (_t, text) => {
        if (text === "bad") throw new Error("offline");
      },
      { perConversationMs: 0, ...fakeTime() },
    );
    await expect(th.enqueue("a", "bad")).rejects.toThrow("offline");
    await expect(th.enqueue("a", "good")).resolves.toBeUndefined();
  });

  it("joins one turn's short replies into one message, and keeps long ones apart", () => {
    expect(joinReplies(["收到。", "下一题？"])).toEqual(["收到。\n\n下一题？"]);
    const long = "长".repeat(800);
    expect(joinReplies([long, long])).toHaveLength(2);
  });
});
