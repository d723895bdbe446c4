// Readings of the sixteenth round (from dev 43 and dev 44): a part said as a share of a figure known, a year before
// said to a first-time question, whether a kind of applicant counts asked while the subject is asked, the topic that
// explains the question pending, not saying
// as a skip, 木有, a district's event, 写多了, 以后年 (no year to come), and how amounts are set beside the figures known.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

const LIVE_ASKED = [
  "自测",
  "企业",
  "3500万",
  "不是",
  "不是",
  "不是",
  "否",
  "否",
  "否",
  "否",
  "否",
  "2500万",
  "13个月",
];

describe("a part said as a share of a figure known", () => {
  it("works out what the share comes to and asks it back, writing nothing", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万"), "其中自播的大概占一半");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("selfLiveRetailYuan");
    expect(t.text).toContain("约 3000 万元");
    expect(t.text).not.toContain("没能看懂");
  });

  it("writes the amount once the speaker says it is right", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万", "自播占了三成左右"), "是");
    expect(t.state.facts.selfLiveRetailYuan).toBe(18_000_000);
  });

  it("asks whose live room a share of live sales is, with the amount", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万"), "直播的占一半");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBeUndefined();
    expect(t.text).toContain("自己开播");
    expect(t.text).toContain("3000 万元");
  });

  it("reads a share with a figure of money beside it as that figure, not as a share", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万"), "自播占一半 三千一百万");
    expect(t.text).not.toContain("约占");
  });
});

describe("a year before said to whether a tier is reached for the first time", () => {
  it("answers no where the same tier was reached in a year before", () => {
    const t = replyTo(after(...LIVE_ASKED), "去年自播也到过两千万了");
    expect(t.state.facts.selfLiveFirstTime).toBe(false);
    expect(t.state.facts.selfLiveRetailYuan).toBe(25_000_000);
  });

  it("does not answer yes from a lower figure a year before alone", () => {
    const t = replyTo(after(...LIVE_ASKED), "去年才一千五百万");
    expect(t.state.facts.selfLiveFirstTime).toBeUndefined();
    expect(t.state.asking).toBe("selfLiveFirstTime");
  });

  it("leaves a bar never reached before to the reading of yes", () => {
    const t = replyTo(after(...LIVE_ASKED), "以前从来没上过两千万 今年是头一回");
    expect(t.state.facts.selfLiveFirstTime).toBe(true);
  });
});

describe("answers in other words while a question is pending", () => {
  it("answers whether a kind counts, and asks for the subject again", () => {
    for (const m of ["啥叫申报主体 俺是开网店的个体户算不算", "个体户算企业吗", "我们是合作社 算不算"]) {
      const t = replyTo(after("自测"), m);
      expect(t.state.facts.subjectType, m).toBeUndefined();
      expect(t.state.asking, m).toBe("subjectType");
      expect(t.text, m).toContain("申报主体");
    }
  });

  it("still takes a kind said plainly", () => {
    expect(replyTo(after("自测"), "我是个体户").state.facts.subjectType).toBe("enterprise");
  });

  it("skips a figure the speaker would rather not say", () => {
    for (const m of ["这个数不方便说", "保密", "不想透露"]) {
      const t = replyTo(after("自测", "企业"), m);
      expect(t.state.facts.physicalGoodsRetailYuan, m).toBeUndefined();
      expect(t.text, m).toContain("跳过");
    }
  });

  it("reads 木有 as 没有", () => {
    expect(replyTo(after("自测", "乡镇"), "一个也木有").state.facts.ecommerceVillages).toBe(0);
  });

  it("reads an event of the district, said to be small, as of other influence", () => {
    const t = replyTo(after("自测", "电商产业园区", "否", "是"), "就是区里搞的 影响不大");
    expect(t.state.facts.eventInfluence).toBe("other");
  });
});

describe("a question near several topics while a question is pending", () => {
  it("answers from the topic that explains the question pending", () => {
    const t = replyTo(
      after("自测", "企业", "3500万", "没有", "不是", "不是", "不是", "不是", "没有", "没有", "不贷"),
      "自播要达到多少才有奖励",
    );
    expect(t.state.asking).toBe("selfLiveRetailYuan");
    expect(t.text).toContain("2000 万元");
    expect(t.text).not.toContain("您是想问哪一个");
  });

  it("still offers the nearest topics when no question is pending", () => {
    expect(replyTo(after(), "自播要达到多少才有奖励").text).toContain("您是想问哪一个");
  });
});

describe("corrections and years", () => {
  it("reads 写多了 as a correction of the figure named", () => {
    const t = replyTo(after("公司新注册的店铺今年零售额5100万"), "5100写多了 是4900万");
    expect(t.state.facts.shopRetailYuan).toBe(49_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads 以后年… as after the move, not the year after next", () => {
    const t = replyTo(
      after(),
      "我们公司的天猫店2019年开在杭州 2023年迁回淄博 迁回来以后年网络零售额做到了3500万",
    );
    expect(t.state.facts.relocatedShop).toBe(true);
    expect(t.state.facts.shopRetailYuan).toBe(35_000_000);
  });

  it("still reads 后年 alone as a year to come", () => {
    const t = replyTo(after("自测", "企业"), "如果后年做到4000万 补贴多少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("how amounts are set, beside the figures known", () => {
  it("answers a flat sum or a rate with the rule and the amount the known figure comes to", () => {
    const t = replyTo(after("我们公司实物商品网络零售额4000万"), "是直接给10万吗 还是按每1万给5块算");
    expect(t.text).toContain("每实现 1 万元最高 5 元");
    expect(t.text).toContain("约 2 万元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(40_000_000);
  });

  it("answers the rule alone where no item fits yet", () => {
    const t = replyTo(after("自测", "企业"), "是直接给10万吗 还是按比例");
    expect(t.text).not.toContain("按您目前说的数字");
  });
});

describe("figures beside comparisons, shops opened and shops not trading", () => {
  it("keeps the speaker's count after a clause that says another does better", () => {
    const t = replyTo(
      after(),
      "俺们村是周村区的 去年一年网上卖了一千三百多万 隔壁王庄卖了两千来万 俺们比不上人家 活跃的网店有二十六家",
    );
    expect(t.state.facts.activeShops).toBe(26);
  });

  it("takes neither what a count is compared with nor the difference", () => {
    const t = replyTo(after(), "俺村 2025年全村网络零售额1,186万元 活跃网店21家 比2024年的17家多了4家");
    expect(t.state.facts.activeShops).toBe(21);
    expect(t.text).toContain("用来比较");
  });

  it("reads 电商村一个 as one", () => {
    const t = replyTo(after(), "俺们镇 网络零售额六千三百万 活跃网店一百零二个 电商村一个");
    expect(t.state.facts.ecommerceVillages).toBe(1);
  });

  it("keeps a town's sales when it says shops were newly opened", () => {
    const t = replyTo(
      after(),
      "我们镇去年网络零售额一亿两千万 活跃网店九十八个 今年又新开了五个 不过还没活跃起来",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(120_000_000);
    expect(t.state.facts.newShop).toBeUndefined();
  });

  it("takes the rest as the active shops after those said not to trade", () => {
    const t = replyTo(
      after("自测", "行政村", "1400万"),
      "活跃的啊 原来登记了三十一家 今年有九家基本不开张了 剩下这二十二家天天都上货",
    );
    expect(t.state.facts.activeShops).toBe(22);
    expect(t.text).not.toContain("请告诉我真正在卖的");
  });

  it("takes neither all the shops nor those closed when only those are said", () => {
    const t = replyTo(after(), "俺村网店三十一家 有九家关门了");
    expect(t.state.facts.activeShops).toBeUndefined();
  });
});

describe("sales named by their own words, and the speaker's shop", () => {
  it("takes the physical goods named beside the whole, and the whole as the enterprise's", () => {
    const t = replyTo(after(), "公司今年网络零售额4.2kw 其中实物商品3900w");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(39_000_000);
    expect(t.state.facts.onlineRetailYuan).toBe(42_000_000);
  });

  it("takes the physical goods left after the virtual ones mid-test", () => {
    const t = replyTo(
      after("自测", "企业"),
      "总的网上卖了五千一百万 里头有九百万是话费卡券那些虚拟的 实物的就是剩下的四千二百万",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(42_000_000);
  });

  it("gives the speaker's own shop its figure when a new shop is known, and what it brings", () => {
    const t = replyTo(after("我们是今年新注册的店铺 已纳统"), "那俺们店今年卖了四千万 给多少");
    expect(t.state.facts.shopRetailYuan).toBe(40_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.text).toContain("最高 10 万元");
  });

  it("never says a moved-back shop's figure is 0 when only a new shop's was given", () => {
    const t = replyTo(after("我们是今年新注册的店铺 已纳统 店铺零售额4000万"), "能拿多少");
    expect(t.text).not.toContain("0 元");
  });

  it("corrects the one sales figure known when the words name sales in general", () => {
    const t = replyTo(
      after("我们是今年新注册的店铺 已纳统 网络零售额三千五百万"),
      "不对 网络零售额是五千二百万",
    );
    expect(t.state.facts.shopRetailYuan).toBe(52_000_000);
  });

  it("reads 财务刚核了 as a correction of the figure given", () => {
    const t = replyTo(
      after("我们是生产企业 与第三方直播机构合作 直播纳统零售额一千八百万"),
      "财务刚核了 是两千一百万",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(21_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("voice input and skips", () => {
  it("reads 一千三白万 and 3 千 万", () => {
    expect(
      replyTo(after(), "俺们村去年网上卖了一千三白万 活跃网点二十一家").state.facts.onlineRetailYuan,
    ).toBe(13_000_000);
    expect(replyTo(after(), "公司今年实物商品网零 3 千 万").state.facts.physicalGoodsRetailYuan).toBe(
      30_000_000,
    );
  });

  it("skips when a skip is said last, whatever figure came before it", () => {
    const t = replyTo(after("自测", "企业", "3500万"), "贷多少老板还没拍板 一二百万的样子吧 这个先跳过");
    expect(t.text).toContain("跳过");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
  });

  it("sets aside the years before a shop moved back", () => {
    const t = replyTo(after("我们店以前开在济南 今年迁回淄博了"), "回迁之前那几年每年都有三千多万");
    expect(t.state.facts.shopRetailYuan).toBeUndefined();
  });

  it("reads the biggest courier company's share as another's", () => {
    const t = replyTo(
      after("我们是县域快递物流信息平台 能实时比价 也能撮合对接"),
      "县里最大那家快递公司自己就占了全县单量的百分之四十",
    );
    expect(t.state.facts.parcelSharePercent).toBeUndefined();
  });
});

describe("bars asked about, agencies' sales and whether", () => {
  it("answers a bar asked about first and keeps the pending question, writing no figure", () => {
    for (const m of ["问一下 一千万整算够了不 还是得超过一千万", "先问个事 正好一千万算不算超过"]) {
      const t = replyTo(after("自测", "行政村", "30家"), m);
      expect(t.state.facts.onlineRetailYuan, m).toBeUndefined();
      expect(t.state.asking, m).toBe("onlineRetailYuan");
      expect(t.text, m).toContain("包括本数");
    }
  });

  it("still takes a figure said right at a bar as the answer, then says what it brings", () => {
    const t = replyTo(after("自测", "行政村", "1400万"), "正好二十家 够不够");
    expect(t.state.facts.activeShops).toBe(20);
  });

  it("takes a count said before asking whether one more is enough", () => {
    const t = replyTo(
      after("自测", "行政村", "1400万"),
      "活跃的网店 俺数了数有十九家 还有三家去年关了不算 是不是差一家就够了",
    );
    expect(t.state.facts.activeShops).toBe(19);
  });

  it("works out the figure supposed, not the award asked after it", () => {
    const t = replyTo(after("公司实物商品网络零售额三千六百万"), "那要是做到一个亿能补多少 是不是五十万");
    expect(t.text).toContain("约 5 万元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(36_000_000);
  });

  it("reads the family's share of an agency's sales, with the commission named, as sales through the agency", () => {
    const t = replyTo(
      after("我们是生产企业"),
      "跟直播机构合作播了一年 机构说他们那边总共卖了八千万 俺家的货占了两千五百万 佣金三百万",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(25_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("sets aside what a shop sold back then, elsewhere", () => {
    const t = replyTo(
      after(),
      "我们厂原来的天猫店注册在杭州 去年迁回淄博了 迁回来头一年网络零售额就做了三千一百万 在杭州那会儿最好一年卖过四千万",
    );
    expect(t.state.facts.shopRetailYuan).toBe(31_000_000);
  });

  it("does not answer whether the sales are counted from 纳没纳统, but does from a form's 是否纳统：是", () => {
    expect(
      replyTo(after(), "实物商品网络零售额三千零一十五万 纳没纳统俺不清楚 要问会计").state.facts.counted,
    ).toBeUndefined();
    expect(replyTo(after(), "自播直播网络零售额(万元)：5,080 | 是否纳统：是").state.facts.counted).toBe(true);
  });

  it("reads 电商存 typed by voice as 电商村", () => {
    const t = replyTo(after(), "俺们镇电商存有四个 网上零售额七千万 活跃网店一百零一个");
    expect(t.state.facts.ecommerceVillages).toBe(4);
  });
});

describe("what a stranger's trial found", () => {
  it("writes nothing when an old figure put right is no figure written, and asks which item", () => {
    const t = replyTo(
      after("我们是做快递物流信息平台的 县里一天两万单左右 走我们平台的有一万七千来单"),
      "那个一万七改成一万六千五 刚才看错了",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.facts.parcelSharePercent).toBe(85);
    expect(t.text).toContain("没有改动");
  });

  it("reads 是 before another fact said yes as that fact's copula, not as the pending answer", () => {
    const t = replyTo(after("我们是直播机构 二十几个主播", "六千二百万", "没拿过"), "是 单独的法人公司");
    expect(t.state.facts.independentLegalEntity).toBe(true);
    expect(t.state.facts.newShop).toBeUndefined();
    expect(t.state.asking).toBe("newShop");
  });

  it("reads 第三方那边出数 as the counting company, not a live-streaming third party", () => {
    const t = replyTo(after("自测", "乡镇", "0"), "全年的要等第三方那边出数，去年全年是9800万");
    expect(t.state.facts.onlineRetailYuan).toBe(98_000_000);
  });

  it("puts right the pending count when a correction's figure is of its kind", () => {
    const t = replyTo(
      after("自测", "行政村", "1100万", "俺村开网店的有三十多家但是正儿八经天天卖货的也就十八九家"),
      "不对刚才说错了天天卖货的是二十一家我又数了一遍",
    );
    expect(t.state.facts.activeShops).toBe(21);
    expect(t.state.facts.onlineRetailYuan).toBe(11_000_000);
  });

  it("reads 我们自己不直播, said alone, as no self-live sales", () => {
    const t = replyTo(after("自测", "企业"), "我们自己不直播 都是找机构播的");
    expect(t.state.facts.selfLiveRetailYuan).toBe(0);
    expect(t.text).not.toContain("没能看懂");
  });

  it("takes the sales through agencies said with a question about the commission", () => {
    const t = replyTo(
      after("自测", "企业"),
      "我们是博山做琉璃工艺品的厂 今年跟两家直播机构合作 一共卖了两千五百来万 佣金给了他们三百多万 这个佣金能补多少",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(25_000_000);
    expect(t.text).toContain("佣金补助");
  });

  it("keeps the speaker's own figure beside one added up with another village", () => {
    const t = replyTo(after(), "俺们村和前村合起来卖了两千万 俺们村自己一千三百万 活跃网店俺们村二十八家");
    expect(t.state.facts.onlineRetailYuan).toBe(13_000_000);
  });

  it("takes the shops truly selling after 但是 in a message with no punctuation", () => {
    const t = replyTo(
      after("自测", "行政村", "1100万"),
      "俺村开网店的有三十多家但是正儿八经天天卖货的也就十八九家",
    );
    expect(t.state.facts.activeShops).toBe(18);
  });

  it("supposes the shop's figure when the award asked is a shop's tier", () => {
    const t = replyTo(after("店是今年新注册的 已经纳统"), "要是年底做到五千万是不是能拿二十万");
    expect(t.text).toContain("新注册店铺奖励");
    expect(t.text).toContain("最高 20 万元");
  });
});
