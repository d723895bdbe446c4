// The baseline for rules.assess: the same 13 clauses written for json-rules-engine, the popular
// JavaScript rules engine — thresholds, tiers and subject types as its JSON rules, the article 2
// formula applied to its event.

import { Engine, type RuleProperties } from "json-rules-engine";

const is = (fact: string, value: unknown) => ({ fact, operator: "equal", value });
const gte = (fact: string, value: number) => ({ fact, operator: "greaterThanInclusive", value });
const gt = (fact: string, value: number) => ({ fact, operator: "greaterThan", value });
const lte = (fact: string, value: number) => ({ fact, operator: "lessThanInclusive", value });
const subject = (...values: string[]) => ({ fact: "subjectType", operator: "in", value: values });

const rule = (clause: string, max: number | null, all: object[], priority = 1): RuleProperties => ({
  name: `${clause}-${max}`,
  priority,
  conditions: { all } as never,
  event: { type: clause, params: { max } },
});

const tiers = (clause: string, fact: string, gate: object[], steps: [number, number][]) =>
  steps.map(([min, max], i) => rule(clause, max, [...gate, gte(fact, min)], 10 - i));

const live = [gte("monthsInDatabase", 12), is("growingWell", true)];

export const RULES: RuleProperties[] = [
  rule("village", 300_000, [subject("village"), gte("onlineRetailYuan", 10_000_000), gte("activeShops", 20)]),
  {
    name: "town",
    conditions: {
      all: [
        subject("town"),
        {
          any: [
            gt("ecommerceVillages", 3),
            gt("onlineRetailYuan", 100_000_000),
            { all: [gt("onlineRetailYuan", 60_000_000), gt("activeShops", 100)] },
          ],
        },
      ],
    } as never,
    event: { type: "town", params: { max: 500_000 } },
  },
  rule("leading-enterprise", 100_000, [subject("enterprise"), gte("physicalGoodsRetailYuan", 30_000_000)]),
  ...tiers(
    "new-shop",
    "shopRetailYuan",
    [subject("enterprise"), is("newShop", true), is("counted", true)],
    [
      [50_000_000, 200_000],
      [30_000_000, 100_000],
    ],
  ),
  rule("relocated-shop", 100_000, [
    subject("enterprise"),
    is("relocatedShop", true),
    is("relocatedFirstTime", true),
    gte("shopRetailYuan", 30_000_000),
  ]),
  rule("national-demo", 500_000, [subject("enterprise", "park"), is("nationalDemoNewlyRecognized", true)]),
  ...tiers(
    "self-live",
    "selfLiveRetailYuan",
    [subject("enterprise"), is("selfLiveFirstTime", true), ...live],
    [
      [50_000_000, 300_000],
      [30_000_000, 200_000],
      [20_000_000, 100_000],
    ],
  ),
  rule("third-party-live", 200_000, [
    subject("enterprise"),
    is("productionEnterprise", true),
    gte("thirdPartyLiveRetailYuan", 20_000_000),
  ]),
  ...tiers(
    "mcn",
    "onlineRetailYuan",
    [
      subject("enterprise"),
      is("mcn", true),
      is("independentLegalEntity", true),
      is("mcnAwardedBefore", false),
      is("counted", true),
      ...live,
    ],
    [
      [100_000_000, 500_000],
      [50_000_000, 300_000],
      [20_000_000, 200_000],
    ],
  ),
  rule("event", null, [
    subject("enterprise", "park"),
    is("hostsEvent", true),
    { fact: "eventInfluence", operator: "in", value: ["national", "provincial"] },
  ]),
  rule("delivery-center", 500_000, [
    subject("enterprise"),
    is("fiveUnified", true),
    gte("expressCompanies", 5),
  ]),
  rule("logistics-platform", 500_000, [
    subject("enterprise"),
    is("priceComparison", true),
    is("matchmaking", true),
    gte("parcelSharePercent", 80),
  ]),
  rule("loan", 10_000_000, [
    subject("enterprise"),
    gte("loanAmountYuan", 100_000),
    lte("loanAmountYuan", 10_000_000),
  ]),
];

export function createBaselineEngine() {
  const engine = new Engine(RULES, { allowUndefinedFacts: true });
  return async function assessWithEngine(facts: Record<string, unknown>) {
    const { events } = await engine.run(facts);
    const best = new Map<string, number | null>();
    for (const e of events) if (!best.has(e.type)) best.set(e.type, (e.params?.max as number | null) ?? null);
    const retail = facts.physicalGoodsRetailYuan as number | undefined;
    const estimate =
      best.has("leading-enterprise") && retail !== undefined
        ? Math.min(Math.floor(retail / 10_000) * 5, 100_000)
        : null;
    return { eligible: [...best.entries()], estimate };
  };
}
