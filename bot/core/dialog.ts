// The conversation core (contract §7–§8): a pure, synchronous reducer. (state, text) → the next
// state, the replies to send, and the effects for the shell to run (submit, query status, call a
// person). No clock, no I/O, no randomness inside: the shell passes the time and fresh ids in.
//
// A message is, in this order: a topic picked by its number, a command (commands.ts, one table), a
// correction in everyday words (changes.ts), an answer to the pending question or facts in a
// sentence (assessment.ts), an application step (application.ts), or a question about the policy,
// small talk or English (understanding/). Each part changes the state it is handed, named by its verb.

import { FACTS, parseYesNo, plainYesNo, readAnswer, shanghaiDate } from "../../rules/index.ts";
import { takeStepAnswer } from "./application.ts";
import {
  answerAside,
  AWARD_MEANING,
  ASKS_FOR_US,
  asksAboutKnownFigures,
  setFact,
  takeAnswer,
  takeFacts,
} from "./assessment.ts";
import { whatIfReply, whatItBrings } from "./what-it-brings.ts";
import { takeProposal } from "./model-reading.ts";
import { applyCorrection } from "./changes.ts";
import { readCommand } from "./commands.ts";
import { readCorrection } from "./corrections.ts";
import { tierGapReply } from "./tier-gap.ts";
import { pairedTable, withReportUnit } from "./understanding/normalise.ts";
import { someoneElsesCase } from "./someone-elses-case.ts";
import { notForSubject, oneItemReply } from "./one-item.ts";
import { correct } from "./correct.ts";
import { isDialogState, type DialogState } from "./state.ts";
import { echo, GREETING, TOO_LONG } from "./texts.ts";
import type { Turn, TurnContext } from "./turn.ts";
import { knownOf, readFacts } from "./understanding/facts.ts";
import { remarkLine } from "./understanding/remarks.ts";
import { standsAsSaid } from "./stands.ts";
import { statesOwnFigures } from "./understanding/grammar.ts";
import { knowledgeById, looksLikeQuestion } from "./understanding/index.ts";

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/;
const PHONE_REPLY =
  "收到。电话号码在正式申报时再填写就可以（只用于这次申报，由市商务局工作人员查看），自测不需要，我没有记下。";

// 「要是」「如果」「假如」: a question about another case, never facts about this one.
// (「主要是直播带货」: 要是 inside 主要是 is no 「if」.)
const WHAT_IF = /(?<![主只需不])要是|如果|假如|假设|假使|万一/;
import { whereNow } from "./where.ts";
import { newTurn } from "./understanding/remembered.ts";

export type { DialogState } from "./state.ts";
export type {
  ApplicationDraft,
  Effect,
  SubmitOutcome,
  Turn,
  TurnContext,
  UnderstandRequest,
} from "./turn.ts";
export { handleSubmitOutcome } from "./application.ts";
export { offerInvitation, type InvitationDraft } from "./invitation.ts";
export { handleModelReading } from "./model-reading.ts";
export type { RoundNotice } from "./rounds.ts";

export interface StartOptions {
  /** Conversation id (idempotency keys derive from it); default: a random UUID. */
  id?: string;
  wechatId?: string | null;
  /** The clock for the assessment date; default: now. */
  now?: Date;
}

export function startConversation(options: StartOptions = {}): DialogState {
  return {
    version: 1,
    id: options.id ?? crypto.randomUUID(),
    wechatId: options.wechatId ?? null,
    mode: "menu",
    asking: null,
    facts: {},
    skipped: [],
    history: [],
    failures: 0,
    applyStep: null,
    applicant: {},
    chosenClauses: [],
    idempotencyKey: null,
    submissionCount: 0,
    submitted: [],
    today: shanghaiDate(options.now ?? new Date()),
    turns: 0,
  };
}

const MAX_LENGTH = 300;

/** Trims, drops control and zero-width characters, folds whitespace, spells 没有 as every reader knows it. */
function clean(text: unknown): string {
  // (A table of two rows copied from a spreadsheet is paired, heading by value, before its lines are folded.)
  return (
    withReportUnit(pairedTable(String(text ?? "").normalize("NFC")))
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, "")
      .replace(/\s+/g, " ")
      // 「一个也木有」「冇」: 没有 as typed online and in dialect.
      .replace(/木有|冇有?/g, "没有")
      .trim()
  );
}

function isOnlyEmoji(t: string): boolean {
  if (/^(\[[^\]\s]{1,6}\])+$/.test(t)) return true; // WeChat's 「[微笑]」 stickers as text
  return /\p{Extended_Pictographic}/u.test(t) && !/[\p{L}\p{N}]/u.test(t);
}

/**
 * A plain answer to the pending question, then a correction of an earlier one in the same message; null
 * when the message is not both.
 */
function answerThenCorrection(s: DialogState, t: string): { value: unknown; fix: string } | null {
  // A figure's question only: 「哦对了，…」 is no 「是」.
  if (s.mode !== "assess" || !s.asking || s.screening === "asked") return null;
  if (!["yuan", "count", "months", "percent"].includes(FACTS[s.asking].type)) return null;
  // (「5,100万元」: a thousands separator parts nothing.)
  const m = /^([^，,。\s]+)[，,。\s]+(.+)$/.exec(t.replace(/(\d)[,，](?=\d{3})/g, "$1"));
  if (!m) return null;
  // (「不对不对 上个月又认定了一个 现在是4个」: a word of a mistake is no answer of 「没有」.)
  if (/^(哦|噢|哎|啊|嗯|呃)?(不对|错了|说错|搞错|弄错|记错|不是)/.test(m[1]!)) return null;
  // (「零售额改成4900万 还有这个店其实是…」: a change named is no answer either.)
  if (/改成|改为|换成|更正为/.test(m[1]!)) return null;
  // (「七成九 哎不对 …是百分之八十一」: the answer itself corrected in the same breath — read as one answer.)
  if (/^(哦|噢|哎|啊|嗯|呃)?(不对|错了|说错|搞错|弄错|记错)/.test(m[2]!)) return null;
  // 「活跃网店28家 对了零售额再改一下是1250万」: the answer may name its fact.
  const value =
    readAnswer(s.asking, m[1]!.replace(/[吧啊呀]$/, "")) ??
    (readFacts(m[1]!, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, s.asking).facts[s.asking] as
      number | undefined) ??
    null;
  if (value === null) return null;
  const fix = readCorrection(m[2]!.replace(/^(对了|还有|另外|哦对了?)[，,\s]*/, ""), s);
  return fix === null ? null : { value, fix };
}

/** Why a statement's figures, all another subject's (or an enterprise's, from a village), were not written; or null. */
function someoneElsesFigures(s: DialogState, t: string): string | null {
  if (looksLikeQuestion(t)) return null;
  const read = readFacts(t, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null);
  if (Object.keys(read.facts).length > 0 || read.doubts.length > 0) return null;
  const whose = read.remarks.filter((r) => r.why === "other-subject" || r.why === "enterprise-figure");
  return whose.length > 0 ? remarkLine(whose) : null;
}

/**
 * 「我们园区上个月刚被商务部认定为国家级…示范基地 奖励是给谁」: the speaker's own case, stated in the clauses before
 * the one that asks — taken, and the question answered beside it.
 */
function statesOwnCase(t: string): boolean {
  const parts = t.split(/[，,。；;！!？?\s]+/).filter(Boolean);
  const asks = parts.findIndex((p) => looksLikeQuestion(p));
  // (「下个月我们公司承办一个全省范围的直播电商大赛 这种能给补助不」「今年下半年我们公司承办了…」: a time may come
  // first.)
  if (
    asks <= 0 ||
    !/^((今年|去年|明年)?(上半年|下半年|年初|年中|年底)?|上个月|下个月|这个月|上周|这周|下周|前段时间|最近|现在|目前)(我们|咱们|俺们|我|咱|俺|本)/.test(
      parts[0]!,
    )
  )
    return false;
  const stated = parts.slice(0, asks).join("，");
  if (/如果|要是|假如|假设|万一|打算|准备|计划|想/.test(stated)) return false;
  return Object.keys(readFacts(stated, {}, null).facts).some((k) => k !== "subjectType");
}

/** Thanks, with figures said only as they are already known (「好的 1.1亿那个没问题 谢谢你」). */
function thanksForWhatStands(s: DialogState, t: string): boolean {
  if (!/谢谢|多谢|感谢|谢了|谢啦/.test(t) || looksLikeQuestion(t)) return false;
  const said = Object.entries(readFacts(t, knownOf(s.facts as Record<string, unknown>), null).facts).filter(
    ([k]) => k !== "subjectType",
  );
  return said.length > 0 && said.every(([k, v]) => (s.facts as Record<string, unknown>)[k] === v);
}

/** One message from the person → the next state, the replies and the effects. Never throws. */
export function handleMessage(state: DialogState, text: string, ctx: TurnContext = {}): Turn {
  newTurn();
  const s: DialogState = isDialogState(state)
    ? structuredClone(state)
    : startConversation({ ...(ctx.now ? { now: ctx.now } : {}) });
  s.turns++;
  if (ctx.now) s.today = shanghaiDate(ctx.now);
  const out: Turn = { state: s, replies: [], effects: [], rounds: ctx.rounds };
  const t = clean(text);
  const firstTurn = s.turns === 1 && s.mode === "menu";
  // Topics offered by the last reply stand for this message only.
  const offered = s.choices ?? null;
  s.choices = null;
  const picked = offered && /^[1-9]$/.test(t) ? offered[Number(t) - 1] : undefined;
  let onCopy: string | null = null;
  try {
    if (picked) {
      out.replies.push((knowledgeById(picked, s.today)?.lines ?? []).join("\n"));
      if (s.mode !== "menu" && s.mode !== "results") out.replies.push(whereNow(s));
    } else if (t === "") out.replies.push(firstTurn ? GREETING : `请用文字回复。\n\n${whereNow(s)}`);
    else if (t.length > MAX_LENGTH) out.replies.push(`${TOO_LONG}\n\n${whereNow(s)}`);
    else if (isOnlyEmoji(t))
      // A sticker or an emoji is friendliness, not an answer: smiled back, and where we were.
      out.replies.push(firstTurn ? GREETING : `😊\n${whereNow(s)}`);
    else if (s.proposal && takeProposal(s, t, out)) {
      /* the model's reading, confirmed */
    } else {
      const command = readCommand(t, s);
      const both = command ? null : answerThenCorrection(s, t);
      // (「不是 我们就是个普通贸易公司」 to a yes-or-no question: the answer 「不是」 with why, no correction.)
      const plainNo =
        s.mode === "assess" &&
        s.asking !== null &&
        FACTS[s.asking].type === "boolean" &&
        plainYesNo(t) === false &&
        /[，,。\s]/.test(t.trim()) &&
        !/\d|[零一二两三四五六七八九十百千万亿]{2,}/.test(t.replace(/^不是/, ""));
      const fix = command || both || plainNo ? null : readCorrection(t, s);
      if (command) command.row.run(s, out, ctx, command.match, t);
      else if (both) {
        // 「二十四家 对了零售额刚才说错了是一千三百万」: the answer written, then the correction carried out.
        const asked = s.asking!;
        setFact(s, asked, both.value);
        applyCorrection(s, both.fix, out);
        out.replies[0] = `${echo(asked, both.value)}\n${out.replies[0] ?? ""}`;
      } else if (fix !== null) correct(s, t, fix, out);
      else if (s.mode !== "apply" && PHONE.test(t))
        // A phone number outside an application: not a figure, and not kept (CHAT-STYLE: only what is needed).
        out.replies.push(`${PHONE_REPLY}\n${whereNow(s)}`);
      else if (s.mode !== "apply" && (onCopy = standsAsSaid(s, t)) !== null)
        // 「自播的数是对的」 after another figure was changed: that figure stands, said back.
        out.replies.push(`${onCopy}\n${whereNow(s)}`);
      else if (s.mode !== "apply" && thanksForWhatStands(s, t))
        // 「好的 1.1亿那个没问题 谢谢你」: a figure known said to stand, and thanks — thanked back, nothing changed.
        out.replies.push(
          `不客气，有需要随时找我。${s.mode === "assess" && s.asking ? `\n\n${whereNow(s)}` : ""}`,
        );
      else if (s.mode === "assess" && s.asking && (onCopy = tierGapReply(s, t)) !== null)
        // 「离3000万还差多少」 mid-test: how far the figure known is from the bar — the question stays.
        out.replies.push(`${onCopy}\n${whereNow(s)}`);
      else if (s.mode === "assess" && s.asking) takeAnswer(s, t, out);
      else if (s.mode === "apply" && s.applyStep) takeStepAnswer(s, t, out);
      else if (s.mode === "submitting") out.replies.push(whereNow(s));
      else if (s.mode === "confirm") out.replies.push(`${whereNow(s)}`);
      else if (s.mode === "results" && parseYesNo(t) === false)
        // 「也没有」 after the results: nothing more to add — acknowledged, and what can be done next.
        out.replies.push(`好的。\n${whereNow(s)}`);
      else if (s.mode !== "apply" && (onCopy = someoneElsesCase(s, t)) !== null)
        // 「我们镇下面的东庄村…这个村能评吗」: another's figures, asked about — worked out for them.
        out.replies.push(`${onCopy}\n${whereNow(s)}`);
      else if ((s.mode === "menu" || s.mode === "results") && (onCopy = tierGapReply(s, t)) !== null)
        // 「那离一个亿那档还差多少」: how far the figure known is from the tier named.
        out.replies.push(onCopy);
      else if (
        (s.mode === "menu" || s.mode === "results") &&
        s.facts.subjectType !== undefined &&
        AWARD_MEANING.test(t) &&
        answerAside(s, t, out, firstTurn)
      ) {
        // 「那就是能拿50万是吧 是直接给50万吗」: what an award's amount means is answered from the policy.
      } else if (
        (s.mode === "menu" || s.mode === "results") &&
        looksLikeQuestion(t) &&
        (onCopy = notForSubject(s, t)) !== null
      )
        // 「直播这块村里能拿直播的奖励不」: an item for another kind of applicant, said so.
        out.replies.push(`${onCopy}\n${whereNow(s)}`);
      else if ((s.mode === "menu" || s.mode === "results") && (onCopy = oneItemReply(s, t)) !== null)
        // 「佣金补助差多少」「那信息平台这块还差啥」: one item asked after, for the figures known.
        out.replies.push(onCopy);
      else if ((s.mode === "menu" || s.mode === "results") && asksAboutKnownFigures(s, t))
        out.replies.push(whatItBrings(s, out.rounds));
      else if (
        s.facts.subjectType === undefined &&
        // (「镇里今年网络零售七千五百万 活跃网店一百二十个 要是再多卖三千万…」: figures of one's own come first.)
        !Object.values(readFacts(t, {}, null).facts).some((v) => typeof v === "number") &&
        (onCopy = whatIfReply(s, t)) !== null
      )
        // 「一个镇有三个电商村够不够评电商镇」「MCN机构一年做到一个亿能奖多少」: anybody's figures, asked
        // about — worked out on a copy, nothing written.
        out.replies.push(`${onCopy}\n想按您自己的情况算一算，回复「自测」开始。`);
      else if (WHAT_IF.test(t) && s.facts.subjectType !== undefined)
        // 「那要是零售额是5千多万呢」: a what-if, not a fact — worked out on a copy when it names an
        // amount, and said how to try it; nothing written.
        out.replies.push(
          [
            whatIfReply(s, t),
            "想按别的数字算一算，可以直接告诉我要改的项目，例如「零售额改成5000万」，我会重新测算并告诉您结果有没有变化。",
          ]
            .filter(Boolean)
            .join("\n"),
        );
      else if (
        (s.mode === "menu" || s.mode === "results") &&
        // A question is answered, unless it states an amount to work from (「一年卖3个亿能拿多少」:
        // the self-test is the answer).
        (!looksLikeQuestion(t) ||
          /[万亿]|[0-9]\s*w/i.test(t) ||
          ASKS_FOR_US.test(t) ||
          statesOwnFigures(t) ||
          statesOwnCase(t)) &&
        takeFacts(s, t, out, s.mode === "menu" || s.facts.subjectType === undefined)
      ) {
        /* facts in a sentence: a self-test begun with them, or the results' facts added to */
      } else if (!firstTurn && (onCopy = someoneElsesFigures(s, t)) !== null) {
        // 「另外我们镇下面东庄村今年卖了1300万」: figures of someone else's, said as a statement — said why, before
        // any entry of the knowledge its words might name.
        out.replies.push(`${onCopy}\n${whereNow(s)}`);
      } else {
        // Figures heard but not written (another village's, a part): said why, never 「没太明白」.
        // (「去年给直播机构付了180万佣金」 as a first message: why the figure is not written — before what the
        // policy says of what it names, or the menu.)
        // (On a first message only a sum heard and set aside is said: a chat's 「一块吃烧烤」 is no figure.)
        const remarks = readFacts(t, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null).remarks;
        const remark = remarkLine(
          firstTurn
            ? remarks.filter((r) => r.kind === "yuan" && (r.value ?? 0) >= 10_000 && r.why !== "unbound")
            : remarks,
        );
        const said = remark !== null && !looksLikeQuestion(t);
        if (said) out.replies.push(remark);
        if (!answerAside(s, t, out, firstTurn)) {
          if (remark) {
            // (Said in one message with what comes next, as before any answer was looked for.)
            if (said) out.replies.pop();
            out.replies.push(`${remark}\n${firstTurn ? GREETING : whereNow(s)}`);
          } else {
            out.replies.push(firstTurn ? GREETING : `抱歉，我没太明白。\n${whereNow(s)}`);
            if (!firstTurn) out.unread = true;
          }
        }
      }
    }
  } catch {
    // A bug must not lose the conversation: keep the state as it was and say so politely.
    return {
      state: structuredClone(state),
      replies: ["抱歉，刚才出了点问题，请再说一次，或回复「人工」联系工作人员。"],
      effects: [],
    };
  }
  // Not understood, and the shell has a model: it may read the message; the replies wait for it.
  if (out.unread && ctx.understandingModel) {
    out.understand = { text: t, asking: s.asking, fallback: out.replies };
    out.replies = [];
  }
  delete out.unread;
  delete out.rounds;
  return out;
}
