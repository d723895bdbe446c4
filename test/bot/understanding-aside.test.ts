// Questions about the policy, small talk and English, understood from the words people use: every
// knowledge-base entry is found from each of its own phrasings, held-out phrasings too, an article by
// its number, and figures come from the parameters.

import { describe, expect, it } from "vitest";
import { understandAside } from "../../bot/understanding/index.ts";
import { ENTRIES } from "../../bot/understanding/knowledge.ts";

const DATE = "2026-06-01";
const topic = (text: string) => {
  const a = understandAside(text, DATE);
  return a?.kind === "answer" ? a.answer.id : (a?.kind ?? null);
};

// Phrasings not in the knowledge base, as people write them on a phone.
const HELD_OUT: [string, string][] = [
  ["纳统啥意思", "term-counted"],
  ["MCN机构是什么", "term-mcn"],
  ["齐鲁电商贷咋贷款", "loan"],
  ["直播带货有什么补贴？", "live-subsidies"],
  ["政策啥时候到期", "dates"],
  ["怎么申请呀", "how-to-apply"],
  ["材料都要哪些", "materials"],
  ["补贴多久能到账", "open-payout"],
  ["外地网店搬回淄博有奖励吗", "new-and-relocated-shops"],
  ["电商村要满足什么条件", "village-town"],
  ["贷款利率是多少", "open-rate"],
  ["五统一指什么", "logistics"],
  ["在库存续是什么意思", "term-in-database"],
  ["活跃网店怎么认定", "term-active-shops"],
  ["两个奖励可以叠加吗", "open-stacking"],
  ["龙头企业补贴标准", "term-physical-retail"],
  ["示范园区奖励多少", "national-demo"],
  ["办论坛有补助吗", "event"],
];

describe("questions about the policy", () => {
  it.each(ENTRIES.flatMap((e) => e.questions.map((q) => [q, e.id])))("finds 「%s」 as %s", (q, id) => {
    expect(topic(q)).toBe(id);
  });

  it("answers held-out phrasings right at least 95% of the time", () => {
    const right = HELD_OUT.filter(([q, id]) => topic(q) === id);
    expect(right.length / HELD_OUT.length).toBeGreaterThanOrEqual(0.95);
  });

  it("names the article an answer rests on, and takes its figures from the parameters", () => {
    const a = understandAside("MCN有什么奖励", DATE);
    expect(a?.kind).toBe("answer");
    if (a?.kind !== "answer") return;
    expect(a.answer.lines[0]!.startsWith("依据第五条：")).toBe(true);
    expect(a.answer.lines.join("")).toContain("50 万元");
    const dates = understandAside("政策什么时候到期", DATE);
    expect(dates?.kind === "answer" && dates.answer.lines[0]).toContain("2027年9月30日");
  });

  it("shows an article asked for by its number", () => {
    for (const q of ["看下第八条", "第5条", "第 二 条是什么"])
      expect(understandAside(q, DATE)?.kind).toBe("answer");
    const a = understandAside("看下第八条", DATE);
    expect(a?.kind === "answer" && a.answer.lines.join("")).toContain("齐鲁电商贷");
  });

  it("says where the policy is silent and who decides", () => {
    const a = understandAside("多久能到账", DATE);
    expect(a?.kind === "answer" && a.answer.lines.join("")).toContain("政策没有规定到账时间");
  });
});

describe("small talk and English", () => {
  it.each([
    ["谢谢", "不客气"],
    ["谢谢！", "不客气"],
    ["好的", "好的"],
    ["嗯", "好的"],
    ["再见", "再见"],
    ["在吗", "我在"],
    ["？", "可以直接问我"],
  ])("answers 「%s」 with a short fitting line", (text, reply) => {
    const a = understandAside(text, DATE);
    expect(a?.kind).toBe("smalltalk");
    expect(a?.kind === "smalltalk" && a.reply).toContain(reply);
  });

  it("recognises English", () => {
    expect(understandAside("Hello, can you help me with subsidies?", DATE)?.kind).toBe("english");
  });

  it("leaves an answer to a question alone (a bare amount is not a question)", () => {
    expect(understandAside("3200万", DATE)).toBeNull();
  });
});
