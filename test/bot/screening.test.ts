// An enterprise is asked one screening list (live streaming, logistics, MCN, new shops, events) so a
// typical shop answers at most six questions; a plain 「否」 still answers only the MCN question.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation, type DialogState } from "../../bot/dialog.ts";
import { readScreening, SCREENING_QUESTION } from "../../bot/core/screening.ts";

const now = new Date("2026-06-01T02:00:00Z");
const say = (s: DialogState, text: string) => handleMessage(s, text, { now });

/** Plays a self-test, answering each pending question from `answers`; returns the facts asked. */
function play(answers: Record<string, string>, first = "自测") {
  let turn = say(startConversation({ now }), first);
  const asked: string[] = [];
  while (turn.state.asking && asked.length < 30) {
    const key = turn.state.screening === "asked" ? "screening" : turn.state.asking;
    asked.push(key);
    turn = say(turn.state, answers[key] ?? "否");
  }
  return { asked, turn };
}

describe("the screening list", () => {
  it.each([
    ["1 4", [true, false, false, true, false]],
    ["1，3", [true, false, true, false, false]],
    ["都没有", [false, false, false, false, false]],
    ["一个都没有。", [false, false, false, false, false]],
    ["做直播，不是MCN", [true, false, false, false, false]],
    ["只做直播", [true, false, false, false, false]],
    ["我们做物流配送，没有新店", [false, true, false, false, false]],
    ["是MCN机构，也做直播带货", [true, false, true, false, false]],
    ["承办过直播大赛", [false, false, false, false, true]],
  ])("reads 「%s」", (text, expected) => {
    expect(readScreening(text)).toEqual(expected);
  });

  it.each(["否", "没有", "是", "7", "0 2", "不知道"])(
    "leaves 「%s」 to the question state.asking names",
    (text) => {
      expect(readScreening(text)).toBeNull();
    },
  );

  it("lets a shop with 2,800 万 of sales finish in at most six questions", () => {
    const { asked, turn } = play({
      subjectType: "1",
      physicalGoodsRetailYuan: "2800万",
      screening: "都没有",
    });
    expect(asked.length).toBeLessThanOrEqual(6);
    expect(asked).toContain("screening");
    expect(turn.state.facts).toMatchObject({
      mcn: false,
      selfLiveRetailYuan: 0,
      thirdPartyLiveRetailYuan: 0,
      fiveUnified: false,
      priceComparison: false,
      newShop: false,
      relocatedShop: false,
      hostsEvent: false,
    });
    expect(turn.replies.join("\n")).toContain("自测完成");
  });

  it("asks only the live-streaming questions of a shop that streams, with the figure its reply also gave", () => {
    const { asked, turn } = play({
      subjectType: "1",
      physicalGoodsRetailYuan: "2800万",
      screening: "做直播，不是MCN，自播卖了2500万",
      monthsInDatabase: "2年",
      growingWell: "是",
      selfLiveFirstTime: "是",
      productionEnterprise: "否",
      loanAmountYuan: "不需要",
    });
    expect(turn.state.facts).toMatchObject({
      selfLiveRetailYuan: 25_000_000,
      mcn: false,
      fiveUnified: false,
    });
    expect(asked).not.toContain("fiveUnified");
    expect(asked).not.toContain("selfLiveRetailYuan");
    expect(turn.replies.join("\n")).toContain("自播");
  });

  it("shows the list with state.asking on the MCN question, and says back what a reply settled", () => {
    let s = say(startConversation({ now }), "自测").state;
    s = say(s, "1").state;
    s = say(s, "2800万").state;
    const t = say(s, "否");
    expect(t.replies.at(-1)).toContain(SCREENING_QUESTION);
    expect(t.state.asking).toBe("mcn");
    const after = say(t.state, "1");
    expect(after.replies[0]).toContain("我记下了：做直播带货；不做快递物流配送或信息平台；不是 MCN 机构");
    expect(after.state.screening).toBe("done");
  });

  it("takes a plain 「否」 as an answer to the MCN question only, and asks the rest one by one", () => {
    const { asked, turn } = play({ subjectType: "1", physicalGoodsRetailYuan: "2800万", screening: "否" });
    expect(turn.state.facts.mcn).toBe(false);
    expect(asked).toContain("fiveUnified");
    expect(asked.length).toBeGreaterThan(6);
  });

  it("answers a question asked while the list is pending, then shows the list again", () => {
    let s = say(startConversation({ now }), "自测").state;
    for (const a of ["1", "2800万", "否"]) s = say(s, a).state;
    const t = say(s, "MCN是什么意思");
    expect(t.state.asking).toBe("mcn");
    expect(t.state.screening).toBe("asked");
    expect(t.replies.at(-1)).toBe(SCREENING_QUESTION);
  });

  it("re-asks a reply it cannot read with a hint, and 「跳过」 moves on to single questions", () => {
    let s = say(startConversation({ now }), "自测").state;
    for (const a of ["1", "2800万", "否"]) s = say(s, a).state;
    const bad = say(s, "嗯这个嘛看情况");
    expect(bad.replies.join("\n")).toMatch(/没能看懂|好的/);
    const skipped = say(bad.state, "跳过");
    expect(skipped.state.screening).toBe("done");
    expect(skipped.state.asking).not.toBe("mcn");
  });

  it("is not asked of a village", () => {
    const { asked } = play({ subjectType: "2", onlineRetailYuan: "1500万", activeShops: "25家" });
    expect(asked).not.toContain("screening");
  });
});
