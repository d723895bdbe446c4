// What two sets of everyday messages found in the eleventh session (dev-31, dev-32, scored unread first): a sum
// typed without 万 and hedged, a company's whole beside its physical goods, a cue said before a bar reached last year,
// a near figure said exactly after it, those truly selling beside the shops opened, a year before last, a complaint
// mid-test, two figures said short in a correction, a what-if of a shop next year, a figure asked about with no
// subject, one's own count set beside another's, an award had before and the item it rules out, and a statement
// about commissions.

import { describe, expect, it } from "vitest";
import { after, asked, replyTo } from "../support/dialog.ts";

describe("figures written", () => {
  it("asks back 「四千出头」 without 万, to a question of a figure, as 4000 万 — never 「没能看懂」", () => {
    const t = replyTo(asked("physicalGoodsRetailYuan", "enterprise"), "四千出头");
    expect(t.text).toContain("4000 万元吗");
    expect(t.text).not.toContain("没能看懂");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("asks back 「公司整体网上卖了四千出头」 on a first message instead of greeting", () => {
    const t = replyTo(after(), "公司整体网上卖了四千出头");
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
    expect(t.text).toContain("4000 万元记吗");
    expect(t.text).not.toContain("请回复数字或文字");
  });

  it("writes a company's whole as its online retail and the physical goods in it as physical goods", () => {
    const t = replyTo(after(), "我们公司全年网络零售额1.2亿 其中实物商品8000万");
    expect(t.state.facts.onlineRetailYuan).toBe(120_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(80_000_000);
  });

  it("keeps a village's part of its whole out of every fact (「其中直播500万」)", () => {
    const t = replyTo(after(), "我们村网络零售额一共1500万 其中直播500万");
    expect(t.state.facts.onlineRetailYuan).toBe(15_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("gives the figure said after a bar reached last year to the cue before it, not reached for the first time", () => {
    const t = replyTo(after(), "自播纳统直播零售额去年就过了3000万 今年做到3300万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(33_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.facts.selfLiveFirstTime).toBe(false);
  });

  it("says a moved-back shop's tier sold before is not reached for the first time — a higher tier may be", () => {
    const same = replyTo(after(), "我们店前年从上海迁回来的 去年就卖过三千万了 今年三千六百万");
    expect(same.state.facts.shopRetailYuan).toBe(36_000_000);
    expect(same.state.facts.relocatedFirstTime).toBe(false);
    const higher = replyTo(after(), "我们店前年从上海迁回来的 去年就卖过三千万了 今年五千二百万");
    expect(higher.state.facts.shopRetailYuan).toBe(52_000_000);
    expect(higher.state.facts.relocatedFirstTime).toBeUndefined();
  });

  it("takes the exact figure said right after one near it, for the same cue", () => {
    const t = replyTo(after(), "自播今年纳统额将近两千万 一千九百八十万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(19_800_000);
    const far = replyTo(after(), "自播今年纳统额将近两千万 九百万");
    expect(far.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("takes the shops truly selling beside the shops opened or registered", () => {
    const mid = replyTo(asked("activeShops", "village"), "开着的有二十六七家吧 正经天天有单的二十四家");
    expect(mid.state.facts.activeShops).toBe(24);
    const first = replyTo(after(), "我们村网店三十家 活跃的二十家 网络零售额1200万");
    expect(first.state.facts.activeShops).toBe(20);
  });

  it("writes no figure of the year before last, with a cue or without one", () => {
    const s = after("我们村网络零售额1100万");
    const t = replyTo(s, "前年还只有七百万 这两年翻了一番还多");
    expect(t.state.facts.onlineRetailYuan).toBe(11_000_000);
    expect(t.text).toContain("前年或更早的数");
  });

  it("sets the speaker's own count beside another's (「隔壁县…整合了8家快递 我们才3家」) as the speaker's", () => {
    const t = replyTo(after("我们是配送中心"), "隔壁县那个配送中心整合了8家快递 我们才3家");
    expect(t.state.facts.expressCompanies).toBe(3);
  });

  it("keeps a partner agency's turnover (「他们一年做了一个多亿」) out of the speaker's figures", () => {
    const s = after("我们公司实物商品网络零售额3200万");
    const t = replyTo(s, "我们合作的那个MCN机构 他们一年做了一个多亿");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
    expect(t.state.facts.mcn).toBeUndefined();
  });
});

describe("corrections", () => {
  it("corrects a figure known, both said short (「两千一 不是一千九」)", () => {
    const s = after("我们是生产企业 跟第三方直播机构合作 直播零售额1900万");
    const t = replyTo(s, "第三方直播那块是两千一 不是一千九 我看错行了");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(21_000_000);
  });

  it("reads 「一千零八十万」 whole beside a figure said short", () => {
    const t = replyTo(after("我们村网络零售额980万"), "哎呀说错了 不是九百八 是一千零八十万");
    expect(t.state.facts.onlineRetailYuan).toBe(10_800_000);
  });

  it("replaces a figure said to be of this year so far with last year's whole (「5600是今年到现在的」)", () => {
    const s = after("我们MCN去年纳统零售额5600万，独立法人");
    const t = replyTo(s, "不好意思 5600是今年到现在的 去年全年是7200万");
    expect(t.state.facts.onlineRetailYuan).toBe(72_000_000);
  });

  it("replaces the figure given before when the speaker says it was not audited", () => {
    const s = after("新注册的店铺，去年零售额4800万，已纳统");
    const t = replyTo(s, "会计说是5010万 我之前看的是没审的数");
    expect(t.state.facts.shopRetailYuan).toBe(50_100_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("what is said back", () => {
  it("hears a complaint mid-test as one, and asks the question again", () => {
    const t = replyTo(
      asked("nationalDemoNewlyRecognized", "enterprise"),
      "你们这个东西太难用了 问半天也弄不明白",
    );
    expect(t.text).toContain("给您添麻烦了");
    expect(t.text).not.toContain("没能看懂");
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
  });

  it("works out a new shop supposed next year as a new shop (「要是明年再新开个店做到5000万」)", () => {
    const t = replyTo(after("我们是电商公司"), "要是明年再新开个店做到5000万 能奖多少");
    expect(t.text).toContain("新注册店铺奖励");
    expect(t.text).toContain("20 万元");
    expect(t.state.facts.newShop).toBeUndefined();
  });

  it("works out a figure asked about with no subject as an enterprise's, and says so", () => {
    const t = replyTo(after(), "3000万能拿多少补贴啊");
    expect(t.text).toContain("1.5 万元");
    expect(t.text).toContain("按企业算的");
    const item = replyTo(after(), "流量补贴怎么算的 3000万能拿多少");
    expect(item.text).toContain("1.5 万元");
    expect(item.text).not.toContain("按企业算的");
  });

  it("says the MCN award is had already when an MCN says it got one, mid-test", () => {
    const t = replyTo(
      after("我们公司是MCN 独立法人"),
      "前年我们拿过一回MCN的20万奖励 那时候零售额两千一百万",
    );
    expect(t.state.facts.mcnAwardedBefore).toBe(true);
    expect(t.text).toContain("不重复奖励");
  });

  it("says no item an ordinary company is not of the kind for (no MCN line for 「没纳统」)", () => {
    const t = replyTo(after(), "我们公司实物商品网络零售额3500万 还没纳统");
    expect(t.text).not.toContain("MCN 机构奖励");
  });

  it("says why commissions paid are not written, then what the policy gives for them", () => {
    const t = replyTo(after(), "去年给直播机构付了180万佣金");
    expect(t.text).toContain("「180万」不是要填的");
    expect(t.text).toContain("对佣金给予补助");
    const asking = replyTo(after("我们是生产企业"), "给达人的坑位费加佣金一年付出去一百八十多万 这块能报不");
    expect(asking.text).toContain("2000 万元以上");
    expect(asking.state.facts.thirdPartyLiveRetailYuan).toBeUndefined();
  });
});

describe("left open by the tenth session", () => {
  it("changes the subject and its figure said in one correction (「我们是镇不是村 全镇一共1.2亿」)", () => {
    const t = replyTo(after("我们村网络零售额8000万"), "说错了 我们是镇不是村 全镇一共1.2亿");
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.state.facts.onlineRetailYuan).toBe(120_000_000);
  });

  it("keeps both shops' figures said in one message, the moved-back one after the bar it passed", () => {
    const t = replyTo(
      after(),
      "我们是生产企业 京东新店今年卖了3600万 天猫店迁回来后今年第一次过三千万 3050万左右",
    );
    expect(t.state.facts.shopRetailYuan).toBe(36_000_000);
    expect(t.state.facts.relocatedShopRetailYuan).toBe(30_500_000);
  });

  it("says who receives a park's award, and that the policy does not name the unit", () => {
    const t = replyTo(after("我们园区"), "这50万是给园区还是给我们运营公司");
    expect(t.text).toContain("园区（基地）由管委会还是运营公司作为申报单位");
  });

  it("works out a partner agency's turnover as an MCN's (「他们能拿50万吧」)", () => {
    const t = replyTo(after("我们公司实物零售额3200万"), "我们合作的那个MCN机构去年做了1.2亿 他们能拿50万吧");
    expect(t.text).toContain("MCN 机构奖励");
    expect(t.text).toContain("50 万元");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });
});

describe("what the second pair of sets found", () => {
  it("says a loan asked for by a village is an enterprise's to ask for, never a sales figure", () => {
    const t = replyTo(after(), "村里合作社想贷点款 要个五十万的齐鲁电商贷");
    expect(t.text).toContain("齐鲁电商贷面向电商企业");
    expect(t.text).not.toContain("销售额");
    expect(t.state.facts.loanAmountYuan).toBeUndefined();
  });

  it("counts the e-commerce villages among a town's villages (「十二个行政村里头有三个是电商村」)", () => {
    const t = replyTo(after(), "全镇十二个行政村里头有三个是电商村 镇网络零售额一亿零五百万");
    expect(t.state.facts.ecommerceVillages).toBe(3);
    expect(t.state.facts.onlineRetailYuan).toBe(105_000_000);
  });

  it("holds nothing after another named only to compare with (「比隔壁李家村多三百万 网店二十一家」)", () => {
    const t = replyTo(after(), "俺村去年网上卖了一千一百万 比隔壁李家村多三百万 网店二十一家");
    expect(t.state.facts.onlineRetailYuan).toBe(11_000_000);
    expect(t.state.facts.activeShops).toBe(21);
  });

  it("says a park's logistics platform is applied for by the enterprise that runs it", () => {
    const t = replyTo(
      after(),
      "俺们园区建了个快递物流信息平台 能实时比价 也能撮合对接 整合了县里八成的快递单量",
    );
    expect(t.state.facts.subjectType).toBe("park");
    expect(t.state.facts.priceComparison).toBeUndefined();
    expect(t.text).toContain("按运营它的企业申报");
  });

  it("reads 「还没纳进第三方统计里头」 as not counted, correcting 已纳统", () => {
    const t = replyTo(
      after("俺村网络零售额一千一百万 已经纳统了"),
      "刚给镇里打电话问了 俺村的数还没纳进第三方统计里头",
    );
    expect(t.state.facts.counted).toBe(false);
  });

  it("works out an enterprise inside a village for it (「村里有家企业…自播…头一回卖到两千万」)", () => {
    const t = replyTo(after(), "村里有家企业直播自己卖苹果 自播一年头一回卖到两千万 能奖多少");
    expect(t.text).toContain("另一个企业的情况");
    expect(t.text).toContain("10 万元");
  });

  it("takes a company's own case said before a question, with a bare 公司 or a time first", () => {
    const loan = replyTo(after(), "公司想申请齐鲁电商贷，贷个三百万，能批下来吗");
    expect(loan.state.facts.loanAmountYuan).toBe(3_000_000);
    const event = replyTo(after(), "下个月我们公司承办一个全省范围的直播电商大赛，这种能给补助不");
    expect(event.state.facts.hostsEvent).toBe(true);
    expect(event.state.facts.eventInfluence).toBe("provincial");
    expect(event.text).toContain("一事一议");
  });

  it("reads figures without a unit in 万 when the message says so once (「都是万」)", () => {
    const t = replyTo(after(), "我们厂自己直播卖了一千二 跟达人机构合作直播卖了两千二 都是万 都纳统了");
    expect(t.state.facts.selfLiveRetailYuan).toBe(12_000_000);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(22_000_000);
  });

  it("changes the fact named to the figure after its verb, and writes the other fact's figure as its own", () => {
    const t = replyTo(
      after("我们公司想申请齐鲁电商贷 贷50万"),
      "贷款额度改成一百二十万 另外我们实物商品网上零售额三千三百万",
    );
    expect(t.state.facts.loanAmountYuan).toBe(1_200_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(33_000_000);
  });

  it("takes a change named and a shop's kind corrected in one message, mid-test", () => {
    const t = replyTo(
      after("今年新注册的店 零售额5100万 已纳统"),
      "零售额改成4900万 还有这个店其实是从杭州迁回来的 不是新注册的",
    );
    expect(t.state.facts.shopRetailYuan).toBe(49_000_000);
    expect(t.state.facts.newShop).toBe(false);
    expect(t.state.facts.relocatedShop).toBe(true);
  });

  it("takes the total said after what was added (「加上老王家新开的那两家 是二十家」)", () => {
    const t = replyTo(after("俺村活跃网店十八家"), "俺数错了 加上老王家新开的那两家 是二十家");
    expect(t.state.facts.activeShops).toBe(20);
  });

  it("takes the whole company's figure after a streamer's part, mid-test", () => {
    const s = after(
      "自测",
      "企业",
      "不清楚",
      "没有",
      "是 我们是MCN",
      "两年多",
      "是独立法人",
      "没拿过",
      "纳统了",
      "挺好的 年年涨",
    );
    expect(s.asking).toBe("onlineRetailYuan");
    const t = replyTo(s, "我们达人多 光一个头部主播就带了三千万 整个公司纳统的是七千四百万");
    expect(t.state.facts.onlineRetailYuan).toBe(74_000_000);
  });
});

describe("what the third pair of sets found", () => {
  it("reads 「纳统一个亿出头」 (统一 is no word inside 纳统一个亿)", () => {
    const t = replyTo(after(), "俺们mcn机构 独立法人 去年纳统一个亿出头 在库三年了");
    expect(t.state.facts.onlineRetailYuan).toBeGreaterThanOrEqual(100_000_000);
    expect(t.state.facts.onlineRetailYuan).toBeLessThan(110_000_000);
  });

  it("takes an MCN said of oneself before 「那个mcn奖」, and the award had", () => {
    const t = replyTo(after(), "我们mcn前年拿过市里那个mcn奖了 今年还能报吗");
    expect(t.state.facts.mcn).toBe(true);
    expect(t.state.facts.mcnAwardedBefore).toBe(true);
  });

  it("puts right a known figure in other words (记成别的、对账了、改五百万、含税、补录)", () => {
    expect(
      replyTo(after("我们是mcn 去年纳统两千五百万"), "我合伙人说是两千九百万 我记成别的了").state.facts
        .onlineRetailYuan,
    ).toBe(29_000_000);
    expect(
      replyTo(after("厂里是生产企业 跟直播机构合作 去年直播纳统1900万"), "嗯 主播那边对账了 是两千一百万")
        .state.facts.thirdPartyLiveRetailYuan,
    ).toBe(21_000_000);
    expect(
      replyTo(after("齐鲁电商贷想申请八百万"), "算了改五百万吧 太多还不起").state.facts.loanAmountYuan,
    ).toBe(5_000_000);
    expect(
      replyTo(
        after("公司实物商品网络零售额：3,260万元，已纳统"),
        "不好意思 刚才那个是含税的 不含税的是2,970万",
      ).state.facts.physicalGoodsRetailYuan,
    ).toBe(29_700_000);
    expect(
      replyTo(after("MCN机构 独立法人 纳统网络零售额9,800万"), "财务说年底又补录了一批单子 最终是1.03亿")
        .state.facts.onlineRetailYuan,
    ).toBe(103_000_000);
  });

  it("puts right a share or a count said bare (「七十五是上个月的 现在整体是八十二」「网店二十 不是十九」)", () => {
    expect(
      replyTo(after("平台整合全县快递单量占比百分之七十五"), "七十五是上个月的 现在整体是八十二").state.facts
        .parcelSharePercent,
    ).toBe(82);
    expect(
      replyTo(after("村里活跃网店十九家 去年零售额一千一百万"), "网店二十 不是十九 老李家那个也算").state
        .facts.activeShops,
    ).toBe(20);
  });

  it("takes the total said beside a company added (「哦还有极兔 那就是五家了」)", () => {
    expect(
      replyTo(after("县配送中心整合了四家全国性快递"), "哦还有极兔 那就是五家了").state.facts
        .expressCompanies,
    ).toBe(5);
  });

  it("takes the exact count said after a loose one, mid-test (「一百零几个吧 一百零三」)", () => {
    expect(replyTo(after("自测", "乡镇", "8600万"), "一百零几个吧 一百零三").state.facts.activeShops).toBe(
      103,
    );
  });

  it("works out what a supposed figure brings for the item the conversation was about", () => {
    const live = replyTo(after("我们公司自播去年纳统两千八百万"), "要是今年做到三千五百万 能拿多少");
    expect(live.text).toContain("自播直播奖励");
    expect(live.text).toContain("20 万元");
  });

  it("reads a report: a unit line, labels with units, 成长情况 and 性质", () => {
    const unit = replyTo(after(), "单位：万元\n实物商品网络零售额  3,015.6\n自播直播零售额  1,260");
    expect(unit.state.facts.physicalGoodsRetailYuan).toBe(30_156_000);
    expect(unit.state.facts.selfLiveRetailYuan).toBe(12_600_000);
    const table = replyTo(after(), "村名\t网络零售额(元)\t活跃网店(家)\n西河村\t9,980,000\t31");
    expect(table.state.facts.onlineRetailYuan).toBe(9_980_000);
    const labels = replyTo(
      after(),
      "机构情况\n性质：独立法人MCN\n当年纳统网络零售额：5,000万整\n入库至今：13个月",
    );
    expect(labels.state.facts.mcn).toBe(true);
    expect(labels.state.facts.onlineRetailYuan).toBe(50_000_000);
    const growth = replyTo(after(), "自播纳统直播零售额：2,150万元；在库月数：14个月；成长情况：良好");
    expect(growth.state.facts.growingWell).toBe(true);
  });

  it("answers only the topic denied on the screening list (「不是MCN」), leaving the rest to ask", () => {
    const s = after("自测", "企业", "我们搞物流的 不卖货 是0", "没有");
    expect(s.facts.physicalGoodsRetailYuan).toBe(0);
    const t = replyTo(s, "不是MCN");
    expect(t.state.facts.mcn).toBe(false);
    expect(t.state.facts.fiveUnified).toBeUndefined();
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("answers which couriers count as national, and which platforms count, from what the policy leaves open", () => {
    expect(replyTo(after("我们是配送中心"), "邮政算不算全国性的").text).toContain("政策没有列出名单");
    expect(replyTo(after("我们是生产企业"), "直播用的是抖音和快手 算不算").text).toContain(
      "政策没有限定平台",
    );
    expect(replyTo(after(), "你是谁 哪个单位的").text).toContain("政策助手");
  });
});

describe("what set-33 and set-34 found (read after they were scored unread)", () => {
  it("reads 「还没做到五统一」 as not five-unified", () => {
    const t = replyTo(after(), "配送中心现在进了中通圆通申通韵达极兔五家 但是还没做到五统一");
    expect(t.state.facts.fiveUnified).toBe(false);
    expect(t.state.facts.expressCompanies).toBe(5);
  });

  it("keeps a client's own live room (「我们服务的那个食品品牌 他们自己直播间…」) out of an agency's figures", () => {
    const t = replyTo(after("我们是MCN机构"), "我们服务的那个食品品牌 他们自己直播间一年卖了六千万");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("reads a month of a year named as a date (「是10个月 去年8月才入的库」)", () => {
    const t = replyTo(
      after("我们公司自播去年纳统3000万，在库14个月"),
      "在库时间不对 是10个月 去年8月才入的库",
    );
    expect(t.state.facts.monthsInDatabase).toBe(10);
  });

  it("reads 「纳统零售两个多亿」 as an agency's turnover, and 「成长性还不赖」 as 成长良好", () => {
    expect(
      replyTo(after(), "我们MCN机构去年纳统零售两个多亿 是独立法人").state.facts.onlineRetailYuan,
    ).toBeGreaterThanOrEqual(200_000_000);
    expect(
      replyTo(after(), "俺们公司是2024年6月入的库 到现在整两年了 成长性还不赖").state.facts.growingWell,
    ).toBe(true);
  });

  it("works out a what-if for the figure asked mid-test, and a peer's case for the peer", () => {
    const s = after("自测", "企业", "3500万", "不是", "不是", "不是", "不是", "不是", "没有", "没有", "不贷");
    expect(s.asking).toBe("selfLiveRetailYuan");
    expect(replyTo(s, "要是做到五千万能拿多少").text).toContain("30 万元");
    const peer = replyTo(
      after("我们公司今年自播纳统零售额2300万"),
      "同行一家做茶叶的 自播五千多万 他们能拿多少",
    );
    expect(peer.text).toContain("另一个企业的情况");
    expect(peer.text).toContain("30 万元");
  });

  it("takes the loan one wants, asked about (「贷款想要个八百万 齐鲁电商贷能批吗」)", () => {
    expect(replyTo(after(), "贷款想要个八百万 齐鲁电商贷能批吗").state.facts.loanAmountYuan).toBe(8_000_000);
  });

  it("answers whether one's own village or town can qualify, after another's figures", () => {
    expect(replyTo(after(), "隔壁王家村去年网上卖了两千多万 还评上了电商村 俺们村能评不").text).toContain(
      "1000 万元以上",
    );
    expect(replyTo(after(), "电商镇需要几个电商村").text).toContain("正好 3 个不算超过");
  });

  it("takes no figure inside quotation marks (「“在库存续期满1年以上”啥意思」)", () => {
    const t = replyTo(after(), "“在库存续期满1年以上”啥意思 我们去年11月才入库");
    expect(t.state.facts.monthsInDatabase).toBeUndefined();
  });
});

describe("the date a self-test is for (contract §2 assessedOn), said in the chat", () => {
  it("writes 「按2026年12月31日测算」 as assessedOn, says it back, and works the results out for that date", () => {
    const t = replyTo(after(), "帮我按2026年12月31日测算一下，我们公司今年实物商品网上零售额三千一百万");
    expect(t.state.facts.assessedOn).toBe("2026-12-31");
    expect(t.text).toContain("评估日期按 2026年12月31日 算");
    const out = replyTo(after(), "按2028年1月1日测算 我们村网络零售额1500万 活跃网店25家");
    expect(out.text).toContain("不在政策有效期");
    const inForce = replyTo(after(), "按2027年9月30日测算 我们村网络零售额1500万 活跃网店25家");
    expect(inForce.text).not.toContain("不在政策有效期");
  });

  it("takes no date that is not one (「按2026年2月30日」) and no year alone", () => {
    expect(
      replyTo(after(), "按2026年2月30日测算 我们村网络零售额1500万").state.facts.assessedOn,
    ).toBeUndefined();
    expect(replyTo(after(), "我们公司2025年卖了4100万").state.facts.assessedOn).toBeUndefined();
  });

  it("reads 「头一回破两千万，两千零五十万」 as the figure and the first time, and 「厂里」 as a producer", () => {
    const t = replyTo(
      after(),
      "自播今年纳统直播零售额头一回破两千万，两千零五十万，在库十四个月，增长势头很好",
    );
    expect(t.state.facts.selfLiveRetailYuan).toBe(20_500_000);
    expect(t.state.facts.selfLiveFirstTime).toBe(true);
    expect(
      replyTo(after(), "厂里跟外面的直播机构合作卖货 今年纳统直播销售额两千三百万左右").state.facts
        .productionEnterprise,
    ).toBe(true);
  });
});
