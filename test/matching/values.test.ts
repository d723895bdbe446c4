// One cell at a time: amounts in whole 元, counts, shares, 是/否, subject types, districts and credit
// codes, each either read exactly or refused with a message that says how to fix it.

import { describe, expect, it } from "vitest";
import {
  looksLikeFormula,
  readCount,
  readDistrict,
  readMonths,
  readName,
  readPercent,
  readSubjectType,
  readUscc,
  readYesNo,
  readYuan,
  type Read,
} from "../../api/matching/values.ts";
import { uscc } from "./helpers.ts";

function value<T>(r: Read<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r.value;
}
function message<T>(r: Read<T>): string {
  if (r.ok) throw new Error(`accepted: ${String(r.value)}`);
  return r.message;
}

describe("an amount cell", () => {
  it.each([
    ["30000000", 30_000_000],
    ["80,000,000", 80_000_000],
    ["８０，０００，０００", 80_000_000],
    [" 29999999 ", 29_999_999],
    ["80000000.00", 80_000_000],
    ["80000000元", 80_000_000],
    ["0", 0],
  ])("reads %j as %d 元", (text, yuan) => {
    expect(value(readYuan(text))).toBe(yuan);
  });

  it("reads a numeric spreadsheet cell as it is", () => {
    expect(value(readYuan(80_000_000))).toBe(80_000_000);
  });

  it("refuses a negative amount", () => {
    expect(message(readYuan("-5"))).toContain("不能为负数");
    expect(message(readYuan(-1))).toContain("不能为负数");
  });

  it("refuses fractions of a yuan, in text and in a numeric cell", () => {
    expect(message(readYuan("30000000.5"))).toContain("须为整数元");
    expect(message(readYuan(0.5))).toContain("须为整数元");
  });

  it("refuses 三千万 and 3000万, saying the figure in 元 to write instead", () => {
    expect(message(readYuan("三千万"))).toContain("请填写 30000000");
    expect(message(readYuan("3000万"))).toContain("请填写 30000000");
  });

  it("refuses text that is no amount at all", () => {
    expect(message(readYuan("见附件"))).toContain("不是金额");
  });

  it("refuses thousands separators in the wrong places rather than guess", () => {
    expect(readYuan("8000,0000").ok).toBe(false);
  });

  it("refuses scientific notation, which has lost digits", () => {
    expect(message(readYuan("8.1E+07"))).toContain("科学计数法");
  });

  it("refuses a yes/no cell", () => {
    expect(readYuan(true).ok).toBe(false);
  });
});

describe("count and month cells", () => {
  it("read whole numbers, with their unit or without", () => {
    expect(value(readCount("25"))).toBe(25);
    expect(value(readCount("25家", "家"))).toBe(25);
    expect(value(readMonths("12个月"))).toBe(12);
    expect(value(readMonths(12))).toBe(12);
  });

  it("refuse fractions and negatives", () => {
    expect(message(readCount("2.5"))).toContain("须为整数");
    expect(message(readMonths(-1))).toContain("不能为负数");
  });
});

describe("a share cell", () => {
  it("reads 85, 85% and 85.5 as per cent", () => {
    expect(value(readPercent("85"))).toBe(85);
    expect(value(readPercent("85%"))).toBe(85);
    expect(value(readPercent("85.5％"))).toBe(85.5);
    expect(value(readPercent(80))).toBe(80);
  });

  it("accepts 0 and 100 and refuses just outside them", () => {
    expect(value(readPercent("0"))).toBe(0);
    expect(value(readPercent("100"))).toBe(100);
    expect(readPercent("100.01").ok).toBe(false);
    expect(readPercent("-0.01").ok).toBe(false);
  });
});

describe("a yes/no cell", () => {
  it.each(["是", "Y", "y", "yes", "YES", "true", "TRUE", "1", true, 1])("reads %j as yes", (cell) => {
    expect(value(readYesNo(cell))).toBe(true);
  });

  it.each(["否", "N", "no", "false", "FALSE", "0", false, 0])("reads %j as no", (cell) => {
    expect(value(readYesNo(cell))).toBe(false);
  });

  it.each(["有", "√", "已纳统", "不清楚", "2"])("refuses %j rather than guess", (cell) => {
    expect(message(readYesNo(cell))).toContain("须填「是」或「否」");
  });
});

describe("the subject type", () => {
  it("reads the template's words, the policy's own label and the contract's keys", () => {
    expect(value(readSubjectType("企业"))).toBe("enterprise");
    expect(value(readSubjectType("行政村"))).toBe("village");
    expect(value(readSubjectType("乡镇"))).toBe("town");
    expect(value(readSubjectType("电商产业园区"))).toBe("park");
    expect(value(readSubjectType("电商产业园区（基地）"))).toBe("park");
    expect(value(readSubjectType("park"))).toBe("park");
  });

  it("is required and refuses anything else", () => {
    expect(message(readSubjectType(""))).toContain("不能为空");
    expect(message(readSubjectType("个体户"))).toContain("企业 / 行政村 / 乡镇 / 电商产业园区");
  });
});

describe("the district", () => {
  it("may be blank", () => {
    expect(value(readDistrict(null))).toBeNull();
    expect(value(readDistrict("  "))).toBeNull();
  });

  it("reads the official names and the names without 区 or 县", () => {
    expect(value(readDistrict("桓台县"))).toBe("桓台县");
    expect(value(readDistrict("桓台"))).toBe("桓台县");
    expect(value(readDistrict("淄博市张店区"))).toBe("张店区");
    expect(value(readDistrict("文昌湖"))).toBe("文昌湖区");
  });

  it("refuses a wrong suffix, a number or an unknown place, listing the districts", () => {
    for (const text of ["桓台区", "3", "济南市历下区"])
      expect(message(readDistrict(text))).toContain("张店区、淄川区");
  });
});

describe("the credit code", () => {
  it("reads a valid code, upper-casing it and dropping spaces", () => {
    const code = uscc(7);
    expect(value(readUscc(` ${code.toLowerCase().slice(0, 9)} ${code.slice(9)} `))).toBe(code);
  });

  it("refuses a wrong check character, a wrong length, or a blank", () => {
    const code = uscc(7);
    const wrong = code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
    expect(message(readUscc(wrong))).toContain("校验位不符");
    expect(message(readUscc(code.slice(0, 17)))).toContain("18 位");
    expect(message(readUscc(""))).toContain("不能为空");
  });

  it("refuses a numeric cell, which has lost the code's last digits", () => {
    expect(message(readUscc(913703031234567800))).toContain("文本格式");
  });
});

describe("the name", () => {
  it("is required and at most 200 characters", () => {
    expect(message(readName(""))).toContain("不能为空");
    expect(value(readName("甲".repeat(200)))).toHaveLength(200);
    expect(readName("甲".repeat(201)).ok).toBe(false);
  });
});

describe("formula-looking text", () => {
  it.each(["=1+1", "+86 10 1234", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x")'])("flags %j", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each(["-5", "+1,000", "-", "甲公司", "30000000"])("leaves %j to the column's own check", (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});
