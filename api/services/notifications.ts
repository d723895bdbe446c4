// The notification rows an event writes (the transactional outbox, contract §6): one per channel
// and recipient, each with its own id — the event id a receiver uses to drop repeats. The texts
// are built here, at the event, so what staff and applicants read does not change on redelivery.

import { CLAUSES_BY_ID, formatWan, maskPhone, type ClauseId } from "../../rules/index.ts";
import { STATUS_LABELS, type ApplicationStatus } from "./transitions.ts";
import type { DetailRow } from "./applications.ts";

export interface NotifyTargets {
  /** Write webhook rows (NOTIFY_WEBHOOK_URL is set). */
  webhook: boolean;
  /** Link to the application's detail page, when PUBLIC_URL is set. */
  publicUrl?: string | undefined;
}

interface Row {
  id: string;
  event: string;
  channel: "webhook" | "wechat_staff" | "wechat_applicant";
  recipient: string | null;
  applicationId: string;
  payload: object;
}

/** One row per channel, each with its own id (the event id a receiver dedupes by). */
function outboxRows(
  event: string,
  applicationId: string,
  p: { webhook: object | null; staff: object; applicant: { to: string; payload: object } | null },
): Row[] {
  const row = (channel: Row["channel"], recipient: string | null, payload: object): Row => ({
    id: crypto.randomUUID(),
    event,
    applicationId,
    channel,
    recipient,
    payload,
  });
  return [
    ...(p.webhook ? [row("webhook", null, p.webhook)] : []),
    row("wechat_staff", null, p.staff),
    ...(p.applicant ? [row("wechat_applicant", p.applicant.to, p.applicant.payload)] : []),
  ];
}

function clauseLines(a: DetailRow): string[] {
  return a.clauses.map((c) => {
    const name = CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause;
    const amount =
      c.kind === "loan"
        ? `贷款额度上限 ${formatWan(c.maxAmountYuan ?? 0)}`
        : c.estimatedAmountYuan !== null
          ? `测算 ${formatWan(c.estimatedAmountYuan)}（上限 ${formatWan(c.maxAmountYuan ?? 0)}）`
          : c.maxAmountYuan !== null
            ? `最高 ${formatWan(c.maxAmountYuan)}`
            : "一事一议";
    return `第${c.article}条 ${name}：${amount}`;
  });
}

function summary(a: DetailRow) {
  const s = a.applicantSnapshot as Record<string, string>;
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    applicantName: s.name,
    district: a.district,
    contactName: s.contactName,
    contactPhoneMasked: maskPhone(s.contactPhone ?? ""),
    clauses: a.clauses.map((c) => ({
      clause: c.clause,
      name: CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause,
      maxAmountYuan: c.maxAmountYuan,
      estimatedAmountYuan: c.estimatedAmountYuan,
    })),
    requestedAmountYuan: a.requestedAmountYuan,
    approvedAmountYuan: a.approvedAmountYuan,
  };
}

function link(a: DetailRow, t: NotifyTargets): string | null {
  return t.publicUrl ? `${t.publicUrl.replace(/\/$/, "")}/api/applications/${a.id}` : null;
}

/**
 * Staff hear of every submission. The applicant gets a receipt in WeChat only when someone else
 * (staff) filed for them: when the bot files, it gives the number in the same conversation itself.
 */
export function submissionNotifications(a: DetailRow, t: NotifyTargets, submittedByBot: boolean): Row[] {
  const s = summary(a);
  const lines = [
    `📥 新的申报 ${a.number}`,
    `申报主体：${s.applicantName}（${a.district}）`,
    `联系人：${s.contactName} ${s.contactPhoneMasked}`,
    ...clauseLines(a),
    `预计申请金额合计：${formatWan(a.requestedAmountYuan ?? 0)}（不含贷款）`,
    `回复「详情 ${a.number}」查看，「通过 ${a.number} 金额 说明」或「驳回 ${a.number} 原因」处理`,
  ];
  const url = link(a, t);
  const markdown = [
    `### 新的电商政策申报 <font color="info">${a.number}</font>`,
    `> 申报主体：**${s.applicantName}**`,
    `> 所属区县：${a.district}`,
    `> 联系人：${s.contactName} ${s.contactPhoneMasked}`,
    ...clauseLines(a).map((l) => `> ${l}`),
    `> 预计申请金额合计：**${formatWan(a.requestedAmountYuan ?? 0)}**（不含贷款）`,
    ...(url ? [`[查看详情](${url})`] : []),
  ].join("\n");
  return outboxRows("application.submitted", a.id, {
    webhook: t.webhook ? { application: s, markdown } : null,
    staff: { application: s, text: lines.join("\n") },
    applicant:
      a.wechatId && !submittedByBot
        ? {
            to: a.wechatId,
            payload: {
              application: { id: a.id, number: a.number, status: a.status },
              text: `您好，市商务局已收到您的申报，编号 ${a.number}。审核有结果后会在这里通知您；回复「查询进度」可随时查看。`,
            },
          }
        : null,
  });
}

const NEXT_STEP: Record<string, string> = {
  approved: "资金将按市商务局当年的兑现安排拨付，请留意后续通知。",
  rejected: "如对结果有疑问，可回复「人工」联系工作人员，或在条件满足后重新申报。",
  needs_more_info: "请按说明准备材料，回复「人工」联系工作人员补充。",
  reopened: "工作人员将重新审核，请耐心等待。",
};

export function decisionNotifications(
  a: DetailRow,
  d: { decision: string; note: string; approvedAmountYuan: number | null },
  t: NotifyTargets,
): Row[] {
  const s = summary(a);
  const status = STATUS_LABELS[a.status as ApplicationStatus];
  const amount = d.approvedAmountYuan !== null ? `，核定金额 ${formatWan(d.approvedAmountYuan)}` : "";
  const note = d.note ? `\n说明：${d.note}` : "";
  const staffText = `📝 申报 ${a.number}（${s.applicantName}）已处理：${status}${amount}${note}`;
  const applicantText = `您好，您的申报 ${a.number} 有了新进展：${status}${amount}。${note}\n${NEXT_STEP[d.decision] ?? ""}`;
  const decision = { decision: d.decision, note: d.note, approvedAmountYuan: d.approvedAmountYuan };
  const markdown = [
    `### 申报 ${a.number} 已处理：<font color="${d.decision === "approved" ? "info" : "warning"}">${status}</font>`,
    `> 申报主体：**${s.applicantName}**（${a.district}）`,
    ...(d.approvedAmountYuan !== null ? [`> 核定金额：**${formatWan(d.approvedAmountYuan)}**`] : []),
    ...(d.note ? [`> 说明：${d.note}`] : []),
  ].join("\n");
  return outboxRows(`application.${d.decision}`, a.id, {
    webhook: t.webhook ? { application: s, decision, markdown } : null,
    staff: { application: s, decision, text: staffText },
    applicant: a.wechatId
      ? {
          to: a.wechatId,
          payload: {
            application: { id: a.id, number: a.number, status: a.status },
            decision,
            text: applicantText,
          },
        }
      : null,
  });
}
