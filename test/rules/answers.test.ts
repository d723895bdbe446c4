import { describe, expect, it } from "vitest";
import {
  parseAmountOrNone,
  parseCount,
  parseInfluence,
  parseMonths,
  parsePercent,
  parseSubjectType,
  parseYesNo,
  QUESTIONS,
  FACT_KEYS,
  readAnswer,
} from "../../rules/index.ts";

describe("yes and no as people say them", () => {
  it.each([
    "是",
    "是的",
    "是的。",
    "对",
    "对的",
    "有",
    "有的",
    "嗯",
    "嗯嗯",
    "好的是",
    "已经",
    "没错",
    "当然",
    "Yes",
    "y",
    "✅",
    "是，我们已经纳统了",
    "有两家",
    "我们是",
    "我们公司有",
  ])("%s means yes", (t) => expect(parseYesNo(t)).toBe(true));
  it.each([
    "否",
    "不是",
    "没有",
    "没有。",
    "无",
    "不",
    "不对",
    "no",
    "N",
    "还没有",
    "尚未",
    "暂无",
    "不是的，我们是贸易公司",
    "没有这样的店",
    "未纳统",
    "我们不是",
    "我们没有",
  ])("%s means no", (t) => expect(parseYesNo(t)).toBe(false));
  it.each(["", "   ", "也许", "是否", "有没有", "是不是", "不清楚吧？".slice(0, 0) + "可能吧", "😀"])(
    "%j is neither",
    (t) => expect(parseYesNo(t)).toBeNull(),
  );
});

describe("counts", () => {
  it.each([
    ["35家", 35],
    ["35", 35],
    ["五个", 5],
    ["三十五家", 35],
    ["有5家", 5],
    ["一共120家", 120],
    ["4个", 4],
    ["０", 0],
    // Approximate: 「多」 is more than the round figure, 「来」 about it.
    ["二十多家", 21],
    ["一百多个", 101],
    ["十多家", 11],
    ["30来家", 30],
    ["大概二十来家", 20],
  ])("%s → %i", (t, n) => expect(parseCount(t)).toBe(n));
  it.each(["一多家", "几多家", "几个", "很多", "3.5家", "-2", ""])("%j is not an exact count", (t) =>
    expect(parseCount(t)).toBeNull(),
  );
});

describe("durations in months", () => {
  it.each([
    ["两年", 24],
    ["2年", 24],
    ["1年半", 18],
    ["一年半", 18],
    ["两年半", 30],
    ["18个月", 18],
    ["十一个月", 11],
    ["2年3个月", 27],
    ["一年零三个月", 15],
    ["半年", 6],
    ["满一年", 12],
    ["3月", 3],
    ["1周年", 12],
  ])("%s → %i months", (t, n) => expect(parseMonths(t)).toBe(n));
  it.each(["12", "两", "很久", "", "年", "个月"])(
    "%j is not a duration (a bare number could be years or months)",
    (t) => expect(parseMonths(t)).toBeNull(),
  );
});

describe("percentages", () => {
  it.each([
    ["85%", 85],
    ["85％", 85],
    ["85", 85],
    ["百分之八十五", 85],
    ["八成", 80],
    ["80个点", 80],
    ["79.5%", 79.5],
    ["100%", 100],
  ])("%s → %d", (t, n) => expect(parsePercent(t)).toBe(n));
  it.each(["120%", "很高", ""])("%j is refused", (t) => expect(parsePercent(t)).toBeNull());
});

describe("amounts where 「没有」 means zero", () => {
  it.each([
    ["没有", 0],
    ["不需要", 0],
    ["没有自播", 0],
    ["2500万", 25_000_000],
  ])("%s → %i", (t, n) => expect(parseAmountOrNone(t)).toBe(n));
  it("does not read a yes as an amount", () => expect(parseAmountOrNone("有")).toBeNull());
});

describe("subject types in words or by number", () => {
  it.each([
    ["1", "enterprise"],
    ["企业", "enterprise"],
    ["我们是一家公司", "enterprise"],
    ["网店", "enterprise"],
    ["MCN机构", "enterprise"],
    ["2", "village"],
    ["行政村", "village"],
    ["我是村支书，我们村", "village"],
    ["3", "town"],
    ["乡镇", "town"],
    ["镇政府", "town"],
    ["4", "park"],
    ["电商产业园", "park"],
    ["直播基地", "park"],
    ["enterprise", "enterprise"],
    ["Village", "village"],
  ])("%s → %s", (t, s) => expect(parseSubjectType(t)).toBe(s));
  it.each(["你好", "5", "", "toString", "__proto__"])("%j is not a subject type", (t) =>
    expect(parseSubjectType(t)).toBeNull(),
  );
});

describe("an event's influence", () => {
  it.each([
    ["全国", "national"],
    ["国家级的", "national"],
    ["1", "national"],
    ["全省影响力", "provincial"],
    ["省级", "provincial"],
    ["市级", "other"],
    ["3", "other"],
    ["provincial", "provincial"],
  ])("%s → %s", (t, v) => expect(parseInfluence(t)).toBe(v));
  it("reads nothing from an unrelated answer", () => expect(parseInfluence("很大")).toBeNull());
});

describe("the question table", () => {
  it("has one question for every fact a person can be asked, with an example it can read", () => {
    const asked = QUESTIONS.map((q) => q.fact).sort();
    expect(asked).toEqual(FACT_KEYS.filter((k) => k !== "assessedOn").sort());
    for (const q of QUESTIONS) {
      expect(readAnswer(q.fact, q.example), `${q.fact} reads its own example`).not.toBeNull();
      for (const s of ["enterprise", "village", "town", "park"] as const)
        expect(q.text(s)).toMatch(/[？?]|回复/);
    }
  });
  it("gives every question an example answer in its text or a list of choices", () => {
    for (const q of QUESTIONS) expect(q.text("enterprise")).toMatch(/例如|回复/);
  });
});

describe("hedged and approximate answers", () => {
  it.each([
    ["五千多万", 50_000_000],
    ["大概三千来万", 30_000_000],
    ["1200余万元", 12_000_000],
    ["好像是3200万", 32_000_000],
  ])("reads the amount %s as at least %i", (t, n) => expect(parseAmountOrNone(t)).toBe(n));

  it.each([
    ["好像没有", false],
    ["应该是", true],
    ["可能没纳统", false],
    ["暂时不用", false],
  ])("reads %s as %s, as stated", (t, v) => expect(parseYesNo(t)).toBe(v));

  it.each(["不是很清楚", "不太确定", "我不知道"])("does not read %s as 「不是」", (t) =>
    expect(parseYesNo(t)).toBeNull(),
  );

  it.each([
    ["三年多了", 36],
    ["刚满一年", 12],
    ["八成五", null],
  ])("reads the duration %s as %s months", (t, n) => expect(parseMonths(t)).toBe(n));

  it("reads 八成五 as 85 %", () => expect(parsePercent("八成五")).toBe(85));
});
