// What the read sets 52 and 54 still failed: villages named one by one (「张村 李村 赵庄 这三个都评上了」), a goal said
// beside the facts (「目标是破亿」), a new shop said new in the very message that gives its figure and the company's,
// 「还是」 meaning 「still」, and one of the five not unified.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("villages named one by one", () => {
  it.each([
    ["我们镇 张家村 李家村 赵庄 这三个都评上电商村了", 3],
    ["镇里前屯后屯南寨三个村都认定了电商村", 3],
    ["俺们镇上刘庄、马庄、高村、孙村都是电商村 全镇卖了七千万", 4],
  ])("are a count of e-commerce villages: 「%s」", (text, n) => {
    const t = replyTo(after(), text);
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.state.facts.ecommerceVillages).toBe(n);
  });

  it("are counted as said when the question of them is pending, those still applying aside", () => {
    const at = after("自测", "乡镇");
    const t = replyTo(at, "就东庄跟西庄两个评上了 北河村还在报 没批下来");
    expect(t.state.facts.ecommerceVillages).toBe(2);
  });

  it("never count the speaker's own village and another's as a town's", () => {
    const t = replyTo(after(), "我们村跟隔壁村都是电商村");
    expect(t.state.facts.ecommerceVillages).toBeUndefined();
  });
});

describe("a goal beside the facts", () => {
  it("is supposed in its own clause only (「目标是破亿」)", () => {
    const t = replyTo(after(), "我们镇去年网络零售额八千六百万 县里定的目标是破亿 活跃网店一百一十个");
    expect(t.state.facts.onlineRetailYuan).toBe(86_000_000);
    expect(t.state.facts.activeShops).toBe(110);
  });

  it("still makes what follows it supposed when it names nothing of its own (「目标 明年…」)", () => {
    const t = replyTo(after(), "我们村的目标 明年网上卖到两千万");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });
});

describe("a shop said new in the message that gives its figure", () => {
  it("has its figure, and the whole company its own", () => {
    const t = replyTo(after(), "我们这个抖店是今年新注册的 新店卖了三千四百万 公司整体网上一共卖了九千多万");
    expect(t.state.facts.newShop).toBe(true);
    expect(t.state.facts.shopRetailYuan).toBe(34_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("the five unified", () => {
  it("is 否 when one of them is said still not unified, and 「还是」 asks nothing", () => {
    const t = replyTo(
      after(),
      "我们配送中心整合了六家全国性快递 分拣配送都统一了 但是运输还是各家自己跑 没统一",
    );
    expect(t.state.facts.expressCompanies).toBe(6);
    expect(t.state.facts.fiveUnified).toBe(false);
  });
});
