// A figure given with a question of what it brings (「我们网上卖了1个亿，能拿多少补贴」) is taken as the
// answer — the self-test's result answers the question; a question about a threshold
// (「电商村要求1000万吗」) stays a question and writes nothing.

import { describe, expect, it } from "vitest";
import { asked, say } from "../support/dialog.ts";

describe("an amount said with a question", () => {
  it("takes 「我们公司网上卖了1个亿，能拿多少补贴」 as the turnover asked for", () => {
    const t = say(asked("physicalGoodsRetailYuan", "enterprise"), "我们公司网上卖了1个亿，能拿多少补贴");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(100_000_000);
    expect(t.state.asking).not.toBe("physicalGoodsRetailYuan");
  });

  it("takes 「村里一年卖两千万能拿多少钱」 for a village", () => {
    const t = say(asked("onlineRetailYuan", "village"), "村里一年卖两千万能拿多少钱");
    expect(t.state.facts.onlineRetailYuan).toBe(20_000_000);
  });

  it("leaves 「电商村要求1000万吗」 a question: nothing written, the same question asked again", () => {
    const s = asked("onlineRetailYuan", "village");
    const t = say(s, "电商村要求1000万吗");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("onlineRetailYuan");
  });
});
