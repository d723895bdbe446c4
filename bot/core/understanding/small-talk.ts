// Small talk told by its words, wherever they stand: 「好嘞 谢谢啊 辛苦了」「拜拜 下回再聊」「等我一下哈 我去问问会计」
// 「你这玩意儿比俺们那几个主播还能说 哈哈」. The anchored table in index.ts reads the usual short forms; this reads
// the rest by what the message is made of — a kind of talk named by a word of its own, and nothing left that is
// about the policy or a figure. Each kind's words are data (one line a synonym). Pure.

import { findMentions } from "./mentions.ts";
import { normalise } from "./normalise.ts";

/** The reply to a greeting; on a first message the dialog greets with its introduction instead. */
export const GREETED = "您好，我在。";

export interface TalkKind {
  id: string;
  /** Words that say this kind of talk, anywhere in the message. */
  words: readonly string[];
  reply: string;
  /** Whether the pending question is asked again after the reply. */
  showPending: boolean;
  /** Said as a question (「你能干点啥」「你会不会送快递啊」): stands even when the message asks. */
  asked?: boolean;
}

/** In order: the first kind whose word is said wins (thanks before goodbye: 「谢谢 拜拜」 is thanked). */
export const TALK: readonly TalkKind[] = [
  {
    id: "thanks",
    words: [
      "谢谢",
      "多谢",
      "感谢",
      "谢了",
      "谢啦",
      "辛苦了",
      "辛苦啦",
      "辛苦你",
      "帮大忙",
      "帮了大忙",
      "麻烦你了",
      "麻烦您了",
    ],
    reply: "不客气，有需要随时找我。",
    showPending: false,
  },
  {
    id: "goodbye",
    words: [
      "再见",
      "拜拜",
      "下回再聊",
      "下次再聊",
      "回头再聊",
      "改天再聊",
      "回头聊",
      "回聊",
      "先这样",
      "就这样吧",
      "回头再说",
      "改天再说",
      "先去忙",
      "先忙了",
      "先忙去了",
      "去忙了",
      "下线了",
      "先撤了",
      "去开会",
      "回头再来问",
      "回头再来",
      "回头再问",
      "晚安",
      "明天再说",
    ],
    reply: "再见，有需要随时找我。",
    showPending: false,
  },
  {
    id: "pause",
    words: [
      "等我一下",
      "等我下",
      "等一下",
      "等一会",
      "等会儿",
      "稍等",
      "等等我",
      "我去问问",
      "我问问",
      "去查查",
      "我查查",
      "去翻翻",
      "我去看看",
      "我找找",
    ],
    reply: "好的，不着急，查到或问清楚后直接告诉我就行。",
    showPending: true,
  },
  {
    id: "praise",
    // 「比俺们那几个主播还能说」: compared with people, and found better.
    words: [
      "还能说",
      "还会说",
      "还能聊",
      "还会聊",
      "真能说",
      "真会说",
      "挺能说",
      "挺会说",
      "比人还",
      "还聪明",
      "还厉害",
      "还专业",
      "真聪明",
      "真厉害",
      "挺聪明",
      "挺厉害",
      "挺懂",
      "真懂",
      "好用",
      "好使",
      "还快",
      "真快",
      "挺快",
      "管用",
      "说得挺清楚",
      "说得很清楚",
      "讲得挺清楚",
      "挺专业",
    ],
    reply: "哈哈，谢谢夸奖！有政策上的问题随时问我。",
    showPending: true,
  },
  {
    id: "complaint",
    words: [
      "太慢",
      "真慢",
      "好慢",
      "这么慢",
      "慢死",
      "烦死",
      "烦人",
      "跑了好几趟",
      "跑了三趟",
      "跑了两趟",
      "跑断腿",
      "没个结果",
      "不靠谱",
      "折腾",
      "难用",
      "不好用",
      "不会用",
      "弄不明白",
      "搞不明白",
      "弄不懂",
      "搞不懂",
      "整不明白",
      "太复杂",
      "太麻烦",
      "真麻烦",
      "问半天",
      "绕来绕去",
      "答非所问",
      "不管用",
      "没啥用",
      "气死",
    ],
    reply: "抱歉，给您添麻烦了。您可以直接问具体的事，我尽量一次说清楚；需要工作人员时回复「人工」。",
    showPending: true,
  },
  {
    id: "who",
    // 「你是谁 哪个单位的」: who is answering.
    words: [
      "你是谁",
      "你是哪位",
      "你是哪个单位",
      "哪个单位的",
      "你是机器人",
      "你是真人",
      "是真人吗",
      "是机器人吗",
    ],
    reply:
      "我是淄博市电子商务政策助手「政策通」，是自动回复的程序，不是工作人员；需要人工帮助可以回复「人工」。",
    showPending: true,
    asked: true,
  },
  {
    id: "anyone-there",
    // 「晚上还有人吗 急」: asked whether anyone is there — a question, answered as a greeting.
    words: ["有人吗", "有人在吗", "在吗", "在不在", "人呢", "还有人吗"],
    reply: GREETED,
    showPending: true,
    asked: true,
  },
  {
    id: "greeting",
    words: [
      "你好",
      "您好",
      "早上好",
      "上午好",
      "中午好",
      "下午好",
      "晚上好",
      "早啊",
      "在吗",
      "在不在",
      "有人吗",
      "哈喽",
      "嗨",
    ],
    reply: GREETED,
    showPending: true,
  },
  {
    id: "can-do",
    words: [
      "你能干啥",
      "你能干点啥",
      "你会干啥",
      "你会啥",
      "你能做啥",
      "你能做什么",
      "你会做什么",
      "你有啥用",
      "你能帮我干啥",
      "你都会啥",
      "你能干嘛",
    ],
    reply:
      "我能帮您：看看能申请哪些电商奖励和补贴、能拿多少（回复「自测」），解答政策问题，在线申报和查询进度。",
    showPending: true,
    asked: true,
  },
  {
    id: "joke",
    // 「哈哈 你会不会送快递啊」「哈哈 你要是能直接给我打钱就好了」: a laugh and a word to the assistant.
    words: ["哈哈", "呵呵", "嘿嘿", "开玩笑", "逗你"],
    reply: "哈哈，这个我可帮不上。我能帮您看看能申请哪些奖励和补贴、帮您自测和申报，钱由市商务局审核后拨付。",
    showPending: true,
    asked: true,
  },
];

// What a message about the policy or one's own case is made of: its words leave small talk at once.
const ABOUT_POLICY =
  /政策|奖励|补贴|补助|扶持|申报|申请|材料|条件|标准|纳统|网店|零售|电商村|电商镇|贷款|电商贷|MCN|自播|佣金|配送中心|信息平台|示范|多少钱|几万|能拿|能评/i;

/**
 * The kind of small talk a message is, or null when it is about anything else. `asks`: whether the message is
 * worded as a question (the caller's reading, so that this file needs nothing of the question words).
 */
export function talkByWords(text: string, asks: boolean): TalkKind | null {
  const t = normalise(text.trim());
  if (t.length === 0 || t.length > 30 || ABOUT_POLICY.test(t)) return null;
  // (A figure or a subject is a message about one's case: 「你好 我是镇上管电商这块的」; a cue alone — 主播 in
  // 「比俺们那几个主播还能说」 — is not.)
  // (Nor any number at all: 「等会儿 财务说是四千八百五」 gives a figure without its unit.)
  if (/\d/.test(t) || findMentions(t).some((m) => m.type === "figure" || m.type === "subject")) return null;
  // (A question — 「早上好 请问你们是商务局的吗」 — is answered; only the kinds asked as questions stand.)
  const kind = TALK.find((k) => (!asks || k.asked) && k.words.some((w) => t.includes(w)));
  if (!kind) return null;
  // A joke is small talk only when it speaks to the assistant (你), never a laugh before a question of one's own.
  if (kind.id === "joke" && !/你/.test(t)) return null;
  return kind;
}

/** Whether a message opens with a greeting of the table (「你好 我是镇上管电商这块的」: greeted back before the facts). */
export function opensWithGreeting(text: string): boolean {
  const t = text.trim();
  return TALK.find((k) => k.id === "greeting")!.words.some((w) => t.startsWith(w));
}
