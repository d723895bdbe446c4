// What the read sets 52, 53, 54 and 58 still failed: villages named one by one (「张村 李村 赵庄 这三个都评上了」), a goal said
// beside the facts (「目标是破亿」), a new shop said new in the very message that gives its figure and the company's,
// 「还是」 meaning 「still」, one of the five not unified, figures said one for each of several (分别), shares of the
// county's parcels, what was reported to the bureau, and a figure said after a bar passed in a correction.

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

describe("figures said for several, shares and reports", () => {
  it("keeps figures said one for each of several (分别) apart from the whole", () => {
    const t = replyTo(after(), "我们镇两个电商村 零售额分别是1300万和1700万 全镇网络零售额合计八千二百万");
    expect(t.state.facts.onlineRetailYuan).toBe(82_000_000);
  });

  it("takes the share of the county's parcels a platform takes in (「整合了其中的82%」)", () => {
    const t = replyTo(after(), "我们县域快递信息平台 全县一天九万单 我们整合了其中的82%");
    expect(t.state.facts.parcelSharePercent).toBe(82);
  });

  it("works out a share from two volumes said short (「全县一天四万单 我们平台接三万二」)", () => {
    const t = replyTo(after(), "全县一天四万单 我们平台接三万二");
    expect(t.state.facts.parcelSharePercent).toBe(80);
  });

  it("reads what was reported to the bureau as the figure (「报给商务局的是九千二 单位是万」)", () => {
    const at = after("自测", "乡镇", "3");
    expect(at.asking).toBe("onlineRetailYuan");
    const t = replyTo(at, "我们报给商务局的是九千二 单位是万");
    expect(t.state.facts.onlineRetailYuan).toBe(92_000_000);
  });

  it("corrects nothing when 不是 denies another number (「28家 不是28个人」)", () => {
    const t = replyTo(after(), "我们村活跃网店是28家 不是28个人 开店的有四十来个 去年网上卖了1260万");
    expect(t.state.facts.activeShops).toBe(28);
  });

  it("gives a shop named two clauses before its figure that figure (「…是今年注册的 当年纳统 做了…」)", () => {
    const t = replyTo(
      after(),
      "公司实物商品网络零售额五千一百万 新开的拼多多店是今年注册的 当年纳统 做了三千三百万",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(51_000_000);
    expect(t.state.facts.shopRetailYuan).toBe(33_000_000);
  });

  it("takes the figure said after a bar passed in a correction (「其实过六千万了 是6120万」)", () => {
    const t = replyTo(after("我们是mcn 纳统零售额5900万"), "又对了一遍 零售额其实过六千万了 是6120万");
    expect(t.state.facts.onlineRetailYuan).toBe(61_200_000);
  });
});
