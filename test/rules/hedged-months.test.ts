// Hedged durations decide the 12-month condition where they can: 「一年多」 has it, 「不到一年」 has not.

import { describe, expect, it } from "vitest";
import { parseMonths } from "../../rules/answers.ts";

describe("hedged durations in the database", () => {
  it.each([
    ["一年多", 12],
    ["已经一年多了", 12],
    ["1年多", 12],
    ["不到一年", 11],
    ["还不满一年", 11],
    ["半年多", 7],
    ["两年多", 24],
    ["两年", 24],
  ])("reads 「%s」 as %d months", (text, months) => {
    expect(parseMonths(text)).toBe(months);
  });

  it("keeps both sides of the 12-month line apart", () => {
    expect(parseMonths("一年多")! >= 12).toBe(true);
    expect(parseMonths("不到一年")! < 12).toBe(true);
  });

  it("does not guess at other hedges", () => {
    expect(parseMonths("好几年")).toBeNull();
    expect(parseMonths("挺久了")).toBeNull();
  });
});
