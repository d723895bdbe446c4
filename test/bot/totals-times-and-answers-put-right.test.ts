// Readings of the seventeenth round (from dev 51 and dev 52, two or three difficulties in one message): a total whose
// parts add up to it, the figure settled on (就按、现在 against 原先, this year's against last year's), an answer put
// right in the same breath, months said outright against the date they come from, words of degree inside a phrase,
// events called 大会, a live room said not to be the speaker's, a clause between a cue and its figure, shops said to be
// left out of a count, 之前没评上过 beside a new recognition, and a bar asked about after a few words of lead.

import { describe, expect, it } from "vitest";
import { after, asked, replyTo } from "../support/dialog.ts";

describe("a total said after parts that add up to it", () => {
  it("is the village's sales, the parts said back as parts", () => {
    const t = replyTo(
      after(),
      "俺村去年线上卖的货 淘宝那块六百万 抖音四百五十万 拼多多一百五十万 加起来一千二百万 活跃的网店二十五家",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(12_000_000);
    expect(t.state.facts.activeShops).toBe(25);
  });

  it("is the count asked for, not the first part", () => {
    const t = replyTo(asked("activeShops", "village"), "淘宝的有十五家 抖音的有九家 加一块二十四家");
    expect(t.state.facts.activeShops).toBe(24);
  });

  it("is the pending fact even where one part was read as another", () => {
    const t = replyTo(
      asked("thirdPartyLiveRetailYuan", "enterprise"),
      "跟两家机构合作 一家卖了一千三 一家卖了九百 都是万 加起来两千二百万",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(22_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("is not taken where the figures before it do not add up to it", () => {
    const t = replyTo(
      after(),
      "我们公司有三个店，今年新注册的那个抖音店卖了2200万，三个店加起来一年七千多万",
    );
    expect(t.state.facts.shopRetailYuan).toBe(22_000_000);
  });
});

describe("the figure settled on", () => {
  it("is the one named with 就按", () => {
    const t = replyTo(
      asked("activeShops", "village"),
      "登记的有三十多家 但是真正常卖货的 也就二十四家 就按二十四吧",
    );
    expect(t.state.facts.activeShops).toBe(24);
  });

  it("is now's, said after one of before", () => {
    const t = replyTo(
      asked("ecommerceVillages", "town"),
      "俺们镇电商村 原先是两个 今年又评上一个 现在是三个 隔壁镇有五个呢",
    );
    expect(t.state.facts.ecommerceVillages).toBe(3);
  });

  it("is this year's, with last year's said after it set aside as last year's", () => {
    const t = replyTo(
      asked("physicalGoodsRetailYuan", "enterprise"),
      "今年到现在啊 实物的网上零售 嗯 三千一百万 哦不 三千一百八十万 去年全年才两千五",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(31_800_000);
    expect(t.text).not.toContain("2500 元");
  });

  it("is last year's answer, with the year before it set aside", () => {
    const t = replyTo(
      asked("onlineRetailYuan", "village"),
      "这个我得想想啊 去年全年 会计账上那个数 是一千一百来万 前年是八百多万",
    );
    expect(t.state.facts.onlineRetailYuan).toBeGreaterThanOrEqual(10_500_000);
    expect(t.state.facts.onlineRetailYuan).toBeLessThanOrEqual(12_000_000);
  });

  it("leaves a difference against last year no figure of last year", () => {
    const t = replyTo(after(), "村里今年网络零售额1050万，活跃网店22家，比去年多了五家");
    expect(t.state.facts.activeShops).toBe(22);
    expect(t.text).not.toContain("「5家」是去年");
  });
});

describe("an answer put right in the same breath", () => {
  const shopAsked = () => after("自测", "企业", "3500万", "否", "否", "否", "是");

  it("is the figure after the mistake, and no known figure is corrected", () => {
    const s = shopAsked();
    expect(s.asking).toBe("shopRetailYuan");
    const t = replyTo(
      s,
      "迁回来以后那个店 去年一年是三千一百万 哦不对 三千一是含退款的 去掉退款是三千零二十万",
    );
    expect(t.state.facts.shopRetailYuan).toBe(30_200_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(35_000_000);
  });

  it("is the amount corrected to, for a loan", () => {
    const t = replyTo(
      asked("loanAmountYuan", "enterprise"),
      "贷款啊 想贷 嗯 三百万 不对 五百万吧 三百万怕不够周转",
    );
    expect(t.state.facts.loanAmountYuan).toBe(5_000_000);
  });

  it("still corrects a known figure denied first", () => {
    const s = after("我们自播去年卖了两千二百万");
    const t = replyTo(s, "嗯 不是两千二 是三千二 语音给我识别错了 自播是三千二百万");
    expect(t.state.facts.selfLiveRetailYuan).toBe(32_000_000);
  });
});

describe("months in the statistics database", () => {
  it("said outright beat the date they are worked out from", () => {
    const t = replyTo(
      asked("monthsInDatabase", "enterprise"),
      "我们是二四年十一月进的库 到现在一年半多了 算下来十九个月",
    );
    expect(t.state.facts.monthsInDatabase).toBe(19);
  });

  it("are no calendar month said after a year", () => {
    const t = replyTo(after(), "我们企业是二四年十一月进的库 自播纳统两千一百万");
    expect(t.state.facts.monthsInDatabase).not.toBe(11);
  });
});

describe("words said as people say them", () => {
  it("reads growing well with words of degree inside the phrase", () => {
    const t = replyTo(after("我们是MCN机构"), "入库一年半了 这两年成长得也挺好");
    expect(t.state.facts.growingWell).toBe(true);
  });

  it("does not read growing well where it is denied", () => {
    const t = replyTo(after("我们是MCN机构"), "入库一年半了 成长也不好");
    expect(t.state.facts.growingWell).not.toBe(true);
  });

  it("takes a 大会 hosted as an event, with its reach", () => {
    const t = replyTo(after(), "我们公司今年九月承办全国性的直播电商大会 已经定下来了");
    expect(t.state.facts.hostsEvent).toBe(true);
    expect(t.state.facts.eventInfluence).toBe("national");
  });

  it("gives live sales to the agencies where the speaker says it does not broadcast", () => {
    const t = replyTo(
      after(),
      "俺们是做煎饼的生产企业 自己不会播 都是找第三方机构给直播 去年那个直播零售额 纳统的 两千六百五十万",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(26_500_000);
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("counts the active shops said beside the closed ones left out", () => {
    const t = replyTo(after(), "去年全村网上卖了一千三百万出头 网店活跃的有二十一家 有几家关了的没算");
    expect(t.state.facts.activeShops).toBe(21);
  });

  it("keeps the shops not trading out of the count where nothing says they were left out", () => {
    const t = replyTo(after(), "俺们村网店有三十来家 一半多都不咋开张了");
    expect(t.state.facts.activeShops).toBeUndefined();
  });

  it("reads a new national recognition beside 之前没评上过", () => {
    const t = replyTo(after(), "俺们园区今年刚被商务部认定为国家级电子商务示范基地 之前没评上过");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(true);
  });

  it("still reads 今年没有新评 as no new recognition", () => {
    const t = replyTo(after(), "俺们园区是2019年评上的国家级示范基地 今年没有新评");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("takes 单位万 as the unit of a figure said short", () => {
    const t = replyTo(after(), "我们mcn公司 去年纳统的网络零售额五千二 今年的目标是过亿 单位万");
    expect(t.state.facts.onlineRetailYuan).toBe(52_000_000);
  });
});

describe("a bar asked about after a few words of lead", () => {
  it("answers whether the bar counts and writes nothing", () => {
    const s = asked("onlineRetailYuan", "village");
    const t = replyTo(s, "等会儿我先问一下 就是那个一千万 是正好一千万也算 还是得超过一千万才行啊");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("onlineRetailYuan");
    expect(t.text).toMatch(/以上|含/);
  });
});

describe("a mid-test answer among other figures (dev 53, dev 54, sets 80 and 81)", () => {
  it("takes the figure a statistics office gives, not the target beside it", () => {
    const t = replyTo(
      asked("onlineRetailYuan", "town"),
      "全镇去年的网络零售额 那个 统计局给的数是九千七百来万 县里定的目标是一个亿 没完成",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(97_000_000);
  });

  it("gives way to the grammar where the answer reader picked a target", () => {
    const t = replyTo(
      asked("onlineRetailYuan", "town"),
      "我记得去年全镇是九千二百来万 跟那个一个亿还差点 哦对了区里给的目标是一点二亿",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(92_000_000);
  });

  it("takes the figure right after the word of the mistake, not one that explains it", () => {
    const t = replyTo(
      asked("activeShops", "village"),
      "俺数了数有二十六家 不对 二十八家 有两家是上个月刚开的也算上",
    );
    expect(t.state.facts.activeShops).toBe(28);
  });

  it("passes over a bar said on the way to the figure put right", () => {
    const t = replyTo(
      asked("parcelSharePercent", "enterprise"),
      "七成九 哎不对 上个月刚过八成 是百分之八十一",
    );
    expect(t.state.facts.parcelSharePercent).toBe(81);
  });

  it("takes the months said as worked out, not another's mistaken figure", () => {
    const t = replyTo(
      asked("monthsInDatabase", "enterprise"),
      "入库是前年十一月份 到现在一年半多了吧 嗯算下来十九个月 上回小刘说两年 他记错了",
    );
    expect(t.state.facts.monthsInDatabase).toBe(19);
  });

  it("takes the loan wanted beside what the bank would allow, 那么多 asking nothing", () => {
    const t = replyTo(
      asked("loanAmountYuan", "enterprise"),
      "贷款的话 嗯想贷个一百五十万 银行那边说最多能给三百万 俺用不了那么多",
    );
    expect(t.state.facts.loanAmountYuan).toBe(1_500_000);
  });

  it("gives the figure before 另算 to the room named before it", () => {
    const t = replyTo(
      asked("thirdPartyLiveRetailYuan", "enterprise"),
      "跟第三方合作的直播 嗯 去年是两千零五十万 俺们自己播的另算 自己播的有八百万",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(20_500_000);
    expect(t.state.facts.selfLiveRetailYuan).toBe(8_000_000);
  });

  it("takes a total said after something added since", () => {
    const t = replyTo(
      asked("ecommerceVillages", "town"),
      "俺们镇电商村 嗯 去年认定了两个 今年又认定了一个 一共三个 隔壁镇有五个",
    );
    expect(t.state.facts.ecommerceVillages).toBe(3);
  });

  it("does not put a total of villages named into the shops known", () => {
    const s = after("自测", "乡镇", "5000万", "活跃网店80家");
    expect(s.asking).toBe("ecommerceVillages");
    const t = replyTo(s, "电商村啊 区里去年认定了俩 今年又认定了三个 一共五个");
    expect(t.state.facts.activeShops).toBe(80);
    expect(t.state.facts.ecommerceVillages).toBe(5);
  });

  it("takes the count found after the one only thought", () => {
    const t = replyTo(
      after(),
      "咱村活跃网店俺刚数了 一开始以为二十来家 仔细一数是二十一家 零售额还没统计出来",
    );
    expect(t.state.facts.activeShops).toBe(21);
  });

  it("takes the loan settled on with 那就贷", () => {
    const t = replyTo(after(), "我们想申请齐鲁电商贷 本来想贷两千万 听说最多一千万 那就贷八百万吧");
    expect(t.state.facts.loanAmountYuan).toBe(8_000_000);
  });

  it("puts the count right to the figure after the slip, not the slip", () => {
    const t = replyTo(after(), "村里去年网上卖了一千零八十万 活跃网店十九家 不对 俺数漏了两家 是二十一家");
    expect(t.state.facts.activeShops).toBe(21);
  });
});
