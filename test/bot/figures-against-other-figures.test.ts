// Figures read against the other figures of the message and of the conversation: this year's after last year's,
// a bar someone heard of, 「快一个亿」 near a bar, a share said as two volumes, more of what is known (再多两家,
// 漏算了3家), a yes-or-no denied with its replacement, a cap asked about beside stated figures, and a message that
// opens by naming what the speaker is.

import { describe, expect, it } from "vitest";
import { after, replyTo, say } from "../support/dialog.ts";
import { shareOfTwo } from "../../bot/core/understanding/shares.ts";

/** The self-test up to the question of the platform's share of parcels. */
const atShare = () => after("自测", "企业", "3500万", "否", "否", "否", "否", "否", "否", "是");

describe("this year's figure and last year's", () => {
  it("writes this year's figure said after last year's, and says last year's back", () => {
    const t = replyTo(after(), "去年零售额才800万 今年咱村涨到1250万了 网店22家");
    expect(t.state.facts).toMatchObject({
      subjectType: "village",
      onlineRetailYuan: 12_500_000,
      activeShops: 22,
    });
    expect(t.text).toContain("「800万」是去年的数");
  });

  it("does not write what this year is only hoped to reach (今年能到3500万)", () => {
    const t = replyTo(after("自测", "企业"), "去年卖了2800万，今年能到3500万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(28_000_000);
  });
});

describe("bars that are no one's figure", () => {
  it("takes 「要3000万才有补贴」 as the bar and the speaker's own figure after it as theirs", () => {
    const t = replyTo(after(), "听说实物商品网络零售额要3000万才有补贴 我们公司今年才1800万");
    expect(t.state.facts).toMatchObject({ subjectType: "enterprise", physicalGoodsRetailYuan: 18_000_000 });
    expect(t.text).toContain("「3000万」是政策的标准或上限");
  });

  it("asks back 「快一个亿了」 instead of writing 1 亿, and never reads 快递 as 快", () => {
    const near = replyTo(after(), "俺们镇网络零售额快一个亿了");
    expect(near.state.facts.onlineRetailYuan).toBeUndefined();
    expect(near.text).toContain("还不到 1 亿元吗");
    const s = after("自测", "企业", "5000万", "否", "否", "否", "否", "否", "是");
    expect(s.asking).toBe("expressCompanies");
    const named = say(s, "中通 圆通 申通 韵达 极兔 还有邮政快递");
    expect(named.state.facts.expressCompanies).toBe(6);
  });
});

describe("a share said as two volumes", () => {
  it("reads the part of a whole (十单里头有九单, 一天两万单 一万七走我们平台) as the share asked for", () => {
    expect(say(atShare(), "县里十单里头有九单走我们平台").state.facts.parcelSharePercent).toBe(90);
    expect(say(atShare(), "一天两万单 一万七走我们平台").state.facts.parcelSharePercent).toBe(85);
  });

  it("finds a share only where exactly two volumes are said", () => {
    expect(shareOfTwo("日均八千单 我们占六千五")).toBeCloseTo(81.3, 1);
    expect(shareOfTwo("全县一天大概3万件快递，我们平台处理2.6万件")).toBeCloseTo(86.7, 1);
    expect(shareOfTwo("我们有20家网店")).toBeNull();
    expect(shareOfTwo("三百多单")).toBeNull();
  });

  it("says a share that is part of another back, without 没能看懂", () => {
    const s = after("我们信息平台整合了县域85%的快递单量");
    const t = replyTo(s, "顺丰那块占了其中的30%");
    expect(t.state.facts.parcelSharePercent).toBe(85);
    expect(t.text).toContain("「30%」是总数里的一部分");
    expect(t.text).not.toContain("没能看懂");
  });
});

describe("more or less than what is known", () => {
  it("works out 「再多两家网店」 on the shops known, and says the figure known that still fails", () => {
    const s = after("咱村网络零售额九百万 活跃网店十八家");
    const t = replyTo(s, "如果俺们村再多两家网店 能评上电商村不");
    expect(t.text).toContain("活跃网店数量 20 家");
    expect(t.text).toContain("还差 100 万元");
    expect(t.state.facts.activeShops).toBe(18);
  });

  it("never reads 差不多 as more of what is known (要是零售额差不多1100万呢 is 1100 万)", () => {
    const t = replyTo(after("咱村网络零售额九百万 活跃网店十八家"), "要是零售额差不多1100万呢");
    expect(t.text).toContain("年度网络零售额 1100 万元");
  });

  it("corrects by the difference said (漏算了13家, 多报了500万), and by the total when one is said", () => {
    const town = "我们镇电商村有2个，网络零售额6500万，活跃网店95个";
    expect(say(after(town), "活跃网店漏算了13家").state.facts.activeShops).toBe(108);
    expect(say(after(town), "零售额多报了500万").state.facts.onlineRetailYuan).toBe(60_000_000);
    expect(say(after(town), "活跃网店漏算了，一共是108个").state.facts.activeShops).toBe(108);
  });
});

describe("corrections in words of their own", () => {
  it("turns round a shop moved back into a new one (不是迁回来的，是今年新注册的店)", () => {
    const s = after("店铺是从外地迁回淄博的，店铺今年零售额3300万");
    const t = replyTo(s, "不是迁回来的，是今年新注册的店");
    expect(t.state.facts).toMatchObject({ relocatedShop: false, newShop: true, shopRetailYuan: 33_000_000 });
    expect(t.text).not.toContain("没能看懂");
  });

  it("changes the only live figure known when the correction names 直播 alone", () => {
    const s = after("我们是生产企业，跟第三方直播机构合作，直播零售额1900万");
    const t = say(s, "直播那块核完账了，实际是2050万");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(20_500_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("who is speaking, and what is asked", () => {
  it("reads a message that opens with 「MCN机构，」 as an MCN's, its turnover as the MCN's", () => {
    const s = after("MCN机构，政策期内已经拿过一次MCN奖励了，今年零售额1.5亿");
    expect(s.facts).toMatchObject({ mcn: true, mcnAwardedBefore: true, onlineRetailYuan: 150_000_000 });
    expect(after("MCN机构奖励标准是多少").facts.mcn).toBeUndefined();
  });

  it("takes a base that states its own live-streaming sales as the company running it", () => {
    const s = after("我们基地自己播的，自播直播网络零售额今年3100万，是头一回过三千万");
    expect(s.facts).toMatchObject({ subjectType: "enterprise", selfLiveRetailYuan: 31_000_000 });
  });

  it("answers a cap asked about (最多能贷1000万吗) and writes only the figures stated after it", () => {
    const t = replyTo(after(), "齐鲁电商贷最多能贷1000万吗 我们公司实物商品网络零售额5000万");
    expect(t.state.facts.loanAmountYuan).toBeUndefined();
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(50_000_000);
    expect(t.text).toContain("1000 万元");
  });

  it("works out an MCN's what-if on its own turnover (假如明年做到一个亿 → 50 万)", () => {
    const t = replyTo(after("MCN机构，网络零售额6000万"), "假如明年做到一个亿 奖励是不是就变成50万了");
    expect(t.text).toContain("MCN 机构奖励");
    expect(t.text).toContain("50 万元");
    expect(t.state.facts.onlineRetailYuan).toBe(60_000_000);
  });
});

describe("a second batch of everyday readings", () => {
  it("takes an MCN's sales for the merchants it works with as its own turnover", () => {
    const s = after("俺们是MCN 去年给合作商家带货卖了八千万");
    expect(s.facts).toMatchObject({ mcn: true, onlineRetailYuan: 80_000_000 });
    expect(s.facts.thirdPartyLiveRetailYuan).toBeUndefined();
  });

  it("says back the figures kept when the subject changes, unless the speaker says they stand", () => {
    const kept = replyTo(after("我们村去年网络零售额1500万 网店28家"), "说错了 我们是镇不是村");
    expect(kept.state.facts).toMatchObject({ subjectType: "town", onlineRetailYuan: 15_000_000 });
    expect(kept.text).toContain("之前记下的年度网络零售额 1500 万元、活跃网店数量 28 家");
    const stand = replyTo(
      after("我们镇今年网络零售额2300万，活跃网店28家"),
      "不好意思刚才说成镇了 是村 俺是村里的会计 数是对的",
    );
    expect(stand.state.facts.subjectType).toBe("village");
    expect(stand.text).not.toContain("之前记下的");
  });

  it("asks back 「十七八家 也可能二十出头」 in the words the speaker used", () => {
    const t = replyTo(after("自测", "行政村", "1300万"), "十七八家 也可能二十出头");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.text).toContain("「十七八家」和「二十出头」");
  });

  it("writes 否 for what is still being built (撮合对接还在开发), and 是 once it is said to be up", () => {
    const s = after("我们平台有实时比价，撮合对接还在开发，整合全县85%单量");
    expect(s.facts.matchmaking).toBe(false);
    expect(say(s, "撮合对接上个月已经上线了，这个功能现在也有了").state.facts.matchmaking).toBe(true);
  });

  it("reads a level denied beside the one meant (其实是全省范围的比赛，不是全国的)", () => {
    const s = after("我们要承办一个直播电商大赛，全国性的");
    expect(s.facts.eventInfluence).toBe("national");
    const t = say(s, "影响力说大了，其实是全省范围的比赛，不是全国的");
    expect(t.state.facts.eventInfluence).toBe("provincial");
  });

  it("changes two figures at once, the live one by the only live room known", () => {
    const s = after("我们品牌自播今年纳统直播零售额2900万，在库14个月");
    const t = say(s, "两个数都不对，直播零售额是3100万，在库是20个月");
    expect(t.state.facts).toMatchObject({ selfLiveRetailYuan: 31_000_000, monthsInDatabase: 20 });
  });

  it("keeps the town's figures when a village inside it is described (其中光是王家村…)", () => {
    const s = after("我们镇今年网络零售额1.4亿，活跃网店130个");
    const t = replyTo(s, "其中光是王家村一个村就卖了四千多万，网店五十来家");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 140_000_000, activeShops: 130 });
    expect(t.text).toContain("别的村镇、单位或个人");
    expect(t.text).not.toContain("没太明白");
  });

  it("reads the policy's bar said beside the speaker's own share (政策说要…80%以上…我们七成)", () => {
    const t = replyTo(
      after(),
      "政策说要整合县域80%以上的单量，我们平台现在整合了七成，实时比价和撮合对接都有",
    );
    expect(t.state.facts.parcelSharePercent).toBe(70);
    expect(t.text).toContain("「80%」是政策的标准或上限");
  });

  it("reads a wished loan amount (额度想要一千二百万), an area (一万多平) as no figure, and 这几家 as no question", () => {
    expect(after("我们想申请齐鲁电商贷，额度想要一千二百万，公司在张店").facts.loanAmountYuan).toBe(
      12_000_000,
    );
    const base = replyTo(after(), "我们直播基地自播今年纳统直播零售额2050万，基地面积一万多平");
    expect(base.text).not.toContain("1万多");
    const s = after("自测", "企业", "3500万", "否", "否", "否", "否", "否", "是");
    expect(say(s, "中通 圆通 韵达 申通 极兔 邮政 这几家都进来了").state.facts.expressCompanies).toBe(6);
  });

  it("reads 不算MCN as no MCN, and 评上电商村的有三个 as a town's count", () => {
    expect(after("我们是MCN，今年零售额3000万").facts.mcn).toBe(true);
    expect(after("严格说我们不算MCN机构，就是自己品牌的直播团队").facts.mcn).toBe(false);
    expect(after("我们乡今年评上电商村的有三个，全乡网络零售额八千五百万").facts).toMatchObject({
      subjectType: "town",
      ecommerceVillages: 3,
    });
  });
});

describe("questions asked back and mid-conversation", () => {
  it("answers nothing with a bar asked about (网店得超过100个 是101个起吗) and keeps the question", () => {
    const s = after("自测", "乡镇", "2个", "8000万");
    expect(s.asking).toBe("activeShops");
    const t = say(s, "网店得超过100个 是101个起吗");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.state.asking).toBe("activeShops");
    const line = say(after("自测", "企业"), "3000万那个线 是含3000万本身吗");
    expect(line.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(line.state.asking).toBe("physicalGoodsRetailYuan");
  });

  it("never takes a yes-or-no question asked back as the answer (今年刚批下来的才算？)", () => {
    const s = after("自测", "园区");
    const t = say(s, "这个新认定是指啥 今年刚批下来的才算？");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
    expect(say(s, "是的 今年刚批下来").state.facts.nationalDemoNewlyRecognized).toBe(true);
  });

  it("says by how much a figure misses its bar when asked 还差多少", () => {
    const t = replyTo(after("村里网络零售额860万 活跃网店31家"), "还差多少能评电商村");
    expect(t.text).toContain("还差 140 万元");
    const share = replyTo(
      after("我们是县里的快递物流信息平台 能实时比价和撮合对接 整合了县里七成五的快递单量"),
      "还差多少能达标",
    );
    expect(share.text).toContain("还差 5%");
  });

  it("gives the number for the figures known when asked 那流量补贴大概能拿多少 or 能拿哪一档", () => {
    const t = replyTo(after("我们公司今年实物商品网上零售额8000万，已经纳统了"), "那流量补贴大概能拿多少？");
    expect(t.text).toContain("4 万元");
    const tier = replyTo(after("我们公司自播直播网络零售额今年4500万 已纳统 入库两年了"), "能拿哪一档");
    expect(tier.text).toContain("20 万元");
  });

  it("answers 够不够 in a first message with the bars the figures miss, and not twice when the results follow", () => {
    const town = replyTo(after(), "我们镇一年网络零售额6500万，活跃网店正好100个，这样够电商镇吗");
    expect(town.text).toContain("未超过 100 家");
    const village = replyTo(
      after(),
      "俺们村去年一年网上卖了一千三百多万活跃的网店有二十六家你给看看能评上电商村不",
    );
    expect(village.text.match(/电商村奖励：最高 30 万元/g)?.length).toBe(1);
  });
});

describe("words as people say them", () => {
  it("reads 百分之八十五的件都走我们平台 as the platform's share, 头一年 as a first time, 增长一直挺好 as growing well", () => {
    expect(
      after("我们的快递信息平台能实时比价 也能做撮合对接 全县大概百分之八十五的件都走我们平台").facts
        .parcelSharePercent,
    ).toBe(85);
    expect(
      after("我们店原来开在杭州，去年整体迁回淄博了，迁回来头一年网络零售额就做到了3600万").facts,
    ).toMatchObject({
      relocatedFirstTime: true,
      shopRetailYuan: 36_000_000,
    });
    expect(
      after("自播这块去年做到了五千一百万 头一回过五千万 入库两年多了 增长一直挺好").facts.growingWell,
    ).toBe(true);
  });

  it("takes the unit said after a figure (四千五左右 单位是万) and never a year not reached (还不满一年)", () => {
    expect(say(after("自测", "企业"), "四千五左右 单位是万").state.facts.physicalGoodsRetailYuan).toBe(
      45_000_000,
    );
    const s = after("我们是MCN机构 独立法人 在库存续14个月 去年纳统网络零售额5200万");
    expect(say(s, "在库时间记错了 是十个月 还不满一年").state.facts.monthsInDatabase).toBe(10);
  });

  it("keeps the question when someone goes to ask (你稍等 我去财务那问问), and skips it when they cannot tell", () => {
    const s = after("自测", "企业");
    expect(say(s, "好的 你稍等 我去财务那问问").state.asking).toBe("physicalGoodsRetailYuan");
    expect(say(s, "这个我不清楚，要问会计").state.asking).not.toBe("physicalGoodsRetailYuan");
  });

  it("turns a subject round after 打错了 or 说的是 (是村 不是镇; 整个镇的数 不是村里的)", () => {
    expect(
      say(after("我们镇去年网络零售额1200万 活跃网店22家"), "打错了 是村 不是镇").state.facts.subjectType,
    ).toBe("village");
    expect(
      say(after("俺们村去年网上卖了2000万"), "哦不对 我说的是整个镇的数 不是村里的").state.facts.subjectType,
    ).toBe("town");
  });
});

describe("what a fifth stranger's trial found", () => {
  it("never takes 是/对/没有 followed by something else as the answer to a yes-or-no question", () => {
    const s = after("自测", "企业", "5000万");
    expect(s.asking).toBe("nationalDemoNewlyRecognized");
    for (const m of ["哦对还有个极兔 刚才漏了", "没有直播"]) {
      const t = replyTo(s, m);
      expect(t.state.facts.nationalDemoNewlyRecognized, m).toBeUndefined();
      expect(t.text, m).toContain("别的情况");
    }
    // (Growth said on last year is 成长良好, whatever is asked: heard as that, never as 是 to the question.)
    const grown = replyTo(s, "应该算吧 同比涨了百分之三十");
    expect(grown.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(grown.state.facts.growingWell).toBe(true);
    expect(say(s, "没有").state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(say(s, "对 我们是国家级示范基地").state.facts.nationalDemoNewlyRecognized).toBe(true);
  });

  it("writes the new value of 「把X改成Y」 while the bot asks which figure was meant", () => {
    const s = after("我们村一年网上卖一千一百万左右网店有二十五个镇上一共卖了八千多万");
    const t = replyTo(s, "把一千一百万改成一千零五十万");
    expect(t.state.facts.onlineRetailYuan).toBe(10_500_000);
    expect(t.text).toContain("「1100万」按您说的改掉了");
  });

  it("counts no village still applying (电商村没有认定的 有两个村在申请 → 0)", () => {
    const t = replyTo(after("自测", "乡镇"), "电商村没有认定的 有两个村在申请");
    expect(t.state.facts.ecommerceVillages).toBe(0);
    expect(t.text).toContain("还在申请或评审中");
  });

  it("reads sales said far from a loan's word as sales (咨询一下齐鲁电商贷…去年网上卖了两个多亿)", () => {
    const s = after("你好我想咨询一下齐鲁电商贷我们是做电商的公司去年网上卖了两个多亿");
    expect(s.facts.loanAmountYuan).toBeUndefined();
    expect(s.facts.physicalGoodsRetailYuan).toBe(200_000_000);
  });

  it("takes the year said of the opening only (我开了个淘宝店 今年卖了… says nothing of when it opened)", () => {
    expect(after("我开了个淘宝店 今年卖了三千五百万").facts.newShop).toBeUndefined();
    expect(after("店是今年刚开的 卖了3500万").facts.newShop).toBe(true);
    expect(after("我们是2023年开的店 今年卖了3500万").facts.newShop).toBe(false);
  });
});

describe("small talk and lists, as the fifth trial wrote them", () => {
  it("answers thanks, goodbyes and 是不是机器人 with whatever words come with them", () => {
    const s = after("村里网络零售额1500万 网店25家");
    expect(replyTo(s, "谢谢你啊小助手").text).toContain("不客气");
    expect(replyTo(s, "好的 明白了 拜拜").text).toContain("再见");
    expect(replyTo(s, "你们这是机器人吧").text).toContain("自动回复");
    expect(replyTo(s, "是的").text).not.toContain("没太明白");
    expect(replyTo(s, "人工").text).toContain("工作人员");
  });

  it("keeps a live figure known when a later message says the bar it passed for the first time", () => {
    const s = after("全年网上一共卖了七千二百万 其中自播两千二百万");
    const t = say(s, "在库一年半 成长良好 自播是第一次过两千万");
    expect(t.state.facts).toMatchObject({
      selfLiveRetailYuan: 22_000_000,
      selfLiveFirstTime: true,
      monthsInDatabase: 18,
    });
  });

  it("counts the express companies named in a sentence (中通 圆通 申通 韵达 这四家)", () => {
    const t = replyTo(after(), "我们配送中心整合了中通 圆通 申通 韵达 这四家 五统一也实现了");
    expect(t.state.facts).toMatchObject({ expressCompanies: 4, fiveUnified: true });
    expect(t.text).not.toContain("不确定它是哪一项");
  });
});
