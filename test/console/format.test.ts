// How the console writes facts, money and sizes: in the applicant's own figures, yuan as 万元,
// never 「null」.

import { describe, expect, it } from "vitest";
import { asked, fact, size, wan } from "../../web/console/src/format.ts";
import type { Labels } from "../../web/console/src/labels.ts";
import { consoleLabels } from "../../api/staff/console-labels.ts";

const L = consoleLabels() as unknown as Labels;

describe("the console's formats", () => {
  it("writes a loan asked of 800 万 as 800 万元, in the applicant's own figure", () => {
    expect(fact(L, "loanAmountYuan", 8_000_000)).toBe("800 万元");
  });

  it("shows the loan asked in the queue where no budget money is asked, beside it where some is", () => {
    expect(asked(0, 8_000_000)).toBe("贷款 800 万元");
    expect(asked(50_000, 8_000_000)).toBe("5 万元＋贷款 800 万元");
    expect(asked(50_000, null)).toBe("5 万元");
    expect(asked(0, null)).toBe("0 万元");
  });

  it("writes yuan as 万元, yes-or-no as 是/否, words by their Chinese names", () => {
    expect(fact(L, "physicalGoodsRetailYuan", 80_000_000)).toBe("8,000 万元");
    expect(fact(L, "counted", true)).toBe("是");
    expect(fact(L, "counted", false)).toBe("否");
    expect(fact(L, "subjectType", "village")).toBe("行政村");
  });

  it("writes a missing value as a dash, never 「null」", () => {
    expect(fact(L, "physicalGoodsRetailYuan", null)).toBe("—");
    expect(wan(null)).toBe("—");
    expect(wan(undefined)).toBe("—");
  });

  it("writes sizes in bytes below 1 KB, in KB below 1 MB, in MB from there", () => {
    expect(size(1023)).toBe("1023 字节");
    expect(size(1024)).toBe("1.0 KB");
    expect(size(1024 * 1024 - 1)).toBe("1024.0 KB");
    expect(size(1024 * 1024)).toBe("1.0 MB");
  });
});
