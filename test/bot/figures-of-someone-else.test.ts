// An enterprise's figures said by a village, town or park, and questions about the policy that name a topic, ask
// for a comparison, or ask two things at once: said why and answered, never written as the speaker's own.

import { describe, expect, it } from "vitest";
import { understandAside } from "../../bot/core/understanding/index.ts";
import { after, replyTo } from "../support/dialog.ts";

const DATE = "2026-06-01";
const answer = (q: string) => {
  const a = understandAside(q, DATE);
  return a?.kind === "answer" ? a.answer.lines.join("\n") : `(${a?.kind ?? "nothing"})`;
};

describe("live sales said by a village, a town or a park", () => {
  it("tells a village that its live sales count in its total, writes nothing, and asks for the total", () => {
    const t = replyTo(after("自测", "行政村"), "村里直播卖了2000万");
    expect(t.state.facts).toEqual({ subjectType: "village" });
    expect(t.state.asking).toBe("onlineRetailYuan");
    expect(t.text).toContain("直播卖的也算在内");
    expect(t.text).not.toContain("是自己开播卖的");
  });

  it("tells a park that live awards are an enterprise's, and how to test as one", () => {
    const t = replyTo(after("我们是电商园区"), "园区运营公司自己开直播 今年自播卖了2500万");
    expect(t.state.facts).toEqual({ subjectType: "park" });
    expect(t.text).toContain("以企业身份另测一次");
    expect(t.text).toContain("园区（基地）");
  });

  it("still asks an enterprise running a base whose live room its sales were", () => {
    const t = replyTo(after(), "我们基地直播卖了3000万");
    expect(t.state.facts.subjectType).toBe("enterprise");
    expect(t.text).toContain("是自己开播卖的");
  });

  it("says why a commission paid is not written before any entry of the knowledge", () => {
    const t = replyTo(after("我们是生产企业 和第三方直播机构合作卖货"), "光给他们付佣金就付了一百八十万");
    expect(t.text.startsWith("「180万」不是要填的销售额（网络零售额）或数量")).toBe(true);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBeUndefined();
  });
});

describe("questions about the policy", () => {
  it("answers by the topic named (自播奖励, 流量补贴) rather than by the shape of the question", () => {
    expect(answer("企业自播奖励三档分别是多少")).toContain("5000 万元");
    expect(answer("流量补贴一家最多能拿多少")).toContain("每家最高 10 万元");
  });

  it("lets a keyword of what is asked (能一起拿吗) win over the topics it names", () => {
    expect(answer("直播奖励跟龙头企业的流量补贴能一起拿吗")).toContain("商务局");
    expect(answer("直播奖励跟龙头企业的流量补贴能一起拿吗")).not.toContain("每实现 1 万元");
  });

  it("answers a comparison of two topics with both", () => {
    const a = answer("自播那个奖和MCN那个奖有啥区别");
    expect(a).toContain("「自播」指企业自己开直播");
    expect(a).toContain("MCN 机构即");
  });

  it("answers two questions in one message when each is clear on its own", () => {
    const a = answer("电商村给多少钱 是直接给30万吗");
    expect(a).toContain("最高奖励 30 万元");
    expect(a).toContain("最终以市商务局审核为准");
  });

  it("takes a tag question (「…是吧」) as a question", () => {
    const t = replyTo(after("我们公司实物商品网络零售额4.2kw"), "听说得3000万以上才给补贴 是吧");
    expect(t.text).toContain("3000 万元（含）以上");
  });
});

describe("yes-or-no words that disagree, and figures beside their words", () => {
  it("takes 「没有 还没评上国家级的」 as 否, a negation before the verb of getting it", () => {
    const t = replyTo(after("自测", "园区"), "没有 还没评上国家级的 正在申报省级");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("lets 「不是今年新认定的」 hold over a 国家级示范 named before it", () => {
    const t = replyTo(after(), "园区的国家级示范园区牌子是2019年就认定的 不是今年新认定的");
    expect(t.state.facts).toMatchObject({ subjectType: "park", nationalDemoNewlyRecognized: false });
  });

  it("reads 「两个数都报错了」 as no count, and corrects both figures", () => {
    const s = after("我们镇网络零售额5800万 活跃网店九十家");
    const t = replyTo(s, "刚才两个数都报错了，零售额应该是6300万，网店是一百零二个");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 63_000_000, activeShops: 102 });
  });

  it("takes the count said beside its word over a number inside a name (三通一达)", () => {
    const s = after("自测", "企业", "不清楚", "否", "否", "否", "否", "否", "是");
    expect(s.asking).toBe("expressCompanies");
    const t = replyTo(s, "全国性的快递一共进来了七家，三通一达加上极兔、顺丰、邮政");
    expect(t.state.facts.expressCompanies).toBe(7);
  });
});

describe("corrections as bookkeepers and officials write them", () => {
  it("keeps a thousands separator inside its figure (应该是5,100万元)", () => {
    const s = after("我们今年新注册的店铺已纳统 网络零售额4,900万元");
    const t = replyTo(s, "应该是5,100万元 上个月的数漏算了");
    expect(t.state.facts.shopRetailYuan).toBe(51_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("takes 看串行了 and 多报了 as a mistake, and the figure after it as the new one", () => {
    const a = replyTo(after("我们公司实物商品网络零售额3,650,000元"), "不好意思 报表看串行了 是36,500,000元");
    expect(a.state.facts.physicalGoodsRetailYuan).toBe(36_500_000);
    const b = replyTo(after("企业，实物商品网络零售额３２００万"), "多报了 应该是２８００万");
    expect(b.state.facts.physicalGoodsRetailYuan).toBe(28_000_000);
  });

  it("changes the subject to the last one said after the denial (不是园区 是园区里入驻的一家MCN公司)", () => {
    const t = replyTo(after("我们是电商产业园区"), "哦说错了 我们不是园区 是园区里入驻的一家MCN公司");
    expect(t.state.facts).toMatchObject({ subjectType: "enterprise", mcn: true });
  });

  it("changes the influence said after 不对, whatever event word comes with it", () => {
    const t = replyTo(after("园区今年承办了一个全省的直播电商论坛"), "不对 是全国性的论坛 好几个省的都来了");
    expect(t.state.facts.eventInfluence).toBe("national");
  });

  it("reads the level of the event from its own clause, not from a 国家级示范 beside it", () => {
    const t = replyTo(
      after(),
      "我们是直播电商基地的运营方 基地去年承办了全市的直播带货大赛 今年国家级示范没评上",
    );
    expect(t.state.facts.eventInfluence).toBe("other");
  });

  it("corrects two figures in one message, and reads 1.05亿 as an amount, not a count", () => {
    const t = replyTo(after("镇里电商村有两个 网络零售额9000万"), "电商村是三个 零售额也不对 应该是1.05亿");
    expect(t.state.facts).toMatchObject({ ecommerceVillages: 3, onlineRetailYuan: 105_000_000 });
  });

  it("takes the figure said last as the new one (那35家有10几家早关了 还在开的就20家)", () => {
    const s = after("自测", "我们是村", "2200万", "35家");
    const t = replyTo(s, "不好意思啊 网店多报了 那三十五家有十几家早关了 还在开的就二十家");
    expect(t.state.facts.activeShops).toBe(20);
  });

  it("answers 「五统一具体是哪五个统一」 to its yes-or-no question and writes nothing", () => {
    const s = after("自测", "企业", "不清楚", "不是", "不是", "不是", "不是", "不是");
    expect(s.asking).toBe("fiveUnified");
    const t = replyTo(s, "五统一具体是哪五个统一");
    expect(t.state.facts.fiveUnified).toBeUndefined();
    expect(t.state.asking).toBe("fiveUnified");
    expect(t.text).toContain("仓储、分拣、运输、配送、揽件");
  });
});

describe("answers with words around them", () => {
  const atCouriers = () => after("自测", "企业", "不清楚", "不是", "不是", "不是", "不是", "不是", "是");

  it("takes the count said over the names listed, and 进来 as no hedge (一共五家 邮政说是下个月也进来)", () => {
    const s = atCouriers();
    expect(s.asking).toBe("expressCompanies");
    const t = replyTo(s, "中通圆通韵达申通极兔一共五家 邮政说是下个月也进来");
    expect(t.state.facts.expressCompanies).toBe(5);
  });

  it("writes no figure a question only supposes or asks about as a bar", () => {
    const s = after("自测", "企业");
    const t = replyTo(s, "三千万整的话算够线吗 还是得超过三千万才行");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });
});

describe("figures beside the words that name them", () => {
  it("gives a moved-back shop the figure said after the bar it passed for the first time", () => {
    const t = replyTo(
      after(),
      "我们把原来注册在杭州的天猫店迁回淄博了 迁回来以后头一回年销过三千万 今年是三千二百八十万",
    );
    expect(t.state.facts).toMatchObject({ relocatedShop: true, shopRetailYuan: 32_800_000 });
  });

  it("reads a unit in a report's heading as the figure's (实物商品网络零售额（万元）：4,625.8)", () => {
    const t = replyTo(after(), "我们公司报表上实物商品网络零售额（万元）：4,625.8");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(46_258_000);
  });

  it("takes the loan's cap quoted as no amount wanted, and the amount wanted as the loan", () => {
    const t = replyTo(after(), "听说齐鲁电商贷最多能贷1000万 我们公司想贷八百万");
    expect(t.state.facts.loanAmountYuan).toBe(8_000_000);
    expect(t.text).toContain("「1000万」是政策的标准或上限");
  });

  it("still answers a question about the loan's cap with the range", () => {
    const t = replyTo(after(), "电商贷最多能贷一千五百万吗");
    expect(t.state.facts.loanAmountYuan).toBeUndefined();
    expect(t.text).toContain("1000 万元");
  });
});

describe("what a stranger's trial found written wrongly", () => {
  it("reads 「21年4月入的库」 as a date, not 21 years", () => {
    const s = after("我们公司做日用品 实物商品网络零售额5000万", "自播3000万");
    const t = replyTo(s, "21年4月入的库");
    expect(t.state.facts.monthsInDatabase).toBe(62);
  });

  it("takes 「回迁的不是新开的」 as moved back and not new", () => {
    const t = replyTo(after(), "公司 做日用品的 店是回迁的不是新开的");
    expect(t.state.facts).toMatchObject({ relocatedShop: true, newShop: false });
  });

  it("takes four of the five unified, one left to each company, as no 五统一", () => {
    const t = replyTo(
      after("我们是物流公司 建了县域快递配送中心"),
      "仓储分拣运输配送都统一了 揽件还是各家自己揽",
    );
    expect(t.state.facts.fiveUnified).toBe(false);
  });

  it("reads a range of counts (二十三四家) as its lower end", () => {
    const t = replyTo(after(), "咱村今年网上卖了一千一百多万 网店有二十三四家吧");
    expect(t.state.facts.activeShops).toBe(23);
  });
});

describe("whose figures, after the results", () => {
  it("writes nothing of a village under the speaker's town, and says why", () => {
    const s = after("我们镇网络零售额8000万 活跃网店120个");
    const t = replyTo(s, "另外我们镇下面东庄村今年卖了1300万 网店26家");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 80_000_000, activeShops: 120 });
    expect(t.text).toContain("是别人（别的村镇、单位或个人）的数字");
  });

  it("takes an enterprise that calls itself 我们机构 as an agency, its turnover as its online retail", () => {
    const t = replyTo(
      after("自测", "1"),
      "我们机构去年全年纳统网络零售额一点三个亿左右 公司成立快三年了 是独立法人",
    );
    expect(t.state.facts).toMatchObject({ mcn: true, onlineRetailYuan: 130_000_000 });
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("everyday words for what the menu and questions ask", () => {
  const atLoan = () => after("自测", "企业", "5000万", "否", "否", "否", "否", "否", "否", "否");

  it("takes 先不用, 不贷 and 说了不用 as no loan", () => {
    for (const m of ["先不用", "不贷", "说了不用"]) {
      const s = atLoan();
      expect(s.asking).toBe("loanAmountYuan");
      expect(replyTo(s, m).state.facts.loanAmountYuan).toBe(0);
    }
  });

  it("writes 暂时不用 and answers the question about interest that comes with it", () => {
    const t = replyTo(atLoan(), "暂时不用 利息高不高啊");
    expect(t.state.facts.loanAmountYuan).toBe(0);
    expect(t.text).toContain("利率");
  });

  it("starts the self-test from 自测一下, 那我测一下 and 帮我测测吧", () => {
    for (const m of ["自测一下", "那我测一下", "帮我测测吧"])
      expect(replyTo(after("你好"), m).state.mode).toBe("assess");
  });

  it("says goodbye to goodbyes and thanks with words around them", () => {
    expect(replyTo(after("你好"), "行 先这样 拜拜").text).toContain("再见");
    expect(replyTo(after("你好"), "好 麻烦了").text).toContain("不客气");
    expect(replyTo(after("你好"), "好的 谢谢 回头再申报").text).toContain("不客气");
  });
});

describe("two shops", () => {
  it("keeps the moved-back shop's figure when a new shop's is said after it", () => {
    const s = after("我们公司的天猫店去年从杭州迁回淄博了 迁回来以后第一次卖到4200万");
    expect(s.facts.shopRetailYuan).toBe(42_000_000);
    const t = replyTo(s, "哦对了 今年还新注册了个抖店 当年就卖了三千五百多万 已经纳统了");
    expect(t.state.facts).toMatchObject({
      newShop: true,
      relocatedShop: true,
      shopRetailYuan: 35_000_000,
      relocatedShopRetailYuan: 42_000_000,
    });
    expect(t.text).not.toContain("已修改");
  });
});

describe("what a moved-back shop's figure brings", () => {
  it("works a figure already given out as that shop's, never as 0 for want of the second shop's own", () => {
    const s = after("我们公司的天猫店去年从杭州迁回淄博了 迁回来以后第一次卖到4200万");
    const t = replyTo(s, "我那4200万能拿几万啊");
    expect(t.text).toContain("✅ 第三条 回迁店铺奖励");
    expect(t.text).not.toContain("0 元");
  });
});

describe("answers that carry more than the answer", () => {
  it("says back the other facts a yes written with them (是的…合作卖了两千三百万)", () => {
    const s = after("自测", "企业", "不清楚", "不是", "不是", "不是", "不是");
    expect(s.asking).toBe("productionEnterprise");
    const t = replyTo(s, "是的，我们是做食品的生产企业，跟第三方直播机构合作卖了两千三百万");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(23_000_000);
    expect(t.text).toContain("2300 万元");
  });

  it("takes a new shop's figure said with the year it opened", () => {
    const s = after("自测", "企业", "跳过", "没有", "不是");
    expect(s.asking).toBe("newShop");
    const t = replyTo(s, "是今年新开的店，三月份注册的，到现在卖了三千二百万左右");
    expect(t.state.facts).toMatchObject({ newShop: true, shopRetailYuan: 32_000_000 });
  });

  it("reads 还没到年底 as no figure near a bar", () => {
    const s = after("自测", "企业");
    const t = replyTo(s, "实物商品这块今年报表上是三千八百六十万，还没到年底哈");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(38_600_000);
  });

  it("corrects with the exact figure said after an approximate one (在库快两年了 二十二个月)", () => {
    const t = replyTo(after("我们是MCN 在库存续八个月"), "不对不对 在库快两年了 二十二个月");
    expect(t.state.facts.monthsInDatabase).toBe(22);
  });

  it("takes 记岔了 and 又数了一遍 as mistakes, and 之前 of a mistake as no past year", () => {
    const a = replyTo(
      after("俺们村网上卖了九百来万 活跃网店十八家"),
      "刚问了会计是一千零二十万网店二十一家俺之前记岔了",
    );
    expect(a.state.facts.activeShops).toBe(21);
    const b = replyTo(after("我们配送中心整合了四家全国性快递"), "又数了一遍 是六家 极兔刚谈下来的也算");
    expect(b.state.facts.expressCompanies).toBe(6);
  });

  it("reads 电商村倒是一个都没有 as none, and thanks with a nod or a name after it", () => {
    const t = replyTo(after(), "我们镇今年网络零售额6800万，活跃网店有130个，电商村倒是一个都没有");
    expect(t.state.facts.ecommerceVillages).toBe(0);
    expect(replyTo(after("你好"), "谢谢啊 明白了").text).toContain("不客气");
    expect(replyTo(after("你好"), "好嘞 谢谢你啊闺女").text).toContain("不客气");
  });
});

describe("a live figure moved between rooms", () => {
  it("moves 「这2600万不是自己播的 是找第三方直播机构带的货」 to the third-party room and says so", () => {
    const t = replyTo(
      after("我们是生产企业 自播纳统零售额2600万"),
      "不对不对 这2600万不是自己播的 是找第三方直播机构带的货",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(26_000_000);
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.text).toContain("已去掉");
  });

  it("still reads 「是不是卖够1000万」 as a question", () => {
    const t = replyTo(after(), "是不是卖够1000万就能评电商村");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.text).toContain("20");
  });
});
