// What the twelfth session's sets (set-39, set-40, scored unread first) and a sixteenth stranger's trial (219
// messages of six personas, through `npm run chat`) found: report cells in yuan, 「五千几百万」, a question's bar or
// gap written as a fact, a subject's clause that is another's, one shop of a village, a total said after its part,
// this year's figure after last year's, a formula that names its item, a shop's figure that is no answer.

import { describe, expect, it } from "vitest";
import { after, asked, replyTo } from "../support/dialog.ts";

describe("figures as they are typed", () => {
  it("reads a report's cell in yuan with its sign or its cents (「¥36,480,000.00」「33,860,000.00」)", () => {
    const t = replyTo(after(), "公司 线上实物商品零售额（本年） ¥36,480,000.00");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(36_480_000);
    const u = replyTo(
      asked("physicalGoodsRetailYuan", "enterprise"),
      "报表上写的是 实物商品网络零售额 33,860,000.00",
    );
    expect(u.state.facts.physicalGoodsRetailYuan).toBe(33_860_000);
  });

  it("reads 「五千几百万」 as more than 5000 万, never 50 亿", () => {
    const t = replyTo(after(), "全镇电商村5个，活跃网店98家，网络零售额五千几百万");
    expect(t.state.facts.onlineRetailYuan).toBeGreaterThanOrEqual(50_000_000);
    expect(t.state.facts.onlineRetailYuan).toBeLessThan(60_000_000);
  });

  it("takes 「自己直播间带货」 as self-live and 「头一回上三千万」 as the bar passed", () => {
    const t = replyTo(after(), "公司自己直播间带货 今年纳统的直播零售额3,150万元 头一回上三千万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(31_500_000);
    expect(t.state.facts.selfLiveFirstTime).toBe(true);
    expect(t.text).toContain("标准或上限");
  });

  it("reads a count after a cue with its hedge and measure word apart (「二十多个省」 counts nothing)", () => {
    const t = replyTo(after("我们承办了一个全省的直播电商大赛"), "不对 是全国性的 二十多个省的选手都来了");
    expect(t.state.facts.eventInfluence).toBe("national");
    expect(t.state.facts.expressCompanies).toBeUndefined();
  });
});

describe("corrections in other words", () => {
  it("takes 「我是镇上的 不是哪个村的」 after 「说岔了」 as the subject put right", () => {
    const t = replyTo(
      after("我们村去年网上卖了1500万 活跃网店30家"),
      "哦不好意思说岔了 我是镇上的 不是哪个村的",
    );
    expect(t.state.facts.subjectType).toBe("town");
  });

  it("puts a figure said short right in the known figure's 万 (「自播其实只有两千六」 for 3200 万)", () => {
    const t = replyTo(
      after("我们企业自播直播零售额3200万"),
      "等下 三千二里面有一部分是找达人带的 我们自己播的其实只有两千六",
    );
    expect(t.state.facts.selfLiveRetailYuan).toBe(26_000_000);
    const u = replyTo(after("我们企业自播直播零售额3200万"), "不对 自播是两千六");
    expect(u.state.facts.selfLiveRetailYuan).toBe(26_000_000);
  });

  it("asks back a correction's figure without a unit that is far from the known one, never writing yuan", () => {
    const t = replyTo(after("我们企业自播直播零售额3200万"), "不对 自播是26");
    expect(t.state.facts.selfLiveRetailYuan).toBe(32_000_000);
    expect(t.text).toContain("26 万元吗");
  });

  it("counts a village recognised since as one more of the e-commerce villages (「这样就是四个了」)", () => {
    const t = replyTo(after("我们镇电商村有3个"), "上个月区里又给认定了一个 这样就是四个了");
    expect(t.state.facts.ecommerceVillages).toBe(4);
    const u = replyTo(after("我们镇电商村有3个 活跃网店80家"), "北洼认定下来了就是四个了");
    expect(u.state.facts.ecommerceVillages).toBe(4);
    expect(u.state.facts.activeShops).toBe(80);
  });

  it("puts the shop's figure right when 「店铺的数再核一下」 names it, not the question pending", () => {
    const t = replyTo(after("我们新注册店铺今年网络零售额4800万"), "店铺的数再核一下 后台导出来是5,060万");
    expect(t.state.facts.shopRetailYuan).toBe(50_600_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("changes neither the loan nor a live room for one shop of several named (「京东那个是九百二十万」)", () => {
    const s = after("我们公司天猫店去年4.2kw 京东八百多w 抖音自播那个号一千六七百万吧", "想贷个五六百万");
    const t = replyTo(s, "不对不对 京东那个是九百二十万 我记岔了");
    expect(t.state.facts.loanAmountYuan).toBe(5_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBe(16_000_000);
  });
});

describe("remarks that are not facts", () => {
  it("answers 「是不是过一百个就行」 mid-test and keeps the question", () => {
    const t = replyTo(after("自测", "乡镇", "3个", "8000万"), "活跃网店多了有啥用 是不是过一百个就行");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.state.asking).toBe("activeShops");
  });

  it("says a town's bar of shops with the retail it goes with (「是不是过一百个就行」)", () => {
    const t = replyTo(after("自测", "乡镇", "3个", "8000万"), "活跃网店多了有啥用 是不是过一百个就行");
    expect(t.text).toContain("6000 万元");
    expect(t.text).toContain("100 个");
  });

  it("writes no shops from 「网店不够100个也没事吧」", () => {
    const t = replyTo(
      after("我们乡今年网络零售额1.12亿 活跃网店86家 电商村2个"),
      "超过一个亿就行是吧 网店不够100个也没事吧",
    );
    expect(t.state.facts.activeShops).toBe(86);
  });

  it("takes 「店是前年开的 不算今年新开的」 as no new shop", () => {
    const t = replyTo(after("自测", "企业", "3500万", "否", "否"), "店是前年开的 不算今年新开的");
    expect(t.state.facts.newShop).toBe(false);
  });

  it("writes nothing of 「还差十几万 年底能补上」", () => {
    const t = replyTo(
      after("咱村今年网上卖了986万 网店25家 纳统了"),
      "还差十几万 年底能补上 那我到时候再来测",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(9_860_000);
  });

  it("says a gap is no figure (「是不是还差一百万才够三千万」)", () => {
    const t = replyTo(after(), "我们网店从外地迁回来了 回迁后一年卖了两千九百万 是不是还差一百万才够三千万");
    expect(t.state.facts.shopRetailYuan).toBe(29_000_000);
    expect(t.text).toContain("还差的数");
  });

  it("asks the whole year of 「2025年1-11月」 instead of writing it", () => {
    const t = replyTo(
      after("我是镇上统计站的 帮镇里测一下电商镇"),
      "本镇2025年1-11月网络零售额：7,360.5万元，同比增长18.2%；活跃网店：112个",
    );
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.facts.activeShops).toBe(112);
  });

  it("writes nothing of the sum of villages' awards (「每个村还能拿30万 加一块就是一百五十万」)", () => {
    const s = after("俺们这个镇电商村有5个 全镇网络零售额两个多亿", "活跃网店一百五十个");
    const t = replyTo(s, "那五个电商村每个村还能拿30万 加一块就是一百五十万呗");
    expect(t.state.facts.onlineRetailYuan).toBeGreaterThanOrEqual(200_000_000);
  });

  it("keeps a village's figure when one person's shop is said (「俺个人开了个网店 一年卖一百来万」)", () => {
    const s = after("俺们村今年网上卖了992万 网店25家");
    const t = replyTo(s, "俺们村支书 也就是俺 个人开了个网店 一年卖一百来万 俺个人能申请啥不");
    expect(t.state.facts.onlineRetailYuan).toBe(9_920_000);
    expect(replyTo(s, "村里有一家店一年卖了三百万").text).toContain("一家店");
  });
});

describe("whose figures", () => {
  it("keeps the town's figures out of a village's (「镇上今年…活跃网店一百二十多个」)", () => {
    const s = after("俺们村今年网上卖了1200万 网店25家");
    const t = replyTo(s, "镇上今年网上一共卖了八千多w 活跃网店一百二十多个 我们镇能评电商镇不");
    expect(t.state.facts.activeShops).toBe(25);
    expect(t.state.facts.onlineRetailYuan).toBe(12_000_000);
  });

  it("works out a village under the town on its own (「北洼那个村今年卖了1080万 网店22家」)", () => {
    const s = after("我们镇网络零售额8000万 活跃网店112个 电商村3个");
    const t = replyTo(s, "北洼那个村今年卖了1080万 网店22家 能评上吧");
    expect(t.state.facts.activeShops).toBe(112);
    expect(t.text).toContain("电商村奖励");
  });

  it("writes a total said after its part (「除了东庄还有两个 一共三个」)", () => {
    const t = replyTo(
      after("镇统计员 我们镇全镇网络零售额6500万 活跃网店130个"),
      "镇里电商村现在除了东庄还有两个 一共三个",
    );
    expect(t.state.facts.ecommerceVillages).toBe(3);
    expect(t.state.facts.activeShops).toBe(130);
  });

  it("takes this year's figure said after last year's with no cue (「全镇去年是1.6个亿 今年2.1个亿」)", () => {
    const s = after("俺们这个镇电商村有5个 全镇网络零售额两个多亿", "活跃网店一百五十个");
    expect(replyTo(s, "全镇去年是1.6个亿 今年2.1个亿 同比涨了三成多").state.facts.onlineRetailYuan).toBe(
      210_000_000,
    );
    expect(
      replyTo(after("自测", "村"), "跟去年差不多 去年是九百万 今年多了一百来万").state.facts.onlineRetailYuan,
    ).not.toBe(1_000_000);
  });

  it("takes the national couriers, a part said by the fact's own word, over all the couriers", () => {
    const t = replyTo(after(), "我们配送中心跟8家快递合作 其中全国性的就5家 五统一都做到了");
    expect(t.state.facts.expressCompanies).toBe(5);
    expect(replyTo(after("自测", "村"), "活跃的有二十六家 不活跃的还有十来家").state.facts.activeShops).toBe(
      26,
    );
  });

  it("keeps an MCN's figure when it says whose branch it is (「是人家的分公司 零售额5千万」)", () => {
    const t = replyTo(after(), "我们是MCN 但不是独立法人 是人家的分公司 零售额5千万");
    expect(t.state.facts.onlineRetailYuan).toBe(50_000_000);
    expect(t.state.facts.independentLegalEntity).toBe(false);
  });

  it("asks back 「真正常年卖货的二十来户」 beside the shops opened, near the bar of 20", () => {
    const t = replyTo(after("自测", "村"), "开网店的有三十多户 真正常年卖货的二十来户");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.text).toContain("20 家的标准很近");
  });
});

describe("what is asked", () => {
  it("answers the MCN's tier, not the village's, for 「MCN两千万那一档给多少钱」", () => {
    const t = replyTo(after(), "MCN两千万那一档给多少钱");
    expect(t.text).toContain("第五条");
    expect(t.text).not.toContain("电商村：以行政村为单元");
  });

  it("works out article 2 for 「按1万补5块」, not the commission subsidy known beside it", () => {
    const s = after("我们是生产企业 今年实物商品网络零售额3600万 跟第三方直播机构合作卖了2300万");
    const t = replyTo(s, "3500万的话按1万补5块 是不是能补17万5");
    expect(t.text).toContain("1.75 万元");
    expect(t.text).not.toContain("佣金补助");
  });
});

describe("MCNs, logistics and two shops", () => {
  const mcn = () =>
    after(
      "自测",
      "企业",
      "我们是直播机构 签了四十多个主播 不卖自己的货",
      "机构这块今年纳统的是五千三百万 去年是3800万",
      "是MCN 独立法人 在库两年了",
    );

  it("writes no 示范=是 for a park's plan (「园区说要报国家级示范基地 要是评上了我们能分吗」)", () => {
    const s = after(
      "我们是做MCN的 有啥扶持",
      "我们机构纳统网络零售额1.2个亿 公司成立三年多了",
      "是独立法人 入库是2022年6月",
      "以前没拿过MCN的奖",
    );
    const t = replyTo(s, "另外我们在园区里 园区说要报国家级示范基地 要是评上了我们能分吗");
    expect(t.state.facts.nationalDemoNewlyRecognized).not.toBe(true);
  });

  it("keeps an MCN's turnover when a client factory's sales are said, and works them out as the factory's", () => {
    const t = replyTo(mcn(), "我们还帮好几个厂家做代播 有个厂家跟我们合作卖了2600万 它能拿佣金补助吧");
    expect(t.state.facts.onlineRetailYuan).toBe(53_000_000);
    expect(t.text).toContain("佣金补助");
  });

  it("puts an MCN award had before right (「记岔了 22年拿的是区里的扶持 不是市里MCN的奖」)", () => {
    const s = replyTo(mcn(), "22年拿过一次MCN 2000万那档的奖 这次到5000万了能补差吗").state;
    expect(s.facts.mcnAwardedBefore).toBe(true);
    const t = replyTo(s, "记岔了 22年拿的是区里的扶持 不是市里MCN的奖");
    expect(t.state.facts.mcnAwardedBefore).toBe(false);
    expect(t.state.facts.mcn).toBe(true);
  });

  it("writes an agency's whole turnover as its online retail, not physical goods", () => {
    const s = after(
      "你好 我是张店一家直播公司的负责人 想测一下",
      "我们有自己的直播间卖别人家的货 也给商家做代运营 去年直播卖了6000万",
    );
    const t = replyTo(s, "6000万是整个机构的纳统零售额 不是自播");
    expect(t.state.facts.onlineRetailYuan).toBe(60_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  const centre = () =>
    after(
      "我是沂源县快递物流配送中心的 想了解一下物流那个50万",
      "我们中心整合了中通 圆通 申通 韵达 极兔 还有邮政",
      "仓储分拣运输配送都统一了 揽件还是各家自己揽",
      "我们也有个信息平台 能比价 撮合还在开发",
    );

  it("reads parcel volumes with hedges as a share, never as yuan", () => {
    const t = replyTo(centre(), "县里一天两万来单 走我们平台的一万五六");
    expect(t.state.facts.parcelSharePercent).toBe(75);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    const u = replyTo(centre(), "县里日均快递量三万单左右 俺们平台能覆盖两万四");
    expect(u.state.facts.parcelSharePercent).toBe(80);
  });

  it("reads 「能拿两个50万吗」 as two awards, neither couriers nor sales", () => {
    const t = replyTo(centre(), "那要是撮合上线了 能拿两个50万吗");
    expect(t.text).not.toContain("2 家");
    expect(t.text).not.toContain("假如当年实物商品网络零售额 50 万元");
  });

  it("keeps both shops' figures when the new shop is said after the moved-back one", () => {
    const s = after(
      "自测",
      "1",
      "我们是做周村烧饼的 自己厂子生产 有两个网店",
      "一个京东店去年从济南迁回来的 今年卖了三千二百万",
    );
    const t = replyTo(replyTo(s, "还有个拼多多店是今年三月新开的 到现在卖了两千八 纳统了").state, "是");
    expect(t.state.facts.relocatedShopRetailYuan).toBe(32_000_000);
    expect(t.state.facts.shopRetailYuan).toBe(28_000_000);
    const u = replyTo(t.state, "京东那个是迁回来以后第一次过三千万");
    expect(u.state.facts.relocatedShopRetailYuan).toBe(32_000_000);
    expect(u.state.facts.relocatedFirstTime).toBe(true);
  });

  it("keeps the move back when only its year is put right (「不是去年迁回来的 是今年迁回来的」)", () => {
    const s = after(
      "自测",
      "1",
      "我们是做周村烧饼的 自己厂子生产 有两个网店",
      "一个京东店去年从济南迁回来的 今年卖了三千二百万",
    );
    expect(replyTo(s, "不对 京东店不是去年迁回来的 是今年迁回来的").state.facts.relocatedShop).toBe(true);
    expect(
      replyTo(after("新注册店铺今年零售额5100万"), "老板说了店铺不是今年注册的 是去年注册的 这个改一下").state
        .facts.newShop,
    ).toBe(false);
  });
});

describe("more of the sixteenth trial", () => {
  const factory = () => after("我们厂做纺织品的 实物商品网络零售额4180万", "自己播的1050万 合作直播1130万");

  it("reads 「合作的是1130万」 beside the self-live figure as the partner's", () => {
    const s = after(
      "我们厂做纺织品的 实物商品网络零售额4180万",
      "直播卖了两千多万",
      "一半是我们自己播的 一半是跟遥望合作的",
    );
    const t = replyTo(s, "自己播的那块是1050万 合作的是1130万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(10_500_000);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(11_300_000);
  });

  it("asks back the sum when another part of a known figure is said (「还有个快手的达人也卖了九百多万」)", () => {
    const t = replyTo(factory(), "其实合作那块还有个快手的达人也卖了九百多万 这个也算合作吧");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(11_300_000);
    expect(t.text).toContain("一共是 2030 万元吗");
    expect(replyTo(t.state, "是").state.facts.thirdPartyLiveRetailYuan).toBe(20_300_000);
  });

  it("writes 独立法人 said beside the date of entering the database", () => {
    const s = after("我们是做MCN的 有啥扶持", "我们机构纳统网络零售额1.2个亿 公司成立三年多了");
    const t = replyTo(s, "是独立法人 入库是2022年6月");
    expect(t.state.facts.independentLegalEntity).toBe(true);
    expect(t.state.facts.monthsInDatabase).toBe(48);
  });

  it("takes 「没拿过市里的奖励」 as no answer of 0 to the physical goods question", () => {
    const t = replyTo(asked("physicalGoodsRetailYuan", "enterprise"), "没拿过市里的奖励");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });

  const shops = () =>
    after(
      "自测",
      "1",
      "我们是做周村烧饼的 自己厂子生产 有两个网店",
      "一个京东店去年从济南迁回来的 今年卖了三千二百万",
      "还有个拼多多店是今年三月新开的 到现在卖了两千八 纳统了",
      "是",
      "公司一共网上卖了六千来万",
    );

  it("works out a shop named in a what-if under article 3, the new shop's or the moved-back one's", () => {
    const t = replyTo(shops(), "拼多多那个到年底应该能过三千万 到时候能拿多少");
    expect(t.text).toContain("新注册店铺奖励");
    expect(t.text).not.toContain("流量补贴");
    const u = replyTo(shops(), "那京东店3200万能拿多少钱");
    expect(u.text).toContain("回迁店铺奖励");
    expect(u.text).not.toContain("新注册店铺奖励");
  });

  it("shows the results for 「行 先这样 结果发我一下」, never a goodbye", () => {
    const t = replyTo(after("我们镇网络零售额8000万 活跃网店112个 电商村3个"), "行 先这样 结果发我一下");
    expect(t.text).toContain("电商镇奖励");
    expect(t.text).not.toContain("再见");
  });

  it("reads 「主要是直播带货」 as no 「if」, and says a village's live sales are in its whole", () => {
    const s = after("咱村今年网上卖了980万 网店25家");
    const t = replyTo(s, "我们村是卖黄河大米的主要是直播带货一年直播卖了六百来万也算在里面了吧");
    expect(t.text).toContain("直播卖的也算在内");
    expect(t.text).not.toContain("假如");
  });
});

describe("and the rest of the sixteenth trial", () => {
  it("reads 「一千零几十万」 as more than 1000 万, and last year's as last year's", () => {
    const t = replyTo(
      after("咱村今年网上卖了980万 网店25家"),
      "俺们村年年都卖 去年也卖了一千零几十万 去年的能申报不",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(9_800_000);
    expect(t.text).toContain("往年的数");
  });

  it("writes a loan said past a clause of nothing (「我们还想贷款 跟刚才京东那个数一样 3200万」) and says its cap", () => {
    const s = after(
      "自测",
      "1",
      "我们是做周村烧饼的 自己厂子生产 有两个网店",
      "一个京东店去年从济南迁回来的 今年卖了三千二百万",
    );
    const t = replyTo(s, "我们还想贷款 跟刚才京东那个数一样 3200万");
    expect(t.state.facts.loanAmountYuan).toBe(32_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.text).toContain("超过单户上限");
  });

  it("answers who applies (「那个厂家自己来申报还是我们帮它报」) mid-test, never 「没能看懂」", () => {
    const s = after(
      "自测",
      "企业",
      "我们是直播机构 签了四十多个主播 不卖自己的货",
      "机构这块今年纳统的是五千三百万",
      "是MCN 独立法人 在库两年了",
    );
    const t = replyTo(s, "那个厂家自己来申报还是我们帮它报");
    expect(t.text).toContain("申报主体");
    expect(t.text).not.toContain("没能看懂");
  });

  it("puts a share right said 「具体是百分之八十二点五」", () => {
    const s = after(
      "自测",
      "企业",
      "我们是做快递物流信息平台的 不卖货",
      "没有",
      "2",
      "平台能实时比价 也能撮合",
      "县里快递单量我们整合了大概八成多",
    );
    expect(replyTo(s, "具体是百分之八十二点五 上个月的数").state.facts.parcelSharePercent).toBe(82.5);
  });

  it("answers 「是直接给50万吗」 with what the amount means, mid-test and after the results", () => {
    const s = after("我们是MCN机构 纳统零售额1.2个亿 独立法人 在库3年 成长良好 没拿过MCN奖励");
    const t = replyTo(s, "那就是能拿50万是吧 是直接给50万吗");
    expect(t.text).toContain("「最高」或「不超过」");
    expect(t.state.asking).toBe(s.asking);
  });

  it("answers that villages under a town apply for themselves (「那两个村自己还能再申请电商村的奖励不」)", () => {
    const t = replyTo(
      after("我们乡今年网络零售额1.12亿 活跃网店86家 电商村2个"),
      "那电商村那两个村自己还能再申请电商村的奖励不",
    );
    expect(t.text).toContain("由村自己申报电商村奖励");
  });
});

describe("what set-43 and set-44 found", () => {
  it("works out 「够电商镇不」 said after the town's figures, with the bars they do not pass", () => {
    const t = replyTo(after(), "我们镇零售额刚好6000万 活跃网店150个 够电商镇不");
    expect(t.text).toContain("未超过 6000 万元");
    expect(replyTo(after(), "俺镇正好3个电商村 够评电商镇不").text).toContain("不大于 3 个");
  });

  it("writes no loan had (「去年从银行贷了三百万 今年还能申请电商贷吗」) and answers about the loan", () => {
    const t = replyTo(after(), "去年从银行贷了三百万 今年还能申请电商贷吗");
    expect(t.state.facts.loanAmountYuan).toBeUndefined();
    expect(t.text).not.toContain("不分批次");
  });
});
