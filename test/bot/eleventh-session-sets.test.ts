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
