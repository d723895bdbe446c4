// Answers about the policy from the knowledge base kept in its folder (policies/<id>/knowledge.json): each entry
// names its article, and its figures come from the dated parameters on the day asked, never typed
// again. Ranked by MiniSearch (BM25) over character bigrams, which suit Chinese without a segmenter
// or a model to download.

import MiniSearch from "minisearch";
import {
  ARTICLES,
  formatChineseDate,
  formatWan,
  cityPolicy,
  parametersAt,
  type KnowledgeEntry,
} from "../../../rules/index.ts";

export type { KnowledgeEntry };

export interface KnowledgeAnswer {
  id: string;
  title: string;
  lines: string[];
}

const POLICY = cityPolicy();
export const ENTRIES: readonly KnowledgeEntry[] = POLICY.knowledge;
const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

/** Character bigrams of the Chinese runs, and whole words of the Latin ones (mcn, 5000w). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const run of text.toLowerCase().match(/[\u4e00-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (/^[a-z0-9]/.test(run)) out.push(run);
    else if (run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

// Bigrams that only make a sentence a question (「是什么意思」「有没有」「可不可以」), or name the one who
// asks (公司, 企业): shared by many entries, they would rank by the shape of the sentence rather than
// by its subject, and let 「我们公司在张店」 pass for a question.
const QUESTION_SHAPE = new Set([
  "公司",
  "企业",
  "是什",
  "有什",
  "么条",
  "条件",
  "么奖",
  "么补",
  "么政",
  "什么",
  "么意",
  "意思",
  "么是",
  "叫什",
  "怎么",
  "么样",
  "么办",
  "有没",
  "没有",
  "可以",
  "以吗",
  "可不",
  "不可",
  "能不",
  "不能",
  "是不",
  "不是",
  "哪些",
  "些呢",
  "的吗",
  "了吗",
  "我们",
  "们的",
  "请问",
  "能申",
  "请吗",
  "报吗",
  // (「自播的数是对的」「这是今年新增两个以后的数」: a figure pointed at, not a question of which year.)
  "的数",
  "数是",
  "是对",
  "对的",
  "这是",
]);
const processTerm = (term: string) => (QUESTION_SHAPE.has(term) ? null : term);

// Keywords are the everyday words for an entry's topic (利息 for the loan's rate, 一起拿 for stacking): data in
// the policy's folder, so a new way of saying a topic is a word added there.
const index = new MiniSearch<{ id: string; title: string; questions: string; keywords: string }>({
  fields: ["title", "questions", "keywords"],
  storeFields: ["id"],
  tokenize,
  processTerm,
  searchOptions: { boost: { title: 1.5, keywords: 1 }, tokenize, processTerm },
});
index.addAll(
  ENTRIES.map((e) => ({
    id: e.id,
    title: e.title,
    questions: e.questions.join("\n"),
    keywords: (e.keywords ?? []).join("\n"),
  })),
);

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八"];

/** An entry's answer with its figures for the day, naming its article. */
export function render(e: KnowledgeEntry, date: string): KnowledgeAnswer {
  const params = parametersAt(date);
  const fill = (line: string) =>
    line
      .replace(/\{p:([\w.]+)\}/g, (_, name: string) => {
        const v = params[name]!;
        return POLICY.parameters[name]!.unit === "yuan" ? formatWan(v) : String(v);
      })
      .replace(/\{above:([\w.]+)\}/g, (_, name: string) => String(Math.floor(params[name]!) + 1))
      .replace("{validFrom}", formatChineseDate(POLICY.validFrom))
      .replace("{validTo}", formatChineseDate(POLICY.validTo));
  const basis = e.article > 0 ? `依据第${NUMERALS[e.article]}条：` : "";
  const lines = e.answer.map(fill);
  return { id: e.id, title: e.title, lines: [`${basis}${lines[0]}`, ...lines.slice(1)] };
}

/** A phrasing without its punctuation, spaces and closing particles, for exact lookup. */
const phrasing = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "")
    .replace(/[呀啊呢吧哈嘛]+$/u, "");
const EXACT = new Map(
  ENTRIES.flatMap((e) => [e.title, ...e.questions].map((q) => [phrasing(q), e] as const)),
);

/**
 * The best entries for a question, best first, with their scores. One of the base's own phrasings,
 * as typed, is that entry outright (a generic 「有什么奖励」 ranks level with every entry that says 奖励).
 */
/** An entry as ranked for a question: its score, and whether a keyword of its own names what is asked. */
export interface Ranked {
  entry: KnowledgeEntry;
  score: number;
  named?: boolean;
}

export function searchKnowledge(text: string): Ranked[] {
  const exact = EXACT.get(phrasing(text));
  if (exact) return [{ entry: exact, score: Number.POSITIVE_INFINITY }];
  return rankKnowledge(text);
}

/** The entries ranked by BM25 over character bigrams alone (no exact lookup), best first. */
export function rankKnowledge(text: string): Ranked[] {
  const said = text.toLowerCase();
  const saysWhole = (words: readonly string[] | undefined) =>
    (words ?? []).some((k) => k.length >= 2 && said.includes(k.toLowerCase()));
  // Where a keyword ends: of two named entries, the one named nearer the end is what is asked (a Chinese
  // question puts its point last: 「这个三十万是直接给村里吗」 asks who receives it, not whether it is in full).
  const endOf = (words: readonly string[] | undefined) =>
    Math.max(
      -1,
      ...(words ?? [])
        .filter((k) => k.length >= 2)
        .map((k) => {
          const at = said.lastIndexOf(k.toLowerCase());
          return at < 0 ? -1 : at + k.length;
        }),
    );
  const found = index.search(text, { combineWith: "OR" }).map((r) => {
    const entry = BY_ID.get(r.id as string)!;
    return {
      entry,
      score: r.score,
      named: saysWhole(entry.keywords),
      end: endOf(entry.keywords),
      topic: saysWhole(entry.topics),
    };
  });
  const lastEnd = Math.max(-1, ...found.filter((f) => f.named && !f.entry.generic).map((f) => f.end));
  const namedCount = found.filter((f) => f.named && !f.entry.generic).length;
  // A keyword said whole names what is asked (「能一块拿不」 is about stacking, whatever awards it names); a
  // topic said whole (自播奖励, 流量补贴) names the subject, unless a keyword names what is asked about it.
  // (「直播有啥政策」: a keyword of an entry about nothing in particular is narrowed by the topic said.)
  const asked = found.some((f) => f.named && !f.entry.generic);
  return found
    .map(({ entry, score, named, end, topic }) => ({
      entry,
      named: named && !entry.generic,
      score: named
        ? score *
          (entry.generic ? GENERIC_KEYWORD_WEIGHT : KEYWORD_WEIGHT) *
          (namedCount >= 2 && !entry.generic && end === lastEnd ? LAST_NAMED_WEIGHT : 1)
        : topic && !asked
          ? score * TOPIC_WEIGHT
          : score,
    }))
    .sort((a, b) => b.score - a.score);
}
const KEYWORD_WEIGHT = 2;
const LAST_NAMED_WEIGHT = 4;
const TOPIC_WEIGHT = 2;
// (An entry about nothing in particular is named less strongly: 「直播有啥政策」 is about live streaming.)
const GENERIC_KEYWORD_WEIGHT = 1.4;

/** The article an entry rests on (0: none in particular), or null for an id the base does not hold. */
export function knowledgeArticle(id: string): number | null {
  return BY_ID.get(id)?.article ?? null;
}

/** The policy's article N as lines for a phone: its title and its text. */
export function articleAnswer(n: number): KnowledgeAnswer | null {
  const a = ARTICLES.find((x) => x.number === n);
  if (!a) return null;
  return {
    id: `article-${n}`,
    title: `第${NUMERALS[n]}条 ${a.title}`,
    lines: [`第${NUMERALS[n]}条 ${a.title}`, a.text],
  };
}

export function knowledgeById(id: string, date: string): KnowledgeAnswer | null {
  const e = ENTRIES.find((x) => x.id === id);
  return e ? render(e, date) : null;
}
