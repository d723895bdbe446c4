// Corrections that carry more than one change, or name what they change in their own words: every figure
// restated with its own word is changed and said with its old value; a yes-or-no answer said the other way
// is turned round; the subject said after 其实/按 is the one meant; 「还是按原来的」 takes the change back.

import { describe, expect, it } from "vitest";
import { after, say } from "../support/dialog.ts";

describe("corrections of several figures at once", () => {
  it("changes both figures of 「更正两处 销售额是1210万 活跃店铺21家」 and says each old value", () => {
    const s = after("我是张庄村支书，村里去年网络零售额1100万，活跃网店18家");
    const t = say(s, "更正两处 销售额是1210万 活跃店铺21家 我拿成半年报的表了");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 12_100_000, activeShops: 21 });
    const text = t.replies.join("\n");
    expect(text).toContain("原为 1100 万元");
    expect(text).toContain("原为 18 家");
  });

  it("takes the first clause after 改成 as the value, and writes the other fact said beside it", () => {
    const s = after("村里网络零售额1280万");
    const t = say(s, "1280万那个改成1208万 网店有24家");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 12_080_000, activeShops: 24 });
  });

  it("leaves a figure said to be right alone while changing the other", () => {
    const s = after("村里网络零售额1300万 活跃网店25家");
    const t = say(s, "说错了 网店是30家 零售额没错");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 13_000_000, activeShops: 30 });
  });
});

describe("corrections that name the old value or explain it", () => {
  it("reads 「2800是前年的」 beside a new figure as the old value of the sales", () => {
    const s = after("我们公司实物商品网络零售额2800万");
    const t = say(s, "刚看了后台 是3200万 2800是前年的");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
  });

  it("reads a known figure explained as something else (集团合并报表的) as the one to change", () => {
    const s = after("我们是MCN机构 去年纳统网络零售额9000万");
    const t = say(s, "刚那个9000万是集团合并报表的 我们自己是6100万");
    expect(t.state.facts.onlineRetailYuan).toBe(61_000_000);
  });

  it("does not take a part of a known figure (这5000万里头有800万是直播卖的) as a correction", () => {
    const s = after("自测", "企业", "5000万");
    const t = say(s, "这5000万里头有800万是直播卖的");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(50_000_000);
  });

  it("corrects the latest answer of its kind when 「改成3050万」 names no fact", () => {
    const s = after("我们公司去年实物商品网络零售额3200万");
    expect(say(s, "改成3050万").state.facts.physicalGoodsRetailYuan).toBe(30_500_000);
  });
});

describe("yes-or-no answers said the other way", () => {
  it.each([
    [
      "我们园区今年被商务部新认定为国家级电子商务示范园区",
      "示范那个其实还没认定下来 材料才报上去",
      "nationalDemoNewlyRecognized",
      false,
    ],
    [
      "我们是MCN 独立法人 政策期内拿过一次MCN奖励 去年纳统网络零售额5600万",
      "我记错了 前年拿的是市里直播大赛的奖 MCN那个奖没拿过",
      "mcnAwardedBefore",
      false,
    ],
    [
      "我们厂自播 去年纳统自播直播零售额3100万 是第一次过三千万 在库两年了",
      "首次那个说错了 前年就过三千万了",
      "selfLiveFirstTime",
      false,
    ],
  ] as const)("after 「%s」, 「%s」 turns %s round", (setup, text, fact, value) => {
    const t = say(after(setup), text);
    expect(t.state.facts[fact]).toBe(value);
  });

  it("keeps the MCN itself when only its award is denied", () => {
    const s = after("我们是MCN 独立法人 政策期内拿过一次MCN奖励 去年纳统网络零售额5600万");
    const t = say(s, "我记错了 前年拿的是市里直播大赛的奖 MCN那个奖没拿过");
    expect(t.state.facts.mcn).toBe(true);
  });

  it("takes what follows 「说错了」 as the way it goes when it says so", () => {
    const s = after("我们公司还没纳统 实物商品网络零售额5000万");
    expect(s.facts.counted).toBe(false);
    expect(say(s, "纳统那个我说错了，我们已经纳统了").state.facts.counted).toBe(true);
  });
});

describe("the subject put right, and changes taken back", () => {
  it("takes the subject said after 其实 (说成公司了 其实是村里)", () => {
    const s = after("我们公司下面有22家网店 去年网上一共卖了1250万");
    expect(say(s, "说成公司了 其实是村里 22家是村委会统计的全村网店").state.facts.subjectType).toBe(
      "village",
    );
  });

  it("keeps the figures said for a corrected subject and says them back", () => {
    const s = after("公司去年网上卖了一千四百万");
    const t = say(s, "不对不对 俺不是公司 俺说的是俺们村 全村网上卖了一千四百万");
    expect(t.state.facts).toMatchObject({ subjectType: "village", onlineRetailYuan: 14_000_000 });
    expect(t.replies.join("\n")).toContain("1400 万元");
  });

  it.each(["哎呀算了 还是按一开始说的那个数", "哦对不住 1900是把合作社那块也算上了 还是按原来的吧"])(
    "takes the last change back on 「%s」",
    (text) => {
      const s = after("这个村子去年网上卖了一千六百万 活跃网店24家", "零售额改成1900万");
      expect(say(s, text).state.facts.onlineRetailYuan).toBe(16_000_000);
    },
  );

  it("offers the screening list again when a correction comes while it is pending", () => {
    const s = after("自测", "企业", "8000万", "否");
    expect(s.asking).toBe("mcn");
    const t = say(s, "等下 前面实物零售额说错了 应该是8600万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(86_000_000);
    expect(t.state.asking).toBe("mcn");
  });
});
