// 「查询进度」: a talker's applications in plain words.

import { CLAUSES_BY_ID, formatWan, type ClauseId } from "../../rules/index.ts";

/** An application as 「查询进度」 reads it (an item of the API's list, contract §5). */
export interface ApplicationSummary {
  id: string;
  number: string;
  status: string;
  clauses: string[];
  requestedAmountYuan: number | null;
  approvedAmountYuan: number | null;
  createdAt: string;
  updatedAt: string;
}

const STATUS: Record<string, string> = {
  submitted: "⏳ 已提交，等待审核",
  approved: "✅ 已通过",
  rejected: "❌ 未通过",
  needs_more_info: "📎 需要补充材料",
  district_passed: "🏛️ 区县初审已通过，等待市级审定",
};

export function statusMessage(items: readonly ApplicationSummary[]): string {
  if (items.length === 0) return "您还没有提交过申报。回复「自测」看看能申请哪些项目。";
  const lines = items.slice(0, 10).map((a) => {
    const names = a.clauses.map((c) => CLAUSES_BY_ID[c as ClauseId]?.name ?? c).join("、");
    const amount =
      a.status === "approved" && a.approvedAmountYuan !== null
        ? `，核定 ${formatWan(a.approvedAmountYuan)}`
        : "";
    return `${a.number}（${a.createdAt.slice(0, 10)}）${names}：${STATUS[a.status] ?? a.status}${amount}`;
  });
  return `您的申报：\n${lines.join("\n")}${items.length > 10 ? `\n……共 ${items.length} 份，仅显示最近 10 份` : ""}`;
}

export const STATUS_UNAVAILABLE = "暂时无法查询申报进度（申报系统连接不上），请稍后再试，或回复「人工」。";
export const STATUS_NOT_CONNECTED = "当前没有连接市商务局的申报系统，无法查询进度。";
