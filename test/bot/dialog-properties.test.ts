import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handleMessage, startConversation, type DialogState } from "../../bot/dialog.ts";
import { isDialogState } from "../../bot/core/state.ts";
import {
  assess,
  CLAUSES_BY_ID,
  FACTS,
  factsSchema,
  formatWan,
  type AskableFact,
  type Facts,
} from "../../rules/index.ts";

const NOW = new Date("2025-06-01T02:00:00Z");

function expectValid(s: DialogState) {
  expect(isDialogState(s)).toBe(true);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s); // plain JSON
  if (s.facts.subjectType !== undefined) expect(factsSchema.safeParse(s.facts).success).toBe(true);
  if (s.asking !== null) expect(Object.keys(FACTS)).toContain(s.asking);
  if (s.mode === "assess") expect(s.asking).not.toBeNull();
}

const everyday = fc.constantFrom(
  "你好",
  "自测",
  "1",
  "2",
  "3",
  "企业",
  "村",
  "乡镇",
  "3000万",
  "8千万",
  "0.3亿",
  "是",
  "否",
  "不清楚",
  "跳过",
  "返回",
  "重新开始",
  "修改 零售额 9000万",
  "修改",
  "改一下零售额",
  "申报",
  "同意",
  "确认提交",
  "取消",
  "详情 1",
  "人工",
  "帮助",
  "查询进度",
  "原文 3",
  "两年",
  "35家",
  "85%",
  "全国",
  "91350100M000100Y43",
  "张店区",
  "13800000000",
);

describe("the conversation core never throws and never corrupts its state", () => {
  it("for any sequence of everyday and random messages", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(everyday, fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 })),
          {
            maxLength: 40,
          },
        ),
        (messages) => {
          let s = startConversation({ id: "p", now: NOW });
          for (const m of messages) {
            const t = handleMessage(s, m, { now: NOW });
            expect(t.replies.length + t.effects.length).toBeGreaterThan(0);
            for (const r of t.replies) expect(typeof r === "string" && r.length > 0).toBe(true);
            expectValid(t.state);
            s = t.state;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not change the state it is given", () => {
    const s = startConversation({ id: "frozen", now: NOW });
    const before = JSON.stringify(s);
    handleMessage(s, "自测");
    expect(JSON.stringify(s)).toBe(before);
  });

  it("starts afresh from a state that is not one", () => {
    const t = handleMessage({ nonsense: true } as unknown as DialogState, "你好");
    expectValid(t.state);
    expect(t.replies[0]).toContain("政策通");
  });
});

/** How a person might say a value: several spellings of amounts, yes/no, counts, durations. */
function say(fact: AskableFact, value: unknown, variant: number): string {
  const def = FACTS[fact];
  switch (def.type) {
    case "yuan": {
      const v = value as number;
      if (v === 0) return ["0", "没有", "无"][variant % 3]!;
      const wan = v / 10_000;
      if (Number.isInteger(wan)) return [`${wan}万`, `${wan}w`, `${wan}万元`, `${v}元`][variant % 4]!;
      return `${v}元`;
    }
    case "count":
      return [`${value}家`, `${value}`, `${value}个`][variant % 3]!;
    case "months": {
      const m = value as number;
      return m % 12 === 0 && m > 0 ? [`${m / 12}年`, `${m}个月`][variant % 2]! : `${m}个月`;
    }
    case "percent":
      return `${value}%`;
    case "boolean":
      return value ? ["是", "是的", "有", "对"][variant % 4]! : ["否", "不是", "没有", "无"][variant % 4]!;
    case "subjectType":
      return { enterprise: "我们是一家公司", village: "行政村", town: "乡镇", park: "电商产业园" }[
        value as string
      ]!;
    case "influence":
      return { national: "全国", provincial: "全省", other: "其他" }[value as string]!;
    default:
      return String(value);
  }
}

const truthArb: fc.Arbitrary<Facts> = fc.record({
  subjectType: fc.constantFrom("enterprise", "village", "town", "park"),
  counted: fc.boolean(),
  onlineRetailYuan: fc.constantFrom(
    0,
    5_000_000,
    10_000_000,
    20_000_000,
    60_000_000,
    70_000_000,
    120_000_000,
  ),
  activeShops: fc.constantFrom(0, 19, 20, 100, 101, 150),
  ecommerceVillages: fc.constantFrom(0, 3, 4, 6),
  physicalGoodsRetailYuan: fc.constantFrom(0, 29_990_000, 30_000_000, 80_000_000, 250_000_000),
  newShop: fc.boolean(),
  relocatedShop: fc.boolean(),
  relocatedFirstTime: fc.boolean(),
  shopRetailYuan: fc.constantFrom(0, 30_000_000, 50_000_000),
  nationalDemoNewlyRecognized: fc.boolean(),
  selfLiveRetailYuan: fc.constantFrom(0, 20_000_000, 30_000_000, 50_000_000),
  selfLiveFirstTime: fc.boolean(),
  monthsInDatabase: fc.constantFrom(6, 11, 12, 24, 30),
  growingWell: fc.boolean(),
  productionEnterprise: fc.boolean(),
  thirdPartyLiveRetailYuan: fc.constantFrom(0, 20_000_000),
  mcn: fc.boolean(),
  independentLegalEntity: fc.boolean(),
  mcnAwardedBefore: fc.boolean(),
  expressCompanies: fc.constantFrom(3, 5, 8),
  fiveUnified: fc.boolean(),
  priceComparison: fc.boolean(),
  matchmaking: fc.boolean(),
  parcelSharePercent: fc.constantFrom(50, 80, 95),
  hostsEvent: fc.boolean(),
  eventInfluence: fc.constantFrom("national", "provincial", "other"),
  loanAmountYuan: fc.constantFrom(0, 100_000, 5_000_000, 20_000_000),
}) as fc.Arbitrary<Facts>;

describe("a person answering every question in everyday words", () => {
  it("is read exactly, and the final reply holds the amounts the rules give", () => {
    fc.assert(
      fc.property(truthArb, fc.nat(), (truth, variant) => {
        let t = handleMessage(startConversation({ id: "j", now: NOW }), "自测", { now: NOW });
        let turns = 0;
        while (t.state.asking) {
          const fact = t.state.asking;
          t = handleMessage(t.state, say(fact, truth[fact], variant + turns), { now: NOW });
          expect(t.state.facts[fact]).toEqual(truth[fact]);
          if (++turns > 40) throw new Error("too many questions");
        }
        expect(t.state.mode).toBe("results");
        for (const [k, v] of Object.entries(t.state.facts)) expect(v).toEqual(truth[k as AskableFact]);
        const final = t.replies.join("\n");
        const expected = assess({ ...(t.state.facts as Facts), assessedOn: "2025-06-01" });
        for (const r of expected.results) {
          if (r.status === "eligible" && r.kind !== "loan") {
            expect(final).toContain(CLAUSES_BY_ID[r.clause]!.name);
            // Article 7 gives its amount outright (「给予」); the others give a ceiling (「最高」).
            const said = CLAUSES_BY_ID[r.clause]!.fixedAmount ? "给予" : "最高";
            expect(final).toContain(`${said} ${formatWan(r.maxAmountYuan!)}`);
            if (r.estimatedAmountYuan !== null)
              expect(final).toContain(`约 ${formatWan(r.estimatedAmountYuan)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
