// What the bot says back is exactly right (issue 21): 「能拿多少」 after a figure gives the number, the
// headline adds estimates not ceilings, article 7 is given outright, a remark is never a fact, corrections
// name the old value or the subject, and a figure heard but not written is said why — never 「没能看懂」.

import { describe, expect, it } from "vitest";
import { startConversation, type DialogState } from "../../bot/dialog.ts";
import { assess } from "../../rules/index.ts";
import { NOW, say } from "../support/dialog.ts";

function after(...messages: string[]): DialogState {
  let s = startConversation({ now: NOW });
  for (const m of messages) s = say(s, m).state;
  return s;
}
const VILLAGE = ["村里去年网络零售额1500万，活跃网店25家"];

describe("what a figure brings", () => {
  it("gives article 2's number for the figure, with the sum, and keeps the pending question", () => {
    const s = after("自测", "1", "3200万");
    const t = say(s, "这样的话能拿多少钱");
    const text = t.replies.join("\n");
    expect(text).toContain("按政策测算约 1.6 万元");
    expect(text).toContain("3200 万元 × 每 1 万元 5 元 = 16,000 元");
    expect(t.state.asking).toBe(s.asking);
    expect(t.state.facts).toEqual(s.facts);
  });

  it("says the cap was reached when the sum is above it", () => {
    const t = say(after("自测", "1", "2.5亿"), "那2.5亿到底能拿几万");
    expect(t.replies.join("")).toContain("按政策测算约 10 万元");
    expect(t.replies.join("")).toContain("超过上限按 10 万元计");
  });

  it("answers a question naming a topic from the policy, not from the figures", () => {
    const t = say(after("自测", "1", "3200万"), "电商村能拿多少钱");
    expect(t.replies.join("")).toContain("30 万元");
  });

  it("works out a what-if on a copy (「如果后年做到4000万，补贴多少」) and writes nothing", () => {
    const s = after("自测", "1");
    const t = say(s, "如果后年做到4000万，补贴多少");
    expect(t.replies.join("")).toContain("4000 万元 × 每 1 万元 5 元 = 20,000 元");
    expect(t.state.facts).toEqual(s.facts);
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
    // Below the threshold: the condition not met, said.
    expect(say(s, "要是明年做到2000万呢").replies.join("")).toContain("未达到");
  });

  it("is not asked for a what-if (「要是卖到一个亿能奖多少」): nothing written", () => {
    const s = after("自测", "1");
    const t = say(s, "要是卖到一个亿能奖多少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });

  it("reads 「是直接给30万吗」 after a result as a question, never a figure", () => {
    const s = after(...VILLAGE);
    const t = say(s, "是直接给30万吗");
    expect(t.state.facts).toEqual(s.facts);
    expect(t.replies.join("")).toContain("最高");
  });
});

describe("the results' amounts", () => {
  it("add the estimate where the policy gives a formula, not the ceiling", () => {
    let t = say(startConversation({ now: NOW }), "自测");
    for (const m of ["1", "3200万", "否", "都没有", "0"]) t = say(t.state, m);
    expect(t.state.mode).toBe("results");
    const text = t.replies.join("\n");
    expect(text).toContain("合计最高 1.6 万元");
    expect(text).not.toContain("合计最高 10 万元");
  });

  it("give article 7 outright: 「给予 50 万元」, never 「最高」", () => {
    let t = say(startConversation({ now: NOW }), "自测");
    for (const m of ["1", "0", "否", "2", "是", "6"]) t = say(t.state, m);
    while (t.state.asking) t = say(t.state, "否");
    const text = t.replies.join("\n");
    expect(text).toContain("县域快递物流配送中心支持：给予 50 万元");
    expect(text).toContain("合计 50 万元");
    expect(text).not.toMatch(/最高 50 万元/);
  });

  it("read a moved-back shop's own figure when the enterprise also has a new shop", () => {
    const base = {
      subjectType: "enterprise",
      relocatedShop: true,
      relocatedFirstTime: true,
      assessedOn: "2025-06-01",
    };
    const relocated = (facts: object) =>
      assess({ ...base, ...facts }).results.find((r) => r.clause === "relocated-shop")!.status;
    expect(relocated({ newShop: true, shopRetailYuan: 6_000_000, relocatedShopRetailYuan: 31_000_000 })).toBe(
      "eligible",
    );
    expect(
      relocated({ newShop: true, shopRetailYuan: 60_000_000, relocatedShopRetailYuan: 29_990_000 }),
    ).toBe("ineligible");
    // One shop only: its figure, as before.
    expect(relocated({ shopRetailYuan: 30_000_000 })).toBe("eligible");
  });
});

describe("corrections in other words", () => {
  it.each([
    ["把1500万改成1650万", "onlineRetailYuan", 16_500_000],
    ["网店不是25家是28家", "activeShops", 28],
    ["说错了 网店是30家 零售额没错", "activeShops", 30],
    ["25家改成27家", "activeShops", 27],
  ] as const)("「%s」 changes %s to %s and keeps the rest", (text, fact, value) => {
    const s = after(...VILLAGE);
    const t = say(s, text);
    expect(t.state.facts[fact]).toBe(value);
    const other = fact === "activeShops" ? "onlineRetailYuan" : "activeShops";
    expect(t.state.facts[other]).toBe(s.facts[other]);
  });

  it("reads a subject restated as a change of subject", () => {
    expect(say(after(...VILLAGE), "搞错了，我们是镇里报的").state.facts.subjectType).toBe("town");
    expect(say(after(...VILLAGE), "我们其实是乡镇不是村").state.facts.subjectType).toBe("town");
  });

  it("reads a mistake named mid-sentence for the fact it names", () => {
    expect(
      say(after("自测", "1", "3000万"), "零售额多打了一个零，是300万").state.facts.physicalGoodsRetailYuan,
    ).toBe(3_000_000);
  });
});

describe("figures heard but not written", () => {
  it("are said why, with the question again — never 「没能看懂」", () => {
    const t = say(after("自测", "1", "3000万"), "明年争取做到一个亿");
    const text = t.replies.join("");
    expect(text).toContain("设想");
    expect(text).not.toContain("没能看懂");
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
  });

  it("leave 「没能看懂」 only where nothing was heard", () => {
    expect(say(after("自测", "1", "3000万"), "嗯那个啥").replies.join("")).toContain("没能看懂");
  });
});

describe("answers in other words", () => {
  it("skips on 「这个我不清楚，要问会计」, and never writes 0", () => {
    const t = say(after("自测", "1"), "这个我不清楚，要问会计");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.skipped).toContain("physicalGoodsRetailYuan");
  });

  it("calls a person on 「能找个真人聊聊吗」", () => {
    const t = say(after("自测", "1"), "能找个真人聊聊吗");
    expect(t.effects).toContainEqual(expect.objectContaining({ type: "notify_staff" }));
  });

  it("reads 「也没有」 as no to a yes-or-no question", () => {
    const s = after("自测", "1", "3000万");
    expect(say(s, "也没有").state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("reads 「是独立法人」 to another question as that fact, not a 「是」 to this one", () => {
    const t = say(after("自测", "1", "3000万"), "是独立法人");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(t.state.facts.independentLegalEntity).toBe(true);
  });

  it("answers which year's figure and the yearly total from the policy", () => {
    const s = after("自测", "1");
    expect(say(s, "填今年的数还是去年的数").replies.join("")).toContain("申报通知");
    expect(say(s, "补贴有没有总额限制").replies.join("")).toContain("年度总额控制");
  });
});
