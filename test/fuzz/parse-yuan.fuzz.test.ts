// Random amount strings through parseYuan: never a negative, NaN, fractional or unsafe yuan.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYuan } from "../../rules/index.ts";

const piece = fc.oneof(
  fc.nat({ max: 1_000_000_000 }).map(String),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map(String),
  fc.constantFrom(
    "万",
    "亿",
    "千",
    "百",
    "十",
    "w",
    "W",
    "k",
    "元",
    "块",
    "¥",
    "￥",
    "人民币",
    "（含）",
    "以上",
    ",",
    "，",
    ".",
    "点",
    "-",
    "负",
    "零",
    "两",
    "三",
    "叁",
    "仟",
    "多",
    " ",
    "\u3000",
    "１",
    "e",
    "Infinity",
    "NaN",
  ),
);

describe("fuzz: parseYuan", () => {
  it("returns null or a safe whole number of yuan ≥ 0 for 10,000 random amount-like strings", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
        (text) => {
          const y = parseYuan(text);
          if (y !== null) {
            expect(Number.isSafeInteger(y)).toBe(true);
            expect(y).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
