// The decision form's checks before anything is sent: the amount against the ceilings added up (on
// both sides of the line), whole yuan only, and a reason for anything but an approval.

import { describe, expect, it } from "vitest";
import { checkDecision } from "../../web/console/src/decision.ts";

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
