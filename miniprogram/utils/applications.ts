// 我的申报: each application (GET /api/me/applications) as a card — number, status, the items
// applied for, when, and every decision with its note and approved amount.

import { formatBeijingTime, formatWan, formatYuanExact } from "./money.js";
import { STATUS_LABELS } from "./labels.js";
import type { MyApplication } from "./types.js";

export interface DecisionView {
  label: string;
  note: string;
  amountText: string;
  atText: string;
}

export interface ApplicationCardView {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  clausesText: string;
  createdText: string;
  decisions: DecisionView[];
  /** Still before the bureau: materials may be sent. */
  canUpload: boolean;
  /** 待补材料: what the bureau asked for (its latest 「补材料」 note). */
  request: string;
}

export function applicationCard(a: MyApplication): ApplicationCardView {
  const asked = [...(a.decisions ?? [])].reverse().find((d) => d.decision === "needs_more_info");
  return {
    canUpload: a.status === "submitted" || a.status === "needs_more_info",
    request: a.status === "needs_more_info" ? (asked?.note ?? "") : "",
    id: a.id,
    number: a.number,
    status: a.status,
    statusLabel: a.statusLabel || STATUS_LABELS[a.status] || a.status,
    clausesText: (a.clauses ?? []).map((c) => c.name).join("、"),
    createdText: formatBeijingTime(a.createdAt),
    decisions: (a.decisions ?? []).map((d) => ({
      label: d.decisionLabel || d.decision,
      note: d.note ?? "",
      amountText:
        typeof d.approvedAmountYuan === "number"
          ? `核定金额 ${formatWan(d.approvedAmountYuan)}（${formatYuanExact(d.approvedAmountYuan)}）`
          : "",
      atText: formatBeijingTime(d.at),
    })),
  };
}
