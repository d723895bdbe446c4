// Application-step fixes: a loan asked outside 10 万–1000 万 shows ❌ with its reason; a second
// 「同意」 is not taken as the company's name; a one-character contact name is refused politely.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation } from "../../bot/dialog.ts";
import { resultsMessages } from "../../bot/results.ts";
import { assess } from "../../rules/index.ts";

const now = new Date("2026-06-01T02:00:00Z");
const say = (state: ReturnType<typeof startConversation>, text: string) =>
  handleMessage(state, text, { now });

describe("the application step", () => {
  it("shows a loan asked outside 10 万–1000 万 with ❌ and the reason, below the items that fit", () => {
    for (const loanAmountYuan of [99_999, 10_000_001]) {
      const a = assess(
        { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, loanAmountYuan },
        { now },
      );
      const text = resultsMessages(a).join("\n");
      expect(text).toContain("❌ 第八条");
      expect(text).toContain("齐鲁电商贷");
    }
    const inside = assess(
      { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, loanAmountYuan: 100_000 },
      { now },
    );
    expect(resultsMessages(inside).join("\n")).not.toContain("❌");
  });

  it("does not take a second 「同意」 as the company's name, and refuses a one-character contact name", () => {
    let s = startConversation({ now });
    for (const m of ["自测", "企业", "8000万"]) s = say(s, m).state;
    while (s.mode === "assess") s = say(s, "跳过").state;
    s = say(s, "申报").state;
    if (s.applyStep === "clauses") s = say(s, "1").state;
    expect(s.applyStep).toBe("consent");
    s = say(s, "同意").state;
    expect(s.applyStep).toBe("name");
    const again = say(s, "同意");
    expect(again.state.applicant.name).toBeUndefined();
    expect(again.replies.join("")).toContain("请输入申报主体的全称");
    s = say(s, "淄博某某电子商务有限公司").state;
    while (s.applyStep !== "contactName" && s.mode === "apply") {
      const step = s.applyStep;
      s = say(s, step === "uscc" ? "91350100M000100Y43" : step === "district" ? "张店区" : "x").state;
    }
    const one = say(s, "张");
    expect(one.state.applicant.contactName).toBeUndefined();
    expect(one.replies.join("")).toContain("2–50 个字");
    expect(say(s, "张三").state.applicant.contactName).toBe("张三");
  });
});
