// The mini-program's own copies of the server's small rules — money in 万元, the 统一社会信用代码
// check character, phone numbers, status names — agree with the server's, so a person is never
// told one thing on the phone and another by the API.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUS_LABELS as SERVER_STATUS_LABELS } from "../../contract/labels.ts";
import {
  formatWan as serverFormatWan,
  normalizePhone as serverNormalizePhone,
  usccCheckCharacter as serverCheck,
} from "../../rules/index.ts";
import { articleName, STATUS_LABELS } from "../../miniprogram/utils/labels.ts";
import {
  formatBeijingTime,
  formatChineseDate,
  formatWan,
  formatYuanExact,
  parseWan,
  yuanToWanText,
} from "../../miniprogram/utils/money.ts";
import { normalizePhone } from "../../miniprogram/utils/phone.ts";
import { normalizeUscc, usccCheckCharacter, usccMessage } from "../../miniprogram/utils/uscc.ts";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const first17 = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 })
  .map((a) => a.join(""));
const validCode = first17.map((f) => f + usccCheckCharacter(f)!);

describe("amounts in 万元", () => {
  it("are written as the server writes them", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -2e9, max: 2e9 }),
          fc.integer({ min: 0, max: 2000 }).map((n) => n * 10_000),
        ),
        (yuan) => {
          expect(formatWan(yuan)).toBe(serverFormatWan(yuan));
        },
      ),
    );
    expect(formatWan(80_000_000)).toBe("8000 万元");
    expect(formatWan(120_000_000)).toBe("1.2 亿元");
    expect(formatWan(5000)).toBe("5000 元");
  });

  it("are read from a 万元 field into whole yuan without rounding error", () => {
    expect(parseWan("3500")).toBe(35_000_000);
    expect(parseWan("0.5")).toBe(5000);
    expect(parseWan(".3")).toBe(3000);
    expect(parseWan("0.0001")).toBe(1);
    expect(parseWan("1,200")).toBe(12_000_000);
    expect(parseWan("３５００")).toBe(35_000_000);
    expect(parseWan("3500万")).toBe(35_000_000);
    expect(parseWan("0.3")).toBe(3000);
    expect(parseWan("1.1")).toBe(11_000);
    for (const bad of ["", ".", "-5", "abc", "1e3", "0.00001", "3.5.1", "三千"])
      expect(parseWan(bad)).toBeNull();
  });

  it("come back unchanged from the text a 万元 field shows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (yuan) => {
        expect(parseWan(yuanToWanText(yuan))).toBe(yuan);
      }),
    );
  });

  it("are written exactly, with thousands separators, where the exact figure matters", () => {
    expect(formatYuanExact(40_000)).toBe("40,000 元");
    expect(formatYuanExact(1_234_567)).toBe("1,234,567 元");
    expect(formatYuanExact(999)).toBe("999 元");
  });
});

describe("dates", () => {
  it("are shown in Beijing time and as the policy writes them", () => {
    expect(formatBeijingTime("2026-11-24T14:30:00.000Z")).toBe("2026-11-24 22:30");
    expect(formatBeijingTime("2026-12-31T16:05:00Z")).toBe("2027-01-01 00:05");
    expect(formatBeijingTime("not a date")).toBe("");
    expect(formatChineseDate("2027-09-30")).toBe("2027年9月30日");
    expect(articleName(5)).toBe("第五条");
  });
});

describe("the 统一社会信用代码 check", () => {
  it("computes the same check character as the server", () => {
    fc.assert(
      fc.property(first17, (f) => {
        expect(usccCheckCharacter(f)).toBe(serverCheck(f));
      }),
    );
  });

  it("accepts a code with the right check character, pasted in lower case with spaces", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(usccMessage(code)).toBeNull();
      }),
    );
    expect(normalizeUscc(" 91370303 ma3c-xxxx ")).toBe("91370303MA3CXXXX");
    expect(normalizeUscc("９１３７")).toBe("9137");
  });

  it("says what is wrong: empty, the length, a letter not used, or a mistyped character", () => {
    expect(usccMessage("")).toBe("请填写统一社会信用代码（营业执照或证书上的 18 位代码）");
    expect(usccMessage("91370303MA3C")).toBe("统一社会信用代码应为 18 位，您填写的是 12 位");
    expect(usccMessage("91370303MA3CXXXXXO")).toBe(
      "统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z），「O」有误",
    );
    fc.assert(
      fc.property(validCode, fc.constantFrom(...ALPHABET), (code, c) => {
        fc.pre(c !== code[17]);
        expect(usccMessage(code.slice(0, 17) + c)).toBe(
          "统一社会信用代码校验位不符，请核对营业执照上的代码是否有输错",
        );
      }),
    );
  });
});

describe("phone numbers", () => {
  it("are read as the server reads them", () => {
    const samples = [
      "13800000000",
      "138 0000 0000",
      "+86 138-0000-0000",
      "0086 13800000000",
      "8613800000000",
      "0533-1234567",
      "05331234567",
      "(0533)1234567",
      "0533-12345678-123",
      "１３８００００００００",
      "12345",
      "1380000000",
      "23800000000",
      "abc",
      "",
    ];
    for (const s of samples) expect(normalizePhone(s), s).toBe(serverNormalizePhone(s));
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(normalizePhone(s)).toBe(serverNormalizePhone(s));
      }),
    );
  });
});

describe("status names", () => {
  it("are the server's", () => {
    expect(STATUS_LABELS).toEqual(SERVER_STATUS_LABELS);
  });
});
