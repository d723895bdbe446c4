// The notification rows an event writes (the transactional outbox, contract §6): one per channel
// and recipient, each with its own id — the event id a receiver uses to drop repeats. The texts
// are built here, at the event, so what staff and applicants read does not change on redelivery.
// Applicant text (names, notes) is made inert for each output (contract/inert-text.ts); times are
// Beijing time; decisions are named in Chinese.

import { inertMarkdown, inertText } from "../../contract/inert-text.ts";
import { DECISION_LABELS } from "../../contract/labels.ts";
import type { SubscribeContent } from "../../contract/wechat-api.ts";
import { CLAUSES_BY_ID, formatBeijingTime, formatWan, maskPhone, type ClauseId } from "../../rules/index.ts";
import { articleName } from "../../rules/index.ts";
import type { DetailRow } from "../applications/application-views.ts";
import { STATUS_LABELS } from "../review/transitions.ts";

export interface NotifyTargets {
  /** Write webhook rows (NOTIFY_WEBHOOK_URL is set). */
  webhook: boolean;
  /** Where people open an application's page (PUBLIC_URL). */
  publicUrl?: string | undefined;
}

interface Row {
  id: string;
  event: string;
  channel: "webhook" | "wechat_staff" | "wechat_applicant" | "wechat_subscribe";
  recipient: string | null;
  applicationId: string;
  payload: object;
}

export { DECISION_LABELS };

/** One row per channel, each with its own id (the event id a receiver dedupes by). */
function outboxRows(
  event: string,
  applicationId: string,
  p: {
    webhook: object | null;
    staff: object;
    applicant: { to: string; payload: object } | null;
    /** A mini-program user's subscribe message: to the chat user (the deliverer finds the openid). */
    subscribe?: { to: string; payload: SubscribeContentJson } | null;
  },
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
    ...(p.subscribe ? [row("wechat_subscribe", p.subscribe.to, p.subscribe.payload)] : []),
  ];
}

/** A subscribe message's content as stored (contract/wechat-api.ts SubscribeContent, time as text). */
export type SubscribeContentJson = Omit<SubscribeContent, "at"> & { at: string };

/** At most five Chinese characters, as a template's 「审核结果」 (phrase) field takes. */
const RESULT_PHRASE: Record<string, string> = {
  approved: "已通过",
  rejected: "未通过",
  needs_more_info: "需补材料",
  reopened: "重新审核",
  district_passed: "初审通过",
};

function clauseLines(a: DetailRow): string[] {
  // The loan as the applicant asked it (「申请 800 万元」), not the bank's ceiling.
  const asked = (a.facts as { loanAmountYuan?: number } | null)?.loanAmountYuan;
  return a.clauses.map((c) => {
    const name = CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause;
    const amount =
      c.kind === "loan"
        ? asked !== undefined
          ? `申请贷款 ${formatWan(asked)}（额度上限 ${formatWan(c.maxAmountYuan ?? 0)}）`
          : `贷款额度上限 ${formatWan(c.maxAmountYuan ?? 0)}`
        : c.estimatedAmountYuan !== null
          ? `测算 ${formatWan(c.estimatedAmountYuan)}（上限 ${formatWan(c.maxAmountYuan ?? 0)}）`
          : c.maxAmountYuan !== null
            ? `最高 ${formatWan(c.maxAmountYuan)}`
            : "一事一议";
    return `${articleName(c.article)} ${name}：${amount}`;
  });
}

function summary(a: DetailRow) {
  const s = a.applicantSnapshot as Record<string, string>;
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    applicantName: s.name ?? "",
    district: a.district,
    contactName: s.contactName ?? "",
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

/** The application's page for staff: the one place that builds the link. */
export function applicationLink(id: string, t: NotifyTargets): string | null {
  return t.publicUrl ? `${t.publicUrl.replace(/\/$/, "")}/console/applications/${id}` : null;
}

/**
 * Staff hear of every submission. The applicant gets a receipt in WeChat only when someone else
 * (staff) filed for them: when the bot files, it gives the number in the same conversation itself.
 */
export function submissionNotifications(a: DetailRow, t: NotifyTargets, submittedByBot: boolean): Row[] {
  const s = summary(a);
  const at = formatBeijingTime(a.createdAt);
  const lines = [
    `📥 新的申报 ${a.number}`,
    `申报主体：${inertText(s.applicantName)}（${a.district}）`,
    `联系人：${inertText(s.contactName)} ${s.contactPhoneMasked}`,
    ...clauseLines(a),
    `预计申请金额合计：${formatWan(a.requestedAmountYuan ?? 0)}（不含贷款）`,
    `提交时间：${at}（北京时间）`,
    `回复「详情 ${a.number}」查看，「通过 ${a.number} 金额 说明」或「驳回 ${a.number} 原因」处理`,
  ];
  const url = applicationLink(a.id, t);
  // The staff room's card opens the same page as the 企业微信 card (WeChat shows a bare link).
  if (url) lines.push(`工作台：${url}`);
  const markdown = [
    `### 新的电商政策申报 <font color="info">${a.number}</font>`,
    `> 申报主体：**${inertMarkdown(s.applicantName)}**`,
    `> 所属区县：${a.district}`,
    `> 联系人：${inertMarkdown(s.contactName)} ${s.contactPhoneMasked}`,
    ...clauseLines(a).map((l) => `> ${l}`),
    `> 预计申请金额合计：**${formatWan(a.requestedAmountYuan ?? 0)}**（不含贷款）`,
    `> 提交时间：${at}（北京时间）`,
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
  needs_more_info:
    "请按说明准备材料，直接在这里发送照片或 PDF 文件即可附到申报上；也可回复「人工」联系工作人员。",
  reopened: "工作人员将重新审核，请耐心等待。",
  district_passed: "区县初审已通过，申报已报送市商务局审定，请耐心等待。",
};

/** The next step in a subscribe message's note field (20 characters at most). */
const NEXT_STEP_SHORT: Record<string, string> = {
  approved: "请留意后续拨付通知",
  rejected: "如有疑问请联系市商务局",
  needs_more_info: "请按说明准备补充材料",
  reopened: "工作人员将重新审核",
  district_passed: "已报送市商务局审定",
};

export interface DecisionFacts {
  decision: string;
  note: string;
  approvedAmountYuan: number | null;
  createdAt?: Date;
  /** A reopen of an approved application withdraws this approval. */
  withdrawnAmountYuan?: number | null;
  /** Said to staff with the decision (e.g. article 2's city total passed). */
  warnings?: readonly string[];
}

export function decisionNotifications(a: DetailRow, d: DecisionFacts, t: NotifyTargets): Row[] {
  const s = summary(a);
  const status = STATUS_LABELS[a.status] ?? a.status;
  const act = DECISION_LABELS[d.decision] ?? d.decision;
  const at = formatBeijingTime(d.createdAt ?? new Date());
  const amount = d.approvedAmountYuan !== null ? `，核定金额 ${formatWan(d.approvedAmountYuan)}` : "";
  const withdrawn =
    d.withdrawnAmountYuan !== undefined && d.withdrawnAmountYuan !== null
      ? `此前核定的 ${formatWan(d.withdrawnAmountYuan)} 已撤回，待重新审核。`
      : "";
  const warnings = d.warnings ?? [];
  const staffText = [
    `📝 申报 ${a.number}（${inertText(s.applicantName)}）已${act}：现为「${status}」${amount}`,
    ...(withdrawn ? [withdrawn] : []),
    ...(d.note ? [`说明：${inertText(d.note)}`] : []),
    ...warnings.map((w) => `⚠️ ${w}`),
    `处理时间：${at}（北京时间）`,
  ].join("\n");
  const applicantText = [
    `您好，您的申报 ${a.number} 有了新进展：${status}${amount}。`,
    ...(withdrawn ? [withdrawn] : []),
    ...(d.note ? [`说明：${oneLineNote(d.note)}`] : []),
    NEXT_STEP[d.decision] ?? "",
  ]
    .filter((l) => l !== "")
    .join("\n");
  const decision = {
    decision: d.decision,
    note: d.note,
    approvedAmountYuan: d.approvedAmountYuan,
    ...(withdrawn ? { withdrawnAmountYuan: d.withdrawnAmountYuan } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  const url = applicationLink(a.id, t);
  const markdown = [
    `### 申报 ${a.number} 已${act}：<font color="${d.decision === "approved" ? "info" : "warning"}">${status}</font>`,
    `> 申报主体：**${inertMarkdown(s.applicantName)}**（${a.district}）`,
    ...(d.approvedAmountYuan !== null ? [`> 核定金额：**${formatWan(d.approvedAmountYuan)}**`] : []),
    ...(withdrawn ? [`> ${withdrawn}`] : []),
    ...(d.note ? [`> 说明：${inertMarkdown(d.note)}`] : []),
    ...warnings.map((w) => `> <font color="warning">注意</font>：${w}`),
    `> 处理时间：${at}（北京时间）`,
    ...(url ? [`[查看详情](${url})`] : []),
  ].join("\n");
  return outboxRows(`application.${d.decision}`, a.id, {
    webhook: t.webhook ? { application: s, decision, markdown } : null,
    staff: { application: s, decision, text: staffText },
    subscribe:
      a.chatUserId && (a as { chatUser?: { kind: string } | null }).chatUser?.kind === "miniprogram"
        ? {
            to: a.chatUserId,
            payload: {
              number: a.number,
              items: s.clauses.map((c) => c.name).join("、"),
              result: RESULT_PHRASE[d.decision] ?? "已处理",
              amountYuan: d.approvedAmountYuan,
              note: d.note ? oneLineNote(d.note) : (NEXT_STEP_SHORT[d.decision] ?? "详情请在小程序中查看"),
              at: (d.createdAt ?? new Date()).toISOString(),
            },
          }
        : null,
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

/** Staff's note to the applicant: their own words, kept to readable lines. */
function oneLineNote(note: string): string {
  return note
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join("；");
}

/** Staff hear once of each file an applicant (or a colleague) attaches. */
export function materialNotifications(
  a: { id: string; number: string; applicantName: string },
  m: { name: string; count: number; by: string; at: Date },
  t: NotifyTargets,
): Row[] {
  // The applicant, through the bot (applicant:<wechatId>) or signed in to the mini-program or /chat (user:<id>).
  const who = m.by.startsWith("applicant:") || m.by.startsWith("user:") ? "申请人" : m.by;
  const at = formatBeijingTime(m.at);
  const text = [
    `📎 申报 ${a.number}（${inertText(a.applicantName)}）收到材料「${inertText(m.name)}」，由${who}上传，现共 ${m.count} 份`,
    `上传时间：${at}（北京时间）；回复「详情 ${a.number}」查看`,
  ].join("\n");
  const url = applicationLink(a.id, t);
  const markdown = [
    `### 申报 ${a.number} 收到材料`,
    `> 申报主体：**${inertMarkdown(a.applicantName)}**`,
    `> 文件：${inertMarkdown(m.name)}（现共 ${m.count} 份）`,
    `> 上传时间：${at}（北京时间）`,
    ...(url ? [`[查看详情](${url})`] : []),
  ].join("\n");
  return outboxRows("application.material", a.id, {
    webhook: t.webhook ? { application: { id: a.id, number: a.number }, markdown } : null,
    staff: { application: { id: a.id, number: a.number }, text },
    applicant: null,
  });
}

/** An outbox row of a round's event (a publication, a payment): the application, when it is one's. */
interface RoundRow {
  id: string;
  event: string;
  channel: Row["channel"];
  recipient: string | null;
  applicationId: string | null;
  payload: object;
}

/** The 公示 page's address for people outside (PUBLIC_URL), else its path. */
export function publicLink(path: string, t: NotifyTargets): string {
  return t.publicUrl ? `${t.publicUrl.replace(/\/$/, "")}${path}` : path;
}

export interface PublishedApplication {
  id: string;
  number: string;
  wechatId: string | null;
  /** A mini-program user's id (a subscribe message), when the filer is one. */
  miniprogramUserId?: string | null;
  amountYuan: number;
}

/**
 * A round's list published (公示): each applicant on it is told, with the page's link and the period;
 * staff hear once for the round.
 */
export function publicationNotifications(
  items: readonly PublishedApplication[],
  p: { title: string; roundId: string; startsOn: string; endsOn: string; path: string; at: Date },
  t: NotifyTargets,
): RoundRow[] {
  const link = publicLink(p.path, t);
  const total = items.reduce((s, i) => s + i.amountYuan, 0);
  const row = (
    channel: Row["channel"],
    recipient: string | null,
    applicationId: string | null,
    payload: object,
  ): RoundRow => ({
    id: crypto.randomUUID(),
    event: "round.published",
    channel,
    recipient,
    applicationId,
    payload,
  });
  const staffText = [
    `📢 「${inertText(p.title)}」拟奖励名单已公示：${items.length} 项，合计 ${formatWan(total)}`,
    `公示期：${p.startsOn} 至 ${p.endsOn}`,
    `公示页：${link}`,
  ].join("\n");
  const rows: RoundRow[] = [
    ...(t.webhook
      ? [
          row("webhook", null, null, {
            markdown: [
              `### 拟奖励名单已公示`,
              `> 批次：${inertMarkdown(p.title)}`,
              `> 共 ${items.length} 项，合计 **${formatWan(total)}**`,
              `> 公示期：${p.startsOn} 至 ${p.endsOn}`,
              `[查看公示](${link})`,
            ].join("\n"),
          }),
        ]
      : []),
    row("wechat_staff", null, null, { round: p.roundId, text: staffText }),
  ];
  for (const i of items) {
    if (i.wechatId)
      rows.push(
        row("wechat_applicant", i.wechatId, i.id, {
          application: { id: i.id, number: i.number, status: "approved" },
          publication: { roundId: p.roundId, startsOn: p.startsOn, endsOn: p.endsOn, url: link },
          text: [
            `您好，您的申报 ${i.number} 已列入拟奖励名单，拟奖励 ${formatWan(i.amountYuan)}，现予公示。`,
            `公示期：${p.startsOn} 至 ${p.endsOn}；公示页：${link}`,
            "公示期满无异议的，将按程序拨付资金，请留意后续通知。",
          ].join("\n"),
        }),
      );
    if (i.miniprogramUserId)
      rows.push(
        row("wechat_subscribe", i.miniprogramUserId, i.id, {
          number: i.number,
          items: "拟奖励名单公示",
          result: "已公示",
          amountYuan: i.amountYuan,
          note: `公示至${p.endsOn}`,
          at: p.at.toISOString(),
        }),
      );
  }
  return rows;
}

/** An application withdrawn from a published list: the applicant is told why; staff hear of it. */
export function withdrawalNotifications(
  a: { id: string; number: string; wechatId: string | null },
  p: { title: string; reason: string },
): RoundRow[] {
  const row = (channel: Row["channel"], recipient: string | null, payload: object): RoundRow => ({
    id: crypto.randomUUID(),
    event: "application.withdrawn_from_list",
    channel,
    recipient,
    applicationId: a.id,
    payload,
  });
  const reason = inertText(p.reason);
  return [
    row("wechat_staff", null, {
      application: { id: a.id, number: a.number },
      text: `↩️ 申报 ${a.number} 已撤出「${inertText(p.title)}」的公示名单：${reason}`,
    }),
    ...(a.wechatId
      ? [
          row("wechat_applicant", a.wechatId, {
            application: { id: a.id, number: a.number },
            text: `您好，您的申报 ${a.number} 经核查已撤出「${inertText(p.title)}」的拟奖励名单，本批次不予拨付。原因：${reason}\n如有疑问，请回复「人工」或联系市商务局。`,
          }),
        ]
      : []),
  ];
}

/** A transfer recorded (拨付): the applicant is told the amount and the date; staff hear of it. */
export function paymentNotifications(
  a: { id: string; number: string; wechatId: string | null; miniprogramUserId: string | null },
  p: { payableYuan: number; approvedYuan: number; paidOn: string; at: Date },
): RoundRow[] {
  const row = (channel: Row["channel"], recipient: string | null, payload: object): RoundRow => ({
    id: crypto.randomUUID(),
    event: "application.paid",
    channel,
    recipient,
    applicationId: a.id,
    payload,
  });
  const scaled =
    p.payableYuan < p.approvedYuan
      ? `（核定 ${formatWan(p.approvedYuan)}，因当年资金总额所限按比例拨付）`
      : "";
  return [
    row("wechat_staff", null, {
      application: { id: a.id, number: a.number },
      text: `💰 申报 ${a.number} 已登记拨付 ${formatWan(p.payableYuan)}，拨付日期 ${p.paidOn}`,
    }),
    ...(a.wechatId
      ? [
          row("wechat_applicant", a.wechatId, {
            application: { id: a.id, number: a.number, status: "approved" },
            payment: { payableYuan: p.payableYuan, paidOn: p.paidOn },
            text: `您好，您的申报 ${a.number} 的奖励资金 ${formatWan(p.payableYuan)}${scaled} 已于 ${p.paidOn} 拨付，请注意查收。`,
          }),
        ]
      : []),
    ...(a.miniprogramUserId
      ? [
          row("wechat_subscribe", a.miniprogramUserId, {
            number: a.number,
            items: "奖励资金拨付",
            result: "已拨付",
            amountYuan: p.payableYuan,
            note: `拨付日期${p.paidOn}`,
            at: p.at.toISOString(),
          }),
        ]
      : []),
  ];
}
