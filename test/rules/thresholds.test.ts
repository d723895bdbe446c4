// Every threshold of the policy, tested on both sides, read per 《民法典》第一千二百五十九条
// (「以上」「（含）」「满」include the number; 「超过」「大于」do not).

import { describe, expect, it } from "vitest";
import type { ClauseId, Facts } from "../../rules/index.ts";
import { resultFor, WAN } from "./helpers.ts";

type Row = [string, Omit<Facts, "assessedOn">, "eligible" | "ineligible", number | null];

function table(clause: ClauseId, rows: Row[]) {
  describe(`clause ${clause}`, () => {
    it.each(rows)("%s", (_name, facts, status, max) => {
      const r = resultFor(clause, facts);
      expect(r.status).toBe(status);
      expect(r.maxAmountYuan).toBe(max);
      expect(r.reasons.length).toBeGreaterThan(0);
    });
  });
}

const village = (onlineRetailYuan: number, activeShops: number): Omit<Facts, "assessedOn"> => ({
  subjectType: "village",
  onlineRetailYuan,
  activeShops,
});

table("village", [
  [
    "a village with exactly 1000万 and exactly 20 shops is an 电商村 (以上 includes)",
    village(1000 * WAN, 20),
    "eligible",
    300_000,
  ],
  ["a village 1 yuan short of 1000万 is not", village(1000 * WAN - 1, 20), "ineligible", null],
  ["a village with 19 active shops is not", village(1000 * WAN, 19), "ineligible", null],
  ["a village well above both thresholds gets at most 30万", village(5000 * WAN, 200), "eligible", 300_000],
]);

const town = (f: Partial<Facts>): Omit<Facts, "assessedOn"> => ({ subjectType: "town", ...f });

table("town", [
  [
    "a town with 4 电商村 qualifies (大于 3 个 means at least 4)",
    town({ ecommerceVillages: 4 }),
    "eligible",
    500_000,
  ],
  [
    "a town with exactly 3 电商村 and nothing else does not",
    town({ ecommerceVillages: 3, onlineRetailYuan: 0, activeShops: 0 }),
    "ineligible",
    null,
  ],
  [
    "a town with 1亿 + 1 yuan qualifies (超过 1 亿)",
    town({ onlineRetailYuan: 10_000 * WAN + 1 }),
    "eligible",
    500_000,
  ],
  [
    "a town with exactly 1亿 and few shops does not (超过 excludes)",
    town({ onlineRetailYuan: 10_000 * WAN, activeShops: 100, ecommerceVillages: 0 }),
    "ineligible",
    null,
  ],
  [
    "a town just over 6000万 with 101 shops qualifies",
    town({ onlineRetailYuan: 6000 * WAN + 1, activeShops: 101 }),
    "eligible",
    500_000,
  ],
  [
    "a town with exactly 6000万 and 101 shops does not",
    town({ onlineRetailYuan: 6000 * WAN, activeShops: 101, ecommerceVillages: 0 }),
    "ineligible",
    null,
  ],
  [
    "a town just over 6000万 with exactly 100 shops does not",
    town({ onlineRetailYuan: 6000 * WAN + 1, activeShops: 100, ecommerceVillages: 0 }),
    "ineligible",
    null,
  ],
]);

const enterprise = (f: Partial<Facts>): Omit<Facts, "assessedOn"> => ({ subjectType: "enterprise", ...f });

table("leading-enterprise", [
  [
    "3000万 exactly qualifies (（含）)",
    enterprise({ physicalGoodsRetailYuan: 3000 * WAN }),
    "eligible",
    100_000,
  ],
  [
    "3000万 less 1 yuan does not",
    enterprise({ physicalGoodsRetailYuan: 3000 * WAN - 1 }),
    "ineligible",
    null,
  ],
]);

const newShop = (shopRetailYuan: number, more: Partial<Facts> = {}) =>
  enterprise({ newShop: true, counted: true, shopRetailYuan, ...more });

table("new-shop", [
  ["a counted new shop at exactly 5000万 gets the 20万 tier", newShop(5000 * WAN), "eligible", 200_000],
  ["a counted new shop 1 yuan under 5000万 gets the 10万 tier", newShop(5000 * WAN - 1), "eligible", 100_000],
  ["a counted new shop at exactly 3000万 gets the 10万 tier", newShop(3000 * WAN), "eligible", 100_000],
  ["a counted new shop 1 yuan under 3000万 gets nothing", newShop(3000 * WAN - 1), "ineligible", null],
  [
    "a new shop that is not counted gets nothing",
    newShop(9000 * WAN, { counted: false }),
    "ineligible",
    null,
  ],
  ["a shop that is not new gets nothing", newShop(9000 * WAN, { newShop: false }), "ineligible", null],
]);

const relocated = (shopRetailYuan: number, more: Partial<Facts> = {}) =>
  enterprise({ relocatedShop: true, relocatedFirstTime: true, shopRetailYuan, ...more });

table("relocated-shop", [
  ["a relocated shop first reaching exactly 3000万 qualifies", relocated(3000 * WAN), "eligible", 100_000],
  ["a relocated shop 1 yuan under 3000万 does not", relocated(3000 * WAN - 1), "ineligible", null],
  [
    "not the first time after relocating: no award",
    relocated(5000 * WAN, { relocatedFirstTime: false }),
    "ineligible",
    null,
  ],
  [
    "a shop that was not relocated: no award",
    relocated(5000 * WAN, { relocatedShop: false }),
    "ineligible",
    null,
  ],
]);

table("national-demo", [
  [
    "a newly recognised national demonstration enterprise qualifies",
    enterprise({ nationalDemoNewlyRecognized: true }),
    "eligible",
    500_000,
  ],
  [
    "a park newly recognised qualifies too",
    { subjectType: "park", nationalDemoNewlyRecognized: true },
    "eligible",
    500_000,
  ],
  [
    "without a new recognition: no award",
    enterprise({ nationalDemoNewlyRecognized: false }),
    "ineligible",
    null,
  ],
]);

const selfLive = (selfLiveRetailYuan: number, more: Partial<Facts> = {}) =>
  enterprise({
    selfLiveRetailYuan,
    selfLiveFirstTime: true,
    monthsInDatabase: 12,
    growingWell: true,
    ...more,
  });

table("self-live", [
  [
    "first reaching exactly 5000万 of self-streaming: the 30万 tier",
    selfLive(5000 * WAN),
    "eligible",
    300_000,
  ],
  ["1 yuan under 5000万: the 20万 tier", selfLive(5000 * WAN - 1), "eligible", 200_000],
  ["exactly 3000万: the 20万 tier", selfLive(3000 * WAN), "eligible", 200_000],
  ["1 yuan under 3000万: the 10万 tier", selfLive(3000 * WAN - 1), "eligible", 100_000],
  ["exactly 2000万: the 10万 tier", selfLive(2000 * WAN), "eligible", 100_000],
  ["1 yuan under 2000万: nothing", selfLive(2000 * WAN - 1), "ineligible", null],
  [
    "exactly 12 months in the database counts as 满1年",
    selfLive(2000 * WAN, { monthsInDatabase: 12 }),
    "eligible",
    100_000,
  ],
  [
    "11 months in the database is not enough",
    selfLive(9000 * WAN, { monthsInDatabase: 11 }),
    "ineligible",
    null,
  ],
  ["not growing well: nothing", selfLive(9000 * WAN, { growingWell: false }), "ineligible", null],
  [
    "not the first time at this tier: nothing",
    selfLive(9000 * WAN, { selfLiveFirstTime: false }),
    "ineligible",
    null,
  ],
]);

const thirdParty = (thirdPartyLiveRetailYuan: number, productionEnterprise = true) =>
  enterprise({ thirdPartyLiveRetailYuan, productionEnterprise });

table("third-party-live", [
  [
    "a production enterprise at exactly 2000万 qualifies, up to 20万",
    thirdParty(2000 * WAN),
    "eligible",
    200_000,
  ],
  ["1 yuan under 2000万 does not", thirdParty(2000 * WAN - 1), "ineligible", null],
  ["a trading (non-production) company does not", thirdParty(9000 * WAN, false), "ineligible", null],
]);

const mcn = (onlineRetailYuan: number, more: Partial<Facts> = {}) =>
  enterprise({
    mcn: true,
    independentLegalEntity: true,
    mcnAwardedBefore: false,
    counted: true,
    monthsInDatabase: 12,
    growingWell: true,
    onlineRetailYuan,
    ...more,
  });

table("mcn", [
  ["an MCN at exactly 1亿: the 50万 tier", mcn(10_000 * WAN), "eligible", 500_000],
  ["1 yuan under 1亿: the 30万 tier", mcn(10_000 * WAN - 1), "eligible", 300_000],
  ["exactly 5000万: the 30万 tier", mcn(5000 * WAN), "eligible", 300_000],
  ["1 yuan under 5000万: the 20万 tier", mcn(5000 * WAN - 1), "eligible", 200_000],
  ["exactly 2000万: the 20万 tier", mcn(2000 * WAN), "eligible", 200_000],
  ["1 yuan under 2000万: nothing", mcn(2000 * WAN - 1), "ineligible", null],
  ["11 months in the database: nothing", mcn(9000 * WAN, { monthsInDatabase: 11 }), "ineligible", null],
  [
    "already awarded in the policy period: not again",
    mcn(9000 * WAN, { mcnAwardedBefore: true }),
    "ineligible",
    null,
  ],
  [
    "not an independent legal entity: nothing",
    mcn(9000 * WAN, { independentLegalEntity: false }),
    "ineligible",
    null,
  ],
  ["not counted: nothing", mcn(9000 * WAN, { counted: false }), "ineligible", null],
  ["not growing well: nothing", mcn(9000 * WAN, { growingWell: false }), "ineligible", null],
  ["not an MCN: nothing", mcn(9000 * WAN, { mcn: false }), "ineligible", null],
]);

const delivery = (expressCompanies: number, fiveUnified = true) =>
  enterprise({ expressCompanies, fiveUnified });

table("delivery-center", [
  [
    "a centre integrating exactly 5 national express firms with 五统一 gets 50万",
    delivery(5),
    "eligible",
    500_000,
  ],
  ["4 firms is not enough", delivery(4), "ineligible", null],
  ["without 五统一: nothing", delivery(8, false), "ineligible", null],
]);

const platform = (parcelSharePercent: number, more: Partial<Facts> = {}) =>
  enterprise({ priceComparison: true, matchmaking: true, parcelSharePercent, ...more });

table("logistics-platform", [
  ["a platform with exactly 80% of parcels gets 50万", platform(80), "eligible", 500_000],
  ["79.9% is not enough", platform(79.9), "ineligible", null],
  ["no real-time price comparison: nothing", platform(95, { priceComparison: false }), "ineligible", null],
  ["no matchmaking: nothing", platform(95, { matchmaking: false }), "ineligible", null],
]);

table("loan", [
  [
    "a loan of exactly 10万 is within the range",
    enterprise({ loanAmountYuan: 10 * WAN }),
    "eligible",
    10_000_000,
  ],
  ["a loan 1 yuan under 10万 is not", enterprise({ loanAmountYuan: 10 * WAN - 1 }), "ineligible", null],
  [
    "a loan of exactly 1000万 is within the range",
    enterprise({ loanAmountYuan: 1000 * WAN }),
    "eligible",
    10_000_000,
  ],
  ["a loan 1 yuan over 1000万 is not", enterprise({ loanAmountYuan: 1000 * WAN + 1 }), "ineligible", null],
]);

describe("clause event (一事一议)", () => {
  it("a national event host is decided case by case by staff", () => {
    const r = resultFor("event", enterprise({ hostsEvent: true, eventInfluence: "national" }));
    expect(r.status).toBe("manual_review");
    expect(r.maxAmountYuan).toBeNull();
  });
  it("a provincial event host is decided case by case too, and so is a park", () => {
    expect(
      resultFor("event", { subjectType: "park", hostsEvent: true, eventInfluence: "provincial" }).status,
    ).toBe("manual_review");
  });
  it("an event of only local influence is not supported", () => {
    expect(resultFor("event", enterprise({ hostsEvent: true, eventInfluence: "other" })).status).toBe(
      "ineligible",
    );
  });
  it("not hosting an event settles it whatever the influence", () => {
    const r = resultFor("event", enterprise({ hostsEvent: false }));
    expect(r.status).toBe("ineligible");
    expect(r.missingFacts).toEqual([]);
  });
});
