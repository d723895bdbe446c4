// Changing earlier answers: 「返回」 one step, 「修改 <名称> <新值>」 for a fact or an applicant's detail, and
// corrections in everyday words carried out as a 「修改」 that says what the value was and whether the
// results change.

import {
  CLAUSES_BY_ID,
  FACTS,
  parametersAt,
  readAnswer,
  sameOn,
  SUBJECT_LABELS,
  type AskableFact,
  type Facts,
} from "../../rules/index.ts";
import { assessmentOf, pruneChosen, readStep, stepPrompt, STEPS } from "./application-steps.ts";
import { answerAside, askNext, setFact } from "./assessment.ts";
import { looksLikeQuestion } from "./understanding/index.ts";
import { continueApplication } from "./application.ts";
import { FACT_ALIASES, findFact, findField } from "./fact-names.ts";
import { applicable, clauseName, resultsMessages } from "./results.ts";
import { assessmentDate, type DialogState } from "./state.ts";
import { answerLine, question, reask } from "./texts.ts";
import type { Turn } from "./turn.ts";
import { whereNow } from "./where.ts";
import { parse } from "./understanding/grammar.ts";
import { normalise } from "./understanding/normalise.ts";
import { doubtAbout } from "./understanding/doubts.ts";
import { restatedFact } from "./corrections.ts";

export function goBack(s: DialogState, out: Turn) {
  if (s.mode === "apply" || s.mode === "confirm") {
    const at = s.mode === "confirm" ? STEPS.length : Math.max(0, STEPS.indexOf(s.applyStep!));
    const prev = STEPS.slice(1, at)
      .reverse()
      .find((step) => step !== "clauses" || applicable(assessmentOf(s)).length > 1);
    if (!prev) {
      out.replies.push(`已经是第一步了。\n\n${whereNow(s)}`);
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
      s.mode === "assess" ? `已经是第一题了。\n\n${whereNow(s)}` : `还没有可以返回的问题。\n\n${whereNow(s)}`,
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

/**
 * The new value in what follows a fact's name: 「改成3200万」「不对，应该是3200万」「：3200万」 → 「3200万」.
 * The part after the last cue word, so a 「不对」 before it is not read as the value 「否」.
 */
function newValueText(rest: string): string {
  // 「是一千五百多万，不是一千五」: what it is not is dropped; of several clauses, the one with a figure.
  const kept = rest.replace(/[，,；;\s]*(而)?不是[^，,；;]*$/, "");
  const clauses = kept
    .split(/[，,。；;]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const clause =
    clauses.find((c) => /[0-9０-９]|[一二两三四五六七八九十百千万亿]/.test(c)) ?? clauses[0] ?? "";
  const t = clause.replace(/^[:：\s]+/, "").trim();
  const cue = /(?:应该是|其实是|实际是|改成|改为|更正为|更正成|换成|是|为|有|:|：)\s*(.+?)\s*[。！!]*$/.exec(
    t,
  );
  // (「网店数改一下 二十九」: the words asking for the change are no part of the new value.)
  return (
    cue ? cue[1]! : t.replace(/^(不对|错了|说错了|改一下|改下|改改|修改一下|更正一下)[，,\s]*/, "")
  ).trim();
}

// The sales figures a correction that names sales in general may mean.
const SALES: AskableFact[] = ["physicalGoodsRetailYuan", "onlineRetailYuan", "shopRetailYuan"];

export function changeAnswer(s: DialogState, rest: string, out: Turn) {
  // (「30,150,000元」: a thousands separator parts no figure.)
  const r = rest
    .replace(/^(一下|下)/, "")
    .replace(/^[:：\s]+/, "")
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, "$1");
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
    continueApplication(
      s,
      s.mode === "confirm" ? "clauses" : (s.applyStep ?? "consent"),
      "已修改。\n\n",
      out,
    );
    return;
  }
  let match = findFact(r, s.history);
  // 「不对 网络零售额是五千二百万」 when only the new shop's sales were given: the one sales figure known is meant.
  const salesKnown = SALES.filter((f) => s.history.includes(f));
  if (
    match &&
    match.candidates.every((f) => SALES.includes(f) && !s.history.includes(f)) &&
    salesKnown.length === 1
  )
    match = { candidates: salesKnown, rest: match.rest };
  // 「更正：3200万」 names no fact: the value is for the answer just given, when it reads as one.
  const last = s.history[s.history.length - 1];
  // (Never the loan, unless the words say 贷: 「合计是两千零五十万」 after the loan was answered is another figure.)
  if (
    !match &&
    last &&
    (last !== "loanAmountYuan" || /贷/.test(r)) &&
    readAnswer(last, newValueText(r)) !== null
  )
    match = { candidates: [last], rest: r };
  if (!match) {
    // 「更正一下 申报的是园区的运营公司 不是园区本身」: what is restated, read by the grammar.
    const restated = restatedFact(r, s);
    if (restated && restated !== r) {
      changeAnswer(s, restated, out);
      return;
    }
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
  // (「是0.92亿 没到一个亿」: the bar said after the new figure is no part of it.)
  const valueText = newValueText(match.rest).replace(
    /[，,\s]+(没到|不到|不足|没达到|没过|还差)[^，,。]*$/,
    "",
  );
  // 「新店那个数应该是5080万」: a yes-or-no fact named with an amount — the figure that goes with it (the shop's).
  const named = match.candidates[0]!;
  const withFigure = FIGURE_OF[named];
  let fact =
    withFigure && FACTS[named].type === "boolean" && /\d|[万亿]/.test(normalise(valueText))
      ? withFigure
      : named;
  if (valueText === "") {
    s.mode = "assess";
    s.asking = fact;
    s.failures = 0;
    out.replies.push(`好的，请重新回答这一题。\n\n${question(fact, s.facts)}`);
    return;
  }
  // 「四个刚又认定了一个」「１０２０万 刚才看错表了」: the figure, without the words after it.
  const said = parse(valueText).mentions;
  const figure = said.find((m) => m.type === "figure");
  // (「2100万 1900是去年的」, read without its space: the number that begins a clause of its own is not the
  // first figure's yuan.)
  const parted = /^(.*?\d万)\d+(?:\.\d+)?(?:万)?(?:是|为|那个|这个)/.exec(valueText);
  let value =
    (parted ? readAnswer(fact, parted[1]!) : null) ??
    readAnswer(fact, valueText) ??
    (figure ? readAnswer(fact, figure.text) : null);
  // (「五十万太少 贷一百五十个w」: of two figures, the one that is not the old value is the new one.)
  const others = said
    .flatMap((m) => (m.type === "figure" ? [readAnswer(fact, m.text)] : []))
    .filter((v) => v !== null && v !== s.facts[fact]);
  if (value === s.facts[fact] && new Set(others).size === 1) value = others[0]!;
  // 「自播是两千六」 for 3200 万: a sum said without its unit, beside a known one, is in the known one's 万; one
  // that is not near it is asked back, never written as yuan.
  const known = s.facts[fact];
  if (
    FACTS[fact].type === "yuan" &&
    typeof value === "number" &&
    value > 0 &&
    value < 100_000 &&
    !/[万亿元块钱w]/i.test(normalise(valueText))
  ) {
    if (typeof known === "number" && value * 10_000 >= known / 5 && value * 10_000 <= known * 5)
      value = value * 10_000;
    else {
      const doubt = doubtAbout(fact, valueText, value);
      if (doubt) {
        if (doubt.kind === "confirm") s.doubt = { fact, value: doubt.value };
        out.replies.push(doubt.message);
        return;
      }
    }
  }
  // (「不对刚才说错了天天卖货的是二十一家」 while the shops are asked, after a sum: a figure of the kind of the question
  // pending, not of the one last answered, puts right that question's answer.)
  if (value === null && s.mode === "assess" && s.asking && s.asking !== fact && figure) {
    const pending = readAnswer(s.asking, figure.text);
    if (pending !== null) [fact, value] = [s.asking, pending];
  }
  // (「搞错了 我们是街道 不是镇 街道能报不」: no value to read, and a question — answered from the policy.)
  if (value === null && looksLikeQuestion(r) && answerAside(s, r, out)) return;
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
      out.replies.push(
        `${note}\n修改后暂时没有可以申报的项目。`,
        ...resultsMessages(assessmentOf(s), {
          loanDeclined: s.facts.loanAmountYuan === 0,
          facts: s.facts,
          district: s.applicant.district ?? null,
          rounds: out.rounds,
          today: s.today,
        }),
      );
      return;
    }
    const warn =
      dropped.length > 0
        ? `\n注意：修改后以下项目不再符合条件，已从申报中移除：${dropped.map((id) => clauseName(id)).join("、")}`
        : "";
    continueApplication(
      s,
      s.mode === "confirm" ? "clauses" : (s.applyStep ?? "consent"),
      `${note}${warn}\n\n`,
      out,
    );
    return;
  }
  // A correction while the screening list is pending: the list is offered again, not passed over.
  if (s.screening === "asked") s.screening = null;
  askNext(s, note, out);
}

/** 「算了还是按原来的」: the last correction taken back, said as a change; with none, nothing changes. */
export function undoChange(s: DialogState, out: Turn) {
  const last = s.lastChange;
  s.lastChange = null;
  if (!last || s.facts[last.fact] === last.was) {
    out.replies.push(`好的，不做修改。\n${whereNow(s)}`);
    return;
  }
  applyCorrection(s, `${FACT_ALIASES[last.fact][0]} ${answerValue(last.fact, last.was)}`, out);
  s.lastChange = null;
}

/**
 * 「算了还是按原来的2150吧」: the last change taken back to the figure named — in the old value's 万 when said without
 * a unit. A figure other than the old value is the fact's new value, said as a change.
 */
export function backToFigure(s: DialogState, figure: number, unit: string, out: Turn) {
  const last = s.lastChange;
  if (!last || typeof last.was !== "number") return undoChange(s, out);
  const yuan = FACTS[last.fact].type === "yuan";
  const value = !yuan || unit === "元" ? figure : unit === "亿" ? figure * 1e8 : figure * 1e4;
  if (value === last.was) return undoChange(s, out);
  applyCorrection(s, `${FACT_ALIASES[last.fact][0]} ${answerValue(last.fact, Math.round(value))}`, out);
}

/** A value as the 「修改」 reads it back (「3000000元」「是」). */
function answerValue(fact: AskableFact, v: unknown): string {
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number" && FACTS[fact].type === "yuan") return `${v}元`;
  if (fact === "subjectType") return SUBJECT_LABELS[v as keyof typeof SUBJECT_LABELS];
  return String(v);
}

/** A correction in everyday words: carried out as 「修改」, saying what it was and whether results changed. */
export function applyCorrection(s: DialogState, fix: string, out: Turn) {
  const before = { ...s.facts };
  // Every clause's standing, not only those that fit: ❌ → ❓ is a change of result too.
  const eligible = () =>
    assessmentOf(s)
      .results.map((r) => `${r.clause}:${r.status}:${r.maxAmountYuan ?? ""}:${r.estimatedAmountYuan ?? ""}`)
      .join(",");
  const resultsBefore = eligible();
  const at = out.replies.length;
  changeAnswer(s, fix, out);
  const changed = (Object.keys(s.facts) as (keyof typeof s.facts)[]).filter(
    (k) => before[k] !== undefined && before[k] !== s.facts[k],
  );
  if (changed.length === 0) return;
  s.lastChange = changed.length === 1 ? { fact: changed[0] as AskableFact, was: before[changed[0]!] } : null;
  // The old value alone: the fact's name is already in 「已修改：…」.
  const was = changed.map((k) => answerLine(k as never, before[k]).replace(/^[^：]+：/, "")).join("；");
  // A clause still waiting for answers looks the same before and after: 「不受影响」 is said only when no bar
  // of the changed facts moved (1500万 → 1200万 still passes 1000万), else the result comes when it is done.
  const params = parametersAt(s.today);
  const after = { ...s.facts, assessedOn: assessmentDate(s) } as Facts;
  const then = { ...before, assessedOn: assessmentDate(s) } as Facts;
  const pending = assessmentOf(s).results.some((r) => {
    const c = CLAUSES_BY_ID[r.clause];
    return (
      r.status === "needs_info" &&
      c !== undefined &&
      ![c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].every((w) =>
        sameOn(w, changed, then, after, params),
      )
    );
  });
  const effect =
    eligible() !== resultsBefore
      ? "测评结果随之变化，完成后会给您新的结果。"
      : pending
        ? "自测完成后给您结果。"
        : "测评结果不受影响。";
  out.replies[at] = `${out.replies[at] ?? ""}`.replace(
    /^已修改：(.+?)。/,
    `已修改：$1（原为 ${was}）。${effect}`,
  );
}

// The figure a yes-or-no fact goes with, when a correction names the one and gives the other.
const FIGURE_OF: Partial<Record<AskableFact, AskableFact>> = {
  newShop: "shopRetailYuan",
  relocatedShop: "shopRetailYuan",
  mcn: "onlineRetailYuan",
  selfLiveFirstTime: "selfLiveRetailYuan",
};
