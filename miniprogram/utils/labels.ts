// Chinese names the API does not send with every answer: articles, kinds of support, statuses.
// The application statuses are those of the server's contract/labels.ts.

const NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 5 → 「第五条」. */
export function articleName(n: number): string {
  return `第${NUMERALS[n] ?? n}条`;
}

export const KIND_LABELS: Record<string, string> = {
  award: "奖励",
  subsidy: "补贴",
  loan: "贷款",
  case_by_case: "一事一议",
};

export const STATUS_LABELS: Record<string, string> = {
  submitted: "待审核",
  approved: "已通过",
  rejected: "已驳回",
  needs_more_info: "待补材料",
  district_passed: "区县初审通过",
};
