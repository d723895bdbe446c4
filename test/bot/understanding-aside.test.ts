// Questions about the policy, small talk and English, understood from the words people use: every
// knowledge-base entry is found from each of its own phrasings, held-out phrasings too, an article by
// its number, and figures come from the parameters.

import { describe, expect, it } from "vitest";
import { asideReplies, understandAside } from "../../bot/core/understanding/index.ts";
import { ENTRIES, rankKnowledge } from "../../bot/core/understanding/knowledge.ts";
import HELD from "../../policies/zibo-ecommerce-2022/knowledge-paraphrases.json" with { type: "json" };

const DATE = "2026-06-01";
const topic = (text: string) => {
  const a = understandAside(text, DATE);
  return a?.kind === "answer" ? a.answer.id : (a?.kind ?? null);
};

// Phrasings not in the knowledge base, as people write them on a phone (shared with the benchmark).
const HELD_OUT: [string, string][] = HELD.heldOut.map((h) => [h.question, h.entry]);

describe("questions about the policy", () => {
  it.each(ENTRIES.flatMap((e) => e.questions.map((q) => [q, e.id])))("finds 「%s」 as %s", (q, id) => {
    expect(topic(q)).toBe(id);
  });

  it("ranks each entry first from its own phrasings by BM25 alone (no exact lookup), at least 99% of the time", () => {
    const own = ENTRIES.flatMap((e) => e.questions.map((q) => [q, e.id] as const));
    const first = own.filter(([q, id]) => rankKnowledge(q)[0]?.entry.id === id);
    expect(first.length / own.length).toBeGreaterThanOrEqual(0.99);
  });

  it("offers the nearest topics as numbered choices when unsure", () => {
    const a = understandAside("网店奖励多少", DATE);
    expect(a?.kind).toBe("choices");
    const choices = (a as Extract<typeof a, { kind: "choices" }>).choices;
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(asideReplies(a!, "")[0]).toContain(`1. ${choices[0]!.title}\n2. ${choices[1]!.title}`);
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
