import { describe, expect, it } from "vitest";
import { assess, parameterAt, type ParameterOverrides } from "../../rules/index.ts";

describe("amounts are dated values, not literals in logic", () => {
  it("uses the policy's figure from its first day", () => {
    expect(parameterAt("leading.capPerEnterprise", "2022-10-01")).toBe(100_000);
    expect(parameterAt("village.award", "2027-09-30")).toBe(300_000);
  });

  const nextYear: ParameterOverrides = {
    "leading.capPerEnterprise": [
      { from: "2022-10-01", value: 100_000, source: "policy" },
      { from: "2026-01-01", value: 80_000, source: "2026 年度申报通知（示例）" },
    ],
  };

  it("a new year's cap applies from its date, with no change to any logic", () => {
    const facts = { subjectType: "enterprise" as const, physicalGoodsRetailYuan: 30_000 * 10_000 };
    const before = assess({ ...facts, assessedOn: "2025-12-31" }, { parameters: nextYear });
    const after = assess({ ...facts, assessedOn: "2026-01-01" }, { parameters: nextYear });
    expect(before.results[2]).toMatchObject({ maxAmountYuan: 100_000, estimatedAmountYuan: 100_000 });
    expect(after.results[2]).toMatchObject({ maxAmountYuan: 80_000, estimatedAmountYuan: 80_000 });
  });

  it("a threshold can be changed the same way, and reasons follow it", () => {
    const r = assess(
      { subjectType: "village", onlineRetailYuan: 12_000_000, activeShops: 25, assessedOn: "2026-03-01" },
      {
        parameters: {
          "village.minOnlineRetailYuan": [{ from: "2026-01-01", value: 15_000_000, source: "示例" }],
        },
      },
    ).results[0]!;
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]).toContain("未达到 1500 万元以上");
  });

  it("entries need not be in order; before the first date the earliest applies", () => {
    const values = [
      { from: "2026-01-01", value: 2, source: "b" },
      { from: "2022-10-01", value: 1, source: "a" },
    ];
    expect(parameterAt("loan.minYuan", "2025-01-01", { "loan.minYuan": values })).toBe(1);
    expect(parameterAt("loan.minYuan", "2026-06-01", { "loan.minYuan": values })).toBe(2);
    expect(parameterAt("loan.minYuan", "2020-01-01", { "loan.minYuan": values })).toBe(1);
  });
});
