import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYuan } from "../../rules/index.ts";

describe("parseYuan reads amounts as people type them", () => {
  it.each([
    // The contract's own examples
    ["3000万", 30_000_000],
    ["3千万", 30_000_000],
    ["3千万元", 30_000_000],
    ["三千万", 30_000_000],
    ["0.3亿", 30_000_000],
    ["1.2亿元", 120_000_000],
    ["30,000,000元", 30_000_000],
    ["3000w", 30_000_000],
    ["5000万（含）", 50_000_000],
    // Chinese numerals
    ["一千零五十万", 10_500_000],
    ["两亿", 200_000_000],
    ["两千万", 20_000_000],
    ["二十万", 200_000],
    ["十二万", 120_000],
    ["一百二十万", 1_200_000],
    ["五千万元", 50_000_000],
    ["叁仟万元", 30_000_000],
    ["壹亿贰仟万", 120_000_000],
    ["一点五亿", 150_000_000],
    ["三千五百万", 35_000_000],
    ["一万零五", 10_005],
    // Colloquial tails: a digit after a unit is one place lower
    ["一万五", 15_000],
    ["三千五", 3_500],
    ["1亿2", 120_000_000],
    ["两亿三", 230_000_000],
    // Mixed and compound
    ["3千5百万", 35_000_000],
    ["1亿2000万", 120_000_000],
    ["1亿零500万", 105_000_000],
    ["3.5千万", 35_000_000],
    ["2kw", 20_000_000],
    ["30k", 30_000],
    // Units, currency marks and spacing
    ["3000W", 30_000_000],
    ["3000 万", 30_000_000],
    ["3000万元人民币", 30_000_000],
    ["人民币3000万元", 30_000_000],
    ["RMB 500万", 5_000_000],
    ["¥30,000,000", 30_000_000],
    ["￥8000000", 8_000_000],
    ["8000000块", 8_000_000],
    ["8000000块钱", 8_000_000],
    ["5000万(含)", 50_000_000],
    ["5000万元（含）以上", 50_000_000],
    ["大约3000万左右", 30_000_000],
    ["约1.5亿", 150_000_000],
    // Full-width characters
    ["３０００万", 30_000_000],
    ["３，０００万元", 30_000_000],
    ["３０００ｗ", 30_000_000],
    ["　3000万　", 30_000_000],
    // Plain numbers
    ["0", 0],
    ["零", 0],
    ["0元", 0],
    ["12345678", 12_345_678],
    ["1234.5", 1_235], // rounded to whole yuan
    ["0.00001亿", 1_000],
    ["8000.5万", 80_005_000],
  ])("%s → %i", (text, yuan) => {
    expect(parseYuan(text)).toBe(yuan);
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["万", "a bare unit"],
    ["元", "a bare unit"],
    ["万元", "bare units"],
    ["亿", "a bare unit"],
    ["-3000万", "negative"],
    ["负三千万", "negative in words"],
    ["3000万-5000万", "a range"],
    ["3000万到5000万", "a range in words"],
    ["很多", "a word"],
    ["不知道", "a word"],
    ["abc", "letters"],
    ["3,00万", "a misplaced thousands separator"],
    ["3..5万", "two decimal points"],
    ["万万", "stacked units"],
    ["5万万", "stacked units"],
    ["千百", "units without digits"],
    ["3五万", "a digit after a number"],
    ["12 34", "two numbers"],
    ["3000多万", "an approximation"],
    ["1e7", "scientific notation"],
    ["NaN", "not a number"],
    ["Infinity", "not a number"],
    ["9".repeat(40), "beyond safe integers"],
  ])("%j is not an amount (%s)", (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it("never returns a negative, NaN or fractional yuan, whatever the text", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789.,，万亿千百十元块wWkK零一二两三四五六七八九壹贰叁仟佰拾¥￥人民币含（）() -点多约左右abc３".split(
        "",
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 20 })), (text) => {
        const y = parseYuan(text);
        if (y !== null) {
          expect(Number.isSafeInteger(y)).toBe(true);
          expect(y).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("reads back any whole number of 万 written as digits, with 万 or w", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom("万", "w", "万元", "W"),
        (n, unit) => {
          expect(parseYuan(`${n}${unit}`)).toBe(n * 10_000);
        },
      ),
    );
  });
});
