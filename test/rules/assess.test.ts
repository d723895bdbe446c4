import { describe, expect, it } from "vitest";
import { assess, CLAUSE_IDS, CLAUSES, FactsError, POLICY, type Facts } from "../../rules/index.ts";
import { IN_FORCE, resultFor, WAN } from "./helpers.ts";

describe("the shape of an assessment", () => {
  it("holds exactly one result per clause, in the contract's order, whatever the facts", () => {
    for (const subjectType of ["enterprise", "village", "town", "park"] as const) {
      const a = assess({ subjectType, assessedOn: IN_FORCE });
      expect(a.policyId).toBe("zibo-ecommerce-2022");
      expect(a.results.map((r) => r.clause)).toEqual([...CLAUSE_IDS]);
    }
  });

  it("gives each result its article, kind and the policy sentence it comes from", () => {
    const a = assess({ subjectType: "enterprise", assessedOn: IN_FORCE });
    const byId = Object.fromEntries(a.results.map((r) => [r.clause, r]));
    expect(byId["leading-enterprise"]).toMatchObject({ article: 2, kind: "subsidy" });
    expect(byId["event"]).toMatchObject({ article: 6, kind: "case_by_case" });
    expect(byId["loan"]).toMatchObject({ article: 8, kind: "loan" });
    expect(byId["mcn"]!.citation).toContain("MCN机构");
  });

  it("matches the contract's worked example for an 8000万 enterprise", () => {
    const r = resultFor("leading-enterprise", {
      subjectType: "enterprise",
      physicalGoodsRetailYuan: 8000 * WAN,
    });
    expect(r).toMatchObject({
      status: "eligible",
      maxAmountYuan: 100_000,
      estimatedAmountYuan: 40_000,
      missingFacts: [],
    });
    expect(r.reasons[0]).toBe("当年实物商品网络零售额 8000 万元，达到 3000 万元（含）以上");
    expect(r.citation.startsWith("对当年实现实物商品网络零售额3000万元（含）以上的企业")).toBe(true);
  });
});

describe("who a clause is for", () => {
  const applicable: Record<string, string[]> = {
    enterprise: CLAUSE_IDS.filter((c) => !["village", "town"].includes(c)),
    village: ["village"],
    town: ["town"],
    park: ["national-demo", "event"],
  };
  it.each(Object.entries(applicable))(
    "a %s sees only its own clauses; the rest are not_applicable",
    (subject, ids) => {
      const a = assess({ subjectType: subject as Facts["subjectType"], assessedOn: IN_FORCE });
      for (const r of a.results) {
        if (ids.includes(r.clause)) expect(r.status).not.toBe("not_applicable");
        else {
          expect(r.status).toBe("not_applicable");
          expect(r.reasons[0]).toMatch(/不适用于/);
        }
      }
    },
  );
  it("an enterprise's high figures do not make a village clause apply to it", () => {
    expect(
      resultFor("village", { subjectType: "enterprise", onlineRetailYuan: 9e8, activeShops: 500 }).status,
    ).toBe("not_applicable");
  });
});

describe("the validity window 2022-10-01 to 2027-09-30", () => {
  const facts = {
    subjectType: "enterprise" as const,
    physicalGoodsRetailYuan: 8000 * WAN,
    loanAmountYuan: 100 * WAN,
  };
  it.each([
    ["the first day, 2022-10-01, is in force", "2022-10-01", true],
    ["the last day, 2027-09-30, is in force", "2027-09-30", true],
    ["the day before, 2022-09-30, is not", "2022-09-30", false],
    ["the day after, 2027-10-01, is not", "2027-10-01", false],
  ])("%s", (_n, assessedOn, inForce) => {
    const a = assess({ ...facts, assessedOn });
    expect(a.inForce).toBe(inForce);
    const eligible = a.results.filter((r) => r.status === "eligible").map((r) => r.clause);
    expect(eligible).toEqual(inForce ? ["leading-enterprise", "loan"] : []);
  });
  it("outside the window nothing is eligible or left for staff, and the reason says why", () => {
    const a = assess({
      subjectType: "enterprise",
      hostsEvent: true,
      eventInfluence: "national",
      assessedOn: "2028-01-01",
    });
    expect(a.results.some((r) => r.status === "eligible" || r.status === "manual_review")).toBe(false);
    expect(a.results.find((r) => r.clause === "event")!.reasons[0]).toContain(POLICY.validTo);
  });
  it("takes today's date in Asia/Shanghai from the clock passed in when assessedOn is missing", () => {
    // 2027-09-30T16:30Z is already 2027-10-01 in Shanghai.
    const late = assess(facts, { now: new Date("2027-09-30T16:30:00Z") });
    expect(late.assessedOn).toBe("2027-10-01");
    expect(late.inForce).toBe(false);
    const early = assess(facts, { now: new Date("2027-09-30T15:59:00Z") });
    expect(early.assessedOn).toBe("2027-09-30");
    expect(early.inForce).toBe(true);
  });
});

describe("article 2's formula: 5 元 per full 1 万元, at most 10 万 per enterprise", () => {
  it.each([
    [3000 * WAN, 15_000],
    [3000 * WAN + 9_999, 15_000], // a part of 1 万 earns nothing
    [3001 * WAN, 15_005],
    [19_999 * WAN, 99_995],
    [20_000 * WAN, 100_000],
    [20_001 * WAN, 100_000], // capped
    [900_000 * WAN, 100_000],
  ])("%i yuan of physical goods retail → an estimate of %i yuan", (retail, estimate) => {
    const r = resultFor("leading-enterprise", { subjectType: "enterprise", physicalGoodsRetailYuan: retail });
    expect(r.estimatedAmountYuan).toBe(estimate);
    expect(r.maxAmountYuan).toBe(100_000);
  });
  it("gives no estimate for clauses without a formula", () => {
    const a = assess({ subjectType: "enterprise", nationalDemoNewlyRecognized: true, assessedOn: IN_FORCE });
    for (const r of a.results)
      if (r.clause !== "leading-enterprise") expect(r.estimatedAmountYuan).toBeNull();
  });
});

describe("three-valued logic: needs_info lists exactly what could change the outcome", () => {
  it("an unknown enterprise needs every fact of each of its clauses", () => {
    const r = resultFor("new-shop", { subjectType: "enterprise" });
    expect(r.status).toBe("needs_info");
    expect(r.missingFacts).toEqual(["newShop", "counted", "shopRetailYuan"]);
    expect(r.maxAmountYuan).toBeNull();
  });
  it("one false condition decides a clause: no more questions for it", () => {
    const r = resultFor("mcn", { subjectType: "enterprise", mcn: false });
    expect(r.status).toBe("ineligible");
    expect(r.missingFacts).toEqual([]);
    expect(r.reasons).toEqual(["不是 MCN 机构"]);
  });
  it("a figure below every tier decides a clause even when the other conditions are unknown", () => {
    const r = resultFor("self-live", { subjectType: "enterprise", selfLiveRetailYuan: 500 * WAN });
    expect(r.status).toBe("ineligible");
    expect(r.reasons.join()).toContain("还差 1500 万元");
  });
  it("a town: once 1亿 is exceeded, the number of 电商村 no longer matters", () => {
    const r = resultFor("town", { subjectType: "town", onlineRetailYuan: 10_000 * WAN + 1 });
    expect(r.status).toBe("eligible");
    expect(r.missingFacts).toEqual([]);
  });
  it("a town at 7000万 still needs the 电商村 count or the shop count, and nothing else", () => {
    const r = resultFor("town", { subjectType: "town", onlineRetailYuan: 7000 * WAN });
    expect(r.status).toBe("needs_info");
    expect(r.missingFacts).toEqual(["ecommerceVillages", "activeShops"]);
  });
  it("a town at 5000万 needs only the 电商村 count", () => {
    const r = resultFor("town", { subjectType: "town", onlineRetailYuan: 5000 * WAN });
    expect(r.missingFacts).toEqual(["ecommerceVillages"]);
  });
  it("the event clause needs its influence only once hosting is known", () => {
    expect(resultFor("event", { subjectType: "park", hostsEvent: true }).missingFacts).toEqual([
      "eventInfluence",
    ]);
  });
  it("a needs_info result says in words what is still to be learned", () => {
    const r = resultFor("loan", { subjectType: "enterprise" });
    expect(r.reasons.at(-1)).toBe("还需了解：申请的“齐鲁电商贷”额度");
  });
});

describe("reasons a person can read", () => {
  it("an ineligible result says which condition failed and by how much", () => {
    const r = resultFor("village", { subjectType: "village", onlineRetailYuan: 800 * WAN, activeShops: 25 });
    expect(r.reasons).toEqual(["年度网络零售额 800 万元，未达到 1000 万元以上（还差 200 万元）"]);
  });
  it("a count read with 大于 says how many are needed", () => {
    const r = resultFor("town", {
      subjectType: "town",
      ecommerceVillages: 3,
      onlineRetailYuan: 0,
      activeShops: 0,
    });
    expect(r.reasons[0]).toBe("乡镇内电商村数量 3 个，不大于 3 个（须至少 4 个）");
  });
  it("amounts of 1 亿 and more read in 亿元", () => {
    const r = resultFor("mcn", {
      subjectType: "enterprise",
      mcn: true,
      independentLegalEntity: true,
      mcnAwardedBefore: false,
      counted: true,
      monthsInDatabase: 24,
      growingWell: true,
      onlineRetailYuan: 12_000 * WAN,
    });
    expect(r.reasons).toContain("年度网络零售额 1.2 亿元，达到 1 亿元");
    expect(r.reasons).toContain("在库存续时间 24 个月（2 年），满 12 个月（1 年）以上");
  });
});

describe("invalid facts", () => {
  it("are refused with the offending key named", () => {
    expect(() => assess({ subjectType: "enterprise", turnover: 1 })).toThrow(FactsError);
    try {
      assess({ subjectType: "enterprise", turnover: 1, onlineRetailYuan: 1.5 });
    } catch (e) {
      const issues = (e as FactsError).issues;
      expect(issues).toContainEqual({ path: "turnover", message: "不认识的字段：turnover" });
      expect(issues.find((i) => i.path === "onlineRetailYuan")?.message).toMatch(/整数/);
    }
  });
  it.each([
    [{}, "subjectType"],
    [{ subjectType: "company" }, "subjectType"],
    [{ subjectType: "enterprise", activeShops: -1 }, "activeShops"],
    [{ subjectType: "enterprise", monthsInDatabase: 1.5 }, "monthsInDatabase"],
    [{ subjectType: "enterprise", parcelSharePercent: 100.1 }, "parcelSharePercent"],
    [{ subjectType: "enterprise", parcelSharePercent: -0.1 }, "parcelSharePercent"],
    [{ subjectType: "enterprise", counted: "yes" }, "counted"],
    [{ subjectType: "enterprise", eventInfluence: "city" }, "eventInfluence"],
    [{ subjectType: "enterprise", assessedOn: "2025-02-30" }, "assessedOn"],
    [{ subjectType: "enterprise", assessedOn: "2025/01/01" }, "assessedOn"],
    [{ subjectType: "enterprise", loanAmountYuan: "100000" }, "loanAmountYuan"],
  ])("%j is refused at %s", (facts, path) => {
    try {
      assess(facts);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FactsError);
      expect((e as FactsError).issues.map((i) => i.path)).toContain(path);
    }
  });
  it("percent accepts both ends, 0 and 100", () => {
    expect(() => assess({ subjectType: "enterprise", parcelSharePercent: 0 })).not.toThrow();
    expect(() => assess({ subjectType: "enterprise", parcelSharePercent: 100 })).not.toThrow();
  });
  it("a non-object is refused", () => {
    expect(() => assess(null)).toThrow(FactsError);
    expect(() => assess([1, 2])).toThrow(FactsError);
  });
});

describe("the clause table", () => {
  it("has the 13 contract clauses with their articles and subjects", () => {
    expect(CLAUSES.map((c) => [c.id, c.article, c.kind, [...c.subjects]])).toEqual([
      ["village", 1, "award", ["village"]],
      ["town", 1, "award", ["town"]],
      ["leading-enterprise", 2, "subsidy", ["enterprise"]],
      ["new-shop", 3, "award", ["enterprise"]],
      ["relocated-shop", 3, "award", ["enterprise"]],
      ["national-demo", 4, "award", ["enterprise", "park"]],
      ["self-live", 5, "award", ["enterprise"]],
      ["third-party-live", 5, "subsidy", ["enterprise"]],
      ["mcn", 5, "award", ["enterprise"]],
      ["event", 6, "case_by_case", ["enterprise", "park"]],
      ["delivery-center", 7, "subsidy", ["enterprise"]],
      ["logistics-platform", 7, "subsidy", ["enterprise"]],
      ["loan", 8, "loan", ["enterprise"]],
    ]);
  });
});
