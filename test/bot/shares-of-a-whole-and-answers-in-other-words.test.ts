// Readings of the sixteenth round (from dev 43 and dev 44): a part said as a share of a figure known, a year before
// said to a first-time question, whether a kind of applicant counts asked while the subject is asked, the topic that
// explains the question pending, not saying
// as a skip, 木有, a district's event, 写多了, 以后年 (no year to come), and how amounts are set beside the figures known.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

const LIVE_ASKED = [
  "自测",
  "企业",
  "3500万",
  "不是",
  "不是",
  "不是",
  "否",
  "否",
  "否",
  "否",
  "否",
  "2500万",
  "13个月",
];

describe("a part said as a share of a figure known", () => {
  it("works out what the share comes to and asks it back, writing nothing", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万"), "其中自播的大概占一半");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("selfLiveRetailYuan");
    expect(t.text).toContain("约 3000 万元");
    expect(t.text).not.toContain("没能看懂");
  });

  it("writes the amount once the speaker says it is right", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万", "自播占了三成左右"), "是");
    expect(t.state.facts.selfLiveRetailYuan).toBe(18_000_000);
  });

  it("asks whose live room a share of live sales is, with the amount", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万"), "直播的占一半");
    expect(t.state.facts.selfLiveRetailYuan).toBeUndefined();
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBeUndefined();
    expect(t.text).toContain("自己开播");
    expect(t.text).toContain("3000 万元");
  });

  it("reads a share with a figure of money beside it as that figure, not as a share", () => {
    const t = replyTo(after("我们公司网络零售额一共6000万"), "自播占一半 三千一百万");
    expect(t.text).not.toContain("约占");
  });
});

describe("a year before said to whether a tier is reached for the first time", () => {
  it("answers no where the same tier was reached in a year before", () => {
    const t = replyTo(after(...LIVE_ASKED), "去年自播也到过两千万了");
    expect(t.state.facts.selfLiveFirstTime).toBe(false);
    expect(t.state.facts.selfLiveRetailYuan).toBe(25_000_000);
  });

  it("does not answer yes from a lower figure a year before alone", () => {
    const t = replyTo(after(...LIVE_ASKED), "去年才一千五百万");
    expect(t.state.facts.selfLiveFirstTime).toBeUndefined();
    expect(t.state.asking).toBe("selfLiveFirstTime");
  });

  it("leaves a bar never reached before to the reading of yes", () => {
    const t = replyTo(after(...LIVE_ASKED), "以前从来没上过两千万 今年是头一回");
    expect(t.state.facts.selfLiveFirstTime).toBe(true);
  });
});

describe("answers in other words while a question is pending", () => {
  it("answers whether a kind counts, and asks for the subject again", () => {
    for (const m of ["啥叫申报主体 俺是开网店的个体户算不算", "个体户算企业吗", "我们是合作社 算不算"]) {
      const t = replyTo(after("自测"), m);
      expect(t.state.facts.subjectType, m).toBeUndefined();
      expect(t.state.asking, m).toBe("subjectType");
      expect(t.text, m).toContain("申报主体");
    }
  });

  it("still takes a kind said plainly", () => {
    expect(replyTo(after("自测"), "我是个体户").state.facts.subjectType).toBe("enterprise");
  });

  it("skips a figure the speaker would rather not say", () => {
    for (const m of ["这个数不方便说", "保密", "不想透露"]) {
      const t = replyTo(after("自测", "企业"), m);
      expect(t.state.facts.physicalGoodsRetailYuan, m).toBeUndefined();
      expect(t.text, m).toContain("跳过");
    }
  });

  it("reads 木有 as 没有", () => {
    expect(replyTo(after("自测", "乡镇"), "一个也木有").state.facts.ecommerceVillages).toBe(0);
  });

  it("reads an event of the district, said to be small, as of other influence", () => {
    const t = replyTo(after("自测", "电商产业园区", "否", "是"), "就是区里搞的 影响不大");
    expect(t.state.facts.eventInfluence).toBe("other");
  });
});

describe("a question near several topics while a question is pending", () => {
  it("answers from the topic that explains the question pending", () => {
    const t = replyTo(
      after("自测", "企业", "3500万", "没有", "不是", "不是", "不是", "不是", "没有", "没有", "不贷"),
      "自播要达到多少才有奖励",
    );
    expect(t.state.asking).toBe("selfLiveRetailYuan");
    expect(t.text).toContain("2000 万元");
    expect(t.text).not.toContain("您是想问哪一个");
  });

  it("still offers the nearest topics when no question is pending", () => {
    expect(replyTo(after(), "自播要达到多少才有奖励").text).toContain("您是想问哪一个");
  });
});

describe("corrections and years", () => {
  it("reads 写多了 as a correction of the figure named", () => {
    const t = replyTo(after("公司新注册的店铺今年零售额5100万"), "5100写多了 是4900万");
    expect(t.state.facts.shopRetailYuan).toBe(49_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("reads 以后年… as after the move, not the year after next", () => {
    const t = replyTo(
      after(),
      "我们公司的天猫店2019年开在杭州 2023年迁回淄博 迁回来以后年网络零售额做到了3500万",
    );
    expect(t.state.facts.relocatedShop).toBe(true);
    expect(t.state.facts.shopRetailYuan).toBe(35_000_000);
  });

  it("still reads 后年 alone as a year to come", () => {
    const t = replyTo(after("自测", "企业"), "如果后年做到4000万 补贴多少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("how amounts are set, beside the figures known", () => {
  it("answers a flat sum or a rate with the rule and the amount the known figure comes to", () => {
    const t = replyTo(after("我们公司实物商品网络零售额4000万"), "是直接给10万吗 还是按每1万给5块算");
    expect(t.text).toContain("每实现 1 万元最高 5 元");
    expect(t.text).toContain("约 2 万元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(40_000_000);
  });

  it("answers the rule alone where no item fits yet", () => {
    const t = replyTo(after("自测", "企业"), "是直接给10万吗 还是按比例");
    expect(t.text).not.toContain("按您目前说的数字");
  });
});
