import { describe, expect, it } from "vitest";
import { assess, nextQuestion, type AskableFact, type Facts } from "../../rules/index.ts";
import { IN_FORCE } from "./helpers.ts";

/** Plays a whole self-assessment: asks until the planner stops, answering from `truth`. */
function interview(truth: Partial<Facts>, skipped: AskableFact[] = []): AskableFact[] {
  const facts: Record<string, unknown> = { assessedOn: IN_FORCE };
  const asked: AskableFact[] = [];
  for (
    let q = nextQuestion(facts as Partial<Facts>, { skipped });
    q;
    q = nextQuestion(facts as Partial<Facts>, { skipped })
  ) {
    expect(asked).not.toContain(q.fact);
    asked.push(q.fact);
    if (truth[q.fact] === undefined) skipped.push(q.fact);
    else facts[q.fact] = truth[q.fact];
    if (asked.length > 40) throw new Error("the planner does not stop");
  }
  return asked;
}

describe("the question planner", () => {
  it("asks the subject type first", () => {
    expect(nextQuestion({})?.fact).toBe("subjectType");
  });

  it("asks a village only its two facts, and stops as soon as the first decides", () => {
    expect(interview({ subjectType: "village", onlineRetailYuan: 1200e4, activeShops: 30 })).toEqual([
      "subjectType",
      "onlineRetailYuan",
      "activeShops",
    ]);
    expect(interview({ subjectType: "village", onlineRetailYuan: 500e4, activeShops: 30 })).toEqual([
      "subjectType",
      "onlineRetailYuan",
    ]);
  });

  it("stops asking a town once one route to 电商镇 is met", () => {
    const asked = interview({
      subjectType: "town",
      ecommerceVillages: 5,
      onlineRetailYuan: 1,
      activeShops: 1,
    });
    expect(asked).toEqual(["subjectType", "ecommerceVillages"]);
  });

  it("asks a town's shops only when its turnover is over 6000万 but not over 1亿", () => {
    expect(
      interview({ subjectType: "town", ecommerceVillages: 1, onlineRetailYuan: 7000e4, activeShops: 150 }),
    ).toEqual(["subjectType", "ecommerceVillages", "onlineRetailYuan", "activeShops"]);
    expect(
      interview({ subjectType: "town", ecommerceVillages: 1, onlineRetailYuan: 5000e4, activeShops: 150 }),
    ).toEqual(["subjectType", "ecommerceVillages", "onlineRetailYuan"]);
  });

  it("screens an ordinary shop out of MCN, relocation, logistics and events with one question each", () => {
    const truth: Partial<Facts> = {
      subjectType: "enterprise",
      physicalGoodsRetailYuan: 8000e4,
      nationalDemoNewlyRecognized: false,
      newShop: false,
      relocatedShop: false,
      mcn: false,
      productionEnterprise: false,
      selfLiveRetailYuan: 0,
      fiveUnified: false,
      priceComparison: false,
      hostsEvent: false,
      loanAmountYuan: 0,
    };
    const asked = interview(truth);
    expect(new Set(asked)).toEqual(new Set(Object.keys(truth)));
    // Follow-up questions of a screened-out clause are never asked.
    for (const f of [
      "shopRetailYuan",
      "independentLegalEntity",
      "counted",
      "expressCompanies",
      "eventInfluence",
    ])
      expect(asked).not.toContain(f);
  });

  it("asks a screening question before its follow-ups", () => {
    const asked = interview({
      subjectType: "enterprise",
      newShop: false,
      relocatedShop: false,
      mcn: true,
      independentLegalEntity: true,
      mcnAwardedBefore: false,
      counted: true,
      onlineRetailYuan: 6000e4,
      monthsInDatabase: 24,
      growingWell: true,
    });
    const at = (f: AskableFact) => asked.indexOf(f);
    expect(at("mcn")).toBeGreaterThan(-1);
    for (const f of ["independentLegalEntity", "mcnAwardedBefore", "onlineRetailYuan"] as const)
      expect(at(f)).toBeGreaterThan(at("mcn"));
    expect(at("shopRetailYuan")).toBe(-1);
  });

  it("never asks again what was skipped, and ends with those clauses still needing information", () => {
    const skipped: AskableFact[] = [];
    interview({ subjectType: "village", activeShops: 30 }, skipped);
    expect(skipped).toEqual(["onlineRetailYuan"]);
    const a = assess({ subjectType: "village", activeShops: 30, assessedOn: IN_FORCE });
    expect(a.results[0]!.status).toBe("needs_info");
  });

  it("asks nothing once every clause is decided, and nothing outside the validity window", () => {
    expect(nextQuestion({ subjectType: "village", onlineRetailYuan: 0, assessedOn: IN_FORCE })).toBeNull();
    expect(nextQuestion({ subjectType: "enterprise", assessedOn: "2027-10-01" })).toBeNull();
  });

  it("only ever asks a fact that some undecided clause is missing", () => {
    const facts: Facts = { subjectType: "enterprise", physicalGoodsRetailYuan: 1, assessedOn: IN_FORCE };
    const q = nextQuestion(facts)!;
    const missing = assess(facts).results.flatMap((r) => r.missingFacts);
    expect(missing).toContain(q.fact);
  });
});
