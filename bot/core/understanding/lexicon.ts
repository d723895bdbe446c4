// The words of the grammar. Those about the facts — one table per fact (its cue words, the unit words a count
// takes, the plausible range, what it says about the subject), the yes-or-no facts' words, subject words, the
// words of remarks and of other subjects — are data in the policy's folder (policies/<id>/words.yaml): adding a
// synonym is one word there, never code. What stays here is the grammar's own Chinese: who 「我们」 is, and the
// markers (negation, hypotheticals, parts of a whole, hedges, questions). Cues are matched in the normalised
// message, the longest first, and also by their pinyin where the characters differ (voice input: 自波, 电上).

import { POLICY, type PolicyWords, type SubjectType } from "../../../rules/index.ts";
import { normalise } from "./normalise.ts";

export type FactWords = PolicyWords["facts"][number];
export type MentionKind = FactWords["kind"];

const EMPTY: PolicyWords = {
  facts: [],
  yesNo: [],
  subjects: {},
  otherSubjects: [],
  remarks: [],
  soundAlike: [],
  notCues: [],
  notCounted: [],
  notYet: [],
  items: {},
};
const WORDS: PolicyWords = POLICY.words ?? EMPTY;

/**
 * 「sales」 is the subject's own sales figure: a village's, town's or MCN's online retail, an
 * enterprise's physical goods, a new or moved-back shop's own figure — settled once the subject is.
 */
export const FACT_WORDS: readonly FactWords[] = WORDS.facts;

/** Cues of figures that are no fact of the applicant (佣金, 奖励, 拿过): a figure bound to one is a remark. */
export const REMARK_WORDS: readonly string[] = WORDS.remarks;

/**
 * Yes-or-no facts said in a sentence: the words that state each, read as false when a negation comes just
 * before them (「不是生产企业」「没有纳统」). `needs` are words that must also be in the sentence.
 */
// Read against the normalised message: each word also as normalised (「头一年」 is read as 「头1年」).
export const BOOLEAN_WORDS: PolicyWords["yesNo"] = WORDS.yesNo.map((b) => ({
  ...b,
  words: [...new Set([...b.words, ...b.words.map(normalise)])],
}));

/** Words naming a subject that is not the speaker (隔壁村): figures in their clause are someone else's. */
export const OTHER_SUBJECT_WORDS: readonly string[] = WORDS.otherSubjects;

/** Words voice input types for a cue (same sound, other characters), read as the cue. */
export const SOUND_ALIKE: readonly (readonly [heard: string, meant: string])[] = WORDS.soundAlike;

/** Subject words: a word naming who the speaker is. Longest first is applied by the finder. */
export const SUBJECT_WORDS: readonly { word: string; subject: SubjectType }[] = Object.entries(
  WORDS.subjects,
).flatMap(([subject, words]) => (words ?? []).map((word) => ({ word, subject: subject as SubjectType })));

/**
 * Words that hold a subject's or a cue's characters without being one (places, 乡村, 村民): the segmenter
 * keeps them whole, and a cue found inside one is dropped.
 */
export const NOT_CUES: readonly string[] = WORDS.notCues;

/** Words that something is not settled yet (还在开发、公示中): a 「是」 said beside them is not written. */
export const NOT_YET: readonly string[] = WORDS.notYet;

/** Words that name one item, by the item's clause id. */
export const ITEM_WORDS: Readonly<Record<string, readonly string[]>> = WORDS.items;

/** Things a count may count that no fact counts (年轻人、主播): a count of them is no fact. */
export const NOT_COUNTED: readonly string[] = WORDS.notCounted;

/** Words before a subject that make it the speaker's own (我们村, 咱镇). */
export const OWN_WORDS: readonly string[] = [
  "我们",
  "咱们",
  "咱",
  "俺们",
  "俺",
  "我",
  "本",
  "我司",
  "我自己",
  "俺自己",
  "咱自己",
  "我这个",
  "我这边",
  // 「俺家的货占了两千五百万」: a family business's own.
  "俺家",
  "我家",
  "咱家",
];

/** A regular expression of any of `words`, where 「要是」 inside 「主要是」「只要是」「需要是」 is no 「if」. */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => (w === "要是" ? "(?<![主只需不])要是" : w)).join("|"));
}

/** Markers: each a word list; the grammar's stronger rules look for them. */
export const MARKERS = {
  negation: ["不是", "没有", "没", "未", "不", "无", "并非"],
  hypothetical: [
    "如果",
    "要是",
    "假如",
    "假设",
    "假使",
    "万一",
    "后年",
    "明年",
    "打算",
    "计划",
    "争取",
    "目标",
    // 「县里给的任务是今年一个半亿 活跃网店要到二百个」: a task set, and what it asks for.
    "任务",
    "要到",
    "要达到",
    "想要",
    "能做到",
    "要做到",
    // 「今年预计能到一千三百万」: a figure expected is no figure yet.
    "预计",
    "预估",
    "有望",
    "估计能",
    "听说",
    "据说",
  ],
  partOfWhole: ["其中", "包含在", "包括在", "含在", "算在", "里面", "里头", "里边", "之中", "包含", "包括"],
  pastAward: ["拿过", "获过", "得过", "领过", "已经拿", "已获", "获得过", "拿到过", "评过"],
  // (「登记的网店四十来家 真正活跃的二十六家」: those on the register are all, the active ones a part.)
  whole: [
    "一共",
    "总共",
    "共计",
    "合计",
    "总计",
    "全年",
    "总额",
    "加起来",
    "合起来",
    "加一起",
    "加在一起",
    "合在一起",
    "全部",
    "登记的",
    "在册",
    "备案的",
  ],
  /** Near a figure but not at it: asked back, never rounded up. */
  /** 「具体是3150万」: the exact figure, beside a round one it passed (「过了三千万」). */
  // (「全年gmv大概4个亿 退货后3.2亿」: what is left after returns is the figure itself.)
  exact: [
    "具体是",
    "具体",
    // 「110个左右吧，准确数是112个」
    "准确数是",
    "准确的数是",
    "准确的是",
    "确切数是",
    "准确说",
    "准确地说",
    "确切是",
    "实际是",
    "退货后",
    "扣除退货",
    "扣掉退货",
    "去掉退货",
    "刨去退货",
    // 「头一回过了三千万 纳统数是3150万」
    "纳统数是",
    "纳统的数是",
    "纳统的是",
    "纳统是",
    "统计的是",
    "准数是",
    "报表上是",
  ],
  below: [
    "将近",
    "接近",
    "差一点",
    "差点",
    "快到",
    "快要",
    "眼看",
    "快",
    "不到",
    "不足",
    "没到",
    "没达到",
    "还差",
  ],
  /** Approximately: the figure as said. */
  hedge: ["左右", "上下", "大概", "大约", "约", "差不多", "估计", "可能", "好像", "应该"],
  question: [
    "吗",
    "呢",
    "么",
    "?",
    "多少",
    "几",
    "能不能",
    "可不可以",
    "是否",
    "有没有",
    "怎么",
    "什么",
    "啥",
    "咋",
  ],
} as const;

/** The words that name a new or moved-back shop (article 3): a figure beside them is that shop's. */
/** The speaker's own shop named (「俺们店」「我家抖店」): with a new or moved-back shop known, that shop. */
export const SPEAKERS_SHOP =
  /(我们|俺们|咱们|我|俺|咱|我家|俺家|咱家)(这个|那个)?的?(店|网店|店铺|抖店|淘宝店|天猫店|京东店|快手店)/;

export const SHOP_WORDS: readonly string[] = BOOLEAN_WORDS.filter(
  (b) => b.fact === "newShop" || b.fact === "relocatedShop",
).flatMap((b) => b.words);

/** A word of a mistake said between two figures (「一百一十个 不对 是一百二十个」「七成九 哎不对 …八十一」). */
export const SAID_WRONG = /不对|说错|哦不|哎不|口误|错了|搞错|记错/;

/**
 * No goods of one's own sold (「我们自己不卖货 都是给品牌方带」「我们搞物流的 不卖货」): the enterprise's physical-goods
 * retail is 0 — read in a sentence, as an answer, or as a correction.
 */
export const NOT_OWN_GOODS =
  /(自己|我们|本身|公司)(是|都|也)?(不|没有?|从不)(卖货|卖东西|卖产品|卖商品|囤货|备货|自营)|不是(我们|自己)的货|(帮|给|替)(商家|别人|厂家|品牌|客户|店家)(播|直播|卖|带货|代播)|都是(给|帮|替)(品牌|商家|厂家|客户)(方)?(带|卖|播)|(?<![要想])不卖货/;
