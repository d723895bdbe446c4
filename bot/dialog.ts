// The conversation core (contract §7): a pure, synchronous reducer. (state, text) → the next state,
// the replies to send, and the effects for the shell to run (submit, query status, call a person).
// No clock, no I/O, no randomness inside: the shell passes the time and fresh ids in.

import {
  ARTICLES,
  nextQuestion,
  parseYesNo,
  readAnswer,
  shanghaiDate,
  type AskableFact,
  type ClauseId,
  type Facts,
} from "../rules/index.ts";
import { assessmentOf, nextStep, pruneChosen, readStep, stepPrompt, summaryMessage, STEPS } from "./apply.ts";
import { FACT_ALIASES, findFact, findField } from "./fact-names.ts";
import { applicable, clauseName, detailMessage, resultsMessages } from "./results.ts";
import { isDialogState, type DialogState } from "./state.ts";
import { readCorrection } from "./corrections.ts";
import { readFacts } from "./understanding/facts.ts";
import { doubtAbout } from "./understanding/doubts.ts";
import {
  readScreening,
  SCREENING_HINT,
  SCREENING_QUESTION,
  screeningFacts,
  worthScreening,
} from "./screening.ts";
import { asideReplies, knowledgeById, looksLikeQuestion, understandAside } from "./understanding/index.ts";
import {
  answerLine,
  echo,
  GREETING,
  HELP,
  HUMAN,
  MENU,
  NOT_TEXT,
  question,
  reask,
  START_ASSESSMENT,
  TOO_LONG,
} from "./texts.ts";

export type { DialogState } from "./state.ts";

export interface ApplicationDraft {
  applicant: {
    name: string;
    uscc: string;
    district: string;
    contactName: string;
    contactPhone: string;
    wechatId?: string;
  };
  facts: Facts;
  clauses: ClauseId[];
  /** Files again items this enterprise already has pending or approved this year (contract §5 extension). */
  confirmDuplicate?: true;
}

export type Effect =
  | { type: "submit"; idempotencyKey: string; application: ApplicationDraft }
  | { type: "query_status"; wechatId: string | null }
  | { type: "notify_staff"; reason: "human_requested"; wechatId: string | null; text: string };

export interface Turn {
  state: DialogState;
  replies: string[];
  effects: Effect[];
}

export interface StartOptions {
  /** Conversation id (idempotency keys derive from it); default: a random UUID. */
  id?: string;
  wechatId?: string | null;
  /** The clock for the assessment date; default: now. */
  now?: Date;
}

export interface TurnContext {
  now?: Date;
  /** A fresh id for an idempotency key; default: derived from the conversation id. */
  newId?: () => string;
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

/** Trims, drops control and zero-width characters, folds whitespace. */
function clean(text: unknown): string {
  return String(text ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function isOnlyEmoji(t: string): boolean {
  if (/^(\[[^\]\s]{1,6}\])+$/.test(t)) return true; // WeChat's 「[微笑]」 stickers as text
  return /\p{Extended_Pictographic}/u.test(t) && !/[\p{L}\p{N}]/u.test(t);
}

type Command =
  | { kind: "restart" }
  | { kind: "selfTest" }
  | { kind: "back" }
  | { kind: "skip" }
  | { kind: "human" }
  | { kind: "help" }
  | { kind: "status" }
  | { kind: "policy"; article: number | null }
  | { kind: "apply" }
  | { kind: "detail"; n: number }
  | { kind: "modify"; rest: string }
  | { kind: "cancel" }
  | { kind: "confirm" }
  | { kind: "confirmDuplicate" }
  | { kind: "greeting" };

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };
const MENU_NUMBERS: Record<string, Command> = {
  "1": { kind: "selfTest" },
  "2": { kind: "apply" },
  "3": { kind: "status" },
  "4": { kind: "policy", article: null },
  "5": { kind: "human" },
};

function parseCommand(t: string, s: DialogState): Command | null {
  const x = t.replace(/[。！!？?～~]+$/, "");
  if (/^(重新开始|重来|从头开始|从头来|重新测评|重新自测|再测一次)$/.test(x)) return { kind: "restart" };
  if (/^(自测|测评|开始自测|开始测评|我要自测|自我测评|政策自测)$/.test(x)) return { kind: "selfTest" };
  if (/^(返回|上一步|上一题|退回|后退|回到上一题)$/.test(x)) return { kind: "back" };
  if (/^(跳过|不清楚|不知道|不确定|不晓得|说不清|下一题|略过|不了解|不太清楚|不太确定)$/.test(x))
    return { kind: "skip" };
  if (/^(人工|转人工|人工服务|人工客服|客服|找人工|联系工作人员)$/.test(x)) return { kind: "human" };
  if (/^(帮助|help|菜单|指令|怎么用|使用说明|\?)$/i.test(x)) return { kind: "help" };
  if (/^(查询进度|进度|查进度|查询|我的申报|申报进度|查询申报)$/.test(x)) return { kind: "status" };
  const art = /^(?:政策)?原文\s*(?:第)?([1-8一二三四五六七八])(?:条)?$/.exec(x);
  if (art) return { kind: "policy", article: CN_DIGIT[art[1]!] ?? Number(art[1]) };
  if (/^(政策原文|原文|政策|看政策|政策条文)$/.test(x)) return { kind: "policy", article: null };
  if (/^(申报|我要申报|开始申报|申请|我要申请|提交申报)$/.test(x)) return { kind: "apply" };
  const detail = /^详情\s*(\d{1,2})$/.exec(x);
  if (detail) return { kind: "detail", n: Number(detail[1]) };
  const modify = /^(?:修改|改一下|更正|更改|改正|改)\s*(.*)$/.exec(x);
  if (modify) return { kind: "modify", rest: modify[1]! };
  if (/^(取消|退出|算了|不申报了|放弃)$/.test(x)) return { kind: "cancel" };
  if (/^(确认提交|确认|提交|确定提交)$/.test(x) && (s.mode === "confirm" || s.mode === "submitting"))
    return { kind: "confirm" };
  if (
    /^(仍然提交|仍要提交|依然提交|坚持提交|还是提交|确认重复提交|确定再次提交|再次提交)$/.test(x) &&
    s.mode === "confirm" &&
    s.duplicateOf
  )
    return { kind: "confirmDuplicate" };
  if (/^(你好|您好|hi|hello|在吗|在么|哈喽|嗨|早上好|下午好|晚上好)/i.test(x) && x.length <= 8)
    return { kind: "greeting" };
  if (s.mode === "menu" && Object.hasOwn(MENU_NUMBERS, x)) return MENU_NUMBERS[x]!;
  // After the results, a bare number points at an item: 「1」 = 「详情 1」.
  if (s.mode === "results" && /^\d{1,2}$/.test(x)) return { kind: "detail", n: Number(x) };
  return null;
}

/** The question pending in a self-test: the screening list, or the asked fact's question. */
function pending(s: DialogState & { asking: AskableFact }): string {
  return s.screening === "asked" && s.asking === "mcn" ? SCREENING_QUESTION : question(s.asking, s.facts);
}

/** Where the person is now, said again: the question, the step, or the menu. */
function current(s: DialogState): string {
  switch (s.mode) {
    case "assess":
      return s.asking ? pending({ ...s, asking: s.asking }) : MENU;
    case "apply":
      return s.applyStep ? stepPrompt(s.applyStep, s) : MENU;
    case "confirm":
      return s.duplicateOf && !s.duplicateOf.confirmed
        ? DUPLICATE_NOTE
        : "确认无误请回复「确认提交」；需修改请回复如「修改 联系人 李四」；放弃请回复「取消」。";
    case "submitting":
      return "您的申报正在提交，请稍候。";
    case "results":
      return "回复「申报」开始申报，「详情 1」查看理由，「自测」重新测评，「帮助」查看全部指令。";
    case "menu":
      return MENU;
  }
}

function resetAssessment(s: DialogState) {
  s.facts = {};
  s.skipped = [];
  s.history = [];
  s.failures = 0;
  s.asking = null;
  s.applyStep = null;
  s.chosenClauses = [];
  s.idempotencyKey = null;
  s.screening = null;
  s.doubt = null;
}

/** Asks the next question the planner picks, or shows the results when nothing can change them. */
function advance(s: DialogState, prefix: string, out: Turn) {
  const q = nextQuestion({ ...s.facts, assessedOn: s.today }, { skipped: s.skipped });
  s.failures = 0;
  if (q) {
    s.mode = "assess";
    if (!s.screening && worthScreening(s.facts, s.skipped, q.fact as AskableFact)) {
      s.screening = "asked";
      s.asking = "mcn";
      out.replies.push(`${prefix}${prefix ? "\n\n" : ""}${SCREENING_QUESTION}`);
      return;
    }
    s.asking = q.fact as AskableFact;
    out.replies.push(`${prefix}${prefix ? "\n\n" : ""}${question(s.asking, s.facts)}`);
    return;
  }
  s.mode = "results";
  s.asking = null;
  const [first, ...rest] = resultsMessages(assessmentOf(s));
  out.replies.push(`${prefix}${prefix ? "\n\n" : ""}${first}`, ...rest);
}

function setFact(s: DialogState, fact: AskableFact, value: unknown) {
  if (fact === "subjectType" && s.facts.subjectType !== undefined && s.facts.subjectType !== value) {
    // Another kind of applicant: the earlier answers were about someone else.
    resetAssessment(s);
  }
  (s.facts as Record<string, unknown>)[fact] = value;
  s.history = [...s.history.filter((f) => f !== fact), fact];
  s.skipped = s.skipped.filter((f) => f !== fact);
}

function startAssessment(s: DialogState, out: Turn) {
  resetAssessment(s);
  advance(s, START_ASSESSMENT, out);
}

/**
 * A reply to the screening list: the groups it settles are written and said back in one line, with
 * any figures the reply also states (「做直播，自播2500万」). False when the reply is no such answer.
 */
function answerScreening(s: DialogState, text: string, out: Turn): boolean {
  const picked = readScreening(text);
  if (!picked) return false;
  s.screening = "done";
  const { facts, said } = screeningFacts(picked);
  const extra = readFacts(text, { subjectType: s.facts.subjectType }, null).facts;
  delete extra.mcn;
  for (const [k, v] of Object.entries({ ...facts, ...extra })) setFact(s, k as AskableFact, v);
  const more = Object.keys(extra) as AskableFact[];
  advance(
    s,
    more.length > 0 ? `${said}另记下：${more.map((k) => answerLine(k, extra[k])).join("；")}。` : said,
    out,
  );
  return true;
}

function answer(s: DialogState, text: string, out: Turn) {
  const fact = s.asking!;
  const screening = s.screening === "asked" && fact === "mcn";
  if (screening && answerScreening(s, text, out)) return;
  if (s.doubt) {
    const { fact: doubted, value: meant } = s.doubt;
    s.doubt = null;
    if (doubted === fact && parseYesNo(text) === true) {
      setFact(s, fact, meant);
      advance(s, echo(fact, meant), out);
      return;
    }
  }
  // A question about the policy is not an answer, even where a word of it could be read as one
  // (「网店奖励多少」 names 网店, which would answer 「以什么身份申报」).
  if (looksLikeQuestion(text)) {
    const aside = understandAside(text, s.today);
    if ((aside?.kind === "answer" || aside?.kind === "choices") && replyAside(s, text, out)) return;
  }
  const value = readAnswer(fact, text);
  const doubt = doubtAbout(fact, text, value);
  if (doubt) {
    if (doubt.kind === "confirm") s.doubt = { fact, value: doubt.value };
    out.replies.push(doubt.message);
    return;
  }
  if (value === null) {
    // Not an answer: maybe a question about the policy or small talk — answered, then the same
    // question again (state.asking unchanged, no failure counted).
    // A question is answered first; a statement is first searched for facts (「我们公司卖了3000万」).
    const heard = looksLikeQuestion(text)
      ? replyAside(s, text, out) || takeFacts(s, text, out)
      : takeFacts(s, text, out) || replyAside(s, text, out);
    if (heard) return;
    s.failures++;
    out.replies.push(
      screening
        ? `抱歉，没能看懂您的回答。${SCREENING_HINT}${s.failures >= 3 ? "\n也可以回复「人工」联系工作人员。" : ""}`
        : reask(fact, s.failures),
    );
    return;
  }
  // A plain 「是」「否」 to the screening list answers only the question state.asking names.
  if (screening) s.screening = "done";
  setFact(s, fact, value);
  // A hedged duration (「一年多」「不到一年」) says how it was read.
  const hedge =
    fact === "monthsInDatabase" && /多|不到|不满|没到|没满/.test(text)
      ? `（按您说的「${text.trim()}」，记为 ${value} 个月，${(value as number) >= 12 ? "已满" : "不满"} 1 年）`
      : "";
  advance(s, `${echo(fact, value)}${hedge}`, out);
}

/**
 * Facts stated in a sentence, written at once and said back in one line; then the next question. From
 * the menu (`fresh`) a self-test begins with them, when the sentence names a subject and a fact.
 */
function takeFacts(s: DialogState, text: string, out: Turn, fresh = false): boolean {
  const { facts, doubts } = readFacts(
    text,
    fresh ? {} : { subjectType: s.facts.subjectType },
    fresh ? null : s.asking,
  );
  const keys = Object.keys(facts) as AskableFact[];
  const stated = keys.length + doubts.length;
  if (fresh ? !(facts.subjectType && stated >= 2) : stated === 0) return false;
  if (fresh) resetAssessment(s);
  const ordered = keys.sort((a, b) => (a === "subjectType" ? -1 : b === "subjectType" ? 1 : 0));
  for (const k of ordered) setFact(s, k, facts[k]);
  const took =
    ordered.length > 0
      ? `我记下了：${ordered.map((k) => answerLine(k, facts[k])).join("；")}。如有不对，直接告诉我，例如「不对，是3200万」。`
      : "";
  const doubt = doubts[0];
  if (doubt) {
    // The doubtful figure is asked back as the pending question; 「是」 writes it.
    s.mode = "assess";
    s.asking = doubt.fact;
    s.failures = 0;
    if (doubt.kind === "confirm") s.doubt = { fact: doubt.fact, value: doubt.value };
    out.replies.push(`${took}${took ? "\n" : ""}${doubt.message}`);
    return true;
  }
  advance(s, took, out);
  return true;
}

/** Answers a question about the policy, small talk or English; false when the text is none of them. */
function replyAside(s: DialogState, text: string, out: Turn, firstTurn = false): boolean {
  const aside = understandAside(text, s.today);
  if (!aside) return false;
  if (aside.kind === "english") {
    out.replies.push(...asideReplies(aside, firstTurn || s.mode === "menu" ? MENU : current(s)));
    return true;
  }
  out.replies.push(...asideReplies(aside, MENU));
  // The topics offered are numbered; the next message may pick one by its number.
  if (aside.kind === "choices") s.choices = aside.choices.map((c) => c.id);
  if (firstTurn) out.replies.push(MENU);
  else if (aside.kind !== "smalltalk" || aside.showPending || s.mode === "assess")
    out.replies.push(current(s));
  return true;
}

function startApply(s: DialogState, out: Turn) {
  if (s.mode === "assess") {
    out.replies.push(`请先完成自测，再开始申报。\n\n${current(s)}`);
    return;
  }
  if (s.facts.subjectType === undefined) {
    resetAssessment(s);
    advance(s, "申报前，我们先用一两分钟做个自测，看看您符合哪些项目。", out);
    return;
  }
  if (applicable(assessmentOf(s)).length === 0) {
    out.replies.push(
      "根据您的自测结果，暂时没有可以申报的项目。条件变化后可回复「自测」重新测评，或回复「人工」咨询。",
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

function continueApply(s: DialogState, after: ApplyStep | null, prefix: string, out: Turn) {
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

type ApplyStep = NonNullable<DialogState["applyStep"]>;

function back(s: DialogState, out: Turn) {
  if (s.mode === "apply" || s.mode === "confirm") {
    const at = s.mode === "confirm" ? STEPS.length : Math.max(0, STEPS.indexOf(s.applyStep!));
    const prev = STEPS.slice(1, at)
      .reverse()
      .find((step) => step !== "clauses" || applicable(assessmentOf(s)).length > 1);
    if (!prev) {
      out.replies.push(`已经是第一步了。\n\n${current(s)}`);
      return;
    }
    s.mode = "apply";
    s.applyStep = prev;
    out.replies.push(`好的，我们回到上一步。\n\n${stepPrompt(prev, s)}`);
    return;
  }
  const last = s.history.pop();
  if (!last) {
    out.replies.push(
      s.mode === "assess" ? `已经是第一题了。\n\n${current(s)}` : `还没有可以返回的问题。\n\n${current(s)}`,
    );
    return;
  }
  delete (s.facts as Record<string, unknown>)[last];
  s.mode = "assess";
  s.asking = last;
  s.failures = 0;
  // The screening list is offered again once the answers before it are given again.
  if (s.screening === "asked") s.screening = null;
  out.replies.push(`好的，我们回到上一题。\n\n${question(last, s.facts)}`);
}

function modify(s: DialogState, rest: string, out: Turn) {
  const r = rest.replace(/^(一下|下)/, "").replace(/^[:：\s]+/, "");
  if (r === "") {
    const answered = s.history.map((f) => `· ${answerLine(f, s.facts[f])}`);
    out.replies.push(
      answered.length > 0
        ? `请告诉我要修改哪一项和新的回答，例如「修改 零售额 9000万」。您已回答：\n${answered.join("\n")}`
        : "还没有可以修改的回答。回复「自测」开始测评。",
    );
    return;
  }
  const applying = s.mode === "apply" || s.mode === "confirm";
  const field = applying ? findField(r) : null;
  if (field) {
    const value = field.rest.replace(/^(为|成|是|改为|改成)/, "").replace(/^[:：\s]+/, "");
    if (value === "") {
      s.mode = "apply";
      s.applyStep = field.key;
      out.replies.push(`好的，请重新填写。\n\n${stepPrompt(field.key, s)}`);
      return;
    }
    const res = readStep(field.key, value, s);
    if (!res.ok) {
      // The corrected value typed next answers this field, then the summary comes back.
      s.mode = "apply";
      s.applyStep = field.key;
      out.replies.push(res.message);
      return;
    }
    continueApply(s, s.mode === "confirm" ? "clauses" : (s.applyStep ?? "consent"), "已修改。\n\n", out);
    return;
  }
  const match = findFact(r, s.history);
  if (!match) {
    out.replies.push(
      `没有找到「${r.slice(0, 20)}」对应的问题。请说明要修改哪一项，例如「修改 零售额 9000万」或「修改 纳统 是」。`,
    );
    return;
  }
  if (match.candidates.length > 1) {
    const names = match.candidates.map((f) => `「${FACT_ALIASES[f][0]}」`).join("、");
    out.replies.push(
      `您要修改的是哪一项？可以是：${names}。请用完整名称再说一次，例如「修改 ${FACT_ALIASES[match.candidates[0]!][0]} 9000万」。`,
    );
    return;
  }
  const fact = match.candidates[0]!;
  const valueText = match.rest.replace(/^(为|成|是|改为|改成)(?=.)/, "").replace(/^[:：\s]+/, "");
  if (valueText === "") {
    s.mode = "assess";
    s.asking = fact;
    s.failures = 0;
    out.replies.push(`好的，请重新回答这一题。\n\n${question(fact, s.facts)}`);
    return;
  }
  const value = readAnswer(fact, valueText);
  if (value === null) {
    out.replies.push(
      `没能看懂新的回答「${valueText.slice(0, 20)}」。${reask(fact, 0).replace(/^抱歉，没能看懂您的回答。/, "")}`,
    );
    return;
  }
  setFact(s, fact, value);
  const note = `已修改：${answerLine(fact, value)}。`;
  if (applying) {
    const dropped = pruneChosen(s);
    if (applicable(assessmentOf(s)).length === 0) {
      s.mode = "results";
      s.applyStep = null;
      out.replies.push(`${note}\n修改后暂时没有可以申报的项目。`, ...resultsMessages(assessmentOf(s)));
      return;
    }
    const warn =
      dropped.length > 0
        ? `\n注意：修改后以下项目不再符合条件，已从申报中移除：${dropped.map(clauseName).join("、")}`
        : "";
    continueApply(
      s,
      s.mode === "confirm" ? "clauses" : (s.applyStep ?? "consent"),
      `${note}${warn}\n\n`,
      out,
    );
    return;
  }
  advance(s, note, out);
}

/** A correction in everyday words: carried out as 「修改」, saying what it was and whether results changed. */
function correct(s: DialogState, fix: string, out: Turn) {
  const before = { ...s.facts };
  const eligible = () =>
    assessmentOf(s)
      .results.filter((r) => r.status === "eligible")
      .map((r) => `${r.clause}:${r.maxAmountYuan ?? ""}:${r.estimatedAmountYuan ?? ""}`)
      .join(",");
  const resultsBefore = eligible();
  const at = out.replies.length;
  modify(s, fix, out);
  const changed = (Object.keys(s.facts) as (keyof typeof s.facts)[]).filter(
    (k) => before[k] !== undefined && before[k] !== s.facts[k],
  );
  if (changed.length === 0) return;
  // The old value alone: the fact's name is already in 「已修改：…」.
  const was = changed.map((k) => answerLine(k as never, before[k]).replace(/^[^：]+：/, "")).join("；");
  const effect =
    eligible() === resultsBefore ? "测评结果不受影响。" : "测评结果随之变化，完成后会给您新的结果。";
  out.replies[at] = `${out.replies[at] ?? ""}`.replace(
    /^已修改：(.+?)。/,
    `已修改：$1（原为 ${was}）。${effect}`,
  );
}

const DUPLICATE_NOTE =
  "同一单位同一年度重复申报同一项目，一般不会重复获批。如确需再次提交（例如上次填写有误），请回复「仍然提交」；不再提交请回复「取消」。";

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

function confirm(s: DialogState, out: Turn, ctx: TurnContext) {
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

function policyText(article: number | null): string {
  if (article === null)
    return `《关于支持全市电子商务高质量发展》（淄博市，有效期 2022年10月1日至2027年9月30日）共八条：\n${ARTICLES.map(
      (a) => `${a.number}. ${a.title}`,
    ).join("\n")}\n回复「原文 2」查看第二条全文。`;
  const a = ARTICLES.find((x) => x.number === article);
  return a ? a.text : "政策共八条，请回复「原文 1」到「原文 8」。";
}

function run(cmd: Command, s: DialogState, out: Turn, ctx: TurnContext) {
  switch (cmd.kind) {
    case "restart":
      out.replies.push("好的，我们从头开始。");
      startAssessment(s, out);
      return;
    case "selfTest":
      startAssessment(s, out);
      return;
    case "back":
      back(s, out);
      return;
    case "skip":
      if (s.mode !== "assess" || !s.asking) {
        out.replies.push(`现在没有可以跳过的问题。\n\n${current(s)}`);
        return;
      }
      s.skipped = [...s.skipped.filter((f) => f !== s.asking), s.asking];
      if (s.screening === "asked") s.screening = "done";
      advance(s, "好的，这一题先跳过。", out);
      return;
    case "human":
      out.effects.push({
        type: "notify_staff",
        reason: "human_requested",
        wechatId: s.wechatId,
        text: `有用户请求人工服务${s.wechatId ? `（微信：${s.wechatId}）` : ""}${s.applicant.name ? `，单位：${s.applicant.name}` : ""}`,
      });
      out.replies.push(
        s.mode === "assess" || s.mode === "apply" ? `${HUMAN}\n\n您也可以继续：${current(s)}` : HUMAN,
      );
      return;
    case "help":
      out.replies.push(HELP);
      return;
    case "status":
      out.effects.push({ type: "query_status", wechatId: s.wechatId });
      return;
    case "policy":
      out.replies.push(policyText(cmd.article));
      return;
    case "apply":
      startApply(s, out);
      return;
    case "detail": {
      const text = s.facts.subjectType ? detailMessage(assessmentOf(s), cmd.n) : null;
      out.replies.push(
        text ?? `没有第 ${cmd.n} 项。${s.mode === "results" ? "请对照自测结果中的编号。" : "请先完成自测。"}`,
      );
      return;
    }
    case "modify":
      modify(s, cmd.rest, out);
      return;
    case "cancel":
      if (s.mode === "apply" || s.mode === "confirm") {
        s.mode = "results";
        s.applyStep = null;
        s.idempotencyKey = null;
        s.duplicateOf = null;
        out.replies.push("已取消申报，您填写的信息已保留。需要时回复「申报」继续。");
      } else out.replies.push(`好的。\n\n${current(s)}`);
      return;
    case "confirm":
      confirm(s, out, ctx);
      return;
    case "confirmDuplicate":
      s.duplicateOf = { numbers: s.duplicateOf?.numbers ?? [], confirmed: true };
      confirm(s, out, ctx);
      return;
    case "greeting":
      out.replies.push(s.mode === "menu" ? GREETING : `您好！${current(s)}`);
      return;
  }
}

/** One message from the person → the next state, the replies and the effects. Never throws. */
export function handleMessage(state: DialogState, text: string, ctx: TurnContext = {}): Turn {
  const s: DialogState = isDialogState(state)
    ? structuredClone(state)
    : startConversation({ ...(ctx.now ? { now: ctx.now } : {}) });
  s.turns++;
  if (ctx.now) s.today = shanghaiDate(ctx.now);
  const out: Turn = { state: s, replies: [], effects: [] };
  const t = clean(text);
  const firstTurn = s.turns === 1 && s.mode === "menu";
  // Topics offered by the last reply stand for this message only.
  const offered = s.choices ?? null;
  s.choices = null;
  const picked = offered && /^[1-9]$/.test(t) ? offered[Number(t) - 1] : undefined;
  try {
    if (picked) {
      out.replies.push((knowledgeById(picked, s.today)?.lines ?? []).join("\n"));
      if (s.mode !== "menu" && s.mode !== "results") out.replies.push(current(s));
    } else if (t === "") out.replies.push(firstTurn ? GREETING : `请用文字回复。\n\n${current(s)}`);
    else if (t.length > MAX_LENGTH) out.replies.push(`${TOO_LONG}\n\n${current(s)}`);
    else if (isOnlyEmoji(t))
      out.replies.push(firstTurn ? GREETING : `${NOT_TEXT.replace("例如「自测」", "")}\n\n${current(s)}`);
    else {
      const cmd = parseCommand(t, s);
      const fix = cmd ? null : readCorrection(t, s);
      if (cmd) run(cmd, s, out, ctx);
      else if (fix !== null) correct(s, fix, out);
      else if (s.mode === "assess" && s.asking) answer(s, t, out);
      else if (s.mode === "apply" && s.applyStep) {
        const step = s.applyStep;
        const r = readStep(step, t, s);
        if (r.ok) continueApply(s, step, "", out);
        else out.replies.push(r.message);
      } else if (s.mode === "submitting") out.replies.push(current(s));
      else if (s.mode === "confirm") out.replies.push(`${current(s)}`);
      else if ((s.mode === "menu" || s.mode === "results") && takeFacts(s, t, out, true)) {
        /* facts in a sentence: a self-test begun with them */
      } else if (!replyAside(s, t, out, firstTurn))
        out.replies.push(firstTurn ? GREETING : `抱歉，我没太明白。\n${current(s)}`);
    }
  } catch {
    // A bug must not lose the conversation: keep the state as it was and say so politely.
    return {
      state: structuredClone(state),
      replies: ["抱歉，刚才出了点问题，请再说一次，或回复「人工」联系工作人员。"],
      effects: [],
    };
  }
  return out;
}

export type SubmitOutcome =
  | { kind: "submitted"; id: string; number: string }
  | { kind: "queued" } // saved on the bot's side, to be retried
  | { kind: "refused"; message: string } // the API said no (4xx): the person must change something
  | { kind: "duplicate"; numbers: string[] } // 409: the same items filed this year; ask before filing again
  | { kind: "unavailable" }; // no API configured

/** What the shell tells the core after running a submit effect. */
export function handleSubmitOutcome(state: DialogState, outcome: SubmitOutcome): Turn {
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
        `✅ 申报已提交，编号 ${outcome.number}。\n市商务局审核后会在这里通知您；回复「查询进度」可随时查看。`,
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
