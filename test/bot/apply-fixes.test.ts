// Application-step fixes: a loan asked outside 10 万–1000 万 shows ❌ with its reason; a second
// 「同意」 is not taken as the company's name; a one-character contact name is refused politely.

import { describe, expect, it } from "vitest";
import { handleMessage, handleSubmitOutcome, startConversation } from "../../bot/dialog.ts";
import { resultsMessages } from "../../bot/core/results.ts";
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

const USCC_A = "91350100M000100Y43";

/** A conversation at the summary of an application by `name`, for the 8,000 万 enterprise. */
function atSummary(name = "淄博甲电子商务有限公司", uscc = USCC_A, from = startConversation({ now })) {
  let s = from;
  if (s.facts.subjectType === undefined) {
    for (const m of ["自测", "企业", "8000万", "否", "都没有"]) s = say(s, m).state;
    for (let i = 0; i < 20 && s.mode === "assess"; i++) s = say(s, "跳过").state;
  }
  s = say(s, "申报").state;
  const answers: Record<string, string> = {
    reuse: "否",
    consent: "同意",
    name,
    uscc,
    district: "张店区",
    contactName: "张三",
    contactPhone: "13800000000",
    clauses: "全部",
  };
  for (let i = 0; i < 20 && s.mode === "apply"; i++) s = say(s, answers[s.applyStep!]!).state;
  expect(s.mode).toBe("confirm");
  return s;
}

describe("the application step, corrected and repeated", () => {
  it("takes the corrected code typed after a refused 「修改 信用代码」, and the summary shows it", () => {
    const s = atSummary();
    const refused = say(s, "修改 信用代码 91350100M000100Y44");
    expect(refused.replies.join("")).toContain("校验");
    const fixed = say(refused.state, "91370302MA3D00001B");
    expect(fixed.state.mode).toBe("confirm");
    expect(fixed.state.applicant.uscc).toBe("91370302MA3D00001B");
    expect(fixed.replies.join("")).toContain("统一社会信用代码：91370302MA3D00001B");
  });

  it("asks whether a second 「申报」 in the chat is for the same company, and files another under its own name", () => {
    let s = atSummary();
    s = handleSubmitOutcome(say(s, "确认提交").state, {
      kind: "submitted",
      id: "a1",
      number: "ZB-2026-0001",
    }).state;
    const again = say(s, "申报");
    expect(again.state.applyStep).toBe("reuse");
    expect(again.replies.join("")).toContain("淄博甲电子商务有限公司");
    const other = atSummary("淄博乙商贸有限公司", "91370303MA3C12345Y", s);
    expect(other.applicant).toMatchObject({ name: "淄博乙商贸有限公司", uscc: "91370303MA3C12345Y" });
  });

  it("shows a repeat filing of the same item by the same enterprise with its number, and files it only on 「仍然提交」", () => {
    let s = atSummary();
    s = handleSubmitOutcome(say(s, "确认提交").state, {
      kind: "submitted",
      id: "a1",
      number: "ZB-2026-0001",
    }).state;
    s = say(s, "申报").state;
    s = say(s, "是").state; // the same company
    for (let i = 0; i < 5 && s.mode === "apply"; i++)
      s = say(s, s.applyStep === "consent" ? "同意" : "全部").state;
    const warned = say(s, "确认提交");
    expect(warned.effects).toEqual([]);
    expect(warned.replies.join("")).toContain("ZB-2026-0001");
    expect(warned.replies.join("")).toContain("仍然提交");
    expect(say(warned.state, "确认提交").effects).toEqual([]);
    const filed = say(warned.state, "仍然提交");
    expect(filed.effects[0]).toMatchObject({ type: "submit", application: { confirmDuplicate: true } });
  });

  it("tells of a repeat the API found (409), and sends it again with a new key only when confirmed", () => {
    const s = atSummary("淄博丙商贸有限公司");
    const sent = say(s, "确认提交");
    const firstKey = (sent.effects[0] as { idempotencyKey: string }).idempotencyKey;
    expect(sent.effects[0]).not.toHaveProperty("application.confirmDuplicate");
    const told = handleSubmitOutcome(sent.state, { kind: "duplicate", numbers: ["ZB-2026-0007"] });
    expect(told.replies.join("")).toContain("ZB-2026-0007");
    expect(told.state.mode).toBe("confirm");
    const again = say(told.state, "仍然提交");
    expect(again.effects[0]).toMatchObject({ application: { confirmDuplicate: true } });
    expect((again.effects[0] as { idempotencyKey: string }).idempotencyKey).not.toBe(firstKey);
    expect(say(told.state, "取消").state.duplicateOf).toBeNull();
  });
});

describe("results beside the items that fit", () => {
  it("say the items the person is in the running for but misses, and not the ones they said no to", () => {
    const facts = {
      subjectType: "enterprise" as const,
      physicalGoodsRetailYuan: 80_000_000,
      priceComparison: true,
      matchmaking: true,
      parcelSharePercent: 78,
      newShop: false,
      relocatedShop: false,
    };
    const text = resultsMessages(assess(facts, { now }), { facts }).join("\n");
    expect(text).toContain("✅");
    expect(text).toMatch(/❌ 第七条 [^\n]*78%/);
    expect(text).not.toContain("❌ 第三条");
    expect(text).not.toContain("❌ 第一条");
  });
});
