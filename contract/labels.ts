// How application states and decisions are named in Chinese, wherever people read them (staff
// room, 企业微信, exports, the console).

export const STATUS_LABELS: Record<string, string> = {
  submitted: "待审核",
  approved: "已通过",
  rejected: "已驳回",
  needs_more_info: "待补材料",
  district_passed: "区县初审通过",
};

/** A clause's status in an assessment (contract §3), in a word: the 政策找人 results and their export. */
export const ASSESSMENT_STATUS_LABELS: Record<string, string> = {
  eligible: "符合",
  manual_review: "需人工审核",
  needs_info: "信息不足",
  ineligible: "不符合",
};

export const DECISION_LABELS: Record<string, string> = {
  approved: "通过",
  rejected: "驳回",
  needs_more_info: "要求补充材料",
  district_passed: "区县初审通过",
  reopened: "重新打开（撤回原决定，重新审核）",
};
