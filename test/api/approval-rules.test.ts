// The approval rules as a pure function: each clause's limit on both sides, the enterprise's caps
// across the year and the policy period, the loan never money, and article 2's city total said.

import { describe, expect, it } from "vitest";
import { checkApproval, type ApprovalContext, type ClauseOnFile } from "../../api/review/approval.ts";

const leading = (estimate: number): ClauseOnFile => ({
  clause: "leading-enterprise",
  article: 2,
  kind: "subsidy",
  maxAmountYuan: 100_000,
  estimatedAmountYuan: estimate,
});
const loan: ClauseOnFile = {
  clause: "loan",
  article: 8,
  kind: "loan",
  maxAmountYuan: 10_000_000,
  estimatedAmountYuan: null,
};
const mcn: ClauseOnFile = {
  clause: "mcn",
  article: 5,
  kind: "award",
  maxAmountYuan: 300_000,
  estimatedAmountYuan: null,
};
const selfLive = (cap: number): ClauseOnFile => ({
  clause: "self-live",
  article: 5,
  kind: "award",
  maxAmountYuan: cap,
  estimatedAmountYuan: null,
});
const event: ClauseOnFile = {
  clause: "event",
  article: 6,
  kind: "case_by_case",
  maxAmountYuan: null,
  estimatedAmountYuan: null,
};

const ctx = (clauses: ClauseOnFile[], over: Partial<ApprovalContext> = {}): ApprovalContext => ({
  clauses,
  year: 2026,
  date: "2026-06-01",
  prior: [],
  article2ApprovedInYear: 0,
  ...over,
});

describe("approving within the policy", () => {
  it("allows article 2 up to its formula's figure and not one yuan more (8,000 万 → 4 万)", () => {
    expect(checkApproval({ approvedAmountYuan: 40_000 }, ctx([leading(40_000)]))).toMatchObject({
      ok: true,
      total: 40_000,
    });
    const over = checkApproval({ approvedAmountYuan: 40_001 }, ctx([leading(40_000)]));
    expect(over).toMatchObject({ ok: false, code: "approved_amount_over_cap" });
  });

  it("stores the loan as no money: an approval of 40,000 beside a loan is 40,000 for article 2", () => {
    const v = checkApproval({ approvedAmountYuan: 40_000 }, ctx([leading(40_000), loan]));
    expect(v).toEqual({
      ok: true,
      amounts: { "leading-enterprise": 40_000, loan: null },
      total: 40_000,
      warnings: [],
    });
  });

  it("approves what was asked when no amount is given, and refuses money for a loan alone", () => {
    expect(checkApproval({}, ctx([leading(25_000)]))).toMatchObject({ ok: true, total: 25_000 });
    expect(checkApproval({}, ctx([loan]))).toMatchObject({ ok: true, total: 0, amounts: { loan: null } });
    expect(checkApproval({ approvedAmountYuan: 1 }, ctx([loan]))).toMatchObject({
      ok: false,
      code: "approved_amount_not_allowed",
    });
  });

  it("counts the enterprise's approvals of the same clause in the same year against its cap", () => {
    const prior = [
      {
        number: "ZB-2026-000001",
        year: 2026,
        clause: "leading-enterprise" as const,
        approvedAmountYuan: 100_000,
        maxAmountYuan: 100_000,
      },
    ];
    const again = checkApproval({ approvedAmountYuan: 100_000 }, ctx([leading(100_000)], { prior }));
    expect(again).toMatchObject({ ok: false });
    if (!again.ok) expect(again.message).toContain("ZB-2026-000001");
    const lastYear = [{ ...prior[0]!, year: 2025 }];
    expect(
      checkApproval({ approvedAmountYuan: 100_000 }, ctx([leading(100_000)], { prior: lastYear })),
    ).toMatchObject({ ok: true });
    const part = [{ ...prior[0]!, approvedAmountYuan: 60_000 }];
    expect(
      checkApproval({ approvedAmountYuan: 40_000 }, ctx([leading(100_000)], { prior: part })),
    ).toMatchObject({ ok: true });
    expect(
      checkApproval({ approvedAmountYuan: 40_001 }, ctx([leading(100_000)], { prior: part })),
    ).toMatchObject({ ok: false });
  });

  it("awards an MCN once in the policy period, and self-live only on first reaching a tier", () => {
    const mcnBefore = [
      {
        number: "ZB-2024-000007",
        year: 2024,
        clause: "mcn" as const,
        approvedAmountYuan: 200_000,
        maxAmountYuan: 200_000,
      },
    ];
    expect(checkApproval({}, ctx([mcn], { prior: mcnBefore }))).toMatchObject({ ok: false });
    expect(checkApproval({}, ctx([mcn]))).toMatchObject({ ok: true, total: 300_000 });
    const lower = [
      {
        number: "ZB-2025-000003",
        year: 2025,
        clause: "self-live" as const,
        approvedAmountYuan: 100_000,
        maxAmountYuan: 100_000,
      },
    ];
    expect(checkApproval({}, ctx([selfLive(200_000)], { prior: lower }))).toMatchObject({ ok: true });
    expect(checkApproval({}, ctx([selfLive(100_000)], { prior: lower }))).toMatchObject({ ok: false });
  });

  it("needs an amount for a case-by-case item and keeps it within the bureau's ceiling (50 万 by default)", () => {
    expect(checkApproval({}, ctx([event]))).toMatchObject({ ok: false, code: "approved_amount_required" });
    expect(checkApproval({ approvedAmountYuan: 500_000 }, ctx([event]))).toMatchObject({ ok: true });
    expect(checkApproval({ approvedAmountYuan: 500_001 }, ctx([event]))).toMatchObject({ ok: false });
    expect(checkApproval({ approvedAmountYuan: 1_000_000_000 }, ctx([event]))).toMatchObject({ ok: false });
  });

  it("takes amounts per clause, which must cover every clause with money and add up to any total given", () => {
    const two = [leading(40_000), mcn];
    expect(
      checkApproval({ clauseAmounts: { "leading-enterprise": 40_000, mcn: 300_000 } }, ctx(two)),
    ).toMatchObject({
      ok: true,
      total: 340_000,
    });
    expect(checkApproval({ clauseAmounts: { "leading-enterprise": 40_000 } }, ctx(two))).toMatchObject({
      ok: false,
    });
    expect(
      checkApproval(
        { approvedAmountYuan: 1, clauseAmounts: { "leading-enterprise": 40_000, mcn: 300_000 } },
        ctx(two),
      ),
    ).toMatchObject({ ok: false, code: "approved_amount_mismatch" });
    expect(checkApproval({ clauseAmounts: { loan: 5 } }, ctx([leading(40_000), loan]))).toMatchObject({
      ok: false,
    });
    // A total alone is shared in proportion to each clause's own limit.
    expect(checkApproval({ approvedAmountYuan: 170_000 }, ctx(two))).toMatchObject({
      ok: true,
      amounts: { "leading-enterprise": 20_000, mcn: 150_000 },
    });
  });

  it("says, without refusing, when article 2's city total passes 500 万, with the pro-rata factor", () => {
    const at = checkApproval(
      { approvedAmountYuan: 100_000 },
      ctx([leading(100_000)], { article2ApprovedInYear: 4_900_000 }),
    );
    expect(at).toMatchObject({ ok: true, warnings: [] });
    const past = checkApproval(
      { approvedAmountYuan: 100_000 },
      ctx([leading(100_000)], { article2ApprovedInYear: 4_900_001 }),
    );
    expect(past.ok && past.warnings[0]).toContain("超过全市总额上限 500 万元");
    expect(past.ok && past.warnings[0]).toContain("0.9999");
  });
});
