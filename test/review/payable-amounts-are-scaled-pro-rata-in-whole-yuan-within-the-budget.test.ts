// Pro-rata payment (contract §14): each payable amount is the approval, or, when the approvals exceed the
// budget, the approval × budget ÷ total rounded down to the whole yuan: never above the approval, the
// total never above the budget, the remainder of rounding stated. Checked against an independent
// computation (exact fractions, by long division of decimal strings) and on random rounds.

import { describe, expect, it } from "vitest";
import { proRata } from "../../api/review/pro-rata.ts";

/** floor(a × b ÷ c) by schoolbook arithmetic on decimal strings — no BigInt, no floating point. */
function floorMulDiv(a: number, b: number, c: number): number {
  // a × b as a digit array
  const da = String(a).split("").map(Number).reverse();
  const db = String(b).split("").map(Number).reverse();
  const prod = new Array(da.length + db.length).fill(0);
  da.forEach((x, i) => db.forEach((y, j) => (prod[i + j] += x * y)));
  for (let i = 0; i < prod.length - 1; i++) {
    prod[i + 1] += Math.floor(prod[i] / 10);
    prod[i] %= 10;
  }
  // long division by c, most significant digit first
  let rest = 0;
  let q = "";
  for (const d of prod.reverse()) {
    rest = rest * 10 + d;
    q += String(Math.floor(rest / c));
    rest %= c;
  }
  return Number(q.replace(/^0+(?=\d)/, ""));
}

describe("the payable amounts", () => {
  it("pays every approval in full when they fit the budget, with no remainder", () => {
    expect(proRata([200_000, 150_000], 5_000_000)).toEqual({
      budgetYuan: 5_000_000,
      approvedTotalYuan: 350_000,
      scaled: false,
      ratio: "1",
      payable: [200_000, 150_000],
      totalYuan: 350_000,
      remainderYuan: 0,
    });
    expect(proRata([100, 200], 300)).toMatchObject({ scaled: false, payable: [100, 200], remainderYuan: 0 });
  });

  it("scales three approvals of 100 yuan to a budget of 200 as 66 each, 2 yuan left and stated", () => {
    expect(proRata([100, 100, 100], 200)).toEqual({
      budgetYuan: 200,
      approvedTotalYuan: 300,
      scaled: true,
      ratio: "0.666666",
      payable: [66, 66, 66],
      totalYuan: 198,
      remainderYuan: 2,
    });
  });

  it("scales 300,000 + 200,000 + 100,000 to a budget of 500,000 as 250,000, 166,666 and 83,333", () => {
    const r = proRata([300_000, 200_000, 100_000], 500_000);
    expect(r.payable).toEqual([250_000, 166_666, 83_333]);
    expect(r.totalYuan).toBe(499_999);
    expect(r.remainderYuan).toBe(1);
    expect(r.ratio).toBe("0.833333");
  });

  it("pays nothing from a budget of 0, and keeps a zero approval at zero", () => {
    expect(proRata([1000, 0], 0)).toMatchObject({
      payable: [0, 0],
      totalYuan: 0,
      remainderYuan: 0,
      scaled: true,
    });
    expect(proRata([], 1000)).toMatchObject({ payable: [], totalYuan: 0, scaled: false });
  });

  it("stays exact where floating point would not: approvals near 10 亿 whose products pass 2^53", () => {
    const approvals = [1_000_000_000, 999_999_999, 123_456_789];
    const budget = 999_999_999;
    const r = proRata(approvals, budget);
    const total = approvals.reduce((s, a) => s + a, 0);
    expect(r.payable).toEqual(approvals.map((a) => floorMulDiv(a, budget, total)));
  });

  it("agrees with the independent computation on 500 random rounds: whole yuan, never above approval, total ≤ budget, remainder stated", () => {
    let seed = 24;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let k = 0; k < 500; k++) {
      const approvals = Array.from({ length: 1 + rand(60) }, () => (rand(5) === 0 ? 0 : 1 + rand(500_000)));
      const total = approvals.reduce((s, a) => s + a, 0);
      const budget = rand(3) === 0 ? total + rand(1000) : rand(total + 1);
      const r = proRata(approvals, budget);
      const expected = total <= budget ? approvals : approvals.map((a) => floorMulDiv(a, budget, total));
      expect(r.payable, `round ${k}`).toEqual(expected);
      for (let i = 0; i < approvals.length; i++) {
        expect(Number.isInteger(r.payable[i])).toBe(true);
        expect(r.payable[i]).toBeLessThanOrEqual(approvals[i]!);
      }
      const sum = r.payable.reduce((s, p) => s + p, 0);
      expect(r.totalYuan).toBe(sum);
      expect(sum).toBeLessThanOrEqual(budget);
      expect(r.scaled).toBe(total > budget);
      expect(r.remainderYuan).toBe(r.scaled ? budget - sum : 0);
      // Rounding down loses less than one yuan per application.
      if (r.scaled) expect(r.remainderYuan).toBeLessThan(Math.max(1, approvals.length));
    }
  });
});
