// Amounts as people type them in a sentence, with a hedge or a particle; counts that are really
// amounts refused; an amount no enterprise could reach refused so that it is asked again.

import { describe, expect, it } from "vitest";
import { IMPLAUSIBLE_YUAN, parseAmountOrNone, parseCount } from "../../rules/answers.ts";
import { parseYuan } from "../../rules/index.ts";

describe("everyday amounts", () => {
  it.each([
    ["十万", 100_000],
    ["十二万", 120_000],
    ["一个亿", 100_000_000],
    ["1.2个亿", 120_000_000],
    ["3200万吧", 32_000_000],
    ["3200万。", 32_000_000],
    ["3200万！", 32_000_000],
    ["我们去年卖了3200万", 32_000_000],
    ["村里去年卖了1500万", 15_000_000],
    ["好像是3200万", 32_000_000],
    ["应该是1500万", 15_000_000],
    ["今年一共3000万元", 30_000_000],
  ])("reads 「%s」 as %d yuan", (text, yuan) => {
    expect(parseYuan(text)).toBe(yuan);
  });

  it.each(["是", "有", "我们", "卖了", "去年", "3200万和4000万", "不知道"])(
    "reads no amount in 「%s」",
    (text) => {
      expect(parseYuan(text)).toBeNull();
    },
  );

  it("refuses an amount beyond any real enterprise (1 万亿) and takes one just below", () => {
    expect(parseAmountOrNone("9999999亿")).toBeNull();
    expect(parseAmountOrNone("10000亿")).toBeNull();
    expect(IMPLAUSIBLE_YUAN).toBe(1_000_000_000_000);
    expect(parseAmountOrNone("9999亿")).toBe(999_900_000_000);
  });

  it("does not take an amount as a count of shops, villages or courier companies", () => {
    expect(parseCount("3500万")).toBeNull();
    expect(parseCount("5w")).toBeNull();
    expect(parseCount("25家")).toBe(25);
    expect(parseCount("十家")).toBe(10);
  });
});
