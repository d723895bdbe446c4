// Answers and corrections said another way: a figure "the same as before", what is still missing, a subject named
// before the one it denies, a figure taken back at once, a figure near one with no bar beside it, what the policy
// holds for the kind of applicant just named, and questions answered for the applicant known.

import { describe, expect, it } from "vitest";
import { understandAside } from "../../bot/core/understanding/index.ts";
import { normalise } from "../../bot/core/understanding/normalise.ts";
import { after, replyTo } from "../support/dialog.ts";

const DATE = "2026-06-01";
const topic = (q: string, subject?: "village" | "town" | "enterprise") => {
  const a = understandAside(q, DATE, subject);
  return a?.kind === "answer" ? a.answer.id : (a?.kind ?? null);
};
// An enterprise asked for its new shop's own sales.
const shopAsked = () => after("自测", "企业", "600万", "否", "否", "是", "否", "是");

describe("a figure said to be the same as one before", () => {
  it("takes the enterprise's sales for its only shop, and says where the figure came from", () => {
    const s = shopAsked();
    expect(s.asking).toBe("shopRetailYuan");
    const t = replyTo(s, "就这一个店啊 跟刚才那个数一样");
    expect(t.state.facts.shopRetailYuan).toBe(6_000_000);
    expect(t.text).toContain("与当年实物商品网络零售额相同");
  });

  it("reads 「同上」 the same way, but not a question or another year", () => {
    expect(replyTo(shopAsked(), "同上").state.facts.shopRetailYuan).toBe(6_000_000);
    expect(replyTo(shopAsked(), "跟刚才一样能拿多少吗").state.facts.shopRetailYuan).toBeUndefined();
    expect(replyTo(shopAsked(), "跟去年一样").state.facts.shopRetailYuan).toBeUndefined();
  });

  it("finds nothing to copy where no figure of the same kind was said", () => {
    const t = replyTo(after("自测", "镇", "3000万"), "跟上面一样");
    expect(t.state.facts.ecommerceVillages).toBeUndefined();
  });

  it("corrects a live figure to the figure said before it (「自播的不是三千万 跟上面那个数一样」)", () => {
    const t = replyTo(
      after("实物商品网络零售额5200万，其中自播卖了三千万"),
      "自播的不是三千万 跟上面那个数一样 全是自己播出去的",
    );
    expect(t.state.facts.selfLiveRetailYuan).toBe(52_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(52_000_000);
    expect(t.text).toContain("原为 3000 万元");
  });
});

describe("what is still missing", () => {
  it("answers 「差几家」「还差啥」 after the results with the bar missed and by how much", () => {
    const s = after("自测", "村", "一千二百万", "18家");
    for (const q of ["差几家", "还差啥", "还缺什么条件"]) {
      const t = replyTo(s, q);
      expect(t.text).toContain("还差 2 家");
      expect(t.state.facts).toEqual(s.facts);
    }
  });

  it("answers 「还缺什么材料」 with the materials, not the figures", () => {
    expect(replyTo(after("自测", "村", "一千二百万", "18家"), "申报还缺什么材料").text).toContain("营业执照");
  });

  it("writes 「十九家 还差啥」 and says what the figure still misses", () => {
    const t = replyTo(after("自测", "村", "1200万"), "十九家 还差啥");
    expect(t.state.facts.activeShops).toBe(19);
    expect(t.text).toContain("还差 1 家");
  });
});

describe("corrections said another way", () => {
  it("takes the subject said before 「不是」 the one recorded, and keeps the figures for it", () => {
    const t = replyTo(after("村里网络零售额1.2亿 活跃网店130家"), "哦搞错了 这是俺们整个镇的数 不是哪个村的");
    expect(t.state.facts).toMatchObject({
      subjectType: "town",
      onlineRetailYuan: 120_000_000,
      activeShops: 130,
    });
  });

  it("takes the subject after a denial that opens the message (「不是村 俺说的是…企业」)", () => {
    const t = replyTo(
      after("村里网络零售额3200万，活跃网店8家"),
      "不是村 俺说的是俺们合作社一家企业 实物商品零售额3200万",
    );
    expect(t.state.facts.subjectType).toBe("enterprise");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
  });

  it("reads two bare numbers against the known figure's unit (「980不对 是1080」「不是26 是28」)", () => {
    const s = after("村网络零售额980万 活跃网店26家");
    expect(replyTo(s, "980不对 是1080").state.facts).toMatchObject({
      onlineRetailYuan: 10_800_000,
      activeShops: 26,
    });
    expect(replyTo(s, "不是26 是28").state.facts).toMatchObject({
      onlineRetailYuan: 9_800_000,
      activeShops: 28,
    });
  });

  it("changes two figures at once, one said without its unit beside the known one", () => {
    const t = replyTo(after("镇网络零售额6500万，活跃网店110个"), "俩数都报错了 零售额五千九 网店九十八个");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 59_000_000, activeShops: 98 });
  });

  it("reads a figure with thousands separators after 「更正」", () => {
    const t = replyTo(after("公司实物商品网络零售额2900万"), "更正一下 财务刚对完账 是30,150,000元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(30_150_000);
  });

  it("sets an enterprise's own physical-goods sales to 0 when it sells no goods of its own", () => {
    const t = replyTo(after("我们公司做直播带货 今年网上卖了3000万"), "我们自己不卖货 都是帮商家播");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(0);
    expect(t.text).toContain("原为 3000 万元");
    expect(t.text).toContain("不算贵公司自己的实物商品网络零售额");
  });

  it("moves an agency's figure from the live room to its turnover, and says the room is cleared", () => {
    const t = replyTo(
      after("我们是MCN机构，独立法人，自播零售额6000万"),
      "不对 俺们自己不卖货 是给商家带货的 6000万是整个机构的纳统零售额",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(60_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.text).toContain("已去掉");
  });
});

describe("figures near a round one", () => {
  it("writes 「将近七千万」 a little under where no bar lies just under it, and says so", () => {
    const t = replyTo(after("自测", "镇", "2"), "将近七千万");
    expect(t.state.facts.onlineRetailYuan).toBeGreaterThanOrEqual(63_000_000);
    expect(t.state.facts.onlineRetailYuan).toBeLessThan(70_000_000);
    expect(t.text).toContain("不影响结果");
  });

  it("still asks back 「将近三千万」 and 「快到一千万了」, each just over a bar", () => {
    const enterprise = replyTo(after("自测", "企业"), "将近三千万");
    expect(enterprise.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(enterprise.text).toContain("是还不到 3000 万元吗");
    const village = replyTo(after("自测", "村"), "快到一千万了 还差一点");
    expect(village.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("asks back 「接近5000万」 for an enterprise: its new shop's bar is there", () => {
    expect(replyTo(after("自测", "1"), "接近5000万了").state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads a compound numeral at the end of its clause, unless it is taken back at once", () => {
    expect(normalise("零售额五千九 网店九十八个")).toBe("零售额5900 网店98个");
    expect(normalise("三千w出头")).toBe("3000多万");
    const t = replyTo(after(), "村里去年卖了一千三 不对 是一千三百五十万 活跃网店21家");
    expect(t.state.facts.onlineRetailYuan).toBe(13_500_000);
  });
});

describe("what there is for the applicant just named", () => {
  it("lists an MCN's items, those of live streaming first, then goes on with the test", () => {
    const t = replyTo(after(), "我们是做MCN的 有啥扶持");
    expect(t.text).toContain("MCN 机构可以看看这些");
    expect(t.text.indexOf("MCN 机构奖励")).toBeLessThan(t.text.indexOf("另外"));
    expect(t.state.facts).toMatchObject({ subjectType: "enterprise", mcn: true });
    expect(t.state.asking).not.toBeNull();
  });

  it("puts both logistics items first for a logistics company, and only article 1 for a town", () => {
    const logistics = replyTo(after(), "我们是物流公司 能享受啥政策").text;
    expect(logistics.indexOf("快递物流信息平台支持")).toBeLessThan(logistics.indexOf("另外"));
    const town = replyTo(after(), "我们镇有什么奖励吗").text;
    expect(town).toContain("电商镇奖励（最高 50 万元）");
    expect(town).not.toContain("新注册店铺");
  });

  it("answers a question about one item with that item, not the list", () => {
    expect(replyTo(after(), "我们公司自播有什么奖励").text).not.toContain("可以看看这些");
  });
});

describe("a self-test already under way", () => {
  it("goes on with the answers kept on 「测一下」, and starts again on 「自测」", () => {
    const s = after("我们是MCN机构 去年机构营收两千万");
    const on = replyTo(s, "测一下");
    expect(on.state.facts).toEqual(s.facts);
    expect(on.state.asking).toBe(s.asking);
    expect(on.text).toContain("重新开始");
    expect(replyTo(s, "自测").state.facts).toEqual({});
  });

  it("takes 「签了几十个主播」 to the screening list as an MCN", () => {
    const t = replyTo(after("自测", "企业", "3500万", "否"), "我们就是做直播孵化的 签了几十个主播");
    expect(t.state.facts.mcn).toBe(true);
  });

  it("takes 「第三方大数据那边有我们的数 去年就报上去了」 as counted", () => {
    const s = after("自测", "企业", "3500万", "否", "是", "是");
    expect(s.asking).toBe("counted");
    expect(replyTo(s, "第三方大数据那边有我们的数 去年就报上去了").state.facts.counted).toBe(true);
  });

  it("hears a statement with a year and no figure without 「没能看懂」", () => {
    const t = replyTo(after("自测", "企业"), "我们2019年就开始做电商了");
    expect(t.text).not.toContain("没能看懂");
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });

  it("answers 「是不是卖到1000万就能评电商村」 on a copy and writes nothing", () => {
    const t = replyTo(after("我们是行政村"), "是不是网上卖到1000万就能评电商村");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.text).toContain("20 家");
  });

  it("leaves an agency's sales for all its clients unwritten", () => {
    const t = replyTo(after("我们是生产企业"), "合作的那个直播机构说他们一年帮各家一共卖了1.5亿");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBeUndefined();
  });
});

describe("questions answered for the applicant known", () => {
  it("answers a town's 「得卖到多少才够」 with the town's bars, an enterprise's with article 2", () => {
    expect(topic("镇上得卖到多少才够", "town")).toBe("village-town");
    expect(topic("流量补贴怎么算", "town")).toBe("term-physical-retail");
  });

  it("still answers a topic named by its word, whoever asks (「电商村能拿多少钱」 from an enterprise)", () => {
    expect(topic("电商村能拿多少钱", "enterprise")).toBe("village-town");
  });

  it("says who receives a town's award, and what the data's scope is", () => {
    expect(topic("这五十万是给镇政府还是分给各村")).toBe("who-receives");
    expect(topic("评上电商镇的50万 是不是镇里跟这4个村一块分")).toBe("who-receives");
    expect(topic("网络零售额是光算淘宝的还是抖音快手都算")).toBe("open-data-company");
    expect(topic("这个数是含税的还是不含税的")).toBe("open-data-company");
  });

  it("answers 「整算达到了吗」 with what 以上 includes, and a doubt about the figures with how sure they are", () => {
    expect(topic("村里零售额1000万整算达到了吗", "village")).toBe("thresholds");
    expect(topic("你们这个准不准啊 别忽悠俺")).toBe("amount-rule");
  });
});

describe("what the seventh stranger's trial found", () => {
  it("keeps a moved-back shop's figure apart from the new shop's, said after it", () => {
    const t = replyTo(
      after("我们公司今年新注册了一个抖音店，纳统了，卖了3500万"),
      "还有个从杭州迁回来的淘宝店，迁回来后第一次统计，今年卖了2800万",
    );
    expect(t.state.facts).toMatchObject({ shopRetailYuan: 35_000_000, relocatedShopRetailYuan: 28_000_000 });
  });

  it("reads a date of entry into the statistics database as months to today, never the month as a duration", () => {
    const asked = after("自测", "企业", "3500万", "否", "1", "否", "0", "3000万");
    expect(asked.asking).toBe("monthsInDatabase");
    expect(replyTo(asked, "入库的话是2022年6月").state.facts.monthsInDatabase).toBe(48);
    expect(replyTo(asked, "在库的话19年就进去了").state.facts.monthsInDatabase).toBeGreaterThanOrEqual(78);
    expect(replyTo(asked, "在库时间的话，我们是21年4月入的库").state.facts.monthsInDatabase).toBe(62);
    const before = after("自测", "企业", "3500万", "否", "1", "否", "0");
    expect(replyTo(before, "入库的话是2022年6月").state.facts.monthsInDatabase).toBe(48);
    // (今年 said of the sales is no date of entry.)
    expect(replyTo(after(), "我们自播今年卖了2600万，在库两年").state.facts.monthsInDatabase).toBe(24);
  });

  it("takes 「是独立法人」 as that fact, never as a 「是」 to the figure asked back", () => {
    const s = after("我们机构纳统网络零售额今年1.2个亿，公司成立三年多了");
    const t = replyTo(s, "是独立法人，在淄博注册的");
    expect(t.state.facts.independentLegalEntity).toBe(true);
    expect(t.state.facts.monthsInDatabase).toBeUndefined();
  });

  it("writes an award had before and answers from the policy, never working the figure out as a what-if", () => {
    const t = replyTo(
      after("我们是做直播的MCN机构"),
      "前年我们已经拿过MCN那个2000万档的奖了，今年到1个亿了还能拿吗",
    );
    expect(t.state.facts.mcnAwardedBefore).toBe(true);
    expect(t.text).toContain("不重复奖励");
    expect(t.text).not.toContain("只作测算");
  });

  it("does not take a plan for next month as done (「揽件下个月也能统一了」)", () => {
    const s = after("我们是物流公司 建了县域快递配送中心", "仓储分拣运输配送都统一了，揽件还是各家自己揽");
    expect(s.facts.fiveUnified).toBe(false);
    expect(replyTo(s, "揽件下个月也能统一了").state.facts.fiveUnified).toBe(false);
    // (An event to host next month is still one hosted.)
    expect(replyTo(after(), "下个月我们承办全省的直播电商大赛").state.facts.hostsEvent).toBe(true);
  });

  it("reads parcel volumes as the platform's share, never as money (「两万单…一万四五」)", () => {
    const t = replyTo(after("我们有快递信息平台"), "全县一天大概两万单，走我们平台的有一万四五");
    expect(t.state.facts.parcelSharePercent).toBe(70);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("takes the shops still selling over all that opened one, and the net of returns over the gross", () => {
    const s = after("自测", "村", "1200万");
    expect(replyTo(s, "开店的有四十多家 正经卖的也就二十五六家").state.facts.activeShops).toBe(25);
    expect(replyTo(s, "注册了六十多家 在卖的三十家").state.facts.activeShops).toBe(30);
    expect(
      replyTo(after("自测", "企业"), "全年gmv大概4个亿 退货后3.2亿").state.facts.physicalGoodsRetailYuan,
    ).toBe(320_000_000);
  });

  it("skips on 「我不太清楚」, reads 「千把万」 as about a bar and 「大概一千二吧」 as a figure to confirm", () => {
    const s = after("自测", "村");
    expect(replyTo(s, "这个我们村会计管 我不太清楚").state.asking).toBe("activeShops");
    expect(replyTo(s, "一年下来千把万").text).toContain("1000 万元的标准很近");
    expect(replyTo(s, "具体数我得翻翻本子 大概一千二吧").text).toContain("1200 万元吗");
  });

  it("takes 「商务部的牌子」 as national, and 「别的都没有」 to the list as none", () => {
    expect(
      replyTo(after("自测", "企业", "3500万"), "今年刚拿到商务部的牌子").state.facts
        .nationalDemoNewlyRecognized,
    ).toBe(true);
    const t = replyTo(after("自测", "企业", "3500万", "否"), "我们就卖货 别的都没有");
    expect(t.state.facts).toMatchObject({ mcn: false, newShop: false, hostsEvent: false });
  });
});

describe("more of the seventh trial", () => {
  it("takes 「示范企业没评过」 and 「评的是省级…示范企业」 as no, but both levels as yes", () => {
    const s = after("自测", "企业", "3500万");
    expect(replyTo(s, "示范企业没评过").state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(replyTo(s, "我们去年评的是省级电子商务示范企业").state.facts.nationalDemoNewlyRecognized).toBe(
      false,
    );
    expect(replyTo(s, "省级示范和国家级示范都评上了").state.facts.nationalDemoNewlyRecognized).toBe(true);
  });

  it("answers what an award's amount means from the policy, never working it out as a figure", () => {
    const t = replyTo(after("自测", "企业"), "这个50万是固定给50万还是最高50万");
    expect(t.text).toContain("最终以市商务局审核为准");
    expect(t.text).not.toContain("只作测算");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("says where a village's award goes, and takes 「我回去再核一下数，先这样」 as leaving for now", () => {
    const s = after("咱村网上卖了一千二百万 网店二十五家");
    expect(replyTo(s, "那这个三十万是直接打到村里账上吗").text).toContain("给予行政村");
    expect(replyTo(s, "行，我回去再核一下数，先这样").text).not.toContain("没太明白");
  });
});

describe("a first message that names what it is after", () => {
  it("says the item a yes-or-no fact opens, with what it brings", () => {
    expect(
      replyTo(after(), "我们是区里的电商产业园 今年刚被商务部新认定成国家级电子商务示范基地").text,
    ).toContain("第四条 国家级电子商务示范奖励：按您说的已符合，最高 50 万元");
    expect(replyTo(after(), "我们公司今年承办了一个全省范围的直播电商大赛").text).toContain("一事一议");
  });

  it("reads 「俺们镇有五个村都认定成电商村了」 as a town with five, the villages counted", () => {
    const t = replyTo(after(), "俺们镇有五个村都认定成电商村了 全镇网上零售额一个多亿");
    expect(t.state.facts).toMatchObject({ subjectType: "town", ecommerceVillages: 5 });
  });

  it("leaves one cooperative's sales out of a village's total, and takes 「看成全年了」 as a mistake", () => {
    const t = replyTo(after("自测", "村"), "俺村光一个合作社网上就卖了六百万 全村的还没统计出来");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    const s = after("我们企业自播今年2200万");
    expect(replyTo(s, "直播那个数是两千八百万 我把上半年的看成全年了").state.facts.selfLiveRetailYuan).toBe(
      28_000_000,
    );
  });
});

describe("another applicant's figures, asked about", () => {
  it("works out a village under the town for that village, and writes nothing", () => {
    const s = after("我们镇网络零售额8000万 活跃网店101家 电商村3个");
    const t = replyTo(s, "我们镇下面的东庄村今年卖了1500万，网店25家，这个村能评吗");
    expect(t.text).toContain("另一个行政村的情况");
    expect(t.text).toContain("✅ 第一条 电商村奖励：最高 30 万元");
    expect(t.state.facts).toEqual(s.facts);
  });

  it("says what a neighbour still needs, never answering with the speaker's own result", () => {
    const t = replyTo(after("咱村网上卖了一千二百万 网店二十五家"), "隔壁西坞村卖了两千多万他们能评上不");
    expect(t.text).toContain("活跃网店数量（需达到 20 家以上）");
    expect(t.text).not.toContain("按您目前说的数字");
  });
});

describe("one item asked after", () => {
  it("answers 「佣金补助还能拿吗」「信息平台这块还差啥」 with that item's standing alone", () => {
    const live = after("我们是生产企业 跟直播机构合作卖了1980万 纳统了");
    const t = replyTo(live, "那这样佣金补助还能拿吗");
    expect(t.text).toContain("第五条 生产企业第三方直播佣金补助");
    expect(t.text).toContain("还差 20 万元");
    expect(t.text).not.toContain("流量补贴");
    expect(t.state.asking).toBe(live.asking);
    const platform = replyTo(
      after("我们有快递信息平台 比价有了 占全县七成的单量"),
      "那信息平台这块还差啥",
    ).text;
    expect(platform).toContain("还差 10%");
  });

  it("leaves 「电商村奖励是多少」 and 「拿过了还能拿吗」 to the policy's words", () => {
    expect(replyTo(after("自测", "村", "1200万"), "电商村奖励是多少").text).toContain("依据第一条");
  });
});

describe("small things said mid-test", () => {
  it("writes 「自己播的没有，都是找机构播的」 as no self-broadcast sales, and asks the pending question again", () => {
    const s = after("自测", "企业", "3500万", "否", "1", "否");
    const t = replyTo(s, "自己播的没有，都是找机构播的");
    expect(t.state.facts.selfLiveRetailYuan).toBe(0);
    expect(t.state.asking).toBe(s.asking);
  });

  it("confirms the subject said again (「我们是乡镇」) and asks the pending question", () => {
    const s = after("自测", "镇");
    const t = replyTo(s, "我们是乡镇");
    expect(t.text).toContain("好的，是乡镇");
    expect(t.text).not.toContain("没能看懂");
    expect(t.state.asking).toBe(s.asking);
  });

  it("reads 「纳统了，去年年底入的库」 as counted and the months since", () => {
    const t = replyTo(after("自测", "企业"), "纳统了，去年年底入的库");
    expect(t.state.facts).toMatchObject({ counted: true, monthsInDatabase: 6 });
  });
});

describe("what the sixteenth set found (read after it was scored unread)", () => {
  it("takes an answer said before a question that names the bar again (「三个 是不是得超过三个才算电商镇啊」)", () => {
    const t = replyTo(after("自测", "镇"), "三个 是不是得超过三个才算电商镇啊");
    expect(t.state.facts.ecommerceVillages).toBe(3);
    expect(t.text).toContain("超过 3 个");
    // (A bar said only as a bar answers nothing.)
    expect(
      replyTo(after("自测", "镇", "2", "8000万"), "网店得超过100个 是101个起吗").state.facts.activeShops,
    ).toBeUndefined();
  });

  it("never reads 「还没纳统呢」 beside a question as an answer of 0", () => {
    const t = replyTo(after("我们是今年新注册的店铺 网络零售额5200万"), "还没纳统呢 也能拿20万吗");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("takes 「揽件还没有」 as no 五统一, 「是省级的 不是国家级」 as a correction, and 「漏了个极兔」 as one more", () => {
    const s = after("自测", "企业", "3500万", "否", "2");
    expect(s.asking).toBe("fiveUnified");
    expect(replyTo(s, "五统一是哪五个 俺们仓储和配送统一了 揽件还没有").state.facts.fiveUnified).toBe(false);
    const demo = after("我们公司是国家级示范企业 今年新认定的");
    expect(replyTo(demo, "等下 说错了 是省级的 不是国家级").state.facts.nationalDemoNewlyRecognized).toBe(
      false,
    );
  });

  it("takes 「哈哈 行」 as a nod", () => {
    expect(replyTo(after("我们新注册的抖音店今年纳统零售额5200万"), "哈哈 行").text).not.toContain(
      "没能看懂",
    );
  });
});

describe("what the seventeenth set found (read after it was scored unread)", () => {
  it("leaves one shop's sales out of the village's total (「村里最大的那家网店一年就卖了四百万」)", () => {
    const s = after("咱村网上卖了一千一百万 网店二十五家");
    expect(replyTo(s, "村里最大的那家网店一年就卖了四百万").state.facts.onlineRetailYuan).toBe(11_000_000);
  });

  it("takes the figure reached, not the amount added (「零售额再往上加五十万 正好一千万整」)", () => {
    const s = after("村里网络零售额950万 活跃网店25家");
    expect(replyTo(s, "零售额再往上加五十万 正好一千万整").state.facts.onlineRetailYuan).toBe(10_000_000);
  });

  it("takes 「我们是做直播带货的MCN公司」 to 「以什么身份申报」 as an enterprise that is an MCN", () => {
    expect(replyTo(after("自测"), "我们是做直播带货的MCN公司").state.facts).toMatchObject({
      subjectType: "enterprise",
      mcn: true,
    });
  });

  it("takes 「俺是村里的支书 问问俺村的」 as a village, never a skip", () => {
    expect(replyTo(after("自测"), "俺是村里的支书 问问俺村的").state.facts.subjectType).toBe("village");
  });

  it("reads 「村庄户人家」 as the village's own people", () => {
    const t = replyTo(after(), "俺们这个村庄户人家开网店的 活跃的有二十八个 一年卖一千五百多万");
    expect(t.state.facts).toMatchObject({ subjectType: "village", activeShops: 28 });
  });
});
