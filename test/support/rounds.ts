// The body of a round as the tests open one (contract §13): the 2025 figures, filed in March 2026, for the
// village and town clauses, under a budget of 5,000,000 yuan; each test changes what it is about.

export function roundBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "2025年度电子商务高质量发展奖励资金申报",
    figuresYear: 2025,
    opensOn: "2026-03-01",
    closesOn: "2026-03-31",
    clauses: ["village", "town"],
    budgetYuan: 5_000_000,
    standards: {},
    districtReview: false,
    ...over,
  };
}
