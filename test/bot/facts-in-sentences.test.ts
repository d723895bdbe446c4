// Facts stated in sentences are read, bound to what their words name, written at once and said back;
// a first message of facts begins a self-test with them; 「1500万，25家」 answers two questions at once.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation } from "../../bot/dialog.ts";
import { readFacts } from "../../bot/core/understanding/facts.ts";

const now = new Date("2026-06-01T02:00:00Z");
const say = (state: ReturnType<typeof startConversation>, text: string) =>
  handleMessage(state, text, { now });

describe("facts in sentences", () => {
  it.each([
    [
      "村里去年网络零售额1500万，活跃网店25家",
      { subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25 },
    ],
    [
      "我们镇有4个电商村，网络零售额1.2亿",
      { subjectType: "town", ecommerceVillages: 4, onlineRetailYuan: 120_000_000 },
    ],
    [
      "我们公司实物商品卖了8000万，自播做了2500万",
      { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, selfLiveRetailYuan: 25_000_000 },
    ],
    [
      "公司去年卖了3200万，想贷款500万",
      { subjectType: "enterprise", physicalGoodsRetailYuan: 32_000_000, loanAmountYuan: 5_000_000 },
    ],
    [
      "我们是MCN，网络零售额一个亿，已经纳统了",
      { subjectType: "enterprise", mcn: true, onlineRetailYuan: 100_000_000, counted: true },
    ],
    [
      "公司还没纳统，和第三方直播合作卖了2100万",
      { subjectType: "enterprise", counted: false, thirdPartyLiveRetailYuan: 21_000_000 },
    ],
    ["物流公司整合了6家快递企业", { subjectType: "enterprise", expressCompanies: 6 }],
    [
      "我们村一年卖1200多万，网店30来家",
      { subjectType: "village", onlineRetailYuan: 12_000_000, activeShops: 30 },
    ],
    [
      "我们开了个新店，今年卖了5000多万",
      { subjectType: "enterprise", newShop: true, shopRetailYuan: 50_000_000 },
    ],
    [
      "店铺从杭州迁回淄博了，今年卖了3200万",
      { subjectType: "enterprise", relocatedShop: true, shopRetailYuan: 32_000_000 },
    ],
    ["想贷款200万", { subjectType: "enterprise", loanAmountYuan: 2_000_000 }],
    [
      "我们自播今年卖了2600万，在库两年",
      { subjectType: "enterprise", selfLiveRetailYuan: 26_000_000, monthsInDatabase: 24 },
    ],
    [
      "我们是生产企业，找主播带货卖了2500万",
      { subjectType: "enterprise", productionEnterprise: true, thirdPartyLiveRetailYuan: 25_000_000 },
    ],
    ["我们不是生产企业", { subjectType: "enterprise", productionEnterprise: false }],
    ["园区被评为国家级示范基地", { subjectType: "park", nationalDemoNewlyRecognized: true }],
    ["我们承办了全省直播大赛", { subjectType: "enterprise", hostsEvent: true, eventInfluence: "provincial" }],
    [
      "我们是做直播的MCN机构，去年纳统零售额6000万",
      { subjectType: "enterprise", mcn: true, counted: true, onlineRetailYuan: 60_000_000 },
    ],
    [
      "老板让我问一下，我们公司一年卖3个亿能拿多少补贴",
      { subjectType: "enterprise", physicalGoodsRetailYuan: 300_000_000 },
    ],
  ])("reads 「%s」", (text, facts) => {
    expect(readFacts(text).facts).toEqual(facts);
  });

  it("reads the same facts in another order and phrasing", () => {
    const a = readFacts("活跃网店25家，村里网络零售额1500万").facts;
    const b = readFacts("我们村卖了1500万元，有25家网店").facts;
    expect(a).toEqual({ subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25 });
    expect(b).toEqual(a);
  });

  it("begins a self-test with the facts of a first message, says them back and asks only what is left", () => {
    const turn = say(startConversation({ now }), "村里去年网络零售额1500万，活跃网店25家");
    expect(turn.state.facts).toMatchObject({
      subjectType: "village",
      onlineRetailYuan: 15_000_000,
      activeShops: 25,
    });
    const reply = turn.replies.join("\n");
    expect(reply).toContain(
      "我记下了：申报主体类型：行政村；年度网络零售额：1500 万元；活跃网店数量：25 家。",
    );
    expect(reply).toContain("电商村奖励");
  });

  it("takes 「1500万，25家」 as the answers to the question asked and the next one", () => {
    let s = startConversation({ now });
    s = say(s, "自测").state;
    s = say(s, "行政村").state;
    const turn = say(s, "1500万，25家");
    expect(turn.state.facts).toMatchObject({ onlineRetailYuan: 15_000_000, activeShops: 25 });
    expect(turn.replies.join("\n")).not.toContain("没能看懂");
  });

  it("leaves a bare number without a unit to the question's own reading", () => {
    expect(readFacts("2800").facts).toEqual({});
  });
});

describe("doubtful readings asked back", () => {
  const askedSales = () => {
    let s = startConversation({ now });
    s = say(s, "自测").state;
    return say(s, "企业").state;
  };

  it("asks whether a bare 「2800」 for a year's sales means 2800 万, and writes it on 「是」", () => {
    const s = askedSales();
    const ask = say(s, "2800");
    expect(ask.replies.join("")).toContain("您说的 2800 是 2800 万元吗？");
    expect(ask.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(ask.state.asking).toBe("physicalGoodsRetailYuan");
    const yes = say(ask.state, "是");
    expect(yes.state.facts.physicalGoodsRetailYuan).toBe(28_000_000);
  });

  it("takes 「2800元」 as it is written, and a bare number of 10 万 or more without asking", () => {
    const s = askedSales();
    const doubted = say(s, "2800").state;
    expect(say(doubted, "2800元").state.facts.physicalGoodsRetailYuan).toBe(2_800);
    expect(say(s, "99999").replies.join("")).toContain("您说的 99999 是 9.9999 亿元吗");
    expect(say(s, "100000").state.facts.physicalGoodsRetailYuan).toBe(100_000);
  });
});
