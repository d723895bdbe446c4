// The application flow in one place: begun after a self-test (asking first whether a later one is
// for the same applicant), the steps of application-steps.ts in order, the summary, a repeat filing
// shown before it is sent, the submit effect with its idempotency key, and what the shell reports.

import type { Facts } from "../../rules/index.ts";
import { assessmentOf, nextStep, readStep, stepPrompt, summaryMessage } from "./application-steps.ts";
import { askNext, resetAssessment } from "./assessment.ts";
import { applicable } from "./results.ts";
import type { ApplyStep, DialogState } from "./state.ts";
import { DUPLICATE_NOTE } from "./texts.ts";
import type { SubmitOutcome, Turn, TurnContext } from "./turn.ts";
import { whereNow } from "./where.ts";
import { inOpenRound, timingReply } from "./rounds.ts";

/** 「申报」: after a self-test with something to apply for, the first step; otherwise says why not. */
export function beginApplication(s: DialogState, out: Turn) {
  if (s.mode === "assess") {
    out.replies.push(`请先完成自测，再开始申报。\n\n${whereNow(s)}`);
    return;
  }
  if (s.facts.subjectType === undefined) {
    resetAssessment(s);
    askNext(s, "申报前，我们先用一两分钟做个自测，看看您符合哪些项目。", out);
    return;
  }
  const items = applicable(assessmentOf(s));
  if (items.length === 0) {
    out.replies.push(
      "根据您的自测结果，暂时没有可以申报的项目。条件变化后可回复「自测」重新测评，或回复「人工」咨询。",
    );
    return;
  }
  // Once the bureau runs rounds, nothing is filled in that the API would refuse at the end: an item is
  // filed only in its open round (the bank's loan needs none).
  if (
    out.rounds &&
    out.rounds.length > 0 &&
    !items.some((r) => r.kind === "loan" || inOpenRound(r.clause, out.rounds!, s.today))
  ) {
    out.replies.push(
      `您可申报的项目现在都不在申报期，暂时不能提交。\n${timingReply(out.rounds, s.today, items)}`,
    );
    return;
  }
  s.mode = "apply";
  // A later application in the same chat asks whether it is the same applicant before anything is
  // reused, so nothing typed for another company is silently replaced by the last one's details.
  s.applyStep = s.applicant.name !== undefined ? "reuse" : "consent";
  s.duplicateOf = null;
  out.replies.push(stepPrompt(s.applyStep, s));
}

/** The answer to the pending application step: read into the state and on, or said what is wrong. */
export function takeStepAnswer(s: DialogState, text: string, out: Turn) {
  const step = s.applyStep!;
  const r = readStep(step, text, s);
  if (r.ok) continueApplication(s, step, "", out);
  else out.replies.push(r.message);
}

/** The next step still to fill in after `after`, or the summary when everything is there. */
export function continueApplication(s: DialogState, after: ApplyStep | null, prefix: string, out: Turn) {
  const step = nextStep(s, after);
  if (step) {
    s.mode = "apply";
    s.applyStep = step;
    out.replies.push(`${prefix}${stepPrompt(step, s)}`);
  } else {
    s.mode = "confirm";
    s.applyStep = null;
    // A changed summary is checked for a repeat filing afresh at 「确认提交」.
    s.duplicateOf = null;
    if (prefix) out.replies.push(prefix.trim());
    out.replies.push(summaryMessage(s));
  }
}

function duplicateMessage(numbers: readonly string[]): string {
  return `提交前发现：该单位今年已申报过相同项目${numbers.length > 0 ? `（编号 ${numbers.join("、")}）` : ""}。\n${DUPLICATE_NOTE}`;
}

/** This chat's earlier filings by the same enterprise, this policy year, of any item chosen now. */
function earlierFilings(s: DialogState): string[] {
  const year = s.today.slice(0, 4);
  return s.submitted
    .filter(
      (r) =>
        r.uscc === s.applicant.uscc && r.year === year && r.clauses.some((c) => s.chosenClauses.includes(c)),
    )
    .map((r) => r.number);
}

export function submitApplication(s: DialogState, out: Turn, ctx: TurnContext) {
  if (s.mode !== "submitting" && !s.duplicateOf?.confirmed) {
    const earlier = s.duplicateOf?.numbers ?? earlierFilings(s);
    if (earlier.length > 0 || s.duplicateOf) {
      s.duplicateOf = { numbers: earlier, confirmed: false };
      out.replies.push(duplicateMessage(earlier));
      return;
    }
  }
  s.submissionCount = s.mode === "submitting" ? s.submissionCount : s.submissionCount + 1;
  s.idempotencyKey ??= ctx.newId?.() ?? `${s.id}-application-${s.submissionCount}`;
  s.mode = "submitting";
  const p = s.applicant;
  out.effects.push({
    type: "submit",
    idempotencyKey: s.idempotencyKey,
    application: {
      applicant: {
        name: p.name!,
        uscc: p.uscc!,
        district: p.district!,
        contactName: p.contactName!,
        contactPhone: p.contactPhone!,
        ...(s.wechatId ? { wechatId: s.wechatId } : {}),
      },
      facts: { ...(s.facts as Facts) },
      clauses: [...s.chosenClauses],
      ...(s.duplicateOf?.confirmed ? { confirmDuplicate: true as const } : {}),
    },
  });
  out.replies.push("正在提交您的申报，请稍候……");
}

/** Where the person will hear of the decision, as WeChat's private chat does by default. */
const TOLD_HERE = "市商务局审核后会在这里通知您";

/**
 * What the shell tells the core after running a submit effect. `decisionNotice` says where the
 * decision will reach the person, when not in this chat (a mini-program or /chat user: 我的申报).
 */
export function handleSubmitOutcome(
  state: DialogState,
  outcome: SubmitOutcome,
  options: { decisionNotice?: string } = {},
): Turn {
  const s = structuredClone(state);
  const out: Turn = { state: s, replies: [], effects: [] };
  switch (outcome.kind) {
    case "submitted":
      s.submitted.push({
        id: outcome.id,
        number: outcome.number,
        clauses: [...s.chosenClauses],
        ...(s.applicant.uscc ? { uscc: s.applicant.uscc } : {}),
        year: s.today.slice(0, 4),
      });
      s.duplicateOf = null;
      // A retry that succeeds later must not pull the person out of whatever they are doing now.
      if (s.mode === "submitting") {
        s.idempotencyKey = null;
        s.mode = "menu";
      }
      out.replies.push(
        `✅ 申报已提交，编号 ${outcome.number}。\n${options.decisionNotice ?? TOLD_HERE}；回复「查询进度」可随时查看。`,
      );
      break;
    case "queued":
      out.replies.push("网络有些不稳定，您的申报已保存，系统会自动重试提交，成功后会通知您，无需重复提交。");
      break;
    case "refused":
      s.mode = "confirm";
      s.idempotencyKey = null;
      out.replies.push(
        `提交未成功：${outcome.message}\n您可以回复「修改 …」更正后再回复「确认提交」，或回复「人工」联系工作人员。`,
      );
      break;
    case "duplicate":
      s.mode = "confirm";
      s.idempotencyKey = null;
      s.duplicateOf = { numbers: outcome.numbers, confirmed: false };
      out.replies.push(duplicateMessage(outcome.numbers));
      break;
    case "unavailable":
      s.mode = "confirm";
      s.idempotencyKey = null;
      out.replies.push(
        "当前没有连接市商务局的申报系统，申报未能提交。您填写的信息已保留，稍后回复「确认提交」重试，或回复「人工」。",
      );
      break;
  }
  return out;
}

/** 「取消」: leaves the application (what was typed is kept for a later 「申报」). */
export function cancelApplication(s: DialogState, out: Turn) {
  if (s.mode === "apply" || s.mode === "confirm") {
    s.mode = "results";
    s.applyStep = null;
    s.idempotencyKey = null;
    s.duplicateOf = null;
    out.replies.push("已取消申报，您填写的信息已保留。需要时回复「申报」继续。");
  } else out.replies.push(`好的。\n\n${whereNow(s)}`);
}

/** 「仍然提交」 after a repeat filing was shown: sent with confirmDuplicate. */
export function confirmRepeatFiling(s: DialogState, out: Turn, ctx: TurnContext) {
  s.duplicateOf = { numbers: s.duplicateOf?.numbers ?? [], confirmed: true };
  submitApplication(s, out, ctx);
}
