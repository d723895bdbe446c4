// What the bot says, in one place: polite, plain Simplified Chinese (../shared/CHAT-STYLE.md).

import {
  formatWan,
  formatYuanExact,
  FACTS,
  QUESTION_BY_FACT,
  type AskableFact,
  type Facts,
  type Reader,
} from "../../rules/index.ts";
import { cityPolicy, formatFactValue } from "../../rules/index.ts";
import { EVENT_INFLUENCE_LABELS, SUBJECT_LABELS } from "../../rules/facts.ts";

export const MENU = [
  "请回复数字或文字：",
  "1. 自测：看看能申请哪些奖励和补贴",
  "2. 申报：填写并提交申报",
  "3. 查询进度",
  "4. 政策原文",
  "5. 人工服务",
].join("\n");

export const GREETING = `您好！我是淄博市电子商务政策助手「政策通」，可以帮您了解《${cityPolicy().title}》中的奖励、补贴和贷款，并在线申报。\n${MENU}`;

/** Said before a repeat filing is sent: what it means and the two ways on. */
export const DUPLICATE_NOTE =
  "同一单位同一年度重复申报同一项目，一般不会重复获批。如确需再次提交（例如上次填写有误），请回复「仍然提交」；不再提交请回复「取消」。";

export const START_ASSESSMENT =
  "我每次只问一个问题，不清楚的可以回复「不清楚」跳过，答错了回复「返回」修改。";

const HINTS: Record<Reader, string> = {
  subjectType: "请回复 1–4 的数字，例如「1」表示企业",
  yuan: "请回复金额，例如「3500万」「0.3亿」；没有请回复「0」",
  yesNo: "请回复「是」或「否」",
  count: "请回复具体数量，例如「25家」",
  months: "请带上单位回复，例如「2年」或「18个月」",
  percent: "请回复百分比，例如「85%」",
  influence: "请回复 1–3 的数字，例如「1」表示全国影响力",
};

/** Asks the fact's question, in the words for this subject. */
export function question(fact: AskableFact, facts: Partial<Facts>): string {
  return QUESTION_BY_FACT[fact].text(facts.subjectType);
}

export function reask(fact: AskableFact, failures: number): string {
  const hint = HINTS[QUESTION_BY_FACT[fact].reader];
  if (failures >= 3)
    return `抱歉，还是没能看懂。${hint}。\n也可以回复「跳过」先跳过这一题，或回复「人工」联系工作人员。`;
  return `抱歉，没能看懂您的回答。${hint}；不清楚可回复「跳过」。`;
}

/** 「收到：8,000 万元。」 — echoes an answer back, so a misread number is noticed at once. */
export function echo(fact: AskableFact, value: unknown): string {
  const def = FACTS[fact];
  switch (def.type) {
    case "yuan":
      if (value === 0) return fact === "loanAmountYuan" ? "好的，暂不需要贷款。" : "收到：没有（0 元）。";
      return (value as number) < 10_000
        ? `收到：${formatWan(value as number)}。`
        : `收到：${formatWan(value as number)}（${formatYuanExact(value as number)}）。`;
    case "count":
    case "months":
    case "percent":
      return `收到：${formatFactValue(fact, value as number)}。`;
    case "boolean":
      // Said back in the policy's words (「店铺不是当年新注册」), so an answer given in a sentence can be checked.
      return `好的，记为：${(value ? def.yes : def.no) ?? (value ? "是" : "否")}。`;
    case "subjectType":
      return `好的，申报主体：${SUBJECT_LABELS[value as keyof typeof SUBJECT_LABELS]}。`;
    case "influence":
      return `好的，${EVENT_INFLUENCE_LABELS[value as keyof typeof EVENT_INFLUENCE_LABELS]}。`;
    default:
      return "好的。";
  }
}

/** A fact's answer as it reads in a summary: 「当年实物商品网络零售额：8000 万元」. */
export function answerLine(fact: AskableFact, value: unknown): string {
  const def = FACTS[fact];
  const shown =
    def.type === "boolean"
      ? value
        ? "是"
        : "否"
      : def.type === "subjectType"
        ? SUBJECT_LABELS[value as keyof typeof SUBJECT_LABELS]
        : def.type === "influence"
          ? EVENT_INFLUENCE_LABELS[value as keyof typeof EVENT_INFLUENCE_LABELS]
          : formatFactValue(fact, value as number);
  return `${def.label}：${shown}`;
}

export const NOT_TEXT = "抱歉，我暂时只能看懂文字消息。请用文字回复，例如「自测」。";
export const TOO_LONG =
  "您的消息有点长，我一次只能读懂一个简短的回答。请只回复这一题的答案，例如「3500万」或「是」。";
export const HUMAN =
  "已为您转人工：已通知市商务局工作人员，他们会尽快通过微信或电话与您联系。工作时间：工作日 9:00–17:00。";

/**
 * 「人工」 where staff cannot answer in the chat itself (the mini-program, the /chat page): the phone
 * the person left, or, without one, how to reach a person.
 */
export const humanOutsideWechat = (phone: string | undefined) =>
  phone
    ? `已为您转人工：已通知市商务局工作人员，他们会按您留下的电话 ${phone} 与您联系。工作时间：工作日 9:00–17:00。`
    : "已为您转人工：已通知市商务局工作人员。工作人员无法在这里直接回复您：如需电话联系，请在申报时留下联系电话，或直接联系淄博市商务局或所在区县的商务主管部门（工作日 9:00–17:00）。";
