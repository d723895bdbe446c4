// Readings of the fifteenth round: shops said not to trade, what a tier brings beside the figure known, a
// relative's or a neighbour's figures, a count of villages said with their title, a part's subject that ends at
// the whole, what was left out said as a correction, and a commission's sales.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("shops said not to trade", () => {
  it("does not take all the shops as the active ones when many are said not to trade, and asks again", () => {
    const t = replyTo(after("自测", "行政村", "1400万"), "村里二十多家网店 一半多都不咋开张了");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.state.asking).toBe("activeShops");
    expect(t.text).toContain("真正在卖的");
  });

  it("takes the active ones said beside those not trading", () => {
    const t = replyTo(after(), "村里有30家网店 其中10家不咋开了 活跃的20家");
    expect(t.state.facts.activeShops).toBe(20);
  });

  it("takes a plain count of shops said to be trading", () => {
    const t = replyTo(after("自测", "行政村", "1400万"), "二十五家 都在正常卖");
    expect(t.state.facts.activeShops).toBe(25);
  });
});

describe("what a tier brings", () => {
  it("says what the next tier gives beside the tier the known figure reaches, and how far it is", () => {
    const t = replyTo(
      after("公司今年新注册的店铺 已纳统 店铺零售额4200万"),
      "差800万就到5000万那档了 到了能多拿10万吧",
    );
    expect(t.text).toContain("最高 20 万元");
    expect(t.text).toContain("还差 800 万元");
    expect(t.text).toContain("可多 10 万元");
    expect(t.state.facts.shopRetailYuan).toBe(42_000_000);
  });

  it("lists each tier of the item named when three are named", () => {
    const t = replyTo(after("我们是MCN机构 独立法人"), "MCN奖励是按一个亿、五千万、两千万分档的吧 各给多少");
    expect(t.text).toContain("「5000 万元」档最高 30 万元");
    expect(t.text).toContain("「1 亿元」档最高 50 万元");
    expect(t.text).not.toContain("自播");
  });
});

describe("figures of others", () => {
  it("keeps a relative's figures out of the speaker's facts", () => {
    const t = replyTo(after("俺是开网店的 公司已经纳统了"), "俺小舅子家厂子实物零售额四千万 拿了两万块补贴");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("works out another village's case as a village's, with why it qualifies", () => {
    const t = replyTo(after(), "隔壁村网上卖了1500万 网店30家 能评上吗");
    expect(t.text).toContain("另一个行政村");
    expect(t.text).toContain("达到 1000 万元以上");
  });

  it("takes a figure of one's own live room when only another's room is said to be self-broadcast", () => {
    const t = replyTo(
      after(),
      "我们是做预制菜的生产企业 跟第三方直播公司合作 一年纳统的直播销售额两千四百万 人家隔壁老王家自己播都做到五千万了",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(24_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });
});

describe("counts, parts and wholes", () => {
  it("counts villages said with the title they got (「4个村评上电商村了」)", () => {
    expect(replyTo(after(), "我们镇下面有4个村评上电商村了").state.facts.ecommerceVillages).toBe(4);
    expect(replyTo(after(), "镇里电商村一个都没评上 网络零售额七千万").state.facts.ecommerceVillages).toBe(0);
  });

  it("gives the whole back to the speaker after a part that named another village", () => {
    const t = replyTo(after(), "全镇去年网络零售额9200万，其中光张家村就3100万，活跃网店一共135个");
    expect(t.state.facts.onlineRetailYuan).toBe(92_000_000);
    expect(t.state.facts.activeShops).toBe(135);
  });

  it("keeps the statement before a question about the tier it reaches", () => {
    const t = replyTo(after(), "我们mcn去年纳统零售额5800万 独立法人 公司成立三年了 这个档能拿30万吗");
    expect(t.state.facts.onlineRetailYuan).toBe(58_000_000);
    expect(t.state.facts.monthsInDatabase).toBeUndefined();
    expect(t.text).toContain("30 万元");
  });

  it("does not take 不是 before another word as a correction of the figure before it", () => {
    const t = replyTo(after(), "实物网零 3.6kw 已纳统 不是新店 这个能拿满十万吗");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(36_000_000);
    expect(t.state.facts.newShop).toBe(false);
  });
});

describe("what was left out, said as a correction", () => {
  it("adds a shop's amount left out to the amount known", () => {
    const t = replyTo(
      after("我们村网上零售额九百二十万 活跃网店二十一家"),
      "零售额漏了村东头老张家那个店 他家一年一百五十来万",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(10_700_000);
  });

  it("adds a count and a company left out when it was said", () => {
    expect(
      replyTo(after("我们镇电商村三个 网络零售额八千二百万 活跃网店一百一十个"), "电商村漏数了一个").state
        .facts.ecommerceVillages,
    ).toBe(4);
    expect(
      replyTo(after("配送中心整合了四家全国性快递 五统一都实现了"), "快递公司漏说了极兔").state.facts
        .expressCompanies,
    ).toBe(5);
  });
});

describe("commissions and agencies", () => {
  it("reads what was sold, in a clause about the commission paid, as sold through an agency's live streams", () => {
    const t = replyTo(after("我们是生产企业"), "佣金按10%算的话 卖2000万就得付200万佣金 这个能全补吗");
    expect(t.text).toContain("佣金补助");
    expect(t.text).toContain("20 万元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads an agency's own turnover when it says it is an independent legal entity or had the MCN award", () => {
    const t = replyTo(after(), "是独立法人 今年纳统网络零售额两千二百万 去年已经拿过一次MCN的奖励了");
    expect(t.state.facts.onlineRetailYuan).toBe(22_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("takes the five unified as done when only the platform is said to be still in building", () => {
    const t = replyTo(after(), "我们的配送中心整合了五家全国性的快递 五统一做到了 信息平台那块还在建");
    expect(t.state.facts.fiveUnified).toBe(true);
  });
});
