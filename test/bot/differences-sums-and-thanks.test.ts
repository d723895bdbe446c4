// What set 60 (the hardest everyday messages, read after it was scored unread) found: counts and amounts put right
// as differences said every way (多说了一个、要少五家、里头有一家不算、比我说的多三百万), amounts that add up with no total
// of their own, a figure said as more than another year's, a rule named by its bar, an average per shop, answers
// beside another question's words, and thanks for what stands; then what the readable dev 37, dev 38 and dev 39 found.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("a count or an amount put right by how far it was off", () => {
  it.each([
    ["我们镇电商村有5个 网络零售额8000万", "电商村刚才多报了一个", "ecommerceVillages", 4],
    ["俺们村去年卖了一千三百万 活跃网店二十四家", "二十四家是登记的 真正还在开的得少三家", "activeShops", 21],
    ["我们配送中心整合了7家全国性快递公司", "7家里头有两家是省内的 不算全国性的", "expressCompanies", 5],
    [
      "公司去年实物商品网络零售额4100万 已纳统",
      "跟财务对了一下 实际比我说的少二百万",
      "physicalGoodsRetailYuan",
      39_000_000,
    ],
  ] as const)("「%s」 → 「%s」", (setup, text, fact, value) => {
    const t = replyTo(after(setup), text);
    expect(t.state.facts[fact]).toBe(value);
  });

  it("takes the figure said to be used after the old one named (「2100是不含税的 按含税算是…」)", () => {
    const t = replyTo(
      after("我们是生产企业 跟第三方直播机构合作 去年纳统直播零售额2100万"),
      "2100是不含税的 含税的是两千三百六十万 按含税的算",
    );
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(23_600_000);
  });
});

describe("figures that add up, or are said against another", () => {
  it("adds up amounts said one by one when no total is said (「…三个店加起来就是公司全年的」)", () => {
    const t = replyTo(
      after(),
      "淘宝店去年卖了1200万 拼多多店900万 快手小店600万 三个店加起来就是我们公司全年的",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(27_000_000);
    expect(t.state.facts.activeShops).toBeUndefined();
  });

  it("reads a figure said as more than another year's (「比前年的2600万多了九百万」)", () => {
    const t = replyTo(after(), "公司去年实物商品网络零售额比前年的2600万多了九百万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(35_000_000);
  });

  it("never writes a figure of a rule named by its bar, nor the one supposed after it", () => {
    const t = replyTo(after(), "网络零售额超过一亿那条 我们要是正好一个亿算不算");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("says an average per shop is no village's figure, and asks again", () => {
    const at = after("自测", "行政村");
    const t = replyTo(at, "一家平均一年也就卖个四十来万");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("onlineRetailYuan");
    expect(t.text).toContain("一家店");
  });
});

describe("answers and thanks", () => {
  it("counts the national companies named, not the local ones beside them", () => {
    const at = after("自测", "企业", "3500万", "否", "否", "否", "否", "否", "是");
    expect(at.asking).toBe("expressCompanies");
    const t = replyTo(at, "中通 申通 韵达 顺丰都进来了 另外还有仨本地的小快递");
    expect(t.state.facts.expressCompanies).toBe(4);
  });

  it("takes the pending question's answer said beside another's (「比价能做 撮合还在开发」)", () => {
    const at = after("自测", "企业", "3500万", "否", "否", "否", "否", "否", "否");
    expect(at.asking).toBe("priceComparison");
    const t = replyTo(at, "实时比价能做 撮合还在开发");
    expect(t.state.facts.priceComparison).toBe(true);
    expect(t.state.facts.matchmaking).toBe(false);
  });

  it("thanks back when a figure known is said to stand (「好的 8000万那个没问题 谢谢」)", () => {
    const t = replyTo(after("我们镇去年网络零售额8000万"), "好的 8000万那个没问题 谢谢");
    expect(t.text).toContain("不客气");
    expect(t.state.facts.onlineRetailYuan).toBe(80_000_000);
  });
});

describe("what dev 37 found", () => {
  it.each([
    [
      "村里网上零售额九百万 活跃网店二十二家",
      "零售额漏了一块 淘宝那边还有一百二十万没算",
      "onlineRetailYuan",
      10_200_000,
    ],
    [
      "我们MCN 纳统网络零售额5200万",
      "零售额改一下 去年全年是5600万 今年上半年的2700万别记",
      "onlineRetailYuan",
      56_000_000,
    ],
    [
      "我们自播纳统零售额1900万 在库两年",
      "自播少算了 1900万只是抖音的 视频号自播还有300万",
      "selfLiveRetailYuan",
      22_000_000,
    ],
    [
      "我们公司去年实物商品网络零售额3300万",
      "算错了 实际比刚才说的还多两百万",
      "physicalGoodsRetailYuan",
      35_000_000,
    ],
    ["想申请齐鲁电商贷 600万", "贷款少要点 比刚才少一百万", "loanAmountYuan", 5_000_000],
    [
      "镇上去年网络零售额7500万 活跃网店120个 电商村2个",
      "电商村漏了一个 上个月刚认定的东岭村没算上",
      "ecommerceVillages",
      3,
    ],
    [
      "镇里有4个电商村 全镇网络零售额5000万",
      "4个里有一个还没正式认定 认定下来的就3个",
      "ecommerceVillages",
      3,
    ],
  ] as const)("「%s」 → 「%s」", (setup, text, fact, value) => {
    const t = replyTo(after(setup), text);
    expect(t.state.facts[fact]).toBe(value);
  });

  it("goes back to the figure said first when it is said to stand (「还是刚才那个…对」)", () => {
    const t = replyTo(
      after("公司实物商品网络零售额3400万", "不对 是3200万"),
      "算了 还是刚才那个3400万对 3200是去掉运费的",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(34_000_000);
  });

  it("changes no count by a word of one left out beside an amount put right", () => {
    const t = replyTo(
      after("村里活跃网店28家 网络零售额950万"),
      "零售额改一下 应该是一千零五十万 漏算了一个合作社的",
    );
    expect(t.state.facts.activeShops).toBe(28);
    expect(t.state.facts.onlineRetailYuan).toBe(10_500_000);
  });

  it("never writes 0 shops for villages still applying, said to the shops question", () => {
    const at = after("乡镇 全镇网络零售额7000万");
    expect(at.asking).toBe("activeShops");
    const t = replyTo(at, "我们镇有2个村在申报电商村 还没批下来");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.state.facts.ecommerceVillages).toBeUndefined();
  });

  it("never writes a rule's bar said with what it gives (「做到2000万给10万」)", () => {
    const t = replyTo(after("我们公司自播 在库16个月"), "自播做到2000万给10万 那做到4000万是不是给20万");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("what dev 38 found", () => {
  it("reads the facts after a plan said with its figure (「打算冲一个亿 去年是…」)", () => {
    const t = replyTo(after(), "俺们镇今年打算冲一个亿 去年是六千八百万 活跃网店一百零五个 电商村就仨");
    expect(t.state.facts.onlineRetailYuan).toBe(68_000_000);
    expect(t.state.facts.activeShops).toBe(105);
    expect(t.state.facts.ecommerceVillages).toBe(3);
  });

  it("never writes a task set from above (「任务是…活跃网店要到二百个」)", () => {
    const t = replyTo(
      after("村里网上零售额1100万 活跃网店150家"),
      "县里给的任务是今年两个亿 活跃网店要到二百个",
    );
    expect(t.state.facts.activeShops).toBe(150);
    expect(t.state.facts.onlineRetailYuan).toBe(11_000_000);
  });

  it("takes households for no shops (「俺们村二百八十户 九百口人」)", () => {
    const t = replyTo(after(), "俺们村二百八十户 九百口人 种了一千亩苹果");
    expect(t.state.facts.activeShops).toBeUndefined();
  });

  it("keeps two figures of two facts when their sum is said after them", () => {
    const t = replyTo(
      after(),
      "我们是生产企业 去年自己直播间卖了九百万 找达人带货卖了两千四百万 加起来三千三",
    );
    expect(t.state.facts.selfLiveRetailYuan).toBe(9_000_000);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(24_000_000);
  });

  it("takes the closer figure said after a loose one (「七千万出头 七千零五十来万」「过了一个亿 一亿零三百万」)", () => {
    expect(
      replyTo(after(), "俺们镇去年网络零售额七千万出头 七千零五十来万").state.facts.onlineRetailYuan,
    ).toBe(70_500_000);
    expect(
      replyTo(after("我们是MCN机构"), "去年纳统零售额过了一个亿 一亿零三百万").state.facts.onlineRetailYuan,
    ).toBe(103_000_000);
  });

  it("takes the village's whole said after one shop's average", () => {
    const t = replyTo(after(), "全村网店有三十家 平均一家一年四十多万 全村加起来一千三百来万");
    expect(t.state.facts.onlineRetailYuan).toBe(13_000_000);
    expect(t.state.facts.activeShops).toBe(30);
  });
});

describe("what dev 39 found", () => {
  it("reads 「不对不对」 as a mistake, not a question, and the number said short after it", () => {
    const t = replyTo(after("公司今年实物商品网络零售额2600万"), "不对不对 会计刚跟俺说了 是二千九 俺记岔了");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(29_000_000);
  });

  it("changes nothing a clause says stands (「…纳统没错」)", () => {
    const t = replyTo(
      after("公司今年实物商品网络零售额四千二百万 已纳统"),
      "更正一下 是四千一百万 刚才语音识别错了 纳统没错",
    );
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(41_000_000);
    expect(t.state.facts.counted).toBe(true);
  });

  it("takes the figure said again after 不是 (「八千万 不是 八千四 八千四百万」)", () => {
    const t = replyTo(after(), "俺们镇去年网上零售额八千万 不是 八千四 八千四百万 活跃网店一百零六个");
    expect(t.state.facts.onlineRetailYuan).toBe(84_000_000);
  });

  it("takes the time in the database over the company's age (「成立五年了 入库才八个月」)", () => {
    const t = replyTo(after("我们是直播公司 自己开直播间卖货"), "俺们公司成立五年了 入库才八个月");
    expect(t.state.facts.monthsInDatabase).toBe(8);
  });

  it("keeps the shops of one village of a town apart (「最大的王家村一个村就卖了…网店三十来家」)", () => {
    const t = replyTo(
      after("俺是镇上管电商的 俺们是乡镇"),
      "俺们镇最大的王家村一个村就卖了一千多万 网店三十来家",
    );
    expect(t.state.facts.activeShops).toBeUndefined();
  });
});

describe("a change said as how much to add or take away", () => {
  it.each([
    ["我们镇网络零售额9000万 活跃网店110个", "网店数报多了 得减掉十个 那些早不开了", "activeShops", 100],
    ["我们村网络零售额1500万 活跃网店17家", "网店那个数俺说错咧 比刚才多四家", "activeShops", 21],
    [
      "俺们村网络零售额一千二百万 活跃网店二十家",
      "零售额改一下 把京东那一百万去掉 那是镇上的店",
      "onlineRetailYuan",
      11_000_000,
    ],
    [
      "公司实物商品网络零售额两千八百万",
      "刚问了财务 还要再多两百五十万",
      "physicalGoodsRetailYuan",
      30_500_000,
    ],
  ] as const)("「%s」 → 「%s」", (setup, text, fact, value) => {
    expect(replyTo(after(setup), text).state.facts[fact]).toBe(value);
  });

  it("takes the whole said beside what was added, not the sum (「又多了三家 是23家」)", () => {
    const t = replyTo(after("我们是行政村 网络零售额1200万 活跃网店19家"), "网店刚统计完 又多了三家 是23家");
    expect(t.state.facts.activeShops).toBe(23);
  });
});

describe("the policy's bar said while the count is asked", () => {
  it("is no answer (「市里说的电商镇是大于3个电商村 那3个到底算不算」)", () => {
    const at = after("我们是乡镇");
    expect(at.asking).toBe("ecommerceVillages");
    const t = replyTo(at, "文件上说的电商镇是大于3个电商村 那正好3个到底算不算");
    expect(t.state.facts.ecommerceVillages).toBeUndefined();
    expect(t.state.asking).toBe("ecommerceVillages");
  });
});
