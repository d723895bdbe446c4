// The payable amounts of a round (拨付, contract §14): each approved amount as it is, or — when the
// approvals exceed the round's budget — scaled by budget ÷ total approved and rounded down to the
// whole yuan. So no payable is above its approval and the total never above the budget; what the
// rounding leaves of the budget is stated (the remainder), never shared out at random to some and
// not to others with the same approval. Exact: computed in integers (BigInt), never in floating point.

export interface ProRata {
  budgetYuan: number;
  approvedTotalYuan: number;
  /** True when the approvals exceed the budget and every amount was scaled. */
  scaled: boolean;
  /** budget ÷ total approved, six decimals, as a person reads it ("1" when not scaled). */
  ratio: string;
  payable: number[];
  totalYuan: number;
  /** What the rounding down left of the budget (0 when not scaled). */
  remainderYuan: number;
}

export function proRata(approved: readonly number[], budgetYuan: number): ProRata {
  for (const a of approved)
    if (!Number.isSafeInteger(a) || a < 0) throw new RangeError(`核定金额须为非负整数元：${a}`);
  if (!Number.isSafeInteger(budgetYuan) || budgetYuan < 0)
    throw new RangeError(`预算须为非负整数元：${budgetYuan}`);
  const total = approved.reduce((s, a) => s + BigInt(a), 0n);
  const budget = BigInt(budgetYuan);
  if (total <= budget)
    return {
      budgetYuan,
      approvedTotalYuan: Number(total),
      scaled: false,
      ratio: "1",
      payable: [...approved],
      totalYuan: Number(total),
      remainderYuan: 0,
    };
  const payable = approved.map((a) => Number((BigInt(a) * budget) / total));
  const sum = payable.reduce((s, p) => s + p, 0);
  const micro = (budget * 1_000_000n) / total; // floor(ratio × 10^6)
  const ratio = `${micro / 1_000_000n}.${String(micro % 1_000_000n).padStart(6, "0")}`;
  return {
    budgetYuan,
    approvedTotalYuan: Number(total),
    scaled: true,
    ratio,
    payable,
    totalYuan: sum,
    remainderYuan: budgetYuan - sum,
  };
}
