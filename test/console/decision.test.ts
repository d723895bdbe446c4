// The decision form's checks before anything is sent: the amount against the ceilings added up (on
// both sides of the line), whole yuan only, and a reason for anything but an approval.

import { describe, expect, it } from "vitest";
import { approvalLimitTotal, checkDecision } from "../../web/console/src/decision.ts";

const base = { decision: "approved" as const, amountText: "", note: "", maxTotalYuan: 50_000 };

describe("the decision form's checks", () => {
  it("takes an amount equal to the ceilings added up, and refuses one yuan more", () => {
    expect(checkDecision({ ...base, amountText: "50000" })).toEqual({
      ok: true,
      body: { decision: "approved", note: "", approvedAmountYuan: 50_000 },
    });
    const over = checkDecision({ ...base, amountText: "50001" });
    expect(over.ok).toBe(false);
    expect(!over.ok && over.message).toContain("超过政策上限合计 50,000 元");
  });

  it("reads 4,0000 and 40 000 as yuan, and refuses fractions and negative amounts", () => {
    expect(checkDecision({ ...base, amountText: "4,0000" })).toMatchObject({
      ok: true,
      body: { approvedAmountYuan: 40_000 },
    });
    expect(checkDecision({ ...base, amountText: "40 000" })).toMatchObject({
      ok: true,
      body: { approvedAmountYuan: 40_000 },
    });
    expect(checkDecision({ ...base, amountText: "12.5" })).toMatchObject({ ok: false });
    expect(checkDecision({ ...base, amountText: "-1" })).toMatchObject({ ok: false });
  });

  it("sends no amount when none is typed (the API takes the asked amount)", () => {
    expect(checkDecision(base)).toEqual({ ok: true, body: { decision: "approved", note: "" } });
  });

  it("does not check against a ceiling of 0 (a loan only)", () => {
    expect(checkDecision({ ...base, maxTotalYuan: 0, amountText: "9999999" })).toMatchObject({ ok: true });
  });

  it("asks for a reason of two characters to reject, and takes two", () => {
    expect(checkDecision({ ...base, decision: "rejected", note: " 否 " })).toMatchObject({ ok: false });
    expect(checkDecision({ ...base, decision: "rejected", note: "不符" })).toEqual({
      ok: true,
      body: { decision: "rejected", note: "不符" },
    });
  });
});

describe("the decision form's limit", () => {
  it("is the server's limit of each clause added up, the formula's estimate and not the tier's cap", () => {
    // Article 2 estimated at 6 万 under a cap of 10 万, a tier of 3 万, a loan asking 800 万.
    const clauses = [
      { kind: "subsidy", maxAmountYuan: 100_000, approvalLimitYuan: 60_000 },
      { kind: "award", maxAmountYuan: 30_000, approvalLimitYuan: 30_000 },
      { kind: "loan", maxAmountYuan: 10_000_000, approvalLimitYuan: null },
    ];
    expect(approvalLimitTotal(clauses)).toBe(90_000);
    const over = checkDecision({ ...base, amountText: "90001", maxTotalYuan: approvalLimitTotal(clauses) });
    expect(!over.ok && over.message).toContain("超过政策上限合计 90,000 元");
    expect(checkDecision({ ...base, amountText: "90000", maxTotalYuan: 90_000 }).ok).toBe(true);
  });

  it("checks nothing here when a case-by-case clause has the bureau's ceiling of the day", () => {
    expect(
      approvalLimitTotal([
        { kind: "subsidy", approvalLimitYuan: 60_000 },
        { kind: "case_by_case", approvalLimitYuan: null },
      ]),
    ).toBe(0);
  });
});
