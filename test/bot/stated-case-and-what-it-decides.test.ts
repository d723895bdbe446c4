// What the tenth round of everyday messages found (the readable sets dev-27 and dev-28): a case stated before a
// question (「镇里现在有5个电商村了 要是评上电商镇 这钱给谁」) was dropped for the question; a bar named after the
// figure (「四千八百五十万 没到五千」) made the figure a guess; 「差一点一个亿」 was read as 1.1 亿; and a figure
// that decides an item was written without a word of what it brings.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("a case stated before a question", () => {
  it("takes 「镇里现在有5个电商村了」 and answers who receives the award", () => {
    const t = replyTo(after(), "镇里现在有5个电商村了 要是评上电商镇 这钱是给镇政府还是分给村里");
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.state.facts.ecommerceVillages).toBe(5);
    expect(t.text).toContain("给予乡镇");
  });

  it("takes the company's figure said in 「4.2kw」 before asking how it is paid", () => {
    const t = replyTo(after(), "公司今年实物商品网络零售额4.2kw 这个补贴是一次性给还是按月给");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(42_000_000);
  });

  it("takes a recognition stated before a question about who receives it", () => {
    const t = replyTo(
      after(),
      "我们园区上个月刚被商务部认定为国家级电子商务示范基地 奖励是给园区运营公司还是给管委会",
    );
    expect(t.state.facts.subjectType).toBe("park");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(true);
  });

  it("takes the clauses after the first up to the what-if (「…活跃网店一百二十个 要是再多卖…」)", () => {
    const t = replyTo(
      after(),
      "镇里今年网络零售七千五百万 活跃网店一百二十个 要是再多卖三千万是不是就过一个亿了",
    );
    expect(t.state.facts.onlineRetailYuan).toBe(75_000_000);
    expect(t.state.facts.activeShops).toBe(120);
  });

  it("writes nothing of a kind of shop asked about (「今年新注册的网店 当年卖了四千万 能奖多少啊」)", () => {
    const t = replyTo(after(), "今年新注册的网店 当年卖了四千万 能奖多少啊");
    expect(t.state.facts.shopRetailYuan).toBeUndefined();
    expect(t.text).toContain("10 万元");
  });

  it("writes nothing of a term asked about (「在库存续期满1年 这一年从啥时候开始算」)", () => {
    const t = replyTo(after(), "在库存续期满1年 这一年从啥时候开始算");
    expect(t.state.facts.monthsInDatabase).toBeUndefined();
  });
});

describe("near words bound to their own figure", () => {
  it("writes 「四千八百五十万 没到五千」 as 4850 万, not a guess under it", () => {
    const s = after("自测", "我们是企业");
    expect(s.asking).toBe("physicalGoodsRetailYuan");
    const t = replyTo(s, "财务说是四千八百五十万 没到五千");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(48_500_000);
    expect(t.text).not.toContain("记为约");
  });

  it("still writes 「将近七千万」 a little under, and says so", () => {
    const t = replyTo(after("自测", "我们是企业"), "将近七千万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(66_500_000);
    expect(t.text).toContain("记为约");
  });

  it("reads 「差一点一个亿」 as near 1 亿, never as 1.1 亿", () => {
    const s = after("自测", "乡镇", "3个");
    expect(s.asking).toBe("onlineRetailYuan");
    const t = replyTo(s, "镇上网络零售额差一点一个亿");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.text).not.toContain("1.1 亿");
    expect(t.state.asking).toBe("onlineRetailYuan");
  });
});

describe("what a figure just said decides", () => {
  it("says a new shop's 4990 万 has met the 10 万 tier, not the 20 万 one", () => {
    const t = replyTo(after(), "店是今年新注册的 当年纳统零售额4990万 差一点就五千万了");
    expect(t.text).toContain("新注册店铺奖励：按您说的已符合，最高 10 万元");
    expect(t.text).not.toContain("最高 20 万元");
  });

  it("says the MCN tier 4980 万 reaches once the rest holds (20 万, not the 50 万 ceiling)", () => {
    const t = replyTo(
      after(),
      "我们公司是做MCN的，独立法人，今年纳统零售额四千九百八十万，在库十四个月了，成长得挺好",
    );
    expect(t.text).toContain("MCN 机构奖励（按您说的数字，其余条件满足时最高 20 万元）");
    expect(t.state.asking).not.toBeNull();
  });

  it("says a delivery centre of six companies, five unified, is given 50 万", () => {
    const t = replyTo(
      after(),
      "我们县域配送中心把中通圆通韵达申通极兔邮政六家都整合进来了，仓储分拣运输配送揽件全部统一",
    );
    expect(t.text).toContain("县域快递物流配送中心支持：按您说的已符合，给予 50 万元");
  });

  it("says nothing twice when the results follow at once", () => {
    const t = replyTo(after(), "我们村网上卖了1300万 活跃网店18家");
    expect(t.text).not.toContain("相关项目");
    expect(t.text).toContain("还差 2 家");
  });
});

describe("a question's point is at its end", () => {
  it("answers 「这个三十万是直接给村里吗」 with who receives it", () => {
    const s = after("自测", "行政村", "1200万", "30家");
    const t = replyTo(s, "这个三十万是直接给村里吗");
    expect(t.text).toContain("给予行政村");
  });
});

describe("small talk told by its words, wherever they stand", () => {
  it.each([
    ["好嘞 谢谢啊 辛苦了", "不客气"],
    ["拜拜 下回再聊", "再见"],
    ["等我一下哈 我去问问会计", "不着急"],
    ["你这玩意儿比俺们那几个主播还能说 哈哈", "谢谢夸奖"],
    ["哈哈 你会不会送快递啊", "帮不上"],
    ["你能干点啥", "自测"],
  ])("answers 「%s」 with 「%s」 and no topic of the policy", (text, said) => {
    const t = replyTo(after("自测", "行政村"), text);
    expect(t.text).toContain(said);
    expect(t.text).not.toContain("依据第");
    expect(t.state.facts).toEqual({ subjectType: "village" });
  });

  it("keeps the question pending after a pause, and asks it again", () => {
    const s = after("自测", "行政村");
    const t = replyTo(s, "等我一下哈 我去问问会计");
    expect(t.state.asking).toBe(s.asking);
    expect(t.text).toContain("请问");
  });

  it("answers a question said with a greeting (「早上好 请问你们是商务局的吗」), not the greeting alone", () => {
    const t = replyTo(after(), "早上好 请问你们是商务局的吗");
    expect(t.text).not.toBe("您好，我在。");
    expect(t.text).toContain("商务局");
  });

  it("greets back before what a first message states (「你好 我是镇上管电商这块的」)", () => {
    const t = replyTo(after(), "你好 我是镇上管电商这块的");
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.text).toMatch(/^您好！我记下了/);
  });

  it("never takes a figure said after 「等会儿」 for small talk", () => {
    const t = replyTo(after("我们mcn今年纳统网络零售额五千万"), "等会儿 财务说是四千八百五 没到五千");
    expect(t.text).not.toContain("不着急");
  });
});
