// What the core asks a conversation over HTTP to do (contract §7 effects), done inside the API: a
// submission goes straight to the application service as the conversation's owner (the mini-program
// user is the applicant's identity), a status query reads the owner's own applications, and a call
// for a person is written to the staff's notifications.

import { randomUUID } from "node:crypto";
import { handleSubmitOutcome, type DialogState, type Effect, type SubmitOutcome } from "../../bot/dialog.ts";
import { statusMessage } from "../../bot/core/status.ts";
import { applicationRequestSchema } from "../../contract/index.ts";
import { inertMarkdown, inertText } from "../../contract/inert-text.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError } from "../http/errors.ts";
import type { ApplicationService } from "../applications/applications.ts";
import { presentSummary } from "../applications/application-views.ts";
import type { EffectRunner, Owner } from "./service.ts";
import type { Invitations } from "../matching/invitations.ts";
import type { NotifyTargets } from "../notifications/notices.ts";

export interface ConversationEffectDeps {
  prisma: Prisma;
  applications: Pick<ApplicationService, "submit">;
  invitations: Pick<Invitations, "optOut">;
  notify: NotifyTargets;
  onNotified?: () => void;
}

const NUMBER = /ZB-\d{4}-\d{6}/g;

/** Where a chat user hears of the decision: 我的申报, and for a mini-program user a subscribe message if allowed. */
const DECISION_NOTICE = {
  web: "市商务局审核后，结果会显示在「我的申报」里（网页不会另行通知，请记得回来查看）",
  miniprogram: "市商务局审核后，结果会显示在「我的申报」里；如您允许了订阅消息，还会收到一条微信服务通知",
};

export function createConversationEffects(d: ConversationEffectDeps): EffectRunner {
  async function submit(owner: Owner, e: Extract<Effect, { type: "submit" }>): Promise<SubmitOutcome> {
    // Only the bot relays for a WeChat user; a mini-program or /chat user is named by their session.
    const draft = owner.chatUserId
      ? { ...e.application, applicant: { ...e.application.applicant, wechatId: undefined } }
      : e.application;
    const parsed = applicationRequestSchema.safeParse(draft);
    if (!parsed.success)
      return { kind: "refused", message: parsed.error.issues[0]?.message ?? "申报内容不完整" };
    try {
      const r = await d.applications.submit(owner.id, e.idempotencyKey, parsed.data, draft, owner.chatUserId);
      const body = r.body as { id: string; number: string };
      return { kind: "submitted", id: body.id, number: body.number };
    } catch (err) {
      if (err instanceof ApiError && err.code === "duplicate_application")
        return { kind: "duplicate", numbers: [...new Set(err.message.match(NUMBER) ?? [])] };
      if (err instanceof ApiError && err.status < 500) return { kind: "refused", message: err.message };
      throw err;
    }
  }

  async function status(owner: Owner, wechatId: string | null): Promise<string> {
    if (!owner.chatUserId && !wechatId) return "无法识别您的身份，暂时不能查询进度。";
    const rows = await d.prisma.application.findMany({
      where: owner.chatUserId ? { chatUserId: owner.chatUserId } : { wechatId },
      include: { clauses: true },
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      take: 50,
    });
    return statusMessage(rows.map(presentSummary));
  }

  /** Staff hear that someone asked for a person, with what the conversation knows of them. */
  async function callStaff(state: DialogState) {
    const who = state.applicant.name ? `「${inertText(state.applicant.name)}」` : "一位用户";
    const phone = state.applicant.contactPhone ? `，联系电话 ${state.applicant.contactPhone}` : "";
    const text = phone
      ? `🙋 ${who}在小程序或网页对话中请求人工服务${phone}，请电话联系（对方不在微信群里，无法在群内回复）。`
      : `🙋 ${who}在小程序或网页对话中请求人工服务，未留电话（已请其留下电话，或直接联系市商务局）。如其已申报，可在工作台查看申报中的联系方式。`;
    const rows = [
      { channel: "wechat_staff" as const, payload: { text } },
      ...(d.notify.webhook
        ? [
            {
              channel: "webhook" as const,
              payload: {
                markdown: `### 🙋 请求人工服务\n> ${who === "一位用户" ? who : inertMarkdown(state.applicant.name ?? "")}${phone}\n> 来自小程序或网页对话`,
              },
            },
          ]
        : []),
    ];
    await d.prisma.notification.createMany({
      data: rows.map((r) => ({ id: randomUUID(), event: "help.requested", recipient: null, ...r })),
    });
    d.onNotified?.();
  }

  return {
    async run(owner, state, effect) {
      switch (effect.type) {
        case "submit": {
          const outcome = await submit(owner, effect);
          const kind = owner.chatUserId
            ? (
                await d.prisma.chatUser.findUnique({
                  where: { id: owner.chatUserId },
                  select: { kind: true },
                })
              )?.kind
            : undefined;
          const turn = handleSubmitOutcome(
            state,
            outcome,
            kind === "web" || kind === "miniprogram" ? { decisionNotice: DECISION_NOTICE[kind] } : {},
          );
          return { state: turn.state, replies: turn.replies };
        }
        case "query_status":
          return { state, replies: [await status(owner, effect.wechatId)] };
        case "notify_staff":
          await callStaff(state);
          return { state, replies: [] };
        case "opt_out":
          // A chat user is known by their id; the bot relays for a WeChat contact.
          if (owner.chatUserId || effect.wechatId)
            await d.invitations.optOut(owner.chatUserId ? owner.id : effect.wechatId!);
          return { state, replies: [] };
      }
    },
  };
}
