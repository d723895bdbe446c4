// The failure classes of issue 21, each with phrasings of our own (not the held-out messages): a remark
// that is not an answer writes nothing; yes-or-no facts and figures inside sentences; corrections that
// name the old value or restate the subject; an answer and an aside in the middle of the self-test.

import { describe, expect, it } from "vitest";
import { startConversation } from "../../bot/dialog.ts";
import { readFacts } from "../../bot/core/understanding/facts.ts";
import type { DialogState } from "../../bot/dialog.ts";
import { asked, NOW, say } from "../support/dialog.ts";

const facts = (text: string, subjectType?: string) =>
  readFacts(text, subjectType ? { subjectType } : {}, null).facts;

/** A conversation after the given messages. */
function after(...messages: string[]): DialogState {
  let s = startConversation({ now: NOW });
  for (const m of messages) s = say(s, m).state;
  return s;
}

describe("a question about anybody's figures writes nothing and is worked out on a copy", () => {
  it.each([
    ["一个村网上卖了一千二百万算不算电商村", "onlineRetailYuan"],
    ["乡镇有五个电商村够评电商镇吗", "ecommerceVillages"],
    ["实物商品网络零售额四千万的企业能补多少", "physicalGoodsRetailYuan"],
    ["MCN一年纳统做到八千万能奖多少", "onlineRetailYuan"],
  ])("「%s」", (text, fact) => {
    const t = say(startConversation({ now: NOW }), text);
    expect((t.state.facts as Record<string, unknown>)[fact]).toBeUndefined();
    expect(t.state.facts.subjectType).toBeUndefined();
    expect(t.replies.join("\n")).toContain("只作测算");
    expect(t.replies.join("\n")).not.toContain("没能看懂");
  });

  it("says which condition a figure fails (a town's 8000万 is not over 1亿)", () => {
    const t = say(startConversation({ now: NOW }), "一个镇网上卖八千万 能评上电商镇不");
    expect(t.replies.join("\n")).toContain("不符合");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("gives the formula's number for an enterprise's figure (4000万 → 20,000 元)", () => {
    const t = say(startConversation({ now: NOW }), "实物商品零售额四千万的公司流量补贴能拿多少");
    expect(t.replies.join("\n")).toContain("20,000");
  });

  it("still writes the speaker's own figure asked with a question (我们…)", () => {
    const t = say(asked("physicalGoodsRetailYuan", "enterprise"), "我们厂网上卖了五千万，能拿多少");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(50_000_000);
  });
});

describe("yes-or-no facts said inside a sentence", () => {
  it.each([
    ["我们配送中心跟七家快递公司搞了五统一", "fiveUnified", true],
    ["咱们的快递平台可以比价 还能撮合订单", "priceComparison", true],
    ["咱们的快递平台可以比价 还能撮合订单", "matchmaking", true],
    ["我们公司自播去年第一次突破两千万", "selfLiveFirstTime", true],
    ["店从外省搬回来了 今年头一次做到两千万", "relocatedFirstTime", true],
    ["我们MCN机构这两年成长得不错", "growingWell", true],
    ["我们MCN以前没拿过MCN的奖励", "mcnAwardedBefore", false],
    ["我们公司纳统的GMV有六千万", "counted", true],
    ["公司零售额五千万 已经那统了", "counted", true],
  ])("「%s」 → %s", (text, fact, value) => {
    expect((facts(text) as Record<string, unknown>)[fact]).toBe(value);
  });
});

describe("which figure is which", () => {
  it("a figure before its noun, beside a noun with its own figure", () => {
    const f = facts("我们镇有5个电商村活跃网店一百三十家");
    expect(f.ecommerceVillages).toBe(5);
    expect(f.activeShops).toBe(130);
  });

  it("a figure alone in its clause, its cue alone in the next one", () => {
    expect(facts("两千三百来万吧 咱村今年网上的零售额").onlineRetailYuan).toBe(23_000_000);
  });

  it("months in the database said in a sentence are a duration, not a count", () => {
    expect(facts("我们公司入库十五个月了 自播卖了两千二百万").monthsInDatabase).toBe(15);
  });

  it("an agency's live sales beside the commission paid to it", () => {
    const f = facts("我们是工厂 找了直播机构合作 直播卖了三千万 佣金付了二百八十万");
    expect(f.thirdPartyLiveRetailYuan).toBe(30_000_000);
  });

  it("self-live sales said as 自播直播 with kw", () => {
    expect(facts("公司自播直播零售额2.3kw").selfLiveRetailYuan).toBe(23_000_000);
  });

  it("an MCN's GMV typed apart from its cue, with w", () => {
    const f = facts("我们是MCN 今年纳统GMV 6100w");
    expect(f.onlineRetailYuan).toBe(61_000_000);
    expect(f.counted).toBe(true);
  });

  it("the exact figure beside the round one it passed", () => {
    expect(facts("我们自播今年过了两千万 具体是2180万").selfLiveRetailYuan).toBe(21_800_000);
  });

  it("another village's figures, until the speaker's own are said again", () => {
    const f = facts("邻近的王家村卖了三千万 网店四十家 我们村卖了一千一百万");
    expect(f.onlineRetailYuan).toBe(11_000_000);
    expect(f.activeShops).toBeUndefined();
  });

  it("a number with no unit after a cue of money is asked back, never written", () => {
    const t = say(asked("onlineRetailYuan", "village"), "咱村网络零售额2300");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.replies.join("\n")).toContain("2300");
  });
});

describe("corrections", () => {
  it("the old value named beside the new one corrects that answer only", () => {
    const s = after("咱村网络零售额1500万 活跃网店30家");
    const t = say(s, "不对 1500万是记错了 应该是1050万");
    expect(t.state.facts.onlineRetailYuan).toBe(10_500_000);
    expect(t.state.facts.activeShops).toBe(30);
  });

  it("the new value first, then the old one denied", () => {
    const s = after("咱村网络零售额1500万 活跃网店30家");
    const t = say(s, "核对了一下 是32家 不是30家");
    expect(t.state.facts.activeShops).toBe(32);
    expect(t.state.facts.onlineRetailYuan).toBe(15_000_000);
  });

  it("a corrected count followed by why", () => {
    const t = say(after("我们镇电商村四个"), "不对 是五个 上周刚批下来一个");
    expect(t.state.facts.ecommerceVillages).toBe(5);
  });

  it("a restated subject keeps the answers the new one is also asked", () => {
    const s = after("我们村网络零售额一亿二 活跃网店一百五十家");
    const t = say(s, "搞错了 我们是乡镇 不是村");
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.state.facts.onlineRetailYuan).toBe(120_000_000);
    expect(t.state.facts.activeShops).toBe(150);
  });

  it("a subject that only says where the speaker is, is not the speaker", () => {
    const s = after("我们是电商产业园 网络零售额三个亿");
    const t = say(s, "说错了 我们是产业园里的一家公司");
    expect(t.state.facts.subjectType).toBe("enterprise");
  });
});

describe("in the middle of the self-test", () => {
  it("an answer and a correction in one message: both taken", () => {
    const s = after("自测", "咱是行政村 网上卖了一千六百万");
    const t = say(s, "三十家 另外零售额说错了是一千八百万");
    expect(t.state.facts.activeShops).toBe(30);
    expect(t.state.facts.onlineRetailYuan).toBe(18_000_000);
  });

  it("「等一下我去问问会计」 is a pause: nothing written, the question stays", () => {
    const s = asked("onlineRetailYuan", "village");
    const t = say(s, "等一下 我去找找报表");
    expect(t.state.asking).toBe("onlineRetailYuan");
    expect(t.replies.join("\n")).not.toContain("没能看懂");
  });

  it("「帮镇里问问」 to the subject question is an answer, not a skip", () => {
    const t = say(after("自测"), "我是镇上的干部 帮镇里问问");
    expect(t.state.facts.subjectType).toBe("town");
  });

  it("「俩」 answers a count", () => {
    const t = say(asked("ecommerceVillages", "town"), "俩 去年刚评的");
    expect(t.state.facts.ecommerceVillages).toBe(2);
  });

  it("「按这个数能拿多少」 gives the number for the figure given, the question stays", () => {
    const s = after("我们公司实物商品网络零售额6000万");
    const asking = s.asking;
    const t = say(s, "照这个数流量补贴能拿多少");
    expect(t.replies.join("\n")).toContain("30,000");
    expect(t.state.asking).toBe(asking);
  });
});
