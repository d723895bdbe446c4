// What the nineteenth round of everyday messages found (the trial-7 items left open, and the readable sets dev-19 and
// dev-20): two shops restated in one correction, a third person's figures, an old figure taken back by its value,
// a correction of what was left out, a report's count in its heading, 纳统 before the figure, the event's organiser,
// a figure asked about as a kind of sales, and one clause that states and asks.

import { describe, expect, it } from "vitest";
import { understandAside } from "../../bot/core/understanding/index.ts";
import { normalise } from "../../bot/core/understanding/normalise.ts";
import { after, replyTo } from "../support/dialog.ts";

const DATE = "2026-06-01";
const topic = (q: string) => {
  const a = understandAside(q, DATE);
  return a?.kind === "answer" ? a.answer.id : (a?.kind ?? null);
};

describe("two shops", () => {
  const both = () => after("我们是企业 新开了一个抖音店卖了3100万 还有一个从外地迁回来的天猫店卖了3600万");

  it("takes both figures when a correction restates which shop sold what", () => {
    const t = replyTo(both(), "3600万那个是新开的抖音店，3100万是迁回来的天猫店，两个店");
    expect(t.state.facts.shopRetailYuan).toBe(36_000_000);
    expect(t.state.facts.relocatedShopRetailYuan).toBe(31_000_000);
    expect(t.text).toContain("原为 3100 万元");
    expect(t.text).toContain("原为 3600 万元");
  });

  it("gives the moved-back shop a figure said in the clause after the one that names it", () => {
    const s = after("我们是企业 新开了一个店卖了3000万 还有一个迁回来的店 卖了4200万");
    expect(s.facts.shopRetailYuan).toBe(30_000_000);
    expect(s.facts.relocatedShopRetailYuan).toBe(42_000_000);
  });

  it("reads a line passed (「不是第一次过三千万」) as no figure of the shop's", () => {
    const s = after("店是2021年从上海迁回来的，迁回来以后今年卖了3800万，是第一次过三千万");
    const t = replyTo(s, "说错了，迁回来以后不是第一次过三千万，去年就过了");
    expect(t.state.facts.relocatedFirstTime).toBe(false);
    expect(t.state.facts.shopRetailYuan).toBe(38_000_000);
  });
});

describe("a third person's figures", () => {
  it("works out another company's live sales for it, never the speaker's (「张老板他们公司」)", () => {
    const t = replyTo(after(), "张老板他们公司自播卖了两千万他能申请啥");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.state.facts.subjectType).toBeUndefined();
    expect(t.text).toContain("另一个企业的情况");
    expect(t.text).toContain("自播直播奖励");
    // Only the items the figures bear on, not every item of the policy.
    expect(t.text).not.toContain("快递物流信息平台");
  });

  it("says what a relative's figure would bring when all else holds (「俺表哥那个公司…能拿三十万不」)", () => {
    const t = replyTo(after(), "俺表哥那个公司自己直播一年卖了六千万 他能拿三十万不");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.text).toContain("条件都满足时最高 30 万元");
  });

  it("works it out mid-test too, and the question asked stays", () => {
    const s = after("我们是村");
    const t = replyTo(s, "他们村网店有三十家 卖了一千五百万 能评上不");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.text).toContain("另一个行政村的情况");
    expect(t.state.asking).toBe(s.asking);
  });

  it("answers the speaker's own question said after another's figures (「…俺们村得卖到多少才够」)", () => {
    const t = replyTo(
      after("俺们村活跃网店二十一家"),
      "隔壁村一年卖了三千万评上电商村了 俺们村得卖到多少才够",
    );
    expect(t.text).not.toContain("另一个行政村的情况");
    expect(t.text).toContain("1000 万元");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });
});

describe("corrections taken back and completed", () => {
  it("takes the last change back to the old figure named (「算了还是按原来的2150吧」)", () => {
    const s = after("我们是企业 实物商品网络零售额2150万", "不对是2300万");
    expect(s.facts.physicalGoodsRetailYuan).toBe(23_000_000);
    const t = replyTo(s, "算了还是按原来的2150吧");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(21_500_000);
    expect(t.text).toContain("原为 2300 万元");
  });

  it("corrects the count answered last when what was left out is named (「刚才漏了极兔 一共是5家」)", () => {
    const s = after(
      "自测",
      "企业",
      "不清楚",
      "没有",
      "不是",
      "不是",
      "不是",
      "不是",
      "实现了五统一",
      "整合了四家",
    );
    expect(s.facts.expressCompanies).toBe(4);
    const t = replyTo(s, "刚才漏了极兔 一共是5家");
    expect(t.state.facts.expressCompanies).toBe(5);
    expect(t.text).toContain("原为 4 家");
  });
});

describe("figures as reports and agencies put them", () => {
  it("reads a count's measure word in a report's heading (「活跃网店(个) 41」)", () => {
    expect(normalise("活跃网店（个）：41")).toBe("活跃网店41个");
    const s = after("村里报表 网络零售额(万元) 1260 活跃网店(个) 41");
    expect(s.facts.onlineRetailYuan).toBe(12_600_000);
    expect(s.facts.activeShops).toBe(41);
  });

  it("reads a sum right after 纳统 as the counted sales, and 纳统一亿 as a number, not 统一", () => {
    expect(normalise("今年纳统一亿一千万")).toBe("今年纳统1亿1000万");
    expect(normalise("实现了五统一")).toBe("实现了五统一");
    const s = after("MCN这边今年纳统4.2kw 公司是独立法人 在库三年了");
    expect(s.facts.mcn).toBe(true);
    expect(s.facts.onlineRetailYuan).toBe(42_000_000);
    expect(after("我们MCN是分公司 不是独立法人 今年纳统一亿一千万").facts.onlineRetailYuan).toBe(110_000_000);
  });

  it("takes 做直播的 as what an agency does, not as the live room of its figure", () => {
    const s = after("我们是做直播的MCN机构独立法人去年纳统网络零售额六千二百万");
    expect(s.facts.onlineRetailYuan).toBe(62_000_000);
    expect(s.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("reads the organiser of an event (「…大赛的承办单位」) as hosting it, at its level", () => {
    const s = after("我们公司是一场全国性直播电商大赛的承办单位");
    expect(s.facts.hostsEvent).toBe(true);
    expect(s.facts.eventInfluence).toBe("national");
  });

  it("reads 撮合对接 alone as the platform's matchmaking, and a plan for it as not yet", () => {
    const t = replyTo(after("我们是物流信息平台 整合了80%的快递单量 有实时比价"), "撮合对接这块还在开发");
    expect(t.state.facts.matchmaking).toBe(false);
  });

  it("hears 「暂时用不着」 to the loan's question as no loan", () => {
    const s = after(
      "自测",
      "我们是生产企业 实物商品网络零售额4000万 已经纳统",
      "没有",
      "不是",
      "不是",
      "不是",
      "不是",
      "没有",
      "没有",
    );
    expect(s.asking).toBe("loanAmountYuan");
    expect(replyTo(s, "暂时用不着").state.facts.loanAmountYuan).toBe(0);
  });
});

describe("a figure asked about, and a figure stated in the clause that asks", () => {
  it("works out 「三千万的实物零售额能补多少」 on a copy, the question asked staying", () => {
    const s = after("我们是企业");
    const t = replyTo(s, "三千万的实物零售额能补多少流量补贴");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.text).toContain("1.5 万元");
    expect(t.state.asking).toBe(s.asking);
  });

  it("writes the speaker's own figure said before the question in one clause, and answers it", () => {
    const t = replyTo(after("我们是企业"), "我们三千万的实物零售额能补多少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(30_000_000);
    expect(t.text).toContain("1.5 万元");
  });

  it("leaves a figure pointed back at (「我那4200万能拿几万」) unwritten as a new answer", () => {
    const s = after("我们公司的天猫店去年从杭州迁回淄博了 迁回来以后第一次卖到4200万");
    const t = replyTo(s, "我那4200万能拿几万啊");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("questions about the policy", () => {
  it("answers whether the villages of a recognised town may still apply themselves", () => {
    expect(topic("镇里评上了 下面的村还能单独申请不")).toBe("who-receives");
    expect(topic("我们镇下面的村能自己报吗")).toBe("who-receives");
  });

  it("says at once that 20 shops reach the village's bar and 3 villages do not pass the town's", () => {
    const t = replyTo(after(), "电商村的网店二十家整够不够");
    expect(t.text).toContain("活跃网店正好 20 家算达到");
    expect(t.text).toContain("正好 3 个不算超过");
  });

  it("answers the land question of an idle plant used for a delivery centre, not a list to choose from", () => {
    expect(topic("拿闲置厂房建配送中心 地的用途得改吗")).toBe("logistics-land");
  });

  it("answers how long 自播 needs to be in the database from the database entry", () => {
    expect(topic("自播奖励要在库存续多久")).toBe("term-in-database");
    expect(topic("MCN奖励分几档")).toBe("term-mcn");
  });
});

describe("what was added is no total", () => {
  it("says 「又开了两家网店」 is an increase and writes nothing, and a total beside it is the figure", () => {
    const one = replyTo(after("我们是村"), "又开了两家网店");
    expect(one.state.facts.activeShops).toBeUndefined();
    expect(one.text).toContain("新增的数");
    const both = replyTo(after("我们是村"), "今年又开了两家网店 现在一共23家");
    expect(both.state.facts.activeShops).toBe(23);
    // A village's shops opened this year are no enterprise's new shop.
    expect(both.state.facts.newShop).toBeUndefined();
  });

  it("corrects to the total, never to what was added (「电商村不是三个 是四个 上个月又评上两个」)", () => {
    const t = replyTo(after("我们镇电商村3个"), "电商村不是三个 是四个 上个月又评上两个");
    expect(t.state.facts.ecommerceVillages).toBe(4);
  });

  it("works out 「如果再评上一个电商村」 on the villages known plus one", () => {
    const t = replyTo(after("俺们镇有电商村3个"), "如果再评上一个电商村 是不是就够电商镇了");
    expect(t.state.facts.ecommerceVillages).toBe(3);
    expect(t.text).toContain("电商村数量 4 个");
    expect(t.text).toContain("✅ 第一条 电商镇奖励");
  });

  it("keeps 「明年估计能再评上一个」 beside an answer a remark, the answer written", () => {
    const s = after("自测", "乡镇");
    expect(s.asking).toBe("ecommerceVillages");
    expect(replyTo(s, "电商村俺们镇有两个 明年估计能再评上一个").state.facts.ecommerceVillages).toBe(2);
  });
});

describe("what the twentieth set and the eighth trial found", () => {
  it("hears a yes-or-no word typed by voice (「生产企页」「成长良号」) as meant", () => {
    expect(
      after("我们是生产企页 跟第三方直播机构合做 纳统直播零手额两千三百万").facts.productionEnterprise,
    ).toBe(true);
    expect(after("我们在库一年了 成长良号").facts.growingWell).toBe(true);
  });

  it("asks a village back only at a village's own bars (「差不多两千万」 is near no village bar)", () => {
    const s = after("俺们村 村里现在38个网店都在正常经营 一年网销差不多两千万");
    expect(s.facts.onlineRetailYuan).toBe(20_000_000);
  });

  it("reads 「一年纳统直播零售额」 as per year, never a year in the database, and 「头回过三千万」 as the first time", () => {
    const s = after("俺家是生产企业 自己开直播卖 一年纳统直播零售额三千一百万 头回过三千万");
    expect(s.facts.monthsInDatabase).toBeUndefined();
    expect(s.facts.selfLiveRetailYuan).toBe(31_000_000);
    expect(s.facts.selfLiveFirstTime).toBe(true);
  });

  it("reads 「已经进了第三方大数据统计」 as counted", () => {
    expect(after("实物商品网零今年4.2kw 已经进了第三方大数据统计").facts.counted).toBe(true);
  });

  it("corrects by what was left out or the zero typed too many", () => {
    const village = () => after("我们村网店18家 网络零售额1500万");
    expect(replyTo(village(), "网店是二十八家 少说了十家").state.facts.activeShops).toBe(28);
    expect(replyTo(village(), "网店少说了十家").state.facts.activeShops).toBe(28);
    expect(replyTo(village(), "网店多说了三家").state.facts.activeShops).toBe(15);
    const t = replyTo(after("公司实物商品网络零售额35000万"), "多打了一个0");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(35_000_000);
    expect(t.text).toContain("原为 3.5 亿元");
  });

  it("changes only the shop's figure when a shop's figure is corrected after 「看错表了」", () => {
    const t = replyTo(after("今年新注册的店铺，店铺网络零售额4800万"), "我看错表了 店铺零售额是5300万");
    expect(t.state.facts.shopRetailYuan).toBe(53_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("keeps one anchor's or one villager's figure out of the speaker's own", () => {
    const mcn = replyTo(after("我们是MCN机构"), "我们合作的那个主播 他个人一年卖了一个亿");
    expect(mcn.state.facts.onlineRetailYuan).toBeUndefined();
    const village = replyTo(
      after("俺们村网络零售额2300万 活跃网店30家"),
      "俺村有个张老板一个人就卖了八百万 这个算不算进去",
    );
    expect(village.state.facts.onlineRetailYuan).toBe(23_000_000);
    expect(village.text).toContain("全村数字里的一部分");
    expect(village.text).not.toContain("另一个行政村");
  });

  it("writes 「一个多亿」 past a bar that must be passed (超过 1 亿), and says so; at an MCN's 1 亿 it is 1 亿", () => {
    const town = after("我们镇网上卖了一个多亿 网店120家");
    expect(town.facts.onlineRetailYuan).toBe(100_010_000);
    const t = replyTo(after("自测", "乡镇", "2个"), "全镇网上卖了一个多亿吧 具体得查");
    expect(t.state.facts.onlineRetailYuan).toBe(100_010_000);
    expect(t.text).toContain("记为超过 1 亿元");
    expect(after("我们是一家MCN机构 独立法人 纳统网络零售额一个多亿").facts.onlineRetailYuan).toBe(
      100_000_000,
    );
    // The figure said again as it was, to be denied, is the one written.
    const fixed = replyTo(
      after("镇上一年网络零售额6000万出头 活跃网店一百零五个"),
      "我看错单位了 不是6000万 是1.6个亿",
    );
    expect(fixed.state.facts.onlineRetailYuan).toBe(160_000_000);
    expect(fixed.text).toContain("原为 6001 万元");
  });

  it("lets the results answer 「能评上电商村不」 when the first message gives every figure", () => {
    const t = replyTo(after(), "俺们村的情况 村里现在38个网店 一年网销两千三百万 你看看俺们能评上电商村不");
    expect(t.text).toContain("自测完成");
    expect(t.text).not.toContain("街道能否按乡镇申报");
  });
});

describe("what the eighth stranger's trial found", () => {
  it("never marks a shop moved back this year as new, and keeps both shops when a new one is added", () => {
    const s = after("我们公司原来在杭州开的天猫店今年搬回淄博了，回迁以后今年第一次做到3600万");
    expect(s.facts.newShop).toBeUndefined();
    expect(s.facts.shopRetailYuan).toBe(36_000_000);
    const t = replyTo(s, "另外还新注册了一个拼多多店，今年卖了900万");
    expect(t.state.facts.shopRetailYuan).toBe(9_000_000);
    expect(t.state.facts.relocatedShopRetailYuan).toBe(36_000_000);
  });

  it("never reads how old the company is (「公司成立快四年了」) as years in the database", () => {
    const s = after("我们是一家MCN机构，独立法人，今年机构纳统网络零售额1.35亿，公司成立快四年了");
    expect(s.facts.monthsInDatabase).toBeUndefined();
    expect(s.facts.onlineRetailYuan).toBe(135_000_000);
  });

  it("writes an agency's counted sales as its own turnover, said beside another answer", () => {
    const s = after(
      "自测",
      "我们是做直播的MCN公司",
      "没有 不过我们是独立法人",
      "否",
      "没有新开的 也没有回迁的",
      "这个奖我们一次都没拿过",
    );
    const t = replyTo(s, "机构的纳统零售额是6800万 给品牌方带货收的佣金大概九百万");
    expect(t.state.facts.onlineRetailYuan).toBe(68_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("takes a plain 「没有」「不是」 before another fact as the answer to the question asked", () => {
    const s = after("自测", "我们是做直播的MCN公司");
    expect(s.asking).toBe("nationalDemoNewlyRecognized");
    const t = replyTo(s, "没有 不过我们是独立法人");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(t.state.facts.independentLegalEntity).toBe(true);
    const trade = replyTo(after("自测", "企业", "３２５０万元"), "不是 我们就是个普通贸易公司");
    expect(trade.state.facts.nationalDemoNewlyRecognized).toBe(false);
    // Another fact's own words are no 「是」 to the question asked.
    const counted = replyTo(after("自测", "企业", "3000万"), "已经纳统了");
    expect(counted.state.facts.counted).toBe(true);
    expect(counted.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
  });

  it("keeps what is planned or still being negotiated out (「配送和揽件下个月统一」「邮政还在谈」)", () => {
    const five = replyTo(
      after("自测", "企业", "0", "不是", "2"),
      "仓储分拣运输都统一了 配送和揽件下个月统一",
    );
    expect(five.state.facts.fiveUnified).toBe(false);
    const names = replyTo(
      after("自测", "企业", "0", "不是", "2", "是"),
      "中通、圆通、韵达、申通、极兔都进来了，邮政还在谈",
    );
    expect(names.state.facts.expressCompanies).toBe(5);
  });

  it("corrects the total when the live figure is said to stand (「总数是6200万 自播没错」)", () => {
    const t = replyTo(
      after("我们厂今年网上一共卖了7.2kw，其中自己直播卖的有2300万"),
      "不对 总数是6200万 自播没错",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(62_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBe(23_000_000);
  });

  it("assumes no enterprise when active shops are counted and no subject is named, and asks who it is", () => {
    const t = replyTo(after(), "我们这儿网络零售额一亿两千万，活跃网店85家");
    expect(t.state.facts.subjectType).toBeUndefined();
    expect(t.state.facts.onlineRetailYuan).toBe(120_000_000);
    expect(t.state.facts.activeShops).toBe(85);
    expect(t.state.asking).toBe("subjectType");
  });

  it("answers thanks and goodbyes with nods around them, a question pending or not", () => {
    expect(replyTo(after("自测", "企业", "3000万"), "哈哈 好的 谢谢啦").text).toContain("不客气");
    expect(replyTo(after("俺村网上卖了两千三百w 网店三十五家"), "好吧 再见").text).toContain("再见");
  });

  it("writes an event hosted, at its level, said with a question (「…全省的直播电商大赛 有补助吗」)", () => {
    const s = after("我们是区里的电商产业园，今年刚被商务部认定为国家级电子商务示范基地", "那能拿多少");
    const t = replyTo(s, "我们承办了一个全省的直播电商大赛 有补助吗");
    expect(t.state.facts.hostsEvent).toBe(true);
    expect(t.state.facts.eventInfluence).toBe("provincial");
    expect(t.text).toContain("一事一议");
  });

  it("reads 「比价和撮合都有」, a share said as two volumes a day, and 「网上不卖货」", () => {
    const both = replyTo(after("我们是物流信息平台"), "比价和撮合都有");
    expect(both.state.facts.priceComparison).toBe(true);
    expect(both.state.facts.matchmaking).toBe(true);
    expect(after("我们平台一天全县大概三万单 走我们平台的有两万四千单").facts.parcelSharePercent).toBe(80);
    expect(
      replyTo(after("自测", "企业"), "我们是做快递分拨的 网上不卖货").state.facts.physicalGoodsRetailYuan,
    ).toBe(0);
  });

  it("answers what 「这个50万是给多少还是最多给多少」 means, never as a figure to work out", () => {
    const t = replyTo(
      after("我们是县里的快递物流信息平台，能实时比价，也能撮合对接"),
      "这个50万是给多少还是最多给多少",
    );
    expect(t.text).toContain("给予 50 万元");
    expect(t.text).not.toContain("按当年实物商品网络零售额");
  });
});

describe("more of the eighth trial", () => {
  it("says which year's figures are filed when asked (the last full year, with no round open)", () => {
    const t = replyTo(after("公司去年全年实物网络零售额5,600万"), "申报的时候报哪一年的数");
    expect(t.text).toContain("上一个完整年度（2025年）");
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
  });

  it("works out a neighbouring village named as villages are (「隔壁李家庄」) as a village", () => {
    const t = replyTo(after(), "隔壁李家庄卖了一千六百万 网店才十五家 他们能评上不");
    expect(t.text).toContain("另一个行政村的情况");
    expect(t.text).toContain("还差 5 家");
  });

  it("answers a town official asking the recognition conditions with them", () => {
    const t = replyTo(after(), "您好，我是镇政府经济办的，想了解一下电商镇的认定条件");
    expect(t.text).toContain("镇内电商村超过 3 个");
  });
});

describe("small talk", () => {
  it("says whose assistant this is when asked whether it is the government's", () => {
    const t = replyTo(after(), "你们这个是政府弄的不");
    expect(t.text).toContain("政策通");
    expect(t.text).toContain("市商务局");
    expect(t.text).not.toContain("奖励给予申报并通过认定的主体本身");
  });
});

describe("what the twenty-second set found (read after it was scored unread)", () => {
  it("reads an event organised by the speaker said after the event (「…大赛今年是俺们承办的」)", () => {
    const s = after("省里的直播电商大赛今年是俺们承办的");
    expect(s.facts.hostsEvent).toBe(true);
    expect(s.facts.eventInfluence).toBe("provincial");
  });

  it("reads 「成长情况良好」, 「今年干了2.6个亿」 and 「咱还没纳统呢」", () => {
    expect(after("在库存续已经满两年了 成长情况良好").facts.growingWell).toBe(true);
    expect(after("实物商品网上零售 今年干了2.6个亿").facts.physicalGoodsRetailYuan).toBe(260_000_000);
    const t = replyTo(after(), "咱还没纳统呢 数据没进第三方");
    expect(t.state.facts.counted).toBe(false);
    // 「纳统那个…还没纳进去」 is no 「是」.
    expect(
      replyTo(after("我们是企业"), "纳统那个我刚问了财务 还没纳进去 要等第三方下个月统计").state.facts
        .counted,
    ).not.toBe(true);
  });

  it("takes the exact figure said after a bar passed for the first time (「…头一回过了三千万 纳统数是3150万」)", () => {
    const s = after("自播零售额今年头一回过了三千万 纳统数是3150万");
    expect(s.facts.selfLiveRetailYuan).toBe(31_500_000);
    expect(s.facts.selfLiveFirstTime).toBe(true);
    expect(s.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("keeps 「这里边有三百万是合作社卖的」 a part of the village's figure", () => {
    const t = replyTo(after("俺村网络零售额一千二百万"), "这里边有三百万是合作社卖的");
    expect(t.state.facts.onlineRetailYuan).toBe(12_000_000);
  });

  it("answers the speaker's own question after another town's figure, and whether a provincial park may apply", () => {
    const town = replyTo(after(), "隔壁镇网络零售额都1.5亿了 咱镇还差得远 电商镇到底要多少");
    expect(town.text).not.toContain("另一个乡镇的情况");
    expect(town.text).toContain("1 亿元");
    const park = replyTo(after(), "俺们园区2019年就评上过省级示范园区了 还能申请那50万不");
    expect(park.text).toContain("国家级");
    expect(park.text).not.toContain("申报时间以市商务局");
  });

  it("takes 「以这个为准」 as a correction of the figure answered last", () => {
    const s = after("自测", "我们是生产企业 跟第三方直播机构合作卖了1800万");
    const t = replyTo(s, "会计报上来的是2200万 以这个为准");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(22_000_000);
  });

  it("says thanks back to 「辛苦了 这么晚还回消息」, and says why a sum on a first message is set aside", () => {
    expect(replyTo(after(), "辛苦了 这么晚还回消息").text).toContain("不客气");
    expect(replyTo(after(), "去年给直播机构付了180万佣金").text).toContain("「180万」不是要填的");
    expect(replyTo(after(), "哈哈 你这个还挺好使 晚上一块吃烧烤去啊").text).not.toContain("1块");
  });
});

describe("what the twenty-third set found (read after it was scored unread)", () => {
  it("takes 「刚才说的500万作废 额度写800万」 as a correction of the loan", () => {
    const t = replyTo(after("齐鲁电商贷想申请500万"), "刚才说的500万作废 额度写800万");
    expect(t.state.facts.loanAmountYuan).toBe(8_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("works out 「3000万能拿多少补贴」 on a copy for an enterprise", () => {
    const t = replyTo(after("我们是企业"), "3000万能拿多少补贴");
    expect(t.text).toContain("每 1 万元 5 元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("writes nothing said of a relative's shop, its yes-or-no words included", () => {
    const t = replyTo(after("我们公司有个网店"), "我表哥的店是从上海迁回来的 一年卖四千万 拿了10万奖励");
    expect(t.state.facts.relocatedShop).toBeUndefined();
    expect(t.state.facts.shopRetailYuan).toBeUndefined();
    // (Nor the counted word of a neighbouring agency.)
    const mcn = replyTo(after("我们是MCN机构 独立法人"), "隔壁那家MCN去年纳统做了一个多亿 听说拿了50万奖励");
    expect(mcn.state.facts.counted).toBeUndefined();
  });

  it("answers 「俺们村能评上不」 before any figure with what the village's item takes", () => {
    const t = replyTo(after("我是村支书"), "隔壁王家村一年卖了三千万 俺们村能评上不");
    expect(t.text).toContain("需达到 1000 万元以上");
    expect(t.text).toContain("需达到 20 家以上");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("says it is handing over to a person (「转人工」)", () => {
    expect(replyTo(after(), "转人工").text).toContain("转人工");
  });
});

describe("what the twenty-fourth set found (read after it was scored unread)", () => {
  it("gives the only sum of a message naming a moved-back shop to that shop", () => {
    const s = after("俺们天猫店以前挂在杭州 前年迁回淄博了 今年全年3400万 迁回来之后头一回到这么多");
    expect(s.facts.shopRetailYuan).toBe(34_000_000);
    expect(s.facts.relocatedFirstTime).toBe(true);
  });

  it("reads 「算MCN」 as an MCN, its counted sales as the agency's", () => {
    const s = after("咱这是独立法人的直播电商公司 算MCN 今年纳统网络零售额一点二个亿");
    expect(s.facts.mcn).toBe(true);
    expect(s.facts.onlineRetailYuan).toBe(120_000_000);
    expect(s.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("corrects the one live room known (「直播那个数换成两千八百万」), a share after 核了一下, and shops said the wrong way round", () => {
    expect(
      replyTo(after("自播直播零售额2100万"), "直播那个数换成两千八百万").state.facts.selfLiveRetailYuan,
    ).toBe(28_000_000);
    expect(
      replyTo(after("信息平台整合了全县75%的快递单量"), "刚跟平台核了一下 应该是百分之八十二").state.facts
        .parcelSharePercent,
    ).toBe(82);
    const shops = replyTo(
      after("两个店 新注册的那个卖了3100万 从外地回迁的那个卖了3600万"),
      "搞反了 新店是3600万 迁回来的是3100万",
    );
    expect(shops.state.facts.shopRetailYuan).toBe(36_000_000);
    expect(shops.state.facts.relocatedShopRetailYuan).toBe(31_000_000);
  });

  it("works out live sales supposed next year as the enterprise's own room, and a bar said of a kind of applicant is no figure", () => {
    expect(replyTo(after("我们是企业"), "要是明年直播做到五千万 能奖多少").text).toContain("30 万元");
    const t = replyTo(
      after(),
      "王主任让俺问问 说是实物商品一年卖到三千万以上的企业市里给流量补贴 这个钱具体咋算 按啥算",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("what the speaker does is no 「是」", () => {
  it("answers no yes-or-no question with 「我们是做快递分拨的」, and a plain 「是」 still answers", () => {
    const s = after("自测", "企业", "0", "不是", "2");
    expect(s.asking).toBe("fiveUnified");
    expect(replyTo(s, "我们是做快递分拨的 网上不卖货").state.facts.fiveUnified).toBeUndefined();
    expect(replyTo(s, "是").state.facts.fiveUnified).toBe(true);
  });
});

describe("what the ninth stranger's trial found", () => {
  it("keeps 五统一 at 否 when the last of the five is only planned (「下个月揽件也能统一了」)", () => {
    const s = after("自测", "企业", "0", "不是", "2", "仓储分拣运输配送都统一了 揽件还没统一");
    expect(s.facts.fiveUnified).toBe(false);
    expect(replyTo(s, "下个月揽件也能统一了").state.facts.fiveUnified).toBe(false);
  });

  it("takes 「不是新认定的 前年就认定了」 as a correction of the national demonstration answer", () => {
    const t = replyTo(after("自测", "企业", "3000万", "是"), "不是新认定的 前年就认定了");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(t.state.facts.mcn).toBeUndefined();
  });
});
