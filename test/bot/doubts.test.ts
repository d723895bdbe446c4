// Doubtful readings are asked back, not written: a bare 2800 for a year's sales, a count no subject
// here could have, a share over 100 %, an amount beyond any real enterprise.

import { describe, expect, it } from "vitest";
import { startConversation } from "../../bot/dialog.ts";
import { asked, NOW, say } from "../support/dialog.ts";

const now = NOW;

describe("doubtful readings", () => {
  it.each([
    ["activeShops", "village", "25000家", 25_000, "250家", 250],
    ["ecommerceVillages", "town", "400个", 400, "4个", 4],
    ["expressCompanies", "enterprise", "60家", 60, "6家", 6],
    ["monthsInDatabase", "enterprise", "50年", 600, "5年", 60],
  ] as const)(
    "asks back %s of 「%s」 before writing it; 「是」 writes it, a new figure replaces it",
    (fact, subject, said, value, better, betterValue) => {
      const t = say(asked(fact, subject), said);
      expect(t.state.facts[fact]).toBeUndefined();
      expect(t.state.asking).toBe(fact);
      expect(t.replies.join("")).toContain("想再确认一下");
      expect(say(t.state, "是").state.facts[fact]).toBe(value);
      expect(say(t.state, better).state.facts[fact]).toBe(betterValue);
    },
  );

  it.each([
    ["activeShops", "village", "5000家", 5000],
    ["ecommerceVillages", "town", "100个", 100],
    ["expressCompanies", "enterprise", "30家", 30],
  ] as const)(
    "writes %s of 「%s」 at the edge of what is plausible at once",
    (fact, subject, said, value) => {
      expect(say(asked(fact, subject), said).state.facts[fact]).toBe(value);
    },
  );

  it("asks whether a bare 2800 for a year's sales means 万, and writes 2,800 万 on 「是」", () => {
    const t = say(asked("physicalGoodsRetailYuan", "enterprise"), "2800");
    expect(t.replies.join("")).toContain("您说的 2800 是 2800 万元吗");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(say(t.state, "是").state.facts.physicalGoodsRetailYuan).toBe(28_000_000);
    expect(say(t.state, "2800元").state.facts.physicalGoodsRetailYuan).toBe(2_800);
  });

  it("does not ask back 99,999 元 typed with its unit, and asks back a bare 99999 but not a bare 100000", () => {
    const s = asked("physicalGoodsRetailYuan", "enterprise");
    expect(say(s, "99999元").state.facts.physicalGoodsRetailYuan).toBe(99_999);
    expect(say(s, "99999").state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(say(s, "100000").state.facts.physicalGoodsRetailYuan).toBe(100_000);
  });

  it("refuses a share over 100 % with the reason, and takes 100 %", () => {
    const s = asked("parcelSharePercent", "enterprise");
    const t = say(s, "120%");
    expect(t.replies.join("")).toContain("0–100%");
    expect(t.state.facts.parcelSharePercent).toBeUndefined();
    expect(t.state.asking).toBe("parcelSharePercent");
    expect(say(s, "100%").state.facts.parcelSharePercent).toBe(100);
  });

  it("refuses an amount beyond any real enterprise, and takes one just below 1 万亿", () => {
    const s = asked("physicalGoodsRetailYuan", "enterprise");
    const t = say(s, "9999999亿");
    expect(t.replies.join("")).toContain("超过了任何企业一年的规模");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(say(s, "9999亿").state.facts.physicalGoodsRetailYuan).toBe(999_900_000_000);
  });

  it("writes the plausible facts of a sentence and asks back the doubtful one", () => {
    const t = say(startConversation({ now }), "我们村去年卖了1500万，网店两万家");
    expect(t.state.facts).toMatchObject({ subjectType: "village", onlineRetailYuan: 15_000_000 });
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.state.asking).toBe("activeShops");
    expect(t.replies.join("")).toContain("20000 家");
    expect(say(t.state, "是").state.facts.activeShops).toBe(20_000);
  });
});
