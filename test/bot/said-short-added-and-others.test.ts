// What sets 57 and 58 found: a number said short beside one in 万 (「去年一千六 今年到现在七百多万」), one said short
// after a word of the mistake, the new value said as what it really is after a difference (「少算了五十万 实际是…」),
// counts added to the one known (「又签进来一家」), tiers compared by their bars, two answers to a question about two
// topics, and another's figures inside a question about one's own.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("a number said short", () => {
  it("is in 万 when another figure of the message is (「去年一千六 今年到现在七百多万」)", () => {
    const at = after("自测", "行政村");
    expect(at.asking).toBe("onlineRetailYuan");
    const t = replyTo(at, "去年是一千六 今年到现在才七百多万");
    expect(t.state.facts.onlineRetailYuan).toBe(16_000_000);
  });

  it("is still asked back as 万 when nothing in the message says the unit", () => {
    const t = replyTo(after("自测", "行政村"), "去年是一千六");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.text).toContain("1600 万元吗");
  });

  it("never takes a bar passed, a year or an old figure talked about for a figure of its own", () => {
    const t = replyTo(after(), "我们公司自播直播零售额3100万 2025年头一回过3000");
    expect(t.state.facts.selfLiveRetailYuan).toBe(31_000_000);
    expect(t.text).not.toContain("「2025」");
  });

  it("after a word of the mistake replaces the one before it, asked back as 万 like it (「一千三 哦不对 是一千四」)", () => {
    const t = replyTo(after(), "我们村去年网上卖了一千三 哦不对 是一千四 活跃网店二十二家");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.text).toContain("「1400」");
    expect(t.text).not.toContain("「1300」，年度网络零售额按");
  });

  it("with its unit after the mistake is written (「一千三 哦不对 是一千四百万」)", () => {
    const t = replyTo(after(), "我们村去年网上卖了一千三 哦不对 是一千四百万 活跃网店二十二家");
    expect(t.state.facts.onlineRetailYuan).toBe(14_000_000);
  });
});

describe("a correction said with its reason", () => {
  it("takes the amount said as what it really is, not the difference beside it", () => {
    const t = replyTo(
      after("公司实物商品网络零售额三千六百万"),
      "财务对了下账 少算了五十万 实际是三千六百五十万",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(36_500_000);
  });

  it("reads a number said short in the known amount's 万 (「准确数是三千六」)", () => {
    const t = replyTo(after("公司实物商品网络零售额三千五百万"), "查了后台 准确数是三千六");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(36_000_000);
  });

  it.each([
    ["镇上有2个电商村 网络零售额五千万", "今年又认定了一个电商村", "ecommerceVillages", 3],
    ["配送中心整合了4家全国性快递企业", "落了德邦 应该再加一家", "expressCompanies", 5],
  ] as const)("adds a count said as added to the one known: 「%s」 → 「%s」", (setup, text, fact, value) => {
    const t = replyTo(after(setup), text);
    expect(t.state.facts[fact]).toBe(value);
  });

  it("keeps the total said when what was added is said beside it (「不是两个 是三个 上个月又认定一个」)", () => {
    const t = replyTo(after("镇上有2个电商村 网络零售额五千万"), "电商村不是两个 是三个 上个月又认定了一个");
    expect(t.state.facts.ecommerceVillages).toBe(3);
  });

  it("takes the count said beside how many closed (「活跃的只有19家 有一家关了」)", () => {
    const t = replyTo(
      after("村里网络零售额1300万，活跃网店20家"),
      "网店数不对 活跃的只有19家 有一家今年关了",
    );
    expect(t.state.facts.activeShops).toBe(19);
  });

  it("takes a time said whole after what was added (「得加上…一共十四个月」)", () => {
    const t = replyTo(after("公司在库存续八个月"), "在库时间得加上前面那半年 一共十四个月");
    expect(t.state.facts.monthsInDatabase).toBe(14);
  });
});

describe("questions", () => {
  it("compares two tiers named by their bars, with the awards of each", () => {
    const t = replyTo(after(), "自播两千万和三千万这两个档 奖励差多少");
    expect(t.text).toContain("「2000 万元」档最高 10 万元");
    expect(t.text).toContain("相差 10 万元");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("works out one's own figure, not another's said before it", () => {
    const t = replyTo(
      after("我们公司实物商品网络零售额4200万"),
      "听说隔壁那家公司做了8000万拿了补贴 我们4200万能拿多少",
    );
    expect(t.text).toContain("2.1 万元");
    expect(t.text).not.toContain("8000 万元 ×");
  });

  it("keeps another county's share apart from one's own (「别的县…九成 俺们这才七成」)", () => {
    const t = replyTo(after(), "听说别的县平台整合了九成单量 俺们平台这才七成");
    expect(t.state.facts.parcelSharePercent).toBe(70);
  });

  it("is answered, not skipped, when it opens with 先问一句 during the self-test", () => {
    const at = after("自测", "行政村");
    const t = replyTo(at, "先问一句 电商镇能奖多少");
    expect(t.state.asking).toBe("onlineRetailYuan");
    expect(t.text).not.toContain("先跳过");
    expect(t.text).toContain("50 万元");
  });

  it("takes facts stated after a time of the year before the question (「今年上半年我们公司承办了…」)", () => {
    const t = replyTo(after(), "今年上半年我们公司承办了全国性的直播电商论坛，这个有补助吗");
    expect(t.state.facts.hostsEvent).toBe(true);
    expect(t.state.facts.eventInfluence).toBe("national");
    expect(t.text).toContain("一事一议");
  });
});
