// A message that answers and asks at once, questions named by their everyday words, and remarks that are no
// facts: the answer is written and the question answered with the number; what asks never answers; counts
// of what no fact counts, growth and years before last are said back, not written.

import { describe, expect, it } from "vitest";
import { after, say } from "../support/dialog.ts";
import { understandAside } from "../../bot/core/understanding/index.ts";

/** 「否」 to the next `n` questions. */
const noes = (n: number) => Array.from({ length: n }, () => "否");
const topic = (text: string) => {
  const a = understandAside(text, "2026-06-01");
  return a?.kind === "answer" ? a.answer.id : a?.kind;
};

describe("an answer and a question in one message", () => {
  it("writes 「九千万整」 and gives what it brings (4.5 万), then asks the next question", () => {
    const s = after("自测", "企业");
    const t = say(s, "九千万整 这个能补多少钱");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(90_000_000);
    expect(t.replies.join("\n")).toContain("4.5 万元");
    expect(t.state.asking).not.toBe("physicalGoodsRetailYuan");
  });

  it("says the bar a figure just given misses when asked 「够不够」", () => {
    const s = after("自测", "企业", "不清楚", "否", "否", "否", "否", "是");
    expect(s.asking).toBe("thirdPartyLiveRetailYuan");
    const t = say(s, "跟达人合作的一年一千八百万 够不够补");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(18_000_000);
    expect(t.replies.join("\n")).toMatch(/未达到 2000 万元以上/);
  });

  it("never takes the words of a clause that asks as an answer (成长良好是怎么算的)", () => {
    const s = after("自测", "企业", "3200万", ...noes(7), "不需要", "3200万", "14个月");
    const asked = s.asking;
    const t = say(s, "成长良好是怎么算的 有啥标准");
    expect(t.state.asking).toBe(asked);
    expect(t.state.facts.growingWell).toBeUndefined();
  });

  it("gives the number for the figures of a first message that asks 「能有多少」", () => {
    const t = say(after(), "我们公司实物零售额8000万，流量补贴能有多少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(80_000_000);
    expect(t.replies.join("\n")).toContain("40,000 元");
  });

  it("supposes what is still needed is met for 「网店要是够数了 能给多少钱」", () => {
    const s = after("自测", "咱村网络零售额1200万");
    const t = say(s, "网店要是够数了 能给多少钱");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.replies.join("\n")).toContain("30 万元");
    expect(t.state.asking).toBe("activeShops");
  });
});

describe("questions named by their everyday words", () => {
  it.each([
    ["自播奖励跟MCN奖励能一块拿不", "open-stacking"],
    ["电商贷和龙头企业补贴能同时拿吗", "open-stacking"],
    ["这个贷款利息多少 要抵押不", "open-rate"],
    ["MCN的奖励每年都能拿吗", "first-time"],
    ["我们村前年评上电商村 拿了30万奖励 今年还能再申请吗", "first-time"],
    ["电商村得有几家网店才算", "village-town"],
  ])("answers 「%s」 from %s", (text, id) => {
    expect(topic(text)).toBe(id);
  });

  it("answers both of two clear questions in one message", () => {
    const a = understandAside("齐鲁电商贷最多能贷多少 利息多少", "2026-06-01");
    expect(a?.kind).toBe("answer");
    const text = a?.kind === "answer" ? a.answer.lines.join("\n") : "";
    expect(text).toContain("1000 万元");
    expect(text).toContain("利率");
  });

  it("does not read 「一块拿」 as one yuan", () => {
    const t = say(after(), "自播奖励跟MCN奖励能一块拿不");
    expect(t.state.facts).toEqual({});
    expect(t.replies.join("\n")).toContain("商务局");
  });
});

describe("remarks that are no facts", () => {
  it("does not count people as shops (三十多个年轻人回来搞电商)", () => {
    const s = after("我们是村里的", "1500万");
    expect(s.asking).toBe("activeShops");
    const t = say(s, "村里有三十多个年轻人回来搞电商");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.state.asking).toBe("activeShops");
  });

  it("does not take a share's growth (同比涨了百分之三十) as the share", () => {
    const t = say(after(), "我们信息平台单量今年同比涨了百分之三十");
    expect(t.state.facts.parcelSharePercent).toBeUndefined();
  });

  it("asks back 「差不多八成」 at the 80% bar instead of writing it", () => {
    const s = after("自测", "企业", "不清楚", "否", "否", "否", "否", "否", "否", "是");
    expect(s.asking).toBe("parcelSharePercent");
    const t = say(s, "差不多全县的八成吧");
    expect(t.state.facts.parcelSharePercent).toBeUndefined();
    expect(t.state.asking).toBe("parcelSharePercent");
  });

  it("does not take the year before last (前年卖了3500万) as this year's figure", () => {
    const s = after("自测", "企业");
    const t = say(s, "前年卖了3500万 去年行情不好掉了不少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });

  it("reads 「网零两千一百万」 as online retail, its 零 no numeral", () => {
    const t = say(after(), "我们MCN公司是独立法人 去年纳统网零两千一百万 入库十四个月了");
    expect(t.state.facts.onlineRetailYuan).toBe(21_000_000);
    expect(t.state.facts.monthsInDatabase).toBe(14);
  });

  it("reads a trader (做贸易的 自己没有厂) as no production enterprise", () => {
    const s = after("自测", "企业", "不清楚", "否", "否", "否", "否");
    expect(s.asking).toBe("productionEnterprise");
    expect(say(s, "我们是做贸易的 自己没有厂 货都是从厂家拿").state.facts.productionEnterprise).toBe(false);
  });
});
