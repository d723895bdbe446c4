// The grammar that reads facts in a sentence: one spelling for every figure (normalise), typed mentions,
// and binding by the nearest compatible cue unless a stronger rule applies — each rule seen on both sides.
// The cue words are data (policies/<id>/words.yaml, read through lexicon.ts): every cue of every fact, put before a figure, names that fact.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readFacts } from "../../bot/core/understanding/facts.ts";
import { parse } from "../../bot/core/understanding/grammar.ts";
import { FACT_WORDS, NOT_CUES } from "../../bot/core/understanding/lexicon.ts";
import { findMentions } from "../../bot/core/understanding/mentions.ts";
import { normalise } from "../../bot/core/understanding/normalise.ts";
import { commonWords, soundOf } from "../../bot/core/understanding/segment.ts";
import type { AskableFact } from "../../rules/index.ts";

const require = createRequire(import.meta.url);

const facts = (text: string, asking: AskableFact | null = null, subjectType?: string) =>
  readFacts(text, subjectType ? { subjectType } : {}, asking);

describe("normalising a message", () => {
  it.each([
    ["九百多万", "900多万"],
    ["两个多亿", "2多亿"],
    ["2.6个亿", "2.6亿"],
    ["两点六个亿", "2.6亿"],
    ["4.2kw", "4.2千万"],
    ["八千多w", "8000多万"],
    ["3000W", "3000万"],
    ["41,800,000元", "41800000元"],
    ["３６家", "36家"],
    ["一亿两千万", "1亿2000万"],
    ["3千零50万", "3050万"],
    ["三十几家", "30几家"],
    ["百分之六十", "60%"],
    ["三千五六百万", "3500多万"],
    ["二三十家", "20多家"],
  ])("reads 「%s」 as 「%s」", (text, want) => expect(normalise(text)).toBe(want));

  it.each(["一共", "五统一", "一下", "一家公司", "第一条", "差一点到"])(
    "leaves the word 「%s」 as it is",
    (w) => expect(normalise(w)).toBe(w),
  );

  it("keeps two digits that are no neighbours apart (「三五个」 is not a range of the grammar)", () =>
    expect(normalise("三五个")).toBe("三五个"));
});

describe("typed mentions", () => {
  it("finds an amount, a count with its unit, a year and a duration, each with its value", () => {
    const ms = findMentions(normalise("2025年卖了4100万，网店25家，在库三年多"));
    const figures = ms
      .filter((m) => m.type === "figure")
      .map((m) => m.type === "figure" && [m.kind, m.value]);
    expect(figures).toEqual([
      ["yuan", 41_000_000],
      ["count", 25],
      ["months", 36],
    ]);
    expect(ms.some((m) => m.type === "year" && m.text === "2025年")).toBe(true);
  });

  it("reads 「两万家」 as a count, not an amount", () => {
    const m = findMentions(normalise("网店两万家")).find((x) => x.type === "figure");
    expect(m).toMatchObject({ kind: "count", value: 20_000 });
  });

  it("reads 「二十多家」 as more than 20 and 「三十来家」 as about 30", () => {
    expect(facts("网店二十多家", null, "village").facts.activeShops).toBe(21);
    expect(facts("网店三十来家", null, "village").facts.activeShops).toBe(30);
  });

  it("finds a cue typed by voice with other characters of the same sound, and says so", () => {
    const r = facts("我们厂自波卖了2600万");
    expect(r.facts.selfLiveRetailYuan).toBe(26_000_000);
    expect(r.readings.find((x) => x.fact === "selfLiveRetailYuan")?.how).toBe("sound");
    // Other characters of another sound are no cue.
    expect(facts("我们厂自己卖了2600万").facts.selfLiveRetailYuan).toBeUndefined();
  });

  it("does not find a cue inside a longer word of the segmenter (店 in 商店)", () => {
    expect(findMentions(normalise("商店")).some((m) => m.type === "cue")).toBe(false);
    expect(findMentions(normalise("网店")).some((m) => m.type === "cue")).toBe(true);
  });
});

describe("binding", () => {
  it("binds a figure to the nearest compatible cue before or after it", () => {
    expect(facts("网店25家", null, "village").facts.activeShops).toBe(25);
    expect(facts("有25家活跃网店", null, "village").facts.activeShops).toBe(25);
    expect(facts("村里网上卖了900多万网店30几家").facts).toMatchObject({
      onlineRetailYuan: 9_000_000,
      activeShops: 31,
    });
  });

  it("lets a specific cue beat the verb of selling, and only then", () => {
    expect(facts("去年跟直播机构合作卖了2500万").facts.thirdPartyLiveRetailYuan).toBe(25_000_000);
    expect(facts("公司去年卖了2500万").facts).toMatchObject({ physicalGoodsRetailYuan: 25_000_000 });
  });

  it("never takes the commission paid as sales", () => {
    const r = facts("跟直播机构合作卖了2500万，佣金给了三百多万");
    expect(r.facts.thirdPartyLiveRetailYuan).toBe(25_000_000);
    expect(Object.values(r.facts)).not.toContain(3_000_000);
    expect(r.remarks).toContainEqual(expect.objectContaining({ why: "not-a-fact" }));
  });

  it("reads 「其中」 as a part: written with a specific cue of its own, never as another total", () => {
    expect(facts("一共卖了7200万，其中自播1800万").facts).toMatchObject({
      physicalGoodsRetailYuan: 72_000_000,
      selfLiveRetailYuan: 18_000_000,
    });
    const part = facts("全年网上一共卖了4000万，那2500万包含在里面");
    expect(part.facts.physicalGoodsRetailYuan).toBe(40_000_000);
    expect(part.remarks).toContainEqual(expect.objectContaining({ said: "2500万", why: "part" }));
  });

  it("reads a year followed by 年 as a date, not money", () => {
    const r = facts("我们公司2025年网上卖了4100万");
    expect(r.facts.physicalGoodsRetailYuan).toBe(41_000_000);
    expect(Object.values(r.facts)).not.toContain(2025);
  });

  it("writes nothing from a hypothetical, from its clause on — and what came before it", () => {
    expect(facts("如果后年做到4000万，补贴多少", null, "enterprise").facts).toEqual({});
    expect(facts("今年卖了3000万，要是明年做到4000万呢", null, "enterprise").facts).toEqual({
      physicalGoodsRetailYuan: 30_000_000,
    });
  });

  it("writes nothing from an award already received", () => {
    const r = facts("前年已经拿过2000万那档的奖了", null, "enterprise");
    expect(r.facts).toEqual({});
    expect(r.remarks[0]?.why).toBe("award");
  });

  it("keeps the speaker's own subject and leaves another subject's figure", () => {
    expect(facts("我们村卖了800万，镇上一共卖了两个亿").facts).toEqual({
      subjectType: "village",
      onlineRetailYuan: 8_000_000,
    });
    expect(facts("我们隔壁村卖了两千万，我们村才六百万").facts).toMatchObject({
      onlineRetailYuan: 6_000_000,
    });
  });

  it("asks back a figure said to be near a threshold, and writes one said plainly", () => {
    const near = facts("差一点到1000万", "onlineRetailYuan", "village");
    expect(near.facts.onlineRetailYuan).toBeUndefined();
    expect(near.doubts[0]?.message).toContain("确定的数");
    expect(facts("到了1000万", "onlineRetailYuan", "village").facts.onlineRetailYuan).toBe(10_000_000);
  });

  it("takes no figure of a question about the policy, but one bound to a cue of the person's own", () => {
    expect(facts("电商村要求1000万吗", "onlineRetailYuan", "village").facts).toEqual({});
    expect(facts("听说卖到5000万能奖20万是真的吗", null, "enterprise").facts).toEqual({});
    expect(facts("我们一年卖3个亿能拿多少补贴").facts.physicalGoodsRetailYuan).toBe(300_000_000);
  });

  it("answers the pending question with a figure that has no cue, unless the clause asks", () => {
    expect(facts("1500万", "onlineRetailYuan", "village").facts.onlineRetailYuan).toBe(15_000_000);
    expect(facts("1500万吗", "onlineRetailYuan", "village").facts.onlineRetailYuan).toBeUndefined();
  });

  it("asks back a weak cue (how long the company exists) and two figures for one fact", () => {
    const weak = facts("我们是MCN机构，公司成立三年多了");
    expect(weak.facts.monthsInDatabase).toBeUndefined();
    expect(weak.doubts[0]).toMatchObject({ kind: "confirm", fact: "monthsInDatabase", value: 36 });
    const two = facts("自播卖了2000万，自播卖了2200万");
    expect(two.facts.selfLiveRetailYuan).toBeUndefined();
    expect(two.doubts[0]?.kind).toBe("reject");
  });

  it("asks back live sales whose room was not said, and writes them once it was", () => {
    const live = facts("直播卖了3000万", null, "enterprise");
    expect(live.facts).toEqual({});
    expect(live.doubts[0]?.message).toContain("自播");
    expect(facts("自己直播卖了3000万", null, "enterprise").facts.selfLiveRetailYuan).toBe(30_000_000);
  });

  it("writes no figure of a fact no clause reads for the subject (an enterprise's 「两个店」)", () => {
    expect(facts("我们两个店都能拿吗", null, "enterprise").facts.activeShops).toBeUndefined();
    expect(facts("我们村网店两个", null, "village").facts.activeShops).toBe(2);
  });

  it("keeps both figures of an enterprise with a new shop and a moved-back one", () => {
    expect(facts("今年新开了一家店卖了600万，还有一家从外地迁回来的店卖了3100万").facts).toMatchObject({
      newShop: true,
      relocatedShop: true,
      shopRetailYuan: 6_000_000,
      relocatedShopRetailYuan: 31_000_000,
    });
  });

  it("says how each figure was found", () => {
    const p = parse("村里网店25家", {}, null);
    expect(p.readings).toEqual([expect.objectContaining({ fact: "activeShops", value: 25, how: "cue" })]);
    expect(parse("25家", { subjectType: "village" }, "activeShops").readings[0]?.how).toBe("pending");
  });
});

describe("the cue words are data", () => {
  const sample = { yuan: "1200万", count: "12", months: "2年", percent: "60%" } as const;
  for (const table of FACT_WORDS.filter((t) => t.fact !== "sales" && t.fact !== "live" && !t.weak))
    it.each(table.cues.map((c) => [c]))(`binds a figure after 「%s」 to ${table.fact}`, (cue) => {
      const figure =
        table.kind === "count" ? `${sample.count}${table.units?.[0] ?? "个"}` : sample[table.kind];
      // A subject some clause reads the fact for (active shops are a village's, not an enterprise's).
      const subjectType = table.implies ?? (table.fact === "activeShops" ? "village" : "enterprise");
      const r = readFacts(`${cue}${figure}`, { subjectType }, null);
      expect(Object.keys(r.facts)).toContain(table.fact);
    });
});

describe("cues heard by sound", () => {
  // A common word that sounds like a cue (淄博 ≈ 自播, 网点 ≈ 网店, 食物 ≈ 实物) would be read as that cue in any
  // message: each such word of the segmenter's dictionary must be listed in words.yaml's notCues.
  const cueBySound = new Map<string, string>();
  for (const t of FACT_WORDS)
    for (const c of t.cues)
      if (c.length >= 2 && /^[\u4e00-\u9fff]+$/.test(c) && !t.notBySound?.includes(c))
        cueBySound.set(soundOf(c), c);
  const common = commonWords(readFileSync(require.resolve("@node-rs/jieba/dict.txt")), 200)
    .toString()
    .split("\n")
    .map((l) => l.split(" ")[0]!)
    .filter((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w));

  it("has no common word of the dictionary that sounds like a cue and is not listed as no cue", () => {
    const clashes = common.filter((w) => {
      const cue = cueBySound.get(soundOf(w));
      // A cue itself, or a numeral (十五 is 15 before cues are looked for), is no clash.
      const isCue = FACT_WORDS.some((t) => t.cues.includes(w));
      return cue !== undefined && !isCue && normalise(w) === w && !NOT_CUES.includes(w);
    });
    expect(clashes).toEqual([]);
  });

  it("reads a listed word as no cue, and a voice typo of a cue as the cue", () => {
    expect(facts("我们在淄博卖了3200万", null, "enterprise").facts.selfLiveRetailYuan).toBeUndefined();
    expect(facts("我们自波卖了3200万", null, "enterprise").facts.selfLiveRetailYuan).toBe(32_000_000);
    expect(facts("快递网点有30个", null, "village").facts.activeShops).toBeUndefined();
  });
});

describe("the segmenter's dictionary", () => {
  it("keeps the lines at or above the frequency, and no other", () => {
    const file = Buffer.from("商店 500 n\n罕见词 3 n\n买卖 100 v\n坏行\n");
    expect(commonWords(file, 100).toString()).toBe("商店 500 n\n买卖 100 v\n");
    expect(commonWords(file, 101).toString()).toBe("商店 500 n\n");
  });
});
