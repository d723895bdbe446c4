// What a run adds up to: eligible subjects per clause, on both sides of each threshold the file can
// reach, and article 2's flow subsidy summed against the city's yearly total (500 万), with the share
// each would get if all applied.

import { describe, expect, it } from "vitest";
import { createTally, leadingEnterpriseEstimate } from "../../api/matching/summary.ts";
import { assess, FACTS, type ParameterOverrides } from "../../rules/index.ts";
import { ASSESSED_ON, csvText, subject, take, utf8, WAN, type Values } from "./helpers.ts";

const L = FACTS;

async function eligibleFor(rows: Values[], options = {}) {
  return (await take(utf8(csvText(rows)), options)).report;
}

describe("eligible counts per clause, on both sides of each threshold", () => {
  it("article 2: 30,000,000 元 of physical goods is enough (3000万元（含）以上), 29,999,999 is not", async () => {
    const r = await eligibleFor([
      subject(1, "企业", { [L.physicalGoodsRetailYuan.label]: 30_000_000 }),
      subject(2, "企业", { [L.physicalGoodsRetailYuan.label]: 29_999_999 }),
    ]);
    expect(r.eligible["leading-enterprise"]).toBe(1);
    expect(r.statuses["leading-enterprise"]).toMatchObject({ eligible: 1, ineligible: 1 });
  });

  it("article 1: a village at 1000万 with 20 shops is an 电商村, one yuan or one shop short is not", async () => {
    const r = await eligibleFor([
      subject(1, "行政村", { [L.onlineRetailYuan.label]: 1000 * WAN, [L.activeShops.label]: 20 }),
      subject(2, "行政村", { [L.onlineRetailYuan.label]: 1000 * WAN - 1, [L.activeShops.label]: 20 }),
      subject(3, "行政村", { [L.onlineRetailYuan.label]: 1000 * WAN, [L.activeShops.label]: 19 }),
    ]);
    expect(r.eligible.village).toBe(1);
    expect(r.statuses.village).toMatchObject({ eligible: 1, ineligible: 2 });
  });

  it("article 1: a town with 4 电商村 is an 电商镇 (大于3个), with 3 and nothing else known it needs more", async () => {
    const r = await eligibleFor([
      subject(1, "乡镇", { [L.ecommerceVillages.label]: 4 }),
      subject(2, "乡镇", { [L.ecommerceVillages.label]: 3 }),
    ]);
    expect(r.statuses.town).toMatchObject({ eligible: 1, needs_info: 1 });
  });

  it("article 7: an information platform at 80% of parcels qualifies (80%以上), at 79.99% it does not", async () => {
    const platform = (n: number, share: string) =>
      subject(n, "企业", {
        [L.priceComparison.label]: "是",
        [L.matchmaking.label]: "是",
        [L.parcelSharePercent.label]: share,
      });
    const r = await eligibleFor([platform(1, "80"), platform(2, "79.99%")]);
    expect(r.statuses["logistics-platform"]).toMatchObject({ eligible: 1, ineligible: 1 });
  });

  it("article 7: a delivery centre with 5 national express companies qualifies (5家以上), with 4 it does not", async () => {
    const centre = (n: number, companies: number) =>
      subject(n, "企业", { [L.fiveUnified.label]: "是", [L.expressCompanies.label]: companies });
    const r = await eligibleFor([centre(1, 5), centre(2, 4)]);
    expect(r.statuses["delivery-center"]).toMatchObject({ eligible: 1, ineligible: 1 });
  });

  it("counts a clause for every subject, not_applicable included, with a zero where none qualifies", async () => {
    const r = await eligibleFor([subject(1, "行政村"), subject(2, "企业")]);
    expect(r.eligible.mcn).toBe(0);
    expect(r.statuses.village).toMatchObject({ not_applicable: 1, needs_info: 1 });
  });

  it("counts none eligible on a date outside the policy's term", async () => {
    const r = await eligibleFor([subject(1, "企业", { [L.physicalGoodsRetailYuan.label]: 80_000_000 })], {
      assessedOn: "2027-10-01",
    });
    expect(r.eligible["leading-enterprise"]).toBe(0);
    expect(r.estimatedYuan).toBe(0);
  });

  it("counts manual_review (article 6, case by case) apart from eligible", () => {
    const tally = createTally(ASSESSED_ON);
    tally.add(
      assess({
        subjectType: "enterprise",
        assessedOn: ASSESSED_ON,
        hostsEvent: true,
        eventInfluence: "national",
      }),
    );
    const s = tally.summary();
    expect(s.eligible.event).toBe(0);
    expect(s.manualReview.event).toBe(1);
  });
});

const leaders = (count: number, yuan: number, from = 1): Values[] =>
  Array.from({ length: count }, (_, i) =>
    subject(from + i, "企业", { [L.physicalGoodsRetailYuan.label]: yuan }),
  );

describe("article 2's estimate against the city's 500万 total", () => {
  it("sums each eligible enterprise's estimate (5 元 per 1 万元, at most 10万 each)", async () => {
    // 80,000,000 → 8000 × 5 = 40,000; 300,000,000 → 150,000, capped at 100,000.
    const r = await eligibleFor([
      ...leaders(1, 80_000_000),
      ...leaders(1, 300_000_000, 2),
      ...leaders(1, 29_999_999, 3),
    ]);
    expect(r.estimatedYuan).toBe(140_000);
    expect(r.leadingEnterprise).toEqual({
      eligible: 2,
      totalYuan: 140_000,
      cityCapYuan: 5_000_000,
      factor: 1,
      payableYuan: 140_000,
    });
  });

  it("pays in full when the total is exactly the cap", async () => {
    const r = await eligibleFor(leaders(125, 80_000_000));
    expect(r.leadingEnterprise).toMatchObject({ totalYuan: 5_000_000, factor: 1, payableYuan: 5_000_000 });
  });

  it("scales everyone down when the total is over the cap", async () => {
    // 125 × 40,000 + one more at 30,000,000 (3000 × 5 = 15,000) = 5,015,000.
    const r = await eligibleFor([...leaders(125, 80_000_000), ...leaders(1, 30_000_000, 126)]);
    expect(r.leadingEnterprise).toMatchObject({
      eligible: 126,
      totalYuan: 5_015_000,
      cityCapYuan: 5_000_000,
      payableYuan: 5_000_000,
    });
    expect(r.leadingEnterprise.factor).toBeCloseTo(5_000_000 / 5_015_000, 12);
  });

  it("reads the cap from the parameters in force on the assessment date, not a fixed 500万", async () => {
    const parameters: ParameterOverrides = {
      "leading.cityTotalCap": [
        { from: "2022-10-01", value: 5_000_000, source: "policy" },
        { from: "2025-01-01", value: 2_000_000, source: "bureau notice" },
      ],
    };
    const rows = leaders(60, 80_000_000); // 2,400,000
    const in2025 = await eligibleFor(rows, { parameters, assessedOn: "2025-06-01" });
    expect(in2025.leadingEnterprise).toMatchObject({ cityCapYuan: 2_000_000, payableYuan: 2_000_000 });
    expect(in2025.leadingEnterprise.factor).toBeCloseTo(2_000_000 / 2_400_000, 12);
    const in2024 = await eligibleFor(rows, { parameters, assessedOn: "2024-12-31" });
    expect(in2024.leadingEnterprise).toMatchObject({
      cityCapYuan: 5_000_000,
      factor: 1,
      payableYuan: 2_400_000,
    });
  });

  it("has a factor of 1 when nothing is due", () => {
    expect(leadingEnterpriseEstimate(0, 0, 5_000_000)).toEqual({
      eligible: 0,
      totalYuan: 0,
      cityCapYuan: 5_000_000,
      factor: 1,
      payableYuan: 0,
    });
  });
});
