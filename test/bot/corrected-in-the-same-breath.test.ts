// What the readable sets dev-29 and dev-30 found: figures corrected in the same message (「一百一十个 不对 是一百二十个」),
// a shop's figure corrected by naming the shop, a mistake said as 「说大了」, 「没纳入统计呢」 as a statement, and
// 「国家级那个哪轮得到我们 没有」 as 否.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("a figure corrected in the same breath", () => {
  it.each([
    ["咱镇活跃网店一百一十个 不对 是一百二十个 全镇零售额七千二百万", "activeShops", 120, "110个"],
    ["村里活跃网店十八家 哎说错了 二十一家 去年一共卖了一千零五十万", "activeShops", 21, "18家"],
    ["配送中心整合了四家全国性快递 哦不 五家 上个月极兔也签进来了", "expressCompanies", 5, "4家"],
    [
      "俺们是行政村 网店卖货卖了八百万 不是 八百是前年的 去年是一千一百万",
      "onlineRetailYuan",
      11_000_000,
      "800万",
    ],
  ] as const)("takes the figure after the mistake in 「%s」", (text, fact, value, old) => {
    const t = replyTo(after(), text);
    expect(t.state.facts[fact]).toBe(value);
    expect(t.text).toContain(`「${old}」按您说的改掉了`);
  });

  it("takes the last figure of an answer corrected mid-test (「七成九 哎不对 …是百分之八十一」)", () => {
    const at = after(
      "自测",
      "我们是企业",
      "我们自己不在网上卖货 没有零售额",
      "不是",
      "不是",
      "没有新开店",
      "没有回迁",
      "不是生产企业",
      "五统一没做到",
      "能实时比价",
    );
    expect(at.asking).toBe("parcelSharePercent");
    const t = replyTo(at, "七成九 哎不对 上个月刚过八成 是百分之八十一");
    expect(t.state.facts.parcelSharePercent).toBe(81);
  });

  it("corrects nothing where 不是 denies something else (「去年又卖了三千九百万，不是头一回过三千万了」)", () => {
    const t = replyTo(
      after(),
      "网店前年从上海迁回来的，回来第一年就卖了三千二百万，去年又卖了三千九百万，不是头一回过三千万了",
    );
    expect(t.state.facts.relocatedFirstTime).toBe(false);
    expect(t.text).not.toContain("按您说的改掉了");
  });

  it("corrects nothing in a question (「要是一年卖三个亿 流量补贴是不是就有15万了」)", () => {
    const t = replyTo(after(), "要是一年卖三个亿 流量补贴是不是就有15万了");
    expect(t.text).toContain("10 万元");
    expect(t.text).not.toContain("15 万元（设想");
  });
});

describe("corrections said in other words", () => {
  it("corrects the new shop's figure named by the shop (「新店那个数应该是5080万 少算了一个平台」)", () => {
    const t = replyTo(after("我们今年新注册的店铺卖了4800万"), "新店那个数应该是5080万 少算了一个平台");
    expect(t.state.facts.shopRetailYuan).toBe(50_800_000);
    expect(t.state.facts.newShop).toBe(true);
  });

  it("hears 「说大了 其实是全省范围的」 as the event's level corrected", () => {
    const t = replyTo(after("我们要承办一个全国的直播电商论坛"), "说大了 其实是全省范围的");
    expect(t.state.facts.eventInfluence).toBe("provincial");
  });

  it("hears 「纳统还没弄 没纳入统计呢」 as 纳统 否, not a question", () => {
    const t = replyTo(after("公司实物商品零售额3300万 已经纳统"), "刚问了下 纳统还没弄 没纳入统计呢");
    expect(t.state.facts.counted).toBe(false);
  });
});

describe("yes-or-no said round about", () => {
  it("writes 否 for 「国家级那个哪轮得到我们 没有」", () => {
    const s = after("自测", "公司 实物商品网络零售额三千八百万");
    expect(s.asking).toBe("nationalDemoNewlyRecognized");
    expect(replyTo(s, "国家级那个哪轮得到我们 没有").state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("writes 否 for 「还没有 正在申报国家级的」", () => {
    const s = after("自测", "公司 实物商品网络零售额三千八百万");
    expect(replyTo(s, "还没有 正在申报国家级的 估计明年能评上").state.facts.nationalDemoNewlyRecognized).toBe(
      false,
    );
  });
});

describe("what the readable sets found besides", () => {
  it("keeps the whole said before a slip of counting (「电商村应该是三个 前面多算了俩」)", () => {
    const t = replyTo(after("我们镇电商村有5个 网络零售额七千万"), "嗯那个电商村应该是三个 前面多算了俩");
    expect(t.state.facts.ecommerceVillages).toBe(3);
  });

  it("still corrects with the slip as the only word of the mistake (「应该是5家 漏算了一家」)", () => {
    const t = replyTo(after("配送中心整合了4家全国性快递企业"), "应该是5家 漏算了一家");
    expect(t.state.facts.expressCompanies).toBe(5);
  });

  it("writes no village of the town's as the speaker's own (「镇上有个村一年卖了两千多万」)", () => {
    const t = replyTo(after("村里网络零售额1300万"), "镇上有个村一年卖了两千多万 俺们跟人家比差远了");
    expect(t.state.facts.onlineRetailYuan).toBe(13_000_000);
  });

  it("answers the count asked with the figure said, not topics near it (「二十一二家吧 有几家…没算进去」)", () => {
    const s = after("自测", "行政村", "1200万");
    expect(s.asking).toBe("activeShops");
    expect(replyTo(s, "活跃的嘛二十出头 二十一二家吧 有几家半死不活的没算进去").state.facts.activeShops).toBe(
      21,
    );
  });

  it.each([
    ["物流这一块市里给多少钱", "50 万元"],
    ["电商村要求多少家活跃网店", "20 家以上"],
    ["流量补贴全市总共多少钱 发完了是不是就没了", "500 万元"],
    ["奖励标准每年都一样吗 会不会变", "预算"],
  ])("answers 「%s」 outright", (text, said) => {
    const t = replyTo(after(), text);
    expect(t.text).not.toContain("您是想问哪一个");
    expect(t.text).toContain(said);
  });
});

describe("what the sets set-31 and set-32 found (scored unread first)", () => {
  it("never writes the rate asked about (「每卖一万块给几块钱」) as a figure", () => {
    const t = replyTo(after(), "流量补贴怎么算的 每卖一万块给几块钱");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.text).toContain("5 元");
  });

  it("keeps the village's figure when a part of its shops is said with what it sold", () => {
    const s = after("我们村网上卖了1300万 活跃网店28家");
    const t = replyTo(s, "这28家里头有6家是今年刚开的 卖了两百来万");
    expect(t.state.facts.onlineRetailYuan).toBe(13_000_000);
  });

  it("takes the new figure of a correction, not the bar said after it (「是0.92亿 没到一个亿」)", () => {
    const t = replyTo(after("我们镇网络零售额1.02亿"), "哦不对 是0.92亿 没到一个亿");
    expect(t.state.facts.onlineRetailYuan).toBe(92_000_000);
  });

  it("denies what is 「没做」 (「只有撮合对接功能，没做实时比价」)", () => {
    const t = replyTo(after(), "我们平台只有撮合对接功能，没做实时比价，单量大概占全县的七成左右");
    expect(t.state.facts.priceComparison).toBe(false);
    expect(t.state.facts.matchmaking).toBe(true);
  });

  it("hears 「还没纳统呢…还没统计进去」 run on without a stop as a statement", () => {
    const t = replyTo(after(), "我们的零售额还没纳统呢第三方大数据公司那边还没统计进去");
    expect(t.state.facts.counted).toBe(false);
  });

  it("takes the exact figure after 「准确数是」", () => {
    const t = replyTo(
      after(),
      "我是峪口镇商务办的。镇里现在有4个电商村，全镇网络零售额9200万元，活跃网店110个左右吧，准确数是112个。",
    );
    expect(t.state.facts.activeShops).toBe(112);
  });

  it.each([
    ["好的 那我先去开会了 回头再来问", "再见"],
    ["晚安 明天再说", "再见"],
    ["晚上还有人吗 急", "您好"],
  ])("answers 「%s」 as small talk", (text, said) => {
    const t = replyTo(after("自测", "企业"), text);
    expect(t.text).toContain(said);
    expect(t.text).not.toContain("没能看懂");
  });
});
