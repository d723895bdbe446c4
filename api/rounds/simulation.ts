// What a round would cost (contract §13, the simulation): pure arithmetic over amounts already known.
// Each application counts what was approved, else its estimate at the standards; a subject of a
// matching run counts its estimate. A clause whose money is under a yearly city total (article 2's
// 「全市补贴总额不超过500万元」) counts at most that total, whatever the sum of the estimates.

export interface CostItem {
  clause: string;
  amountYuan: number;
}

export interface Cost {
  budgetYuan: number;
  totalYuan: number;
  byClause: Record<string, { count: number; totalYuan: number }>;
}

export function roundCost(
  items: readonly CostItem[],
  budgetYuan: number,
  cityTotals: Readonly<Record<string, number>> = {},
): Cost {
  const byClause: Record<string, { count: number; totalYuan: number }> = {};
  for (const it of items) {
    const c = (byClause[it.clause] ??= { count: 0, totalYuan: 0 });
    c.count++;
    c.totalYuan += it.amountYuan;
  }
  for (const [clause, cap] of Object.entries(cityTotals)) {
    const c = byClause[clause];
    if (c && c.totalYuan > cap) c.totalYuan = cap;
  }
  const totalYuan = Object.values(byClause).reduce((s, c) => s + c.totalYuan, 0);
  return { budgetYuan, totalYuan, byClause };
}
