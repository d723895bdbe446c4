// An answer to the pending question and a question of the person's own in one message — 「九千万整 这个能补多少钱」
// 「算上今年新开的一共三十一家 能评上不」「前年拿过一回MCN的奖励了 这回还能拿吗」: the answer is read from the
// clauses that state, the question from those that ask. The dialog writes the answer, answers the question and
// asks the next one. A clause that asks (「成长良好是怎么算的」) never answers. Pure.

import { FACTS, readAnswer, type AskableFact, type Facts } from "../../../rules/index.ts";
import { plainYesNo } from "../../../rules/answers.ts";
import { parse } from "./grammar.ts";
import { knownOf, readAskedYesNo, readFacts } from "./facts.ts";
import { looksLikeQuestion, understandAside } from "./index.ts";
import type { KnowledgeAnswer } from "./knowledge.ts";
import { normalise } from "./normalise.ts";

// 「能评上不」「够不够」「这个能补多少钱」: what the figures bring, or whether they are enough.
export const ASKS_RESULT =
  /(能|可以|可)(拿|领|得|补|奖|给)|多少(钱|补贴|奖励|奖金)|[补奖给拿]多少|几万|能评上|评得上|评上不|评上吗|够不够|够格|够了吗|够吗|符合(吗|不)|能不能评|能不能拿|行不行|能申请吗|还差多少|差多少|还差几|差几|差[\d一二两三四五六七八九十]+[家个户]|就够了?[吗呢不啊]?$|(?:还|都)?(?:差|缺)(?:啥|什么|哪些|点啥)(?!材料|资料|手续|证明|文件|表)/;
const OWN = /^(我们|咱们|俺们|我|咱|俺|本)/;
const CLAUSE = /[，,。；;！!？?\s]+/;

/** The clauses of a message that state rather than ask. */
export function statedPart(text: string): string {
  return text
    .split(CLAUSE)
    .filter((c) => c.length > 0 && !looksLikeQuestion(c))
    .join("，");
}

/** 「新店三千万和五千万两个档分别给多少」: the bars of an item asked about — no answer of one's own. */
export function asksTiers(text: string): boolean {
  return /档|分别/.test(text) && (text.match(/[0-9一二两三四五六七八九十百千]+[万亿]/g) ?? []).length >= 2;
}

export interface AnswerAndQuestion {
  value: unknown;
  /** What the answer says with it (the event's level beside 「承办」). */
  with?: { fact: AskableFact; value: unknown };
  /** 「brings」: what the figures bring; otherwise the policy's answer to the question. */
  question: "brings" | KnowledgeAnswer;
}

export function answerAndQuestion(
  text: string,
  fact: AskableFact,
  facts: Partial<Facts>,
  date: string,
): AnswerAndQuestion | null {
  if (asksTiers(text)) return null;
  // (Each clause keeps the mark that ends it: 「今年刚批下来的才算？」 asks.)
  const clauses = text
    .split(/(?<=[，,。；;！!？?\s])/)
    .map((c) => c.trim())
    .filter((c) => c.replace(CLAUSE, "").length > 0);
  let asking = clauses.filter((c) => looksLikeQuestion(c));
  let stating = clauses.filter((c) => !looksLikeQuestion(c));
  // 「我们三千万的实物零售额能补多少」: one clause, the speaker's figure stated before what it asks.
  const at = clauses.length === 1 ? ASKS_RESULT.exec(text) : null;
  // (「我那4200万能拿几万」 points at a figure given before: no answer.)
  if (
    at &&
    at.index > 0 &&
    OWN.test(text.slice(0, at.index)) &&
    !/[那这]个?\s*[\d零〇一二两三四五六七八九十]/.test(text)
  ) {
    stating = [text.slice(0, at.index)];
    asking = [text.slice(at.index)];
  }
  if (asking.length === 0 || stating.length === 0) return null;
  const statement = stating.join("，");
  // 「网店得超过100个 是101个起吗」「三千万整的话算够线吗 还是得超过三千万才行」: a figure the whole message asks
  // about as a bar, or supposes, states nothing.
  // (「三个 是不是得超过三个才算电商镇啊」: a bar the question says again is the question's; the answer stands —
  // a figure of the statement is a bar only where every time it is said, it is one.)
  const bars = parse(text, { subjectType: facts.subjectType }, fact).remarks.filter(
    (r) => r.why === "bar" || r.why === "gap" || r.why === "hypothetical",
  );
  const whole = normalise(text);
  const stated = normalise(statement);
  const times = (said: string) => whole.split(said).length - 1;
  if (
    bars.some((r) => stated.includes(r.said) && times(r.said) <= bars.filter((x) => x.said === r.said).length)
  )
    return null;
  // (With a new or moved-back shop known, 「俺们店今年卖了四千万」 is that shop's figure, no answer to the company's.)
  const read = readFacts(statement, knownOf(facts as Record<string, unknown>), fact);
  // Only the pending fact: a sentence of other figures is taken whole elsewhere. (「纳统的大概两千二百来万」: a
  // yes-or-no word beside the answer is no other figure.)
  // (「我们承办了一个全省的直播电商大赛 有补助吗」: the event's level beside 「承办」 is said with it.)
  if (
    Object.keys(read.facts).some(
      (k) =>
        k !== fact &&
        k !== "subjectType" &&
        typeof read.facts[k as AskableFact] !== "boolean" &&
        !(fact === "hostsEvent" && k === "eventInfluence"),
    ) ||
    read.doubts.length > 0
  )
    return null;
  // (「暂时不用 利息高不高啊」: a short statement may be the plain answer itself.)
  const value =
    (FACTS[fact].type === "boolean"
      ? // (「没有没有，我们就一个小厂，哪轮得到我们评国家级」: a plain answer first is the answer.)
        (plainYesNo(text) ?? readAskedYesNo(statement, fact) ?? read.facts[fact])
      : read.facts[fact]) ??
    // (「还没纳统呢」 says another fact: its 「没」 is no answer of 0.)
    (statement.length <= 6 && Object.keys(read.facts).every((k) => k === fact || k === "subjectType")
      ? readAnswer(fact, statement)
      : null);
  if (value === undefined || value === null) return null;
  const asked = asking.join("，");
  const along =
    fact === "hostsEvent" && read.facts.eventInfluence !== undefined
      ? { with: { fact: "eventInfluence" as const, value: read.facts.eventInfluence } }
      : {};
  if (ASKS_RESULT.test(asked) && !/标准|条件|要求|怎么算|啥意思|什么意思/.test(asked))
    return { value, question: "brings", ...along };
  const aside = understandAside(text, date);
  return aside?.kind === "answer" ? { value, question: aside.answer, ...along } : null;
}
