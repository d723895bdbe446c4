// The screening question for an enterprise: one message that settles whole groups of questions
// (live streaming, logistics, MCN, new or relocated shops, events), so a typical shop answers at most
// six questions instead of twelve. Asked once, after the sales figure. Pure.
//
// While it is pending, `state.asking` is "mcn" (a real fact key, contract §7): a plain 「是」「否」 answers
// only that — a reply that names topics, picks numbers or says 「都没有」 answers the whole list.

import type { AskableFact, Facts } from "../../rules/index.ts";

interface Topic {
  /** What the person reads, after its number. */
  label: string;
  /** Words that name the topic in a reply. */
  words: RegExp;
  /** Facts settled when the topic is not theirs. */
  no: Partial<Facts>;
  /** Facts settled when it is (the rest are asked one by one). */
  yes: Partial<Facts>;
  /** Said back: [theirs, not theirs]. */
  echo: [string, string];
}

export const SCREENING_TOPICS: readonly Topic[] = [
  {
    label: "做直播带货（自己开播，或与直播机构合作）",
    words: /直播(?!电商论坛|论坛|大赛|比赛)|带货|开播|自播/,
    no: { selfLiveRetailYuan: 0, thirdPartyLiveRetailYuan: 0 },
    yes: {},
    echo: ["做直播带货", "不做直播带货"],
  },
  {
    label: "建设快递物流配送中心，或运营快递物流信息平台",
    words: /物流|快递|配送|信息平台/,
    no: { fiveUnified: false, priceComparison: false },
    yes: {},
    echo: ["做快递物流", "不做快递物流配送或信息平台"],
  },
  {
    label: "是 MCN 机构（孵化、签约、运营主播）",
    words:
      /mcn|签约主播|孵化主播|孵化|签[了约下]?[^，,。；;]{0,6}(主播|达人|网红)|主播经纪|网红经纪|多渠道网络/i,
    no: { mcn: false },
    yes: { mcn: true },
    echo: ["是 MCN 机构", "不是 MCN 机构"],
  },
  {
    label: "今年新注册了网店，或有从市外迁回的网店",
    words: /新店|新开|新注册|新网店|回迁|迁回|搬回|新的店/,
    no: { newShop: false, relocatedShop: false },
    yes: {},
    echo: ["有新开或迁回的网店", "没有新开或迁回的网店"],
  },
  {
    label: "承办直播电商论坛、大赛等活动",
    words: /活动|论坛|大赛|比赛|峰会/,
    no: { hostsEvent: false },
    yes: { hostsEvent: true },
    echo: ["承办活动", "不承办论坛、大赛等活动"],
  },
];

export const SCREENING_QUESTION = [
  "为了少问几题：贵单位涉及下面哪几项？回复编号，可多选，例如「1 4」；都没有请回复「都没有」。",
  ...SCREENING_TOPICS.map((t, i) => `${i + 1}. ${t.label}`),
].join("\n");

export const SCREENING_HINT =
  "请回复涉及的编号，例如「1」或「1 4」；都不涉及请回复「都没有」，不清楚可回复「跳过」。";

const SCREENED_FACTS = new Set<AskableFact>(
  SCREENING_TOPICS.flatMap((t) => Object.keys({ ...t.no, ...t.yes }) as AskableFact[]),
);

/**
 * Whether the screening is worth asking before `next`: an enterprise whose sales figure is settled,
 * the MCN question still open, and at least two groups of the list still unanswered.
 */
export function worthScreening(
  facts: Partial<Facts>,
  skipped: readonly AskableFact[],
  next: AskableFact,
): boolean {
  if (facts.subjectType !== "enterprise" || facts.mcn !== undefined || skipped.includes("mcn")) return false;
  if (next === "subjectType" || next === "physicalGoodsRetailYuan") return false;
  const open = SCREENING_TOPICS.filter((t) =>
    Object.keys({ ...t.no, ...t.yes }).every((k) => facts[k as keyof Facts] === undefined),
  );
  return open.length >= 2 && SCREENED_FACTS.has(next);
}

// Only a reply that says 「都」 (or 「不涉及」) answers the whole list: a bare 「没有」「否」 answers the
// question state.asking names (mcn), as it would be read anywhere else.
const NONE =
  /^(都没有|都没|都不是|都不做|都不涉及|都无|均无|均不涉及|全都没有|一个都没有|一项都没有|一样都没有|不涉及|都没有涉及)$/;
const ALL = /^(全部|都有|都是|都涉及|全都有|全部都有)$/;
const NEGATION = /(不|没有|没|未|无|不是|不做)\s*$/;

/**
 * Reads a reply to the screening: the topics that are theirs (true) and not (false), or null when
 * the reply picks nothing the list has. Topics a selection leaves out are not theirs.
 */
export function readScreening(text: string): (boolean | null)[] | null {
  const t = text
    .trim()
    .replace(/[。！!～~]+$/, "")
    .replace(/^(我们|我司|本公司|公司)?(只|只有|仅|就)?/, "")
    // 「就第二项」「第2个和第4个」「选1」: the numbers picked, said in words.
    .replace(/(?:第|选)\s*([0-9０-９一二三四五六七八九])\s*(?:项|个|条|种)?/g, (_, n: string) =>
      /[一二三四五六七八九]/.test(n) ? String("一二三四五六七八九".indexOf(n) + 1) : n,
    )
    .replace(/(?<=[0-9])\s*(?:项|个|条)/g, "");
  // 「MCN是什么意思」 is a question about the list, not an answer to it.
  if (/[?？]|什么|啥|怎么|吗|呢|哪/.test(t)) return null;
  // 「我们就卖货 别的都没有」: none of the list, with words that name none of its topics.
  if (
    NONE.test(t) ||
    (/(别的|其他|其它|其余|剩下的)(都|也都|全都)?(没有|没|不做|不涉及|不是)/.test(t) &&
      !SCREENING_TOPICS.some((x) => x.words.test(t)))
  )
    return SCREENING_TOPICS.map(() => false);
  if (ALL.test(t)) return SCREENING_TOPICS.map(() => true);
  if (/^[0-9０-９\s,，、和及;；]+$/.test(t)) {
    const picks = [...t.matchAll(/[0-9０-９]/g)].map((m) => Number(m[0].normalize("NFKC")));
    if (picks.length === 0 || picks.some((n) => n < 1 || n > SCREENING_TOPICS.length)) return null;
    return SCREENING_TOPICS.map((_, i) => picks.includes(i + 1));
  }
  // (「直播我们没弄，就是开店，选4」: a number picked beside words.)
  const chosen = [...text.matchAll(/(?:选|第)\s*([1-9一二三四五六七八九])/g)].map((m) =>
    /\d/.test(m[1]!) ? Number(m[1]) : "一二三四五六七八九".indexOf(m[1]!) + 1,
  );
  let named = chosen.length > 0;
  const said = SCREENING_TOPICS.map((topic) => topic.words.test(t));
  const answer = SCREENING_TOPICS.map((topic, i) => {
    if (chosen.includes(i + 1)) return true;
    const m = topic.words.exec(t);
    if (!m) return false;
    named = true;
    // 「不做直播」「没有新店」「不是MCN」: a negation just before the topic's word.
    // (「直播我们没弄」: or said of it just after, in its clause.)
    const after = t.slice(m.index + m[0].length).split(/[，,。；;\s]/)[0] ?? "";
    return (
      !NEGATION.test(t.slice(Math.max(0, m.index - 4), m.index)) &&
      !/^[^，,。]{0,4}(没弄|没做|没搞|没有|没开|不做|不弄|不搞|不沾边)/.test(after)
    );
  });
  // (「不是MCN」: only topics denied, nothing picked — the topics not named are not answered yet.)
  if (named && chosen.length === 0 && !answer.some(Boolean))
    return answer.map((a, i) => (said[i] ? a : null));
  return named ? answer : null;
}

/** The facts a screening reply settles, and the line that says them back. */
export function screeningFacts(
  answer: readonly (boolean | null)[],
  known: Partial<Facts> = {},
): { facts: Partial<Facts>; said: string } {
  const facts: Partial<Facts> = {};
  const said: string[] = [];
  SCREENING_TOPICS.forEach((topic, i) => {
    // A topic already answered in a sentence (a new shop said before) is kept as said, not overturned by
    // 「都没有」 to the list.
    const keys = Object.keys({ ...topic.no, ...topic.yes }).filter((k) => k !== "mcn");
    if (keys.length > 0 && keys.some((k) => known[k as keyof Facts] !== undefined)) return;
    if (answer[i] === null) return;
    Object.assign(facts, answer[i] ? topic.yes : topic.no);
    said.push(topic.echo[answer[i] ? 0 : 1]);
  });
  return { facts, said: `我记下了：${said.join("；")}。` };
}
