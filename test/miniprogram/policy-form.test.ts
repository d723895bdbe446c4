// The self-test form is built from the real policy document of GET /api/policy: the subject type
// first, then only the questions for that subject, follow-ups once they matter, amounts in 万元
// sent as whole 元 — and the facts it builds are ones the assessment accepts.

import { describe, expect, it } from "vitest";
import { policyDocument } from "../../api/policy/document.ts";
import { assess, CLAUSES, factsOf } from "../../rules/index.ts";
import {
  factsForSubject,
  formFields,
  readForm,
  subjectOptions,
  type FormValues,
} from "../../miniprogram/utils/policy-form.ts";
import type { PolicyDocument, SubjectType } from "../../miniprogram/utils/types.ts";

// The document as the server sends it (each clause with the facts it reads).
const doc: PolicyDocument = policyDocument(new Date("2025-06-01T02:00:00Z"));

/** Each clause's facts computed here from the rules: the same as the server's. */
const withClauseFacts: PolicyDocument = {
  ...doc,
  clauses: doc.clauses.map((c) => {
    const rule = CLAUSES.find((r) => r.id === c.id)!;
    const read = [rule.when, ...rule.tiers.flatMap((t) => (t.when ? [t.when] : []))].flatMap((w) =>
      factsOf(w),
    );
    return { ...c, facts: [...new Set(read)] };
  }),
};

const keys = (d: PolicyDocument, s: SubjectType, v: FormValues = {}, reveal: string[] = []) =>
  formFields(d, s, v, reveal).map((f) => f.key);

describe("the self-test form", () => {
  it("offers the four subject types with their Chinese names", () => {
    expect(subjectOptions(doc)).toEqual([
      { value: "enterprise", label: "企业" },
      { value: "village", label: "行政村" },
      { value: "town", label: "乡镇" },
      { value: "park", label: "电商产业园区（基地）" },
    ]);
  });

  it("asks a village about its turnover and active shops, and nothing meant for enterprises", () => {
    expect(keys(withClauseFacts, "village")).toEqual(["onlineRetailYuan", "activeShops"]);
    expect(keys(doc, "village")).toEqual(["onlineRetailYuan", "activeShops"]);
    // From an older server without each clause's facts the articles decide: article 1 also reads
    // the town's 电商村 count.
    const older = { ...doc, clauses: doc.clauses.map(({ facts: _facts, ...c }) => c) };
    expect(keys(older, "village")).toEqual(["onlineRetailYuan", "activeShops", "ecommerceVillages"]);
  });

  it("asks a town about its turnover, active shops and 电商村", () => {
    expect(keys(doc, "town")).toEqual(["onlineRetailYuan", "activeShops", "ecommerceVillages"]);
  });

  it("asks a park only about national recognition and events, the influence once it hosts one", () => {
    expect(keys(doc, "park")).toEqual(["nationalDemoNewlyRecognized", "hostsEvent"]);
    expect(keys(doc, "park", { hostsEvent: "yes" })).toEqual([
      "nationalDemoNewlyRecognized",
      "hostsEvent",
      "eventInfluence",
    ]);
  });

  it("asks an enterprise the screening questions first and a follow-up only after a 「是」 or a figure above zero", () => {
    const first = keys(doc, "enterprise");
    expect(first).toContain("physicalGoodsRetailYuan");
    expect(first).toContain("newShop");
    expect(first).toContain("mcn");
    for (const k of [
      "shopRetailYuan",
      "relocatedFirstTime",
      "selfLiveFirstTime",
      "independentLegalEntity",
      "onlineRetailYuan",
      "counted",
      "expressCompanies",
      "eventInfluence",
    ])
      expect(first).not.toContain(k);
    expect(first).not.toContain("subjectType");
    expect(first).not.toContain("assessedOn");

    expect(keys(doc, "enterprise", { newShop: "yes" })).toEqual(
      expect.arrayContaining(["shopRetailYuan", "counted"]),
    );
    expect(keys(doc, "enterprise", { newShop: "no", relocatedShop: "no" })).not.toContain("shopRetailYuan");
    expect(keys(doc, "enterprise", { relocatedShop: "yes" })).toEqual(
      expect.arrayContaining(["relocatedFirstTime", "shopRetailYuan"]),
    );
    expect(keys(doc, "enterprise", { selfLiveRetailYuan: "0" })).not.toContain("selfLiveFirstTime");
    expect(keys(doc, "enterprise", { selfLiveRetailYuan: "2500" })).toEqual(
      expect.arrayContaining(["selfLiveFirstTime", "monthsInDatabase", "growingWell"]),
    );
    expect(keys(doc, "enterprise", { mcn: "yes" })).toEqual(
      expect.arrayContaining(["onlineRetailYuan", "independentLegalEntity", "mcnAwardedBefore", "counted"]),
    );
  });

  it("shows a fact an assessment reports missing even when its follow-up rule would hide it", () => {
    expect(keys(doc, "enterprise", {}, ["shopRetailYuan"])).toContain("shopRetailYuan");
  });

  it("puts each question in the bot's own plain words, with the policy's term beside it", () => {
    const fields = formFields(doc, "enterprise", { newShop: "yes" });
    const retail = fields.find((f) => f.key === "physicalGoodsRetailYuan")!;
    expect(retail).toMatchObject({
      kind: "yuan",
      title: "请问贵公司今年的实物商品网络零售额是多少？",
      term: "当年实物商品网络零售额",
      unit: "万元",
      placeholder: "例如 3500，不清楚可不填",
    });
    const newShop = fields.find((f) => f.key === "newShop")!;
    expect(newShop.kind).toBe("yesNo");
    expect(newShop.title).toBe("请问贵公司是否有今年新注册的网店？");
    expect(newShop.options.map((o) => o.label)).toEqual(["是", "否", "不清楚"]);
    expect(newShop.value).toBe("yes");
    const village = formFields(doc, "village", {});
    expect(village.find((f) => f.key === "activeShops")).toMatchObject({ kind: "count", unit: "家" });
    const park = formFields(doc, "park", { hostsEvent: "yes" });
    const influence = park.find((f) => f.key === "eventInfluence")!;
    expect(influence.kind).toBe("choice");
    expect(influence.options.map((o) => o.label)).toEqual([
      "全国影响力",
      "全省影响力",
      "其他（区县或本地影响力）",
      "不清楚",
    ]);
    expect(influence.index).toBe(3);
  });

  it("sends 万元 as whole 元, 是/否 as true/false, and leaves 不清楚 and empty fields unknown", () => {
    const { facts, errors } = readForm(doc, "enterprise", {
      physicalGoodsRetailYuan: "8000",
      newShop: "yes",
      shopRetailYuan: "3200.5",
      counted: "",
      relocatedShop: "no",
      mcn: "",
      loanAmountYuan: " ",
    });
    expect(errors).toEqual({});
    expect(facts).toEqual({
      subjectType: "enterprise",
      physicalGoodsRetailYuan: 80_000_000,
      newShop: true,
      shopRetailYuan: 32_005_000,
      relocatedShop: false,
    });
  });

  it("reads counts, months and shares as numbers", () => {
    const { facts } = readForm(doc, "enterprise", {
      selfLiveRetailYuan: "2600",
      monthsInDatabase: "24",
      priceComparison: "yes",
      parcelSharePercent: "85.5",
      fiveUnified: "yes",
      expressCompanies: "６",
    });
    expect(facts).toMatchObject({ monthsInDatabase: 24, parcelSharePercent: 85.5, expressCompanies: 6 });
  });

  it("does not send a value the person typed under a question that is now hidden", () => {
    const { facts } = readForm(doc, "enterprise", { newShop: "no", shopRetailYuan: "3000" });
    expect(facts).toEqual({ subjectType: "enterprise", newShop: false });
  });

  it("says in plain Chinese what is wrong with a value that is not a number", () => {
    const { errors } = readForm(doc, "village", { onlineRetailYuan: "一千万", activeShops: "2.5" });
    expect(errors).toEqual({
      onlineRetailYuan: "请填写数字，单位为万元，例如 3500（即 3500 万元），最多 4 位小数",
      activeShops: "请填写整数，例如 25",
    });
    const share = readForm(doc, "enterprise", { priceComparison: "yes", parcelSharePercent: "120" });
    expect(share.errors.parcelSharePercent).toBe("请填写 0 到 100 之间的数，例如 85");
    expect(formFields(doc, "village", {}, [], share.errors).every((f) => f.error === "")).toBe(true);
  });

  it("builds facts the assessment accepts, for every subject type", () => {
    const cases: [SubjectType, FormValues][] = [
      ["village", { onlineRetailYuan: "1500", activeShops: "25" }],
      ["town", { onlineRetailYuan: "12000", activeShops: "80", ecommerceVillages: "2" }],
      ["park", { nationalDemoNewlyRecognized: "yes", hostsEvent: "yes", eventInfluence: "provincial" }],
      [
        "enterprise",
        {
          physicalGoodsRetailYuan: "8000",
          newShop: "yes",
          counted: "yes",
          shopRetailYuan: "5200",
          mcn: "no",
        },
      ],
    ];
    for (const [subject, values] of cases) {
      const { facts, errors } = readForm(doc, subject, values);
      expect(errors).toEqual({});
      const a = assess({ ...facts, assessedOn: "2025-06-01" });
      expect(a.results.some((r) => r.status === "eligible")).toBe(true);
    }
  });

  it("lists each fact once, in the order the bot asks them", () => {
    const all = factsForSubject(doc, "enterprise").map((f) => f.key);
    expect(new Set(all).size).toBe(all.length);
    const order = doc.questions.map((q) => q.fact);
    expect(all).toEqual([...all].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });
});
