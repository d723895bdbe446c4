// What a seventeenth stranger's trial (206 messages of six personas, through `npm run chat`) and the sets read in
// the twelfth session (set-41, set-42) found: a correction with how many were left out said after it, those that
// ship beside those that opened, 「对 就按4500万」 to a yes-or-no question, a loan put right in 个w, the company's own
// anchors, growth over last year, an award asked about, an entry year before 就入库, a service not live yet.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

const village = (shops: string) => after("自测", "行政村", "1200万", shops);

describe("the seventeenth trial's wrong facts", () => {
  it("takes the total of a correction, not how many were left out (「应该是21家 漏了两家」)", () => {
    expect(replyTo(village("19家"), "活跃网店应该是21家 漏了两家").state.facts.activeShops).toBe(21);
    expect(replyTo(village("18家"), "网店数不对 是21家 有三家新开的忘算了").state.facts.activeShops).toBe(21);
    expect(replyTo(village("18家"), "活跃网店漏算了3家").state.facts.activeShops).toBe(21);
  });

  it("answers the shops asked with the total, never how many were left out (「漏了两家 应该是21户」)", () => {
    const t = replyTo(after("自测", "行政村", "1200万"), "漏了两家 应该是21户");
    expect(t.state.facts.activeShops).toBe(21);
  });

  it("takes those that ship every day as the active shops (「开网店的四十来家 真正天天发货的也就二十二三家」)", () => {
    const t = replyTo(after("自测", "行政村"), "开网店的四十来家 真正天天发货的也就二十二三家");
    expect(t.state.facts.activeShops).toBe(22);
  });

  it("takes 「对 就按4500万」 as no answer to the 国家级示范 question", () => {
    const t = replyTo(after("自测", "企业", "3500万"), "对 就按4500万 纳统的数应该差不多");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
  });

  it("puts the loan right to the figure that is not the old one (「五十万太少 贷一百五十个w」)", () => {
    const t = replyTo(after("我们公司想贷款50万"), "不对 五十万太少 贷一百五十个w");
    expect(t.state.facts.loanAmountYuan).toBe(1_500_000);
  });

  it("takes the company's own anchors as its own live room", () => {
    const s = replyTo(after("自测", "企业"), "自己公司的主播在抖音上播 一年下来将近三千万").state;
    expect(s.facts.thirdPartyLiveRetailYuan).toBeUndefined();
    expect(replyTo(s, "2980万").state.facts.selfLiveRetailYuan).toBe(29_800_000);
  });

  it("writes no figure of how much more than last year (「今年比去年多卖了四百万」)", () => {
    const t = replyTo(
      after("我们公司实物商品网络零售额3200万"),
      "成长良好 应该是的吧 今年比去年多卖了四百万",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
    expect(t.state.facts.growingWell).toBe(true);
  });

  it("answers an MCN's 「那是不是20万」 and 「5000万那档拿多少 30万是吧」 as awards, not its sales", () => {
    const s = after("我们是MCN机构 独立法人 纳统零售额3900万 在库两年 成长良好");
    const t = replyTo(s, "那是不是20万");
    expect(t.text).toContain("最高 20 万元");
    expect(t.text).not.toContain("还差 1980 万元");
    const u = replyTo(s, "5000万那档拿多少 30万是吧");
    expect(u.text).toContain("5000 万元");
    expect(u.text).toContain("最高 30 万元");
  });

  it("counts the months in the database from the year it entered, beside 「满一年」", () => {
    const t = replyTo(after("我们是MCN机构 独立法人 纳统零售额3900万"), "在库存续满一年了 20年就入库了");
    expect(t.state.facts.monthsInDatabase).toBeGreaterThanOrEqual(60);
  });

  it("writes no 撮合 = 是 for a service live only later (「回头撮合上线了就有」)", () => {
    const t = replyTo(after("我们是做物流信息平台的 能实时比价"), "撮合对接回头撮合上线了就有");
    expect(t.state.facts.matchmaking).not.toBe(true);
  });

  it("reads 「有几家是空壳 实际在卖的30家」 as a statement and takes 30", () => {
    expect(
      replyTo(village("36家"), "网店那个36家里头有几家是空壳 实际在卖的30家").state.facts.activeShops,
    ).toBe(30);
  });

  it("says an item is for another kind of applicant (「直播这块村里能拿直播的奖励不」)", () => {
    const t = replyTo(after("咱村今年网上卖了980万 网店25家"), "直播这块村里能拿直播的奖励不");
    expect(t.text).toContain("面向企业，行政村不能申报");
  });
});

describe("the seventeenth trial's unhelpful replies", () => {
  it("asks the yes-or-no question again on 「不需要」, never writing 否", () => {
    const t = replyTo(after("自测", "企业", "3500万", "否", "否", "否", "否"), "不需要");
    expect(t.state.facts.productionEnterprise).toBeUndefined();
    expect(t.text).toContain("请回复「是」或「否」");
  });

  it("shows the results for 「给领导汇报用 你把结果再发一遍」", () => {
    const t = replyTo(
      after("我们镇网络零售额8000万 活跃网店112个 电商村3个"),
      "给领导汇报用 你把结果再发一遍",
    );
    expect(t.text).toContain("电商镇奖励");
  });

  it("answers 「那就是评不上了呗」 mid-test with what the figures bring", () => {
    const t = replyTo(after("自测", "乡镇", "2个", "95家"), "那就是评不上了呗");
    expect(t.text).toContain("不大于 3 个");
    expect(t.text).not.toContain("没能看懂");
  });

  it("answers 「街道能报不」 said in a correction from the policy, never 「没能看懂」", () => {
    const t = replyTo(after("自测", "乡镇", "2个", "95家"), "搞错了 我们是街道 不是镇 街道能报不");
    expect(t.text).toContain("街道");
    expect(t.text).not.toContain("没能看懂");
  });

  it("takes 「不是国家级的 是市级的」 as 否 to the 国家级示范 question", () => {
    const t = replyTo(after("自测", "企业", "3500万"), "不是国家级的 是市级的");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
    expect(t.text).not.toContain("没能看懂");
  });

  it("answers 「钱给到国企还是给到我们中心」 as a question", () => {
    const s = after("自测", "企业", "0", "否", "否", "否", "否", "否", "否", "否", "否", "6家", "否");
    expect(replyTo(s, "钱给到国企还是给到我们中心").text).not.toContain("没能看懂");
  });
});

describe("what set-45 and set-46 found", () => {
  it("keeps the new shop's and the old shop's figures apart (「…老店也迁回来了，老店今年4100万」)", () => {
    const t = replyTo(after(), "新注册了个抖店今年卖了3200万，另外把外地那个老店也迁回来了，老店今年4100万");
    expect(t.state.facts.shopRetailYuan).toBe(32_000_000);
    expect(t.state.facts.relocatedShopRetailYuan).toBe(41_000_000);
  });

  it("takes 「财务刚核了一遍 应该是3050万」 as a correction of the figure given", () => {
    const t = replyTo(after("自测", "企业", "2900万"), "财务刚核了一遍 应该是3050万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(30_500_000);
  });

  it("reads 「找达人机构带货另外卖了1600万」 as the partner's live sales", () => {
    const t = replyTo(after("我们是生产企业"), "自播卖了2200万 找达人机构带货另外卖了1600万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(22_000_000);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(16_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("hands 「有没有真人 我要找商务局的人问」 to a person", () => {
    expect(replyTo(after(), "有没有真人 我要找商务局的人问").text).toContain("转人工");
  });

  it("writes no share from what a platform could handle (「平台一天能处理三万多单」)", () => {
    const t = replyTo(after(), "平台一天能处理三万多单 全县一天大概四万单");
    expect(t.state.facts.parcelSharePercent).toBeUndefined();
  });

  it("writes no 示范 = 是 from what was heard (「听说国家级示范基地给50万 是一次性给吗」)", () => {
    const t = replyTo(after("我们是电商产业园区"), "听说国家级示范基地给50万 是一次性给吗");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
  });

  it("writes this year's figure said beside next year's target (「目标是明年…过一个亿 今年才做了七千万」)", () => {
    const t = replyTo(after("我们镇活跃网店120个"), "县里给的目标是明年网络零售额过一个亿 今年才做了七千万");
    expect(t.state.facts.onlineRetailYuan).toBe(70_000_000);
    const u = replyTo(after(), "如果我们店去年从外地迁回来 今年头一次做到3000万 能拿奖吗");
    expect(u.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("says 符合 for an item a what-if meets (「正好一千万 活跃网店正好20家 够电商村不」)", () => {
    expect(replyTo(after(), "村里网络零售额正好一千万 活跃网店正好20家 够电商村不").text).toContain("符合");
  });
});

describe("tried once more in the terminal", () => {
  it("reads 「一千零几十万」 as a figure, never as a question (no answer of the policy before the facts)", () => {
    const t = replyTo(after(), "俺们村今年网上卖了一千零几十万 活跃网店二十三家 纳统了");
    expect(t.text.startsWith("我记下了")).toBe(true);
    expect(t.state.facts.activeShops).toBe(23);
  });
});
