// Property: facts stated in one message, in any order, each in any of several phrasings and units,
// with any separators, are read exactly — as a first message they start the self-test with them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handleMessage, startConversation } from "../../bot/dialog.ts";
import { readFacts } from "../../bot/core/understanding/facts.ts";

const now = new Date("2026-06-01T02:00:00Z");

/** An amount in 万 as people write it: 3200万, 3200万元, 3200w, 1.2亿, 3千万. */
const amountText = (wan: number) =>
  fc.constantFrom(
    `${wan}万`,
    `${wan}万元`,
    `${wan}w`,
    ...(wan % 1000 === 0 ? [`${wan / 10000}亿`] : []),
    ...(wan % 1000 === 0 && wan < 10000 ? [`${wan / 1000}千万`] : []),
  );

type Phrase = { key: string; value: unknown; text: fc.Arbitrary<string> };

const amount = (key: string, templates: string[]) =>
  fc
    .integer({ min: 10, max: 99_999 })
    .chain((wan) =>
      fc
        .tuple(fc.constantFrom(...templates), amountText(wan))
        .map(([t, a]) => ({ key, value: wan * 10_000, text: t.replace("{}", a) })),
    );
const count = (key: string, templates: string[], max: number) =>
  fc
    .integer({ min: 1, max })
    .chain((n) =>
      fc.constantFrom(...templates).map((t) => ({ key, value: n, text: t.replace("{}", String(n)) })),
    );
const flag = (key: string, yes: string[], no: string[]) =>
  fc.boolean().chain((v) => fc.constantFrom(...(v ? yes : no)).map((text) => ({ key, value: v, text })));

const RETAIL = ["网络零售额{}", "去年卖了{}", "一年网上卖{}", "销售额{}"];

const SUBJECTS: {
  subject: string;
  cues: string[];
  facts: fc.Arbitrary<{ key: string; value: unknown; text: string }>[];
}[] = [
  {
    subject: "village",
    cues: ["我们村", "村里", "本村"],
    facts: [
      amount("onlineRetailYuan", RETAIL),
      count("activeShops", ["活跃网店{}家", "有{}家网店", "网店{}家"], 5000),
    ],
  },
  {
    subject: "town",
    cues: ["我们镇", "全镇", "镇上"],
    facts: [
      amount("onlineRetailYuan", RETAIL),
      count("activeShops", ["活跃网店{}个", "有{}家网店"], 5000),
      count("ecommerceVillages", ["有{}个电商村", "电商村{}个"], 100),
    ],
  },
  {
    subject: "enterprise",
    cues: ["我们公司", "公司", "我们企业"],
    facts: [
      amount("physicalGoodsRetailYuan", ["实物商品网络零售额{}", "实物商品卖了{}"]),
      amount("selfLiveRetailYuan", ["自播卖了{}", "自己直播卖了{}"]),
      amount("thirdPartyLiveRetailYuan", ["和第三方直播合作卖了{}", "找主播带货卖了{}"]),
      amount("loanAmountYuan", ["想贷款{}", "需要贷款{}"]),
      flag("counted", ["已经纳统了", "已纳统"], ["还没纳统", "没有纳统"]),
      count("expressCompanies", ["整合了{}家快递企业", "快递企业{}家"], 30),
    ],
  },
];

/** A subject, some of its facts in a random order, and the message that states them. */
const statement = fc.constantFrom(...SUBJECTS).chain((s) =>
  fc
    .subarray(s.facts, { minLength: 1 })
    .chain((chosen) => fc.tuple(...(chosen as [fc.Arbitrary<Phrase & { text: string }>])))
    .chain((phrases) =>
      fc.tuple(
        fc.shuffledSubarray(phrases as unknown as { key: string; value: unknown; text: string }[], {
          minLength: phrases.length,
        }),
        fc.constantFrom(...s.cues),
        fc.array(fc.constantFrom("，", ",", "；", "。", "、"), {
          minLength: phrases.length,
          maxLength: phrases.length,
        }),
      ),
    )
    .map(([ordered, cue, seps]) => ({
      subject: s.subject,
      facts: Object.fromEntries(ordered.map((p) => [p.key, p.value])),
      text: cue + ordered.map((p, i) => (i === 0 ? p.text : `${seps[i]}${p.text}`)).join(""),
    })),
);

describe("facts in any order and phrasing", () => {
  it("reads every fact of a message exactly, whatever the order, phrasing, unit and separator", () => {
    fc.assert(
      fc.property(statement, ({ subject, facts, text }) => {
        expect(readFacts(text).facts).toEqual({ subjectType: subject, ...facts });
      }),
      { numRuns: 400 },
    );
  });

  it("begins a self-test with them when they are the first message, and says each back", () => {
    fc.assert(
      fc.property(statement, ({ subject, facts, text }) => {
        const t = handleMessage(startConversation({ now }), text, { now });
        expect(t.state.facts).toMatchObject({ subjectType: subject, ...facts });
        expect(t.replies[0]).toMatch(/^我记下了：/);
      }),
      { numRuns: 200 },
    );
  });
});
