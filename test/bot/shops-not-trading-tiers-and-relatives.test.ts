// Readings of the fifteenth round (from dev 40, dev 41, set 64 and set 66): shops said not to trade, what a tier brings beside the figure known, a
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

describe("what set 66 taught", () => {
  it("binds a figure said before 的 and its cue, beside another figure with a cue of its own", () => {
    const t = replyTo(after(), "两千六百万的自播 一千一百万跟第三方机构合作播的 都纳统了");
    expect(t.state.facts.selfLiveRetailYuan).toBe(26_000_000);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(11_000_000);
  });

  it("takes the speaker's own shop again after a relative's (「我自己这个店」)", () => {
    const t = replyTo(
      after(),
      "我表哥在博山开店一年卖五千万 我自己这个店今年新注册的 卖了三千一百万 也纳统了",
    );
    expect(t.state.facts.shopRetailYuan).toBe(31_000_000);
  });

  it("reads the unit said before a bare number (按万算, 按万为单位)", () => {
    const t = replyTo(after(), "活跃网店呢 俺村是三十一家 零售额呢 按万算 一千四百");
    expect(t.state.facts.onlineRetailYuan).toBe(14_000_000);
  });

  it("asks back a bare amount after a cue and the year, never drops it", () => {
    const t = replyTo(after(), "咱村网上零售额今年1350");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.text).toContain("1350 万元");
  });

  it("corrects a known amount said short as last year's with this year's (「两千二是去年的数 今年的是两千九」)", () => {
    const t = replyTo(
      after("我们自播纳统的直播零售额两千二百万 在库十八个月"),
      "两千二是去年的数 今年的是两千九",
    );
    expect(t.state.facts.selfLiveRetailYuan).toBe(29_000_000);
  });

  it("takes the new value after 改一下", () => {
    const t = replyTo(
      after("我们是行政村 活跃网店三十家 零售额一千二百万"),
      "网店数改一下 二十九 有一家年前关了",
    );
    expect(t.state.facts.activeShops).toBe(29);
  });

  it("takes the total said after what was added, of a count and of an amount", () => {
    expect(
      replyTo(after("我们镇电商村三个 网络零售额九千万"), "电商村不止三个 上个月又认定了一个 现在四个").state
        .facts,
    ).toMatchObject({ ecommerceVillages: 4 });
    expect(
      replyTo(
        after("跟第三方直播机构合作的纳统直播零售额一千九百万 我们是生产企业"),
        "年底又补进来一批单子 总共到两千零六十万了",
      ).state.facts.thirdPartyLiveRetailYuan,
    ).toBe(20_600_000);
  });

  it("takes 一年半多 with the exact months not known as 18 months, not a skip", () => {
    const s = after(
      "自测",
      "企业",
      "三千五百万",
      "没有",
      "不是",
      "不是",
      "不是",
      "不是",
      "没有",
      "没有",
      "不需要",
      "两千六百万",
    );
    expect(s.asking).toBe("monthsInDatabase");
    expect(replyTo(s, "入库到现在一年半多了 具体几个月记不清").state.facts.monthsInDatabase).toBe(18);
  });

  it("works out the figure said as a bar less how far from it, and the tier it reaches", () => {
    const t = replyTo(after("我们是MCN 独立法人"), "离一个亿还差一千五百万 能先按五千万那档报吗");
    expect(t.text).toContain("8500 万元");
    expect(t.text).toContain("MCN 机构奖励「5000 万元」那一档（最高 30 万元）");
  });

  it("reads 不做MCN as not an agency, and 额度要三百万 beside 齐鲁电商贷 as the loan", () => {
    expect(replyTo(after(), "我们就是个贸易公司 不是生产企业 也不做MCN那一套").state.facts.mcn).toBe(false);
    expect(
      replyTo(after(), "想申请齐鲁电商贷 额度要三百万 我们是做电商的企业").state.facts.loanAmountYuan,
    ).toBe(3_000_000);
  });
});

describe("what dev 42 and set 67 taught", () => {
  it("keeps a figure of a time gone by, set against now, out of the facts", () => {
    const t = replyTo(after("行政村"), "2023年那会村里网店才十来家 现在多了");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.text).toContain("最近一年");
  });

  it("takes one shop's figure, with the rest said not counted yet, as a part", () => {
    const t = replyTo(after("自测", "企业"), "光天猫旗舰店一个店就卖了一千八百万 京东拼多多的还没算");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });

  it("takes 收进去了 said of the big-data company as counted", () => {
    const s = after("自测", "企业", "3500万", "不是", "是", "是");
    expect(s.asking).toBe("counted");
    expect(replyTo(s, "第三方那个大数据公司年初就把俺们收进去了").state.facts.counted).toBe(true);
  });
});

describe("mid-test answers that read as statements", () => {
  it("asks back the one bare number of a statement to a question of money, before any entry its words name", () => {
    const s = after("自测", "企业", "3500万", "不是", "不是", "不是", "不是", "是");
    expect(s.asking).toBe("thirdPartyLiveRetailYuan");
    const t = replyTo(s, "找达人带货那块一年两千四 佣金另外算");
    expect(t.text).toContain("2400 万元吗");
    expect(t.state.asking).toBe("thirdPartyLiveRetailYuan");
  });

  it("counts villages named after their title (「评上的有张家村 后峪村 西河村 还有南坡村」)", () => {
    const s = after("自测", "乡镇");
    expect(s.asking).toBe("ecommerceVillages");
    expect(replyTo(s, "评上的有张家村 后峪村 西河村 还有南坡村").state.facts.ecommerceVillages).toBe(4);
    expect(replyTo(s, "评上的就东坡村和北营村这俩").state.facts.ecommerceVillages).toBe(2);
  });
});

describe("a list of villages that a count goes on to say", () => {
  it("is counted by the count said (「评上的有北营 南营和杜家三个村」)", () => {
    const t = replyTo(after("自测", "乡镇"), "评上的有北营 南营和杜家三个村 另外还有一个在报 还没批下来");
    expect(t.state.facts.ecommerceVillages).toBe(3);
  });
});
