// 10,000 random and adversarial chat messages through the conversation core: no throw, and the
// state stays valid plain JSON the whole way.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handleMessage, startConversation } from "../../bot/dialog.ts";
import { isDialogState } from "../../bot/core/state.ts";
import { factsSchema } from "../../rules/index.ts";

const NOW = new Date("2025-06-01T02:00:00Z");

const adversarial = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }), // control characters, lone surrogates
  fc.constantFrom("😀", "👍🏻👍🏿", "🇨🇳", "\u0000", "\u200b\u200b", "\ufeff", "\r\n\r\n", "[微笑][强]", "‮反转‭"),
  fc.nat({ max: 10_240 }).map((n) => "淄博电商".repeat(Math.ceil(n / 4)).slice(0, n)), // pastes up to 10 KB
  fc.constantFrom(
    "自测",
    "1",
    "企业",
    "8千万",
    "是",
    "否",
    "返回",
    "修改 零售额 9000万",
    "申报",
    "同意",
    "确认提交",
    "取消",
    "跳过",
  ),
  fc.tuple(fc.constantFrom("修改 ", "详情 ", "原文 "), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  fc.integer().map(String),
  fc.double().map(String),
);

describe("fuzz: the conversation core", () => {
  it("takes 10,000 random and adversarial messages without a throw or a broken state", () => {
    let total = 0;
    fc.assert(
      fc.property(fc.array(adversarial, { minLength: 50, maxLength: 50 }), (messages) => {
        let s = startConversation({ id: "fuzz", now: NOW });
        for (const m of messages) {
          const t = handleMessage(s, m, { now: NOW });
          total++;
          expect(t.replies.every((r) => typeof r === "string" && r.length > 0 && r.length < 5_000)).toBe(
            true,
          );
          expect(isDialogState(t.state)).toBe(true);
          if (t.state.facts.subjectType !== undefined)
            expect(factsSchema.safeParse(t.state.facts).success).toBe(true);
          s = t.state;
        }
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
      { numRuns: 200 },
    );
    expect(total).toBe(10_000);
  }, 120_000);
});
