// What the ninth round of everyday messages found (the readable sets dev-21 and dev-22, and a tenth stranger's
// trial): questions and what-ifs that read like corrections, a word of a mistake taken for 「没有」, a plan taken for
// a fact, a month of the calendar taken for months in the database, a company's whole beside its shop, a bar just
// passed beside the figure itself, and corrections said without the usual words.

import { describe, expect, it } from "vitest";
import { after, asked, replyTo } from "../support/dialog.ts";

describe("what is no correction", () => {
  it("works out a sum the person checks (「按1万补5块 是不是能补18万」) and changes nothing", () => {
    const s = after("我们公司实物商品网零3800万");
    const t = replyTo(s, "3800万的话一万块补5块钱 是不是能补19万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(38_000_000);
    expect(t.text).toContain("1.9 万元");
    expect(t.text).toContain("每家最高 10 万元");
  });

  it("supposes more villages recognised without writing them (「假如再评上两个 凑够四个」)", () => {
    const s = after("乡镇 网络零售额七千万 电商村两个");
    const t = replyTo(s, "假如明年再评上两个电商村 凑够四个 是不是就够电商镇了");
    expect(t.state.facts.ecommerceVillages).toBe(2);
    expect(t.text).toContain("设想的数字");
  });

  it("never reads 「不对不对」 before a correction as 「没有」 to the question pending", () => {
    const s = after("自测", "乡镇", "电商村3个");
    expect(s.asking).toBe("onlineRetailYuan");
    const t = replyTo(s, "不对不对 前几天又认定了一个 现在是4个");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.facts.ecommerceVillages).toBe(4);
    expect(t.text).not.toContain("收到：没有");
  });
});

describe("corrections said without the usual words", () => {
  it("takes 「更正下 是…」 with no fact named as the figure of its kind", () => {
    const s = after("我们是MCN 独立法人 纳统网零6200万");
    const t = replyTo(s, "更正下 是7200万 刚才打错了");
    expect(t.state.facts.onlineRetailYuan).toBe(72_000_000);
  });

  it("finds a known figure said short (「这个三千二」) and moves it to the room said", () => {
    const s = after("我们是生产企业 自播纳统3200万");
    const t = replyTo(s, "不对 这个三千二是找达人机构合作卖的 不是自己播的");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(32_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("changes an event's level said again with the one known denied (「算不上全国」)", () => {
    const s = after("我们承办了个直播电商论坛 全国影响力的");
    const t = replyTo(s, "准确说是全省范围的 够不上全国");
    expect(t.state.facts.eventInfluence).toBe("provincial");
    expect(t.state.facts.hostsEvent).toBe(true);
  });

  it("counts months in the database from the year said in place of the months denied", () => {
    const s = after("我们是MCN机构 在库10个月");
    const t = replyTo(s, "在库可不是10个月 我们2020年就进去了");
    expect(t.state.facts.monthsInDatabase).toBeGreaterThanOrEqual(12 * 5);
    expect(t.state.facts.monthsInDatabase).toBeLessThanOrEqual(12 * 7);
  });

  it("takes the count said, not the shops said to be left out (「有三家关了不算」)", () => {
    const s = after("俺们村今年网上卖了一千三百万 网店有二十二家");
    const t = replyTo(s, "那个网店数俺又数了一遍是二十五家有两家上个月关了不算");
    expect(t.state.facts.activeShops).toBe(25);
  });

  it("leaves a fact said to be right and changes the other (「网店数是对的 钱数应该是…」)", () => {
    const s = after("村里零售额一千一百万 活跃网店二十四家");
    const t = replyTo(s, "网店数是对的 钱数应该是一千零八十万");
    expect(t.state.facts.onlineRetailYuan).toBe(10_800_000);
    expect(t.state.facts.activeShops).toBe(24);
  });

  it("takes a count said as what it is now, of the one count known (「现在是6家」)", () => {
    const s = after("配送中心整合了5家全国性快递");
    const t = replyTo(s, "前几天又签进来一家 现在是6家");
    expect(t.state.facts.expressCompanies).toBe(6);
  });
});

describe("figures that are no year's own", () => {
  it("never writes a month's sales as a new shop's year (「一个月能卖个两三百万」)", () => {
    const s = after("我开网店的 今年新注册的店");
    const t = replyTo(s, "一个月差不多能卖个两三百万 旺季多点");
    expect(t.state.facts.shopRetailYuan).toBeUndefined();
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.text).toContain("不是全年的数");
  });

  it("reads 「今年到10月底」 as part of a year and 10月底 as no months in the database", () => {
    const s = after("我们是做MCN的");
    const t = replyTo(s, "机构去年纳统网络零售额六千多w 今年到10月底已经八千多万了");
    expect(t.state.facts.monthsInDatabase).toBeUndefined();
    expect(t.state.facts.onlineRetailYuan).toBe(60_000_000);
  });

  it("reads a bar reached a year before (「去年就到过三千万了」) as no figure, and the first time as not so", () => {
    const s = after("我们自播今年纳统3000万 是第一次达到");
    const t = replyTo(s, "不好意思 前年就到过三千万了 不算第一次");
    expect(t.state.facts.selfLiveFirstTime).toBe(false);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("takes the figure beside a bar just passed (「刚过一千万 一千零四十万的样子」)", () => {
    const s = after("自测", "行政村");
    const t = replyTo(s, "刚过一千万 一千零四十万的样子");
    expect(t.state.facts.onlineRetailYuan).toBe(10_400_000);
  });
});

describe("plans and other people", () => {
  it("keeps a new shop new when its figure is planned (「到年底估计能冲到五千万」) and works the plan out", () => {
    const s = after(
      "我们公司有两个店",
      "一个店是今年新开的 卖了三千一百万 另一个是去年从外地迁回来的 卖了四千万",
    );
    const t = replyTo(s, "新开那个店到年底估计能冲到五千万 那样能拿二十万吗");
    expect(t.state.facts.newShop).toBe(true);
    expect(t.state.facts.shopRetailYuan).toBe(31_000_000);
    expect(t.text).toContain("最高 20 万元");
  });

  it("writes no service as there when it is to come later (「回头撮合上线了再来测」)", () => {
    const s = after("我们物流公司有个快递信息平台 能实时比价 撮合对接还在开发");
    expect(s.facts.matchmaking).toBe(false);
    const t = replyTo(s, "行 先这样 回头撮合上线了我再来测");
    expect(t.state.facts.matchmaking).toBe(false);
  });

  it("never writes a streamer's own sales as the agency's (「签的那个头部达人」)", () => {
    const s = after("我们是独立法人MCN 纳统零售额4500万");
    const t = replyTo(s, "我们签的那个头部达人自己一年就卖八千万");
    expect(t.state.facts.onlineRetailYuan).toBe(45_000_000);
  });
});

describe("which figure is which", () => {
  it("reads 「第三方那边还没统计进去」 as not counted", () => {
    const t = replyTo(after(), "实物商品网上零售额4200万 第三方那边还没统计进去");
    expect(t.state.facts.counted).toBe(false);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(42_000_000);
  });

  it("reads 「数据一直往上走」 as growing well, and 「这一年多」 as no time in the database", () => {
    const t = replyTo(after(), "自播今年纳统三千六百万 在库十五个月了 这一年多数据一直往上走");
    expect(t.state.facts.growingWell).toBe(true);
    expect(t.state.facts.monthsInDatabase).toBe(15);
  });

  it("gives the exact figure after a bar first passed the live room's words (「自己直播间…纳统的是…」)", () => {
    const t = replyTo(after(), "我们自己直播间今年头一回冲过两千万 纳统的是2230万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(22_300_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads the company's whole beside a new shop's figure as the enterprise's online retail", () => {
    const t = replyTo(after(), "今年在京东新注册了个店 卖了3300万 公司全年网上零售一共1.5个亿");
    expect(t.state.facts.shopRetailYuan).toBe(33_000_000);
    expect(t.state.facts.onlineRetailYuan).toBe(150_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads a part that names the new shop (「其中今年新注册的店…」) as that shop's", () => {
    const t = replyTo(after(), "公司整体网上零售额一亿八 其中今年新注册的拼多多店做了三千四百万");
    expect(t.state.facts.shopRetailYuan).toBe(34_000_000);
    expect(t.state.facts.onlineRetailYuan).toBe(180_000_000);
  });

  it("takes the active shops over those on the register (「登记的网店…真正活跃的…」)", () => {
    const t = replyTo(after(), "俺村登记的网店五十来家 真正活跃的也就三十家 去年网上卖了一千五百万");
    expect(t.state.facts.activeShops).toBe(30);
  });
});

describe("questions answered", () => {
  it("works out a new shop's figure asked about under article 3 (「新注册的店卖到…奖多少」)", () => {
    const t = replyTo(after(), "新注册的店卖到三千五百万奖多少");
    expect(t.text).toContain("新注册店铺奖励");
    expect(t.text).toContain("最高 10 万元");
  });

  it("works out a live room's first tier with no applicant said (「自播首次到三千万奖多少」)", () => {
    const t = replyTo(after(), "自播首次到三千万奖多少");
    expect(t.text).toContain("最高 20 万元");
  });

  it("works a next year out under article 2, not as a new shop (「要是明年能做到…」)", () => {
    const t = replyTo(after("我们是今年新注册的店铺"), "要是明年能做到4000万 能拿多少");
    expect(t.text).toContain("流量补贴");
    expect(t.text).not.toContain("新注册店铺奖励");
  });

  it("adds one more company to those known (「要是再多整合一家全国性的呢」)", () => {
    const t = replyTo(after("我们是物流企业 整合了4家全国性快递"), "要是再多整合一家全国性的呢");
    expect(t.text).toContain("5 家");
    expect(t.state.facts.expressCompanies).toBe(4);
  });

  it("says what the item brings once it holds (「要是够了能给多少钱」), the question staying", () => {
    const s = asked("onlineRetailYuan", "village");
    const t = replyTo(s, "要是都够了能给多少钱");
    expect(t.text).toContain("最高 30 万元");
    expect(t.state.asking).toBe("onlineRetailYuan");
  });

  it("answers when the policy ends, with a question of applying beside it", () => {
    const t = replyTo(after(), "这个政策管到哪年截止 俺们大后年还能报不");
    expect(t.text).toContain("2027年9月30日");
  });

  it("answers whether the money comes at once (「给的50万是一次性的吗」)", () => {
    const t = replyTo(after("我们是生产企业"), "给的二十万是一次性给吗");
    expect(t.text).toContain("没有写分几次拨付");
  });

  it("says back a figure given before (「网店数是多少来着」), and leaves 「奖多少来着」 to the policy", () => {
    const s = after("俺们村今年网上卖了一千二百万 网店有二十六家");
    expect(replyTo(s, "俺们村的网店数是多少来着").text).toContain("活跃网店数量：26 家");
    expect(replyTo(s, "评上电商村能奖多少来着").text).toContain("30 万");
  });

  it("takes 「俺先去忙了 明天再来弄」 as a goodbye, the question staying", () => {
    const s = asked("physicalGoodsRetailYuan", "enterprise");
    const t = replyTo(s, "俺先去忙了 明天再来弄");
    expect(t.text).not.toContain("没能看懂");
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });
});

describe("the second readable sets of the round (dev-23, dev-24)", () => {
  it("never writes a recognition supposed (「要是明年评上国家级示范基地」) as so", () => {
    const t = replyTo(after("我们是电商产业园区"), "俺们园区要是后年评上国家级示范基地 能给多少");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
  });

  it("never takes a figure expected (「今年预计能到…」) as the year's", () => {
    const s = after("自测", "行政村");
    const t = replyTo(s, "今年预计能到一千四百万 去年才九百万");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("onlineRetailYuan");
  });

  it("takes 「这个没有，…省级的」 as 否 to the national demonstration question", () => {
    const s = asked("nationalDemoNewlyRecognized", "enterprise");
    const t = replyTo(s, "这个没有，前年评过一个市级的电商示范企业");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("takes 「我们自己不卖货，就是做快递物流的」 as no goods of its own", () => {
    const t = replyTo(asked("physicalGoodsRetailYuan", "enterprise"), "我们自己不卖货 就是做快递分拨的");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(0);
  });

  it("reads 「一个半亿」 and 「五六家」", () => {
    expect(replyTo(after(), "俺们乡去年网上零售两个半亿").state.facts.onlineRetailYuan).toBe(250_000_000);
    const s = after("我们镇网络零售额8000万 活跃网店97家");
    expect(replyTo(s, "要是年底前再多出三四家活跃网店呢").text).toContain("100 家");
  });

  it("reads none said in words (「还没有电商村 一个都没有」) and leaves 「他们评上电商村没」 alone", () => {
    expect(
      replyTo(after(), "镇上还没有电商村 一个都没有 网络零售额九千万").state.facts.ecommerceVillages,
    ).toBe(0);
    expect(
      replyTo(after("我们是行政村"), "隔壁村一年卖两千万 他们评上电商村没").state.facts.ecommerceVillages,
    ).toBe(undefined);
  });

  it("takes a share said as what it is now (「最新统计出来了 是84%」) as the share's correction", () => {
    const t = replyTo(after("我们平台整合的单量占比76%"), "最新统计出来了 是84%");
    expect(t.state.facts.parcelSharePercent).toBe(84);
  });

  it("changes the live room known, not the self-live figure, on 「更正 直播那块是…」", () => {
    const s = after("我们公司是生产企业 跟第三方直播机构合作 直播零售额1800万");
    const t = replyTo(s, "更正 直播那块是2200万 前面少算了一个平台");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(22_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("says an item the facts rule out with why (「MCN奖励已经拿过」: 不重复)", () => {
    const t = replyTo(after(), "我们MCN前年已经拿过一次市里的MCN机构奖励了 今年纳统零售额8000万");
    expect(t.text).toContain("不重复");
  });

  it("takes 「改回三百万」 back to the loan said before", () => {
    const s = after("我们是网店公司 想贷款", "打算贷三百万左右", "那就按最高的来 贷一千万");
    expect(s.facts.loanAmountYuan).toBe(10_000_000);
    expect(replyTo(s, "那还是改回三百万吧").state.facts.loanAmountYuan).toBe(3_000_000);
  });

  it("reads 「俺村里成立了个直播公司…是MCN机构」 as the company, and 「俺们存」 as 俺们村", () => {
    const t = replyTo(after(), "俺村里成立了个直播公司 独立法人 是MCN机构 纳统零售额三千万");
    expect(t.state.facts.subjectType).toBe("enterprise");
    expect(t.state.facts.mcn).toBe(true);
    expect(replyTo(after(), "我们存去年网络零售额1300万活跃网点32家").state.facts.subjectType).toBe(
      "village",
    );
  });

  it("answers who pays (「市里出还是区县出」), who is answering, and a dropped line", () => {
    expect(replyTo(after(), "这个奖励的钱是市里出还是区里出").text).toContain("市财政");
    expect(replyTo(after(), "你是真人还是机器人").text).toContain("自动回复");
    const s = asked("physicalGoodsRetailYuan", "enterprise");
    const t = replyTo(s, "信号不好 刚才断了一下");
    expect(t.text).not.toContain("没能看懂");
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });
});

describe("the third readable sets and the eleventh trial", () => {
  it("reads 「一亿一千来万」 as 1.1 亿, never 1 亿 and 1,000 元", () => {
    const t = replyTo(after("我们是MCN机构"), "机构今年纳统的网络零售额一亿三千来万");
    expect(t.state.facts.onlineRetailYuan).toBe(130_000_000);
  });

  it("reads 「21年下半年进的库」 as a date, never 21 years", () => {
    const t = replyTo(asked("monthsInDatabase", "enterprise"), "我们是22年下半年进的库 大概8月份");
    expect(t.state.facts.monthsInDatabase ?? 0).toBeLessThan(12 * 10);
  });

  it("takes 「没有没有，…哪轮得到我们评国家级」 as 否", () => {
    const s = asked("nationalDemoNewlyRecognized", "enterprise");
    const t = replyTo(s, "没有没有，我们就一个小作坊，哪轮得到我们评国家级");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("takes 「刚说了，没有」 and 「这个还真没有」 as 否", () => {
    const s = asked("nationalDemoNewlyRecognized", "enterprise");
    expect(replyTo(s, "刚说了，没有").state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(replyTo(s, "这个还真没有").state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("never writes a correction of the live partner's sales into the loan (「达人那块…合计是…」)", () => {
    const s = after("我们是食品厂 找达人带货 达人那边卖了一千六百万", "想贷个300万");
    const t = replyTo(s, "达人那块我又看了下后台 漏了一场 合计是两千一百万");
    expect(t.state.facts.loanAmountYuan).toBe(3_000_000);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(21_000_000);
  });

  it("reads 「这四个都统一了」 as steps, not companies", () => {
    const t = replyTo(
      after("我们是物流公司 运营县里的配送中心"),
      "仓储分拣运输配送这四个都统一了 就揽件还各家自己揽",
    );
    expect(t.state.facts.expressCompanies).toBeUndefined();
    expect(t.state.facts.fiveUnified).toBe(false);
  });

  it("keeps the village's figure when one household's is said (「有个王老板 他自己一家…」)", () => {
    const s = after("俺们村今年网上卖了一千三百万 活跃网店二十四家");
    const t = replyTo(s, "俺们村有个刘老板 他自己一家一年就卖了四百来万");
    expect(t.state.facts.onlineRetailYuan).toBe(13_000_000);
  });

  it("reads the screening list's 「直播我们没弄…选4」 and 「就第二项」", () => {
    const s = after("自测", "企业", "5300万", "否");
    expect(s.screening).toBe("asked");
    const t = replyTo(s, "直播我们没弄 就是开店 选4");
    expect(t.text).toContain("不做直播带货");
    expect(t.text).toContain("有新开或迁回的网店");
    expect(replyTo(s, "就第二项").text).toContain("做快递物流");
  });

  it("says how far a figure is from a tier named (「差多少能上20万那档」「离一个亿那档还差多少」)", () => {
    const live = replyTo(after("我们公司自播今年2400万"), "2400万是不是只能拿10万 差多少能上20万那档");
    expect(live.text).toContain("还差 600 万元");
    const mcn = replyTo(after("我们是MCN机构 今年纳统零售额9500万"), "那离一个亿那档还差多少");
    expect(mcn.text).toContain("还差 500 万元");
  });

  it("reads a report's 「30 000 000 元」 and 「纳统：是」", () => {
    const t = replyTo(after(), "主体：企业；实物商品网络零售额：42 000 000 元；纳统：是");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(42_000_000);
    expect(t.state.facts.counted).toBe(true);
  });
});

describe("the twenty-seventh set (scored unread at 85, then read)", () => {
  it("pairs a two-row table copied from a spreadsheet", () => {
    const t = replyTo(after(), "镇名\t电商村个数\t网络零售额（万元）\t活跃网店（个）\n西河镇\t3\t6900\t118");
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.state.facts.ecommerceVillages).toBe(3);
    expect(t.state.facts.onlineRetailYuan).toBe(69_000_000);
    expect(t.state.facts.activeShops).toBe(118);
  });

  it("reads a report line's labels (「在库月数：30 | 是否首次达到：是」)", () => {
    const t = replyTo(
      after(),
      "年度：2025 | 自播直播网络零售额(万元)：3,120 | 是否纳统：是 | 在库月数：26 | 是否首次达到：是",
    );
    expect(t.state.facts.selfLiveRetailYuan).toBe(31_200_000);
    expect(t.state.facts.monthsInDatabase).toBe(26);
    expect(t.state.facts.selfLiveFirstTime).toBe(true);
  });

  it("takes a bare count right after its cue, at the end of a message (「活跃网店110」)", () => {
    expect(replyTo(after(), "我们镇 电商村2个 零售额6800万 活跃网店115").state.facts.activeShops).toBe(115);
  });

  it("corrects 「不对是28 少打了个2」 to 28, and 「多打了一个0」 still by the zero", () => {
    const s = after("村里零售额一千三百万 活跃网店十八家");
    expect(replyTo(s, "不对是28 少打了个2").state.facts.activeShops).toBe(28);
    expect(
      replyTo(after("公司实物商品网络零售额35000万"), "多打了一个0").state.facts.physicalGoodsRetailYuan,
    ).toBe(35_000_000);
  });

  it("never takes 「哦不对」 before a correction as 「没有」 to the question pending", () => {
    const s = after("我们的店是今年新注册的 卖了3300万");
    const t = replyTo(s, "哦不对 店是前年注册的 不是今年新开的");
    expect(t.state.facts.newShop).toBe(false);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads 「差两百万到五千万」 as the distance to a bar, and works the bar out", () => {
    const s = after("我们是MCN机构 独立法人 今年纳统零售额4800万");
    const t = replyTo(s, "差两百万到五千万 到时候是给三十万还是二十万");
    expect(t.text).toContain("5000 万元");
    expect(t.text).toContain("最高 30 万元");
  });

  it("works a loan a bank offered out as a loan (「电商贷能给批个五百万」)", () => {
    const t = replyTo(after("我们是网店公司"), "银行说电商贷能给批个六百万 这个算不算政策里的补贴");
    expect(t.text).toContain("齐鲁电商贷");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});
