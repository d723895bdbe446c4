// An audit entry's details in Chinese words (the console's 内容 column and the export's 详情): the
// account touched, a decision's amount, its note and the states it moved between, the file, the
// call's outcome — never raw JSON. Pure, so it is tested apart from the database.

import { CLAUSES_BY_ID, formatWan, type ClauseId } from "../../rules/index.ts";
import { STATUS_LABELS } from "../../contract/labels.ts";
import { CALL_OUTCOME_LABELS, type CallOutcome } from "../matching/calls.ts";
import { ROLE_LABELS } from "./accounts.ts";

const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const amount = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const clauseName = (c: string) => CLAUSES_BY_ID[c as ClauseId]?.name ?? c;

/** The details of an entry as one line a person reads; "" when there is nothing to say. */
export function auditDetailText(action: string, details: unknown, account?: string): string {
  const d = (details && typeof details === "object" ? details : {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (account) parts.push(`账号 ${account}`);
  // The role's name without what it may do (「审批（还可通过……）」 → 「审批」).
  if (text(d.role))
    parts.push(`角色 ${(ROLE_LABELS[d.role as keyof typeof ROLE_LABELS] ?? d.role).split("（")[0]}`);
  if (text(d.district)) parts.push(`区县 ${d.district}`);
  if (action.startsWith("application.") && text(d.from) && text(d.to))
    parts.push(`${STATUS_LABELS[d.from] ?? d.from} → ${STATUS_LABELS[d.to] ?? d.to}`);
  if (action === "application.approved" && amount(d.approvedAmountYuan))
    parts.push(`核定金额 ${formatWan(d.approvedAmountYuan)}`);
  if (amount(d.withdrawnAmountYuan)) parts.push(`撤回核定 ${formatWan(d.withdrawnAmountYuan)}`);
  if (action === "application.submitted" && amount(d.requestedAmountYuan))
    parts.push(`申请金额 ${formatWan(d.requestedAmountYuan)}`);
  if (text(d.name) && action !== "account_added") parts.push(`名称 ${d.name}`);
  if (text(d.clause)) parts.push(`项目 ${clauseName(d.clause)}`);
  if (Array.isArray(d.clauses) && d.clauses.every(text))
    parts.push(`项目 ${(d.clauses as string[]).map(clauseName).join("、")}`);
  if (text(d.outcome)) parts.push(`结果 ${CALL_OUTCOME_LABELS[d.outcome as CallOutcome] ?? d.outcome}`);
  if (text(d.fileName)) parts.push(`文件 ${d.fileName}`);
  if (amount(d.rows)) parts.push(`${d.rows} 行`);
  if (text(d.format)) parts.push(`格式 ${d.format}`);
  if (amount(d.invited)) parts.push(`邀请 ${d.invited} 家`);
  if (text(d.note)) parts.push(`说明：${d.note.trim()}`);
  if (Array.isArray(d.warnings) && d.warnings.length > 0)
    parts.push(`提示：${d.warnings.filter(text).join("；")}`);
  return parts.join("，");
}
