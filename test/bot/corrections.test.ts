// Corrections in everyday words: the fact named, or the answer just given when none is named; the
// reply says what it was and whether the results change; a plain 「不是」 stays an answer.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation } from "../../bot/dialog.ts";

const now = new Date("2026-06-01T02:00:00Z");
const say = (state: ReturnType<typeof startConversation>, text: string) =>
  handleMessage(state, text, { now });

/** An enterprise that has just said its sales were 2,800 万. */
function afterSales() {
  let s = startConversation({ now });
  s = say(s, "自测").state;
  s = say(s, "企业").state;
  expect(s.asking).toBe("physicalGoodsRetailYuan");
  return say(s, "2800万").state;
}

describe("corrections in everyday words", () => {
  it.each([
    "不对不对 是3200万",
    "刚才说错了 应该是3200万",
    "不对，3200万",
    "零售额改成3200万",
    "实物商品网络零售额应该是3200万",
  ])("takes 「%s」 as the new sales figure and says what it was", (text) => {
    const s = afterSales();
    const pending = s.asking;
    const turn = say(s, text);
    expect(turn.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
    const reply = turn.replies.join("\n");
    expect(reply).toContain("已修改");
    expect(reply).toContain("原为");
    expect(reply).toContain("2,800 万元".replace(",", ""));
    expect(turn.state.asking).toBe(pending);
  });

  it("says whether the results change", () => {
    const s = afterSales();
    expect(say(s, "不对 是2900万").replies.join("\n")).toContain("测评结果不受影响");
    // 3,200 万 reaches article 2's 3,000 万 threshold, which 2,800 万 did not.
    expect(say(s, "不对 是3200万").replies.join("\n")).toContain("测评结果随之变化");
  });

  it("keeps 「不是」 an answer to a yes-or-no question", () => {
    let s = afterSales();
    // Answer until a yes/no question is asked.
    for (
      let i = 0;
      i < 10 && s.asking && !["counted", "newShop", "relocatedShop", "mcn", "hostsEvent"].includes(s.asking);
      i++
    )
      s = say(s, "跳过").state;
    const asked = s.asking;
    expect(["counted", "newShop", "relocatedShop", "mcn", "hostsEvent"]).toContain(asked);
    const turn = say(s, "不是");
    expect(turn.state.facts[asked as keyof typeof turn.state.facts]).toBe(false);
  });
});

describe("a correction that names no fact", () => {
  const now = new Date("2026-06-01T02:00:00Z");
  it("corrects the latest answer its value can be an answer to (an amount after two yes-or-no answers)", () => {
    let s = startConversation({ now });
    for (const m of ["自测", "1", "3000万", "否", "否"]) s = handleMessage(s, m, { now }).state;
    expect(s.history.slice(-2).every((f) => typeof s.facts[f] === "boolean")).toBe(true);
    const t = handleMessage(s, "不对，应该是3200万", { now });
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(32_000_000);
    expect(t.replies[0]).toContain("原为 3000 万元");
  });

  it("says plainly that a bare 「否」 to the screening list answers the MCN question only", () => {
    let s = startConversation({ now });
    for (const m of ["自测", "1", "3000万", "否"]) s = handleMessage(s, m, { now }).state;
    expect(s.screening).toBe("asked");
    const t = handleMessage(s, "否", { now });
    expect(t.replies[0]).toContain("不是 MCN 机构。其余几项我逐一问您");
  });

  it.each(["不对，我们不是MCN", "不对，我们不是mcn", "刚才说错了，我们不是 Mcn 机构"])(
    "takes 「%s」 after a 「是」 to the screening list as the MCN answer corrected",
    (text) => {
      let s = startConversation({ now });
      for (const m of ["自测", "企业", "8000万", "否", "是"]) s = say(s, m).state;
      expect(s.facts.mcn).toBe(true);
      const t = say(s, text);
      expect(t.state.facts.mcn).toBe(false);
      expect(t.replies[0]).toContain("已修改");
    },
  );
});
