// Binding, as a small grammar over typed mentions (in the manner of Duckling's composable rules): a
// figure binds to the nearest compatible cue in either direction within its clause, unless a stronger
// rule applies first —
//   a clause after a hypothetical (如果、要是、后年…), or about an award already received (拿过), holds no fact;
//   a clause that names another subject (「镇上一共卖了两个亿」 from a village) holds none of ours;
//   a cue of what a figure is not (佣金、奖励、给、门槛) takes the figure away from the facts;
//   a specific cue (自播、第三方直播、贷款、实物) beats the generic verb of selling (卖了);
//   a part of a whole (其中、包含在里面) is written only with a specific cue of its own;
//   「将近」「差一点到」 before a figure is asked back, never rounded up;
//   a figure in no cue's reach answers the pending question, if it is of that question's kind and the
//   clause is not a question; otherwise, for a village or town, it is the subject's own usual figure.
// Each reading says how it was found; a remark says why it was not written. Pure.

import { FACTS, type AskableFact, type SubjectType } from "../../../rules/index.ts";
import {
  BOOLEAN_WORDS,
  NOT_COUNTED,
  NOT_YET,
  OWN_WORDS,
  SHOP_WORDS,
  SPEAKERS_SHOP,
  SAID_WRONG,
  SOUND_ALIKE,
  type FactWords,
  type MentionKind,
} from "./lexicon.ts";
import { findMentions, type Marker, type Mention } from "./mentions.ts";
import { normalise } from "./normalise.ts";
import { addedUp } from "./totals.ts";
import { settleFigures } from "./settled.ts";
import { looksLikeQuestion } from "./index.ts";

type Figure = Extract<Mention, { type: "figure" }>;
type Cue = Extract<Mention, { type: "cue" }>;

export type { How, Reading, Remark, RemarkWhy } from "./reading.ts";
import type { Reading, Remark, RemarkWhy } from "./reading.ts";

export interface Parse {
  /**
   * The whole message asks about the policy with figures of nobody in particular (「一个镇有三个电商村够不够
   * 评电商镇」「MCN机构一年做到一个亿能奖多少」): answered on a copy, nothing written.
   */
  asked: boolean;
  normalised: string;
  mentions: Mention[];
  /** The speaker's subject, as named (or implied by a fact only it has). */
  subject: SubjectType | undefined;
  /**
   * The subject was said as the speaker's own (「我们是村」「俺们镇上」「企业」 alone), not merely named in
   * passing (「电商村有什么奖励」): enough on its own to begin a self-test.
   */
  subjectOwn: boolean;
  readings: Reading[];
  remarks: Remark[];
}

const BOUNDARY = /[，,。；;！!？?\n、\s]/;
const BOUNDARY_ALL = /[，,。；;！!？?\n、\s]/g;
const OLD_SHOP = /老店|原来的店|原来那个店|以前的店/;

/** What is around a figure that the rules of SAID_BEFORE look at. */
interface Around {
  after: string;
  clause: string;
  /** Another's words in the figure's clause (隔壁村). */
  others: boolean;
  /** Another count in the message. */
  anotherCount: boolean;
}

/** Words right before a figure that say it is no figure of a fact: what is said back, and how far back to look. */
const SAID_BEFORE: {
  kind: MentionKind;
  words: RegExp;
  reach: number;
  why: RemarkWhy;
  also?: (a: Around) => boolean;
}[] = [
  // 「能拿两个50万吗」「是直接给50万吗」: a sum right after a verb of getting paid is the award, not a tier's bar.
  {
    kind: "yuan",
    words: /(能|可以|可|就|还|直接)(拿|领|得|给|奖|补)(到)?(两个|\d+个|个)?$/,
    reach: 8,
    why: "not-a-fact",
    also: (a) => !/^的?(那|这)?(一)?(档|个档)/.test(a.after),
  },
  // 「那要是做到一个亿能补多少 是不是五十万」: a sum asked after in a clause of its own — whether it is the award.
  {
    kind: "yuan",
    words: /(?:^|[，,。；;\s])(那)?(是不是|是否|就是)(就|能|有|给)?$/,
    reach: 8,
    why: "not-a-fact",
    also: (a) => /^[吗呢啊吧呀？?]*$/.test(a.after.split(/[，,。；;\s]/)[0] ?? ""),
  },
  // 「今年比去年多卖了四百万」: how much more than last year — 「比隔壁李家村多三百万」 compares with another instead.
  {
    kind: "yuan",
    words: /(多卖|少卖|多做|少做|多|少|涨|增加|增长|降|下降|减少)了?$/,
    reach: 3,
    why: "growth",
    also: (a) => /比|同比|环比/.test(a.clause) && !a.others,
  },
  // 「漏了两家 应该是21户」: how many were left out, beside the count itself.
  {
    kind: "count",
    words: /(漏|少算|多算|漏算|忘算|忘了算|少报|多报|少数|多数)了?$/,
    reach: 3,
    why: "added",
    also: (a) => a.anotherCount,
  },
  // 「去年从银行贷了三百万」: a loan had is no amount wanted.
  {
    kind: "yuan",
    words: /(贷了|贷过|借了|借过|贷款了|放款了|批了)[^，,。；;\s\d]{0,2}$/,
    reach: 6,
    why: "not-a-fact",
  },
];

// One shop or one person of a village or town (「俺个人开了个网店」「村里有一家店」「平均一家一年卖个五十来万」).
const ONE_SHOP =
  /个人(开|的|名下)|平均下来(一|每)?(家|户)|(我|俺|咱)(自己|自家|家|个人)[^，,。；;\s]{0,4}(小店|网店|店)|(一|有)(家|个)(网)?店(?!铺数)|某家店|平均(每|一)?(家|户|个店)|(每|一)(家|户)平均|每家(店|网店)?(一年|每年)/;
const OWN_SHOP = /(自己|自家)[^，,。；;]{0,6}(小店|网店|店铺|店)|小店|卖自己的货/;
// A word of a mistake said between two figures (「一百一十个 不对 是一百二十个」「八百万 不是 八百是前年的」).
// (「是不是」 asks, and 「不是…吗」 too: no mistake.)
const SELF_FIX = new RegExp(`${SAID_WRONG.source}|(?<!是)不是(?!说)`);

/** Clause number of each position: punctuation, spaces and 「其中」「还有」「另外」 start a new clause. */
function clauses(text: string, mentions: Mention[]): Int32Array {
  const starts = new Set<number>();
  // (「我们平台整合了其中的85%」: 其中 after a verb is what it took, no clause of its own.)
  for (const m of mentions)
    if (
      m.type === "marker" &&
      m.marker === "partOfWhole" &&
      m.text === "其中" &&
      !/(整合了?|接了?|揽了?)$/.test(text.slice(Math.max(0, m.start - 3), m.start))
    )
      starts.add(m.start);
  // (「开网店的有三十多家但是正儿八经天天卖货的也就十八九家」: voice input runs on, and 但是 still begins a clause.)
  for (const m of text.matchAll(/还有|另外|此外|然后|但是|可是/g)) starts.add(m.index);
  // 「2025年度为36580000元(已纳统)」: a note in brackets after a figure is a clause of its own.
  for (const m of text.matchAll(/\([^()]*\)/g))
    if (mentions.some((f) => f.type === "figure" && f.end === m.index)) {
      starts.add(m.index);
      starts.add(m.index + m[0].length);
    }
  // 「GMV 5200万」「GMV改一下 1.02亿」: a space before a figure, after words with a cue and no figure yet
  // (voice input, typed apart), starts no clause.
  const id = new Int32Array(text.length + 1);
  let c = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const joins =
      text[i] === " " &&
      /\d/.test(text[i + 1] ?? "") &&
      mentions.some((m) => m.type === "cue" && m.start >= from && m.end <= i) &&
      !mentions.some((m) => m.type === "figure" && m.start >= from && m.end <= i);
    if ((BOUNDARY.test(text[i]!) && !joins) || starts.has(i)) {
      c++;
      from = i;
    }
    id[i] = c;
  }
  id[text.length] = c + 1;
  return id;
}

const gap = (a: Mention, b: Mention) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

function fits(cue: FactWords, f: Figure): boolean {
  if (cue.kind !== f.kind) return false;
  // (「活跃网店110」: a bare number is found only right after a count's cue, and is that count.)
  return f.kind !== "count" || !cue.units || f.unit === "" || cue.units.includes(f.unit);
}

// (「俺用不了那么多」: 那么、这么 ask nothing.)
const QUESTION_END = /[吗呢?]|(?<![那这])么|多少|几[万家个]|能不能|可不可以|是否|有没有|怎么|什么|啥|咋/;

export interface Known {
  subjectType?: string | undefined;
  mcn?: boolean | undefined;
  /** The shop the figures are about: a new one, one moved back, or both named in the message. */
  newShop?: boolean | undefined;
  relocatedShop?: boolean | undefined;
  /** Read the figures as if stated (a hypothetical's or a question's, to work them out on a copy). */
  asStated?: boolean | undefined;
}

// A message that is a question as a whole: a question particle at its end, or a question of either-or.
const WHOLE_QUESTION =
  /(吗|呢|不|么|没|没有|[?])[啊呀吧的哈]?[?!。.\s]*$|哪一?[档项]|啥档|什么档|够不够|算不算|能不能|是不是|可不可以|行不行|多少|几万|啥条件|什么条件|(?<![但就还可总于要只都也])是[^，,。\s]{1,12}还是|(对|是|没事|没问题|不要紧|没关系|能评上|能评|能拿|够了)吧[?？。]*$|(?<!不)对不对/;
const PART_OF_YEAR =
  /到\d+月|\d+月(底|末|份)?为止|一个月|每个月|上个月|这个月|本月|每月|月销|月均|日均|每天|一天|每周|一周|淡季|旺季|到现在|到目前|截至|截止|目前为止|今年以来|上半年|下半年|前(几|两|三|四|五|六|七|八|九|十|\d+)个?月|\d+(月份?)?(到|至|-|~|～|—|–)\d+月|[一二三1-3]季度|前三季度/;

const RATE = /一个月|每个月|每月|月销|月均|日均|每天|一天|每周|一周/;

// Asking what a figure would bring (能拿多少、够不够): that figure is the question's.
const BRINGS =
  /能(拿|奖|补|给|领|得|评)|拿多少|奖多少|补多少|给多少|多少钱|够不够|算不算|行不行|能不能|评得上|够格/;

const CONDITION = /如果|要是|假如|假设|假使|万一|的话/;
/** A goal or a plan said with its figure (目标是破亿、打算冲一个亿): supposed only in its own clause (an expectation —
 * 预计 — holds on). */
const GOAL = /^(目标|争取|打算|计划|任务)$/;

// 「开店的有四十多家 正经卖的也就二十五六家」「注册了六十多家」: all that opened a shop, beside those still selling.
const ALL_OPENED = /开(网)?店的|注册(了|的)/;

// (「俺之前记岔了」: before, of a mistake, is no past year.)
const PAST_YEAR =
  /去年|上年|上一年|前年|以前|原来|之前(?!(我|俺)?(记|说|写|算|报|填|看|打)(岔|错|混|成))|过去/;
/** A total said after its parts (「加起来四千三百万」). */
const TOTAL_AFTER = /加起来|合起来|加一起|合在一起|一共|总共|合计|共计|总计/;
const ADDED = /(又|再|新)(评上|评了|开了|增加了?|多了|加了)|新增|新评/;
const THIS_YEAR = /今年|当年|现在|目前|涨到|升到|增长到|增加到|翻到/;
// 「今年能到3500万」: what this year is hoped to reach is no figure of it yet.
const PROJECTED = /能到|能做到|能达到|能卖到|预计|有望|争取|目标|打算|计划|估计能/;

// 「左右」「大概」: the figure is about that much (「应该」「好像」 only say how sure, and are taken as said).
const APPROXIMATE = /左右|上下|大概|大约|约|差不多|估计/;
const approximate = (ms: Mention[]) =>
  ms.some((m) => m.type === "marker" && m.marker === "hedge" && APPROXIMATE.test(m.text));

/**
 * 「俺村活跃网店19家 就差一家 能不能通融」: a question that also states the speaker's own figures, each bound to
 * its cue — the figures are facts to take, whatever is asked after them.
 */
export function statesOwnFigures(text: string): boolean {
  // (「公司今年零售额4.2kw 这个补贴是一次性给吗」: a first clause that states, before one that asks, is the
  // speaker's case too; 「在库满一年是啥意思」 asks in its one clause.)
  const t = normalise(text);
  const parts = t.split(/[，,。；;！!？?\s]+/).filter(Boolean);
  const statesFirst =
    parts.length >= 2 &&
    // (「实物网零：29,999,000元 就差一点点吧 差多少」: a report's label and its value state too.)
    (THIS_YEAR.test(parts[0]!) || /了$/.test(parts[0]!) || /[:：]\s*\d/.test(parts[0]!)) &&
    !/政策|文件|规定|听说/.test(parts[0]!) &&
    !looksLikeQuestion(parts[0]!) &&
    parts.slice(1).some((p) => looksLikeQuestion(p));
  const readings = parse(text).readings;
  // (「贷款想要个八百万 齐鲁电商贷能批吗」: the loan one wants is the speaker's own, whoever is named.)
  const loanWanted =
    /想|要|申请|打算|准备/.test(t) && readings.some((r) => r.fact === "loanAmountYuan" && r.how === "cue");
  return (
    loanWanted || ((OWN.test(t) || statesFirst) && readings.some((r) => r.how === "cue" && r.fact !== "live"))
  );
}

/** Whether a message is a question as a whole (「…能补不」「…吗」「够不够」). */
export function isWholeQuestion(text: string): boolean {
  // (「…还没纳统呢」: 还没…呢 is 「not yet」, a statement.)
  return WHOLE_QUESTION.test(normalise(text).replace(/还没[^，,。？?\s]*呢[。！!]*$/, ""));
}

// The speaker's own words (我们、咱、俺…): figures of theirs, not of anybody.
// (「公司实物商品网络零售两个多亿 补贴封顶是多少」: a message that opens with a bare 公司 or 厂里 speaks of its own.)
const OWN = /[我咱俺]|本(村|镇|公司|企业|单位)|^(公司|厂里|店里)(?!的)/;
/** 「都是万」「单位是万元」: the unit of the figures said without one. */
const UNIT_SAID = /(都是|单位是?|单位都是|单位:|单位：|都按|都以)万(元)?/;
/** A clause of the year before last only (「前年卖了3500万」): no year the policy counts now. */
// (「回迁之前那几年每年都有三千多万」「在杭州那会儿最好一年卖过四千万」: the years before a shop moved back, back
// then, or some years ago, are older years too.)
const OLDER_YEAR_ONLY = (clause: string) =>
  /前年|前几年|那几年|早些年|早几年|往年|那会儿?|那时候?|(回迁|迁回|搬回|回来)来?(之前|以前|前)/.test(
    clause,
  ) && !/去年|今年|上年|上一年/.test(clause);

/** The readings and remarks of a message. `asking` is the fact the bot is asking about now. */
export function parse(text: string, known: Known = {}, asking: AskableFact | null = null): Parse {
  // 「我们是电上村」: a word voice input typed for another of the same length is read as meant (the
  // positions of the mentions stay those of the text).
  const t = SOUND_ALIKE.reduce(
    (x, [heard, meant]) => (heard.length === meant.length ? x.replaceAll(heard, meant) : x),
    normalise(text),
  );
  const mentions = findMentions(t);
  // 「一千四 …六百多万」: a figure in 万 says the unit of those said short beside it.
  const inWan = mentions.some((m) => m.type === "figure" && m.kind === "yuan" && /万/.test(m.unit));
  // (「…还没纳统呢」: 还没…呢 is 「not yet」, a statement.)
  const asQuestion = WHOLE_QUESTION.test(t.replace(/还没[^，,。？?\s]*呢[。！!]*$/, ""));
  const clause = clauses(t, mentions);
  const inClause = (c: number) => mentions.filter((m) => clause[m.start] === c);
  const clauseText = (c: number) =>
    t
      .split("")
      .filter((_, i) => clause[i] === c)
      .join("");
  // The year a clause's figures are of: one said in it, or in the clause just before it when that one only passed a
  // bar (「25年总算过了千万 是一千零八十万」).
  const yearIn = (c: number): number | null => {
    const y = inClause(c).find((m) => m.type === "year");
    if (!y) return null;
    const n = Number(/\d+/.exec(y.text)![0]);
    return n < 100 ? 2000 + n : n;
  };
  const yearOf = (c: number): number | null =>
    yearIn(c) ??
    (c > 0 &&
    !inClause(c).some((m) => m.type === "cue") &&
    inClause(c - 1).every((m) => m.type !== "figure" || passedBars.has(m))
      ? yearIn(c - 1)
      : null);
  // The speaker's subject: one said as theirs (我们村), else the first named.
  // 「我们不是村，是镇」: a subject denied is not theirs.
  // 「园区里的一家企业」「园区的运营公司」: a subject that only says where another one is, is not the speaker.
  // (「东坪镇北岭村」: a town named right before a village, as an address, is where the village is.)
  const placeOf = (m: Mention) =>
    (m.type === "subject" &&
      m.subject === "town" &&
      mentions.some(
        (o) =>
          o.type === "subject" &&
          o.subject === "village" &&
          o.start > m.end &&
          /^[^\s，,。；;、不是或和跟与的还]{0,4}$/.test(t.slice(m.end, o.start)),
      )) ||
    // (「俺村里成立了个直播公司」: a company set up in the village is the company.)
    (/^(里|内|里面|中|下属)?(的|成立了?(个|一个|一家)?|办了?(个|一个|一家)|开了?(个|一个|一家))/.test(
      t.slice(m.end),
    ) &&
      mentions.some(
        (o) =>
          o.type === "subject" &&
          m.type === "subject" &&
          o.subject !== m.subject &&
          o.start > m.end &&
          o.start - m.end <= 8 &&
          // (「整个镇的数 不是村里的」: a subject denied is no place of the one before it.)
          !/(不是|并非|不算)$/.test(t.slice(Math.max(0, o.start - 2), o.start)),
      ));
  const subjects = mentions.filter(
    (m) =>
      m.type === "subject" &&
      !/(不是|并非|不算)$/.test(t.slice(Math.max(0, m.start - 2), m.start)) &&
      !placeOf(m),
  );
  const own = subjects.find((m) =>
    OWN_WORDS.some((w) => t.slice(Math.max(0, m.start - w.length), m.start) === w),
  );
  const firstSubject = (own ?? subjects[0]) as Extract<Mention, { type: "subject" }> | undefined;
  // 「是企业」「属于乡镇」「按村里报」「我们是张店的一个电商产业园区」「我们在高青建了个配送中心」: a verb of being
  // (or 我们) shortly before the subject word in its clause, with no other subject between.
  const saidAsOwn = (at: number) => {
    const before =
      t
        .slice(Math.max(0, at - 16), at)
        .split(BOUNDARY)
        .at(-1) ?? "";
    const verb =
      /(是|属于|作为|代表|按|以)[^是]{0,8}$/.exec(before) ??
      /(我们|咱们|俺们|我司|我)[^我]{0,14}$/.exec(before);
    if (!verb) return false;
    const from = at - before.length + verb.index;
    // 「申报的是园区的运营公司」: a subject that only says where the other one is does not stand between.
    return !mentions.some((o) => o.type === "subject" && o.start >= from && o.end <= at && !placeOf(o));
  };
  // 「我们是村」「是企业」「属于乡镇」, or the subject word with nothing but particles around it (「村里的」).
  const subjectOwn =
    firstSubject !== undefined &&
    (own !== undefined ||
      subjects.some(
        (m) =>
          m.type === "subject" &&
          m.subject === firstSubject.subject &&
          // 「咱村」「本镇」 say whose in the word; 「是村」「属于乡镇」 before it.
          (/^[咱俺本我]/.test(m.text) || saidAsOwn(m.start)),
      ) ||
      /^[\s，,。.！!啊呀的呢哈吧嗯我们这里边个]*$/.test(
        t.slice(0, firstSubject.start) + t.slice(firstSubject.end),
      ));
  let subject = (known.subjectType as SubjectType | undefined) ?? firstSubject?.subject;
  const readings: Reading[] = [];
  const remarks: Remark[] = [];
  // A hypothetical holds from its clause on — but a goal said with what it is (「目标是破亿」) only in its own clause: 「今年镇里给的目标是破亿 镇上认定的电商村有三个」 states the rest.
  const hypotheticals = mentions.filter((m) => m.type === "marker" && m.marker === "hypothetical");
  // (In a message that asks — 「今年预计能到一千三百万 去年才九百万 按哪年算」 — the figures after it are still asked about.)
  const goalOnly = (m: Mention) =>
    !looksLikeQuestion(t) &&
    GOAL.test(m.text) &&
    /\d|[破过上冲]亿|翻(一)?番/.test(t.slice(m.end).split(BOUNDARY)[0] ?? "");
  const goalClauses = new Set(hypotheticals.filter(goalOnly).map((m) => clause[m.start]!));
  const hypotheticalFrom = Math.min(
    ...hypotheticals.filter((m) => !goalOnly(m)).map((m) => clause[m.start]!),
  );
  const has = (ms: Mention[], marker: Marker) => ms.some((m) => m.type === "marker" && m.marker === marker);
  const wholeText = t;
  // A question about anybody's figures, from someone not yet known: worked out on a copy.
  // (「公司实物零售额两个多亿 这个能补多少」: figures stated in clauses of their own, then a question that points
  // back at them (这个, not 「这样」, which supposes) — the speaker's own.)
  const pointsBack = () => {
    const parts = t.split(/[，,。；;\s]+/).filter(Boolean);
    const asks = parts.findIndex((p) => /^(那)?(这个|这些|这数|那个数)/.test(p) && looksLikeQuestion(p));
    return asks > 0 && parts.slice(0, asks).every((p) => !looksLikeQuestion(p));
  };
  const asked =
    !known.asStated &&
    !known.subjectType &&
    asQuestion &&
    !OWN.test(t) &&
    mentions.some((m) => m.type === "figure") &&
    !pointsBack() &&
    // (「贷款想要个八百万 齐鲁电商贷能批吗」: the loan one wants is one's own, asked about or not.)
    !(
      /想|要|申请|打算|准备/.test(t) &&
      mentions.some((m) => m.type === "cue" && m.words.fact === "loanAmountYuan")
    );
  // 「镇里现在有5个电商村了 要是评上电商镇 这钱是给…」: a clause that states, dated now (今年、现在) or done (…了),
  // before any clause that asks, states the speaker's case whatever is asked after it.
  const lastClause = clause[t.length - 1] ?? 0;
  const asksAt = (c: number) => looksLikeQuestion(clauseText(c)) || CONDITION.test(clauseText(c));
  let statedCase = false;
  // (「镇里今年网络零售七千五百万 活跃网店一百二十个 要是…」: the clauses after it, up to the question, too.)
  const statedBeforeAsking = (c: number): boolean =>
    opensCase(c) || (c > 0 && !asksAt(c) && statedBeforeAsking(c - 1));
  const opensCase = (c: number) => {
    const here = clauseText(c).replace(BOUNDARY_ALL, "");
    // (「去年公司实物商品网络零售额是3600万 今年还能申请吗」: last year's figure, the one the policy counts, too.)
    if (!(THIS_YEAR.test(here) || /了$|^去年|^上一?年/.test(here)) || PROJECTED.test(here) || asksAt(c))
      return false;
    // (Said of the speaker's own place or company — 镇里、公司 — not of a kind: 「今年新注册的网店 当年卖了四千万」.)
    if (!ownAt(c) && !/^(镇|村|乡)(里|上)|公司|园区|基地|店里|厂里|机构/.test(here)) return false;
    for (let b = 0; b < c; b++) if (asksAt(b)) return false;
    for (let a = c + 1; a <= lastClause; a++) if (asksAt(a)) return true;
    return false;
  };
  // 「听说卖到5000万能奖20万是真的吗」: a question that names what the policy gives is about the policy.
  const aboutPolicy =
    QUESTION_END.test(t.slice(-4)) &&
    mentions.some(
      (f) =>
        f.type === "figure" &&
        f.kind === "yuan" &&
        mentions.some((m) => m.type === "remark" && clause[m.start] === clause[f.start] && gap(m, f) === 0),
    );
  // (「我们mcn去年纳统零售额5800万 独立法人 … 这个档能拿30万吗」: the speaker's own clauses before the question state.)
  const firstAsking = [...Array(lastClause + 1).keys()].find(asksAt) ?? lastClause + 1;
  const policyAskedAt = (c: number) =>
    aboutPolicy && !(c < firstAsking && [...Array(c + 1).keys()].some(ownAt));

  // 「隔壁李庄卖了两千万 活跃网店有三十多家」: another subject holds from its clause on, until the speaker
  // names their own again (我们、咱…).
  // (「…李家村一个村就占了两千万 镇里活跃网店一百一十五个」: the speaker's own kind said plainly — 镇里、全镇 —
  // after another's is theirs again.)
  const ownAt = (c: number) =>
    inClause(c).some(
      (m) =>
        (m.type === "subject" &&
          (/^[咱俺本我全]/.test(m.text) ||
            (subject !== undefined && m.subject === subject && /^[镇村乡](里|上|内)$/.test(m.text)) ||
            OWN_WORDS.some((w) => t.slice(Math.max(0, m.start - w.length), m.start) === w))) ||
        false,
    ) || OWN_WORDS.some((w) => w.length >= 2 && clauseText(c).includes(w));
  // 「要3000万才有补贴」: a figure said as the bar to pass.
  // 「政策说要整合县域80%以上的单量」: a figure 以上 that the policy (or what was heard) asks for is one too.
  // 「3000万那个线 是含3000万本身吗」「网店得超过100个 是101个起吗」: a line asked about is one too.
  // 「听说齐鲁电商贷最多能贷1000万 我们想贷八百万」: the loan's cap quoted is no amount wanted.
  const isBar = (f: Mention) =>
    f.type === "figure" &&
    (/^(的|那个|这个|那条|这条)?(线|门槛|杠杠|标准线)/.test(t.slice(f.end)) ||
      // (「市里说的电商镇是大于3个电商村」: the policy's bar, said as what it asks.)
      /(说的|要求|规定|政策|文件)[^，,。；;\s]{0,8}(大于|超过|多于|高于)$/.test(
        t.slice(Math.max(0, f.start - 16), f.start),
      ) ||
      // (「自播做到2000万给10万」: a rule of the policy said — the bar and what it gives.)
      /^(就)?(给|奖|补|能拿|拿)\d/.test(t.slice(f.end)) ||
      // (「活跃网店超过一百个那条」: a rule of the policy named by its bar; 「三千万那档」 is still worked out.)
      /^(的)?(那条|这条|那一条|那个标准|这个标准|的标准|的条件|那个条件)/.test(t.slice(f.end)) ||
      (!asQuestion &&
        /(最多|最高|上限|封顶|顶多)(能|可以|可)?贷(到)?$/.test(t.slice(Math.max(0, f.start - 6), f.start))) ||
      (asQuestion &&
        /(得|要|需要|必须|至少)(超过|达到|大于|满|过|有)$/.test(
          t.slice(Math.max(0, f.start - 4), f.start),
        )) ||
      // (「是不是过一百个就行」「网店不够100个也没事吧」: the bar asked about, in a question.)
      (asQuestion &&
        /^(就行|就可以|就够|就能|就算|就达标|也行|也没事|也可以|也能)/.test(t.slice(f.end)) &&
        /(过|超过|够|满|到|达到|不够|不到|没到|没够)$/.test(t.slice(Math.max(0, f.start - 2), f.start))) ||
      (/^才/.test(t.slice(f.end)) &&
        /(要|得|需要|达到|到|得超过|要超过|得过)$/.test(t.slice(Math.max(0, f.start - 3), f.start))) ||
      (/^(及)?以上/.test(t.slice(f.end)) &&
        /(政策|文件|规定|标准|要求|听说|据说|说是)[^，,。；;]*(要|需要|得|达到|要求|卖到|做到)[^，,。；;]*$/.test(
          t.slice(0, f.start),
        )) ||
      // 「一年卖到三千万以上的企业市里给流量补贴」: a figure that names a kind of applicant is its bar.
      /^(及)?以上的(企业|村|镇|乡镇|店|店铺|公司|主体|机构)/.test(t.slice(f.end)));
  // 「听说…要3000万才有补贴 我们公司今年才1800万」: after what was heard or supposed, a clause of the speaker's
  // own, with no condition of its own, states again.
  const ownAgain = (c: number) =>
    c > hypotheticalFrom &&
    // (「今年目标是自播做到5000万 现在纳统的自播零售额才2300万」: now, as it is.)
    // (「…目标是明年网络零售额过一个亿 今年才做了七千万」: this year, beside next year's target, is as it is.)
    (ownAt(c) ||
      /^(现在|目前|实际上?|眼下|如今)/.test(clauseText(c).trim()) ||
      (/^今年(才|只|就|也就)?/.test(clauseText(c).trim()) &&
        /明年|后年|目标|将来|以后|计划|打算/.test(t.slice(0, Math.max(0, clause.indexOf(c)))))) &&
    !CONDITION.test(clauseText(c)) &&
    !inClause(c).some((m) => m.type === "marker" && m.marker === "hypothetical");
  // A subject of another kind named in a clause (a village in a town's message): that clause's figures are its.
  const anotherSubjectIn = (c: number) =>
    // 「四个村都评上电商村了」: a title named (评上电商村) is no other subject.
    inClause(c).some(
      (m) =>
        m.type === "subject" &&
        subject !== undefined &&
        m.subject !== subject &&
        !placeOf(m) &&
        !/^(评|当)/.test(m.text) &&
        // 「电商村有四个村」: a subject word right after a count is its measure, not another subject.
        !mentions.some((o) => o.type === "figure" && o.end === m.start) &&
        !(m.text === "村" && /^都?(评|被评|认定)/.test(t.slice(m.end))),
    );
  // 「镇上今年网上一共卖了八千多w」 from a village: a clause that opens with another kind of subject and says a
  // figure of it.
  const otherSubjectFirst = (c: number) => {
    const first = inClause(c).find((m) => m.type !== "marker");
    return (
      first?.type === "subject" &&
      subject !== undefined &&
      first.subject !== subject &&
      !placeOf(first) &&
      !OWN_WORDS.some((w) => t.slice(Math.max(0, first.start - w.length), first.start) === w) &&
      inClause(c).some((m) => m.type === "figure" && m.start > first.end)
    );
  };
  const othersIn = new Set<number>();
  {
    let holding = false;
    let asPart = false;
    const last = clause[t.length - 1] ?? 0;
    for (let c = 0; c <= last; c++) {
      // 「其中光是王家村一个村就卖了四千多万，网店五十来家」: a part of the whole that is another subject holds
      // on, as 隔壁 does.
      // (「另外我们镇下面东庄村今年卖了1300万」: a village under the speaker's town is another subject too.)
      // (「比隔壁李家村多三百万 网店二十一家」: another named only to compare with holds nothing after it.)
      // (「俺们比不上人家 活跃的网店有二十六家」「不如人家」: nor one the speaker falls short of.)
      if (
        inClause(c).some(
          (m) =>
            m.type === "others" &&
            /(比|比不上|不如|赶不上|没有|没)$/.test(t.slice(Math.max(0, m.start - 3), m.start)),
        )
      ) {
        othersIn.add(c);
        holding = false;
        continue;
      }
      if (
        inClause(c).some((m) => m.type === "others") ||
        (anotherSubjectIn(c) &&
          (/^(其中|光是|单是|仅|光|里面|里头)/.test(clauseText(c).trim()) ||
            /(下面|下辖|底下|下边|下属|辖区)的?[^，,。；;\s]{0,6}村/.test(clauseText(c)) ||
            // (「镇上今年网上一共卖了八千多w 活跃网店一百二十多个」 from a village: the clause is about the other
            // subject, named first, and so are the clauses after it until the speaker's own is named.)
            otherSubjectFirst(c)))
      )
        [holding, asPart] = [true, /^(其中|光是|单是|仅|光|里面|里头)/.test(clauseText(c).trim())];
      // (「光一个头部主播就带了三千万 整个公司纳统的是七千四百万」: the whole named again is the speaker's.)
      // (「其中光张家村就3100万，活跃网店一共135个」: after a part, the whole said — 一共 — is the speaker's again.)
      else if (
        holding &&
        (ownAt(c) ||
          /整个(公司|村|镇|园区|基地|厂)|全(公司|村|镇|园区)|公司整体/.test(clauseText(c)) ||
          (asPart && inClause(c).some((m) => m.type === "marker" && m.marker === "whole")))
      )
        holding = false;
      if (holding) othersIn.add(c);
    }
  }
  // A clause of last year, or the one before it when this one names no time of its own.
  const lastYearBefore = (c: number) =>
    !/全年/.test(clauseText(c)) &&
    (PAST_YEAR.test(clauseText(c)) ||
      (c > 0 &&
        PAST_YEAR.test(clauseText(c - 1)) &&
        !THIS_YEAR.test(clauseText(c)) &&
        !inClause(c - 1).some((m) => m.type === "figure")));
  const quoted = [...t.matchAll(/[“"「『]([^”"」』]{1,40})[”"」』]/g)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  // 「过了三千万 具体是3150万」: the exact figure said beside a round one.
  const passedBars = new Set<Mention>();
  // 「三个电商村 零售额分别是1200万、1500万和2100万 全镇合计1.3个亿」: figures said one for each of several (分别) are
  // theirs, parts of a whole — never the speaker's own.
  const eachOfSeveral = new Set<Mention>();
  for (const m of t.matchAll(/分别(?:是|为|有|卖了?|做了?|达到)?/g)) {
    let end = m.index + m[0].length;
    for (const f of mentions
      .filter((x) => x.type === "figure" && x.start >= end)
      .sort((a, b) => a.start - b.start)) {
      if (!/^[、，,和及与跟\s]*$/.test(t.slice(end, f.start))) break;
      eachOfSeveral.add(f);
      end = f.end;
    }
  }
  const exactFigures = new Set(
    mentions
      .filter((m) => m.type === "marker" && m.marker === "exact")
      .map((m) => mentions.find((f) => f.type === "figure" && f.start >= m.end && f.start - m.end <= 2))
      .filter((f): f is Mention => f !== undefined),
  );
  // 「店是今年新注册的 …这个新店零售额5200万 公司整体网上卖了八千多w」: a shop said new (or moved back) in this very
  // message counts as known for whose the sales figures are.
  const shopSaidHere = (fact: "newShop" | "relocatedShop") =>
    known[fact] === undefined &&
    BOOLEAN_WORDS.some(
      (b) =>
        b.fact === fact &&
        b.means !== false &&
        !b.needs &&
        b.words.some((w) => {
          const at = t.indexOf(w);
          return at >= 0 && !/(没|不|未|没有|不是)$/.test(t.slice(Math.max(0, at - 2), at));
        }),
    );
  // (Both said at once — 「注销了在淄博重新注册的 算新店也算迁回来的吧」 — is one shop described twice: left as known.)
  if (shopSaidHere("newShop") !== shopSaidHere("relocatedShop"))
    known = {
      ...known,
      ...(shopSaidHere("newShop") ? { newShop: true } : {}),
      ...(shopSaidHere("relocatedShop") ? { relocatedShop: true } : {}),
    };
  // 「去年网上零售额5200万 今年开了个新店卖了3100万」: with a new or moved-back shop named, a sales figure is that
  // shop's when its clause (or the one before) names the shop, or when it is the only sales figure; another
  // is the enterprise's own.
  // (「…另外把外地那个老店也迁回来了，老店今年4100万」: with both shops said, the old one is the one moved back.)
  const shopNamed = (c: number) =>
    SHOP_WORDS.some((w) => clauseText(c).includes(w)) ||
    // (「那俺们店今年卖了四千万」: the speaker's own shop, with a new or moved-back one known.)
    ((known.newShop === true || known.relocatedShop === true) && SPEAKERS_SHOP.test(clauseText(c))) ||
    (known.newShop === true && known.relocatedShop === true && OLD_SHOP.test(clauseText(c)));
  // 「我们这儿网络零售额一亿两千万，活跃网店85家」: with no subject said, active shops or e-commerce villages
  // counted make the sales a village's or a town's, never an enterprise's physical goods.
  const placeFigures = mentions.some(
    (m) =>
      m.type === "cue" &&
      (m.words.fact === "activeShops" || m.words.fact === "ecommerceVillages") &&
      mentions.some(
        (f) => f.type === "figure" && f.kind === "count" && Math.max(f.start - m.end, m.start - f.end) <= 2,
      ),
  );
  const salesFigures = mentions.filter(
    (f) =>
      f.type === "figure" &&
      f.kind === "yuan" &&
      inClause(clause[f.start]!).some((m) => m.type === "cue" && m.words.fact === "sales"),
  ).length;
  // The clause before that names the shop, past clauses with no figure (「新开的快手店是去年注册的 当年纳统 做了３１００万」).
  const shopClauseBefore = (c: number): number | null => {
    for (let n = c - 1; n >= 0 && c - n <= 3; n--) {
      if (shopNamed(n)) return n;
      if (inClause(n).some((m) => m.type === "figure")) return null;
    }
    return null;
  };
  const shopFigure = (c: number) => shopNamed(c) || shopClauseBefore(c) !== null || salesFigures <= 1;
  /** Which sales fact a figure in clause `c` is (the subject as read so far). */
  // 「我们自己也有个小店卖货，一年一百来万」 from an MCN: its own shop's goods (its clause or the one before), not the
  // agency's turnover.
  const ownShopOfAgency = (c: number) =>
    known.mcn === true &&
    !/机构/.test(clauseText(c)) &&
    OWN_SHOP.test(clauseText(c) + (c > 0 ? `，${clauseText(c - 1)}` : ""));
  const salesAt = (c: number): AskableFact =>
    ownShopOfAgency(c) ? "physicalGoodsRetailYuan" : salesFactAt(c);
  // 「跟直播机构合作播了一年…俺家的货占了两千五百万 佣金三百万」: a message about an agency's live streams and the
  // commission paid for them is about sales through the agency.
  const throughAgency = /佣金|坑位费/.test(t) && /直播机构|机构|主播|达人|网红/.test(t);
  const salesFactAt = (c: number) =>
    throughAgency &&
    (!subject || subject === "enterprise") &&
    !known.mcn &&
    !AGENCY_SAID.test(t) &&
    !/自播|自己播|自己直播|直播间|实物|整个公司|公司一共|全年一共/.test(clauseText(c)) &&
    /占|卖|带货|播/.test(clauseText(c))
      ? "thirdPartyLiveRetailYuan"
      : salesFact(
          subject,
          // (「是独立法人 今年纳统网络零售额两千二百万 去年已经拿过一次MCN的奖励了」: only an agency says so of itself.)
          AGENCY_SAID.test(t) ? { ...known, mcn: true } : known,
          clauseText(c),
          asking,
          readings,
          shopFigure(c),
          ((n) => (!shopNamed(c) && n !== null ? clauseText(n) : null))(shopClauseBefore(c)),
          placeFigures,
        );
  for (const f of mentions) {
    if (f.type !== "figure") continue;
    const c = clause[f.start]!;
    const here = inClause(c);
    // A duration or a share with no cue of its own (「一年卖了…」 is per year) is no remark worth saying.
    const remark = (why: RemarkWhy, value?: number) => {
      // (「单量同比涨了30%」 is said of nothing to write; 「其中的30%」 is still a part, and said back as one.)
      if (
        (f.kind === "months" || f.kind === "percent") &&
        why !== "part" &&
        !here.some((m) => m.type === "cue" && fits(m.words, f))
      )
        return;
      remarks.push({ said: f.text, why, value: value ?? f.value, kind: f.kind });
    };
    // (「表上还有登记的网店四十来家 那个不算吧」: a figure the next clause says does not count is no fact; so is
    // 「本地还有两家同城的没算」, said so at its own clause's end.)
    if (
      /^(那个|这个|这些|那些|那|这)?(也|都)?(不算|不能算|算不上|不计|不计算)(?!是?(第一|首次|头一|头回|新))/.test(
        clauseText(c + 1).trim(),
      ) ||
      /^[^，,。；;\s\d]{0,6}?(都|也)?(没算|(?<!算)不算|没算进去|没算上|没计|不计)(吧|啊|呢)?$/.test(
        t.slice(f.end).split(BOUNDARY)[0] ?? "",
      )
    ) {
      remark("not-a-fact");
      continue;
    }
    // 「村里二十多家网店 一半多都不咋开张了」: shops of which many are said not to trade are not the active ones.
    // (「网店活跃的有二十一家 有几家关了的没算」: not when the figure is of the active ones, or those not trading are
    // said to be left out of it.)
    const saidNext = `${t.slice(f.end).split(BOUNDARY)[0] ?? ""} ${clauseText(c + 1)}`;
    if (
      f.kind === "count" &&
      INACTIVE.test(saidNext) &&
      !/(没|不)(算|计|包括|统计)(进去|在内|上)?|除外|排除/.test(saidNext) &&
      !/活跃|正常(经营|营业|卖货|在卖)|在卖/.test(clauseText(c))
    ) {
      remark("not-active");
      continue;
    }
    if (
      f.kind === "yuan" &&
      /^[光单仅]/.test(clauseText(c).trim()) &&
      REST_NOT_COUNTED.test(clauseText(c + 1).trim())
    ) {
      remark("part");
      continue;
    }
    // (「不怎么开张的还有十来家」「有九家基本不开张了」: a count of those not trading is part of all the shops, not
    // the active ones.)
    if (
      f.kind === "count" &&
      (INACTIVE_ONES.test(t.slice(Math.max(0, f.start - 16), f.start)) || INACTIVE_AFTER.test(t.slice(f.end)))
    ) {
      remark("part");
      continue;
    }
    // 「今年上半年的2300万别记」: a figure said not to be taken.
    if (/^(的)?(就)?(别|不用|不要|甭)(记|算|填|管)/.test(t.slice(f.end))) {
      remarks.push({ said: f.text, why: "not-a-fact", value: f.value, kind: f.kind });
      continue;
    }
    if (eachOfSeveral.has(f)) {
      remarks.push({ said: f.text, why: "part", value: f.value, kind: f.kind });
      continue;
    }
    // (「“在库存续期满1年以上”啥意思」: a figure inside quotation marks is words quoted, the policy's bar.)
    if (quoted.some(([a, b]) => f.start >= a && f.end <= b)) {
      remarks.push({ said: f.text, why: "bar", value: f.value, kind: f.kind });
      continue;
    }
    // 「一年纳统直播零售额三千一百万」「一年网销两千万」: a year said before what is sold is per year, no duration.
    if (
      f.kind === "months" &&
      f.value === 12 &&
      /^(的)?(纳统|统计)?(的)?(网上|线上|直播|自播|网络)?(卖|销|零售|销售|营业|成交|网零|流水|gmv|做了|做到)/i.test(
        t.slice(f.end),
      )
    )
      continue;
    // 「今年卖了四千二百万，也是头一回过三千万」: beside the figure itself, the bar passed for the first time is
    // no figure of its own (「回迁以后头一回做到三千二百万」 is the figure).
    if (
      /(头一回|头一次|头回|第一次|首次|刚刚?)[^，,。；;]{0,4}(过|超过|突破|达到|破|上|冲上|站上|迈过|跨过|迈上|跨上)了?$/.test(
        t.slice(Math.max(0, f.start - 10), f.start),
      ) &&
      mentions.some((o) => o.type === "figure" && o.kind === f.kind && o.value > f.value)
    ) {
      remarks.push({ said: f.text, why: "bar", value: f.value, kind: f.kind });
      passedBars.add(f);
      continue;
    }
    // 「俺个人开了个网店 一年卖一百来万」 from a village: one shop's sales are a part of the place's, no figure of it.
    if (
      f.kind === "yuan" &&
      (subject === "village" || subject === "town") &&
      !known.asStated &&
      ONE_SHOP.test(clauseText(c) + (c > 0 ? `，${clauseText(c - 1)}` : "")) &&
      // (「平均一家一年五十多万 全村加起来一千九百来万」: the whole, said after one shop's, is the village's.)
      !/全村|全镇|加起来|合起来|一共|总共|合计/.test(clauseText(c))
    ) {
      remarks.push({ said: f.text, why: "one-shop", value: f.value, kind: f.kind, subject });
      continue;
    }
    // Words right before a figure that say what it is not (SAID_BEFORE), each with what else must hold.
    const around: Around = {
      after: t.slice(f.end),
      clause: clauseText(c),
      others: inClause(c).some((m) => m.type === "others"),
      anotherCount: mentions.some((o) => o !== f && o.type === "figure" && o.kind === "count"),
    };
    const before = SAID_BEFORE.find(
      (r) =>
        r.kind === f.kind &&
        r.words.test(t.slice(Math.max(0, f.start - r.reach), f.start)) &&
        (r.also?.(around) ?? true),
    );
    if (before) {
      remarks.push({ said: f.text, why: before.why, value: f.value, kind: f.kind });
      continue;
    }
    // 「每个村还能拿30万 加一块就是一百五十万」: the sum of awards named before is an award too, no sales.
    if (
      f.kind === "yuan" &&
      c > 0 &&
      /加一块|加一起|加起来|合起来|加在一起|一共|总共|合计/.test(clauseText(c)) &&
      !inClause(c).some((m) => m.type === "cue") &&
      /(拿|奖|补|给|领|发)[^，,。；;\s\d]{0,3}\d/.test(clauseText(c - 1))
    ) {
      remarks.push({ said: f.text, why: "not-a-fact", value: f.value, kind: f.kind });
      continue;
    }
    // 「差两百万到五千万」: the distance to a bar is no figure of anybody's.
    // (「还差十几万 年底能补上」: what is still lacking is no figure either.)
    if (
      /差$/.test(t.slice(Math.max(0, f.start - 1), f.start)) &&
      (/^(就)?(到|够|过)/.test(t.slice(f.end)) ||
        /(还|就|只|才|也就)差$/.test(t.slice(Math.max(0, f.start - 3), f.start)))
    ) {
      remarks.push({ said: f.text, why: "gap", value: f.value, kind: f.kind });
      continue;
    }
    // 「去年就到过三千万了」: a bar reached before is no figure of this year.
    if (
      /(去年|前年|之前|以前|早)[^，,。；;\d]{0,4}就(已经)?((卖|做|冲|干)(到过|过了|过|到了)|到过|过了|达到过|做到过|超过|突破过?|过)了?$/.test(
        t.slice(Math.max(0, f.start - 12), f.start),
      )
    ) {
      remarks.push({ said: f.text, why: "bar", value: f.value, kind: f.kind, before: true });
      // (「自播纳统直播零售额去年就过了3000万 今年做到3300万」: it leaves its cue to the figure said next.)
      passedBars.add(f);
      continue;
    }
    // 「三十多个年轻人回来搞电商」: a count of what no fact counts.
    if (f.kind === "count" && NOT_COUNTED.some((w) => t.startsWith(w, f.end))) {
      remarks.push({ said: f.text, why: "not-a-fact", value: f.value, kind: f.kind });
      continue;
    }
    // 「打算贷三百万」: a loan is always wanted, not had — an intention is its amount; only a condition
    // (如果、要是) makes it a hypothetical.
    const loan = [...here, ...(c > 0 ? inClause(c - 1) : [])].some(
      (m) => m.type === "cue" && m.words.fact === "loanAmountYuan",
    );
    const conditional = mentions.some(
      (m) => m.type === "marker" && m.marker === "hypothetical" && CONDITION.test(m.text),
    );
    // 「隔壁那家MCN拿了30万」: a figure right after a word of giving is what was given, never a sales figure —
    // not even a hypothetical one.
    if (
      f.kind === "yuan" &&
      here.some(
        (m) =>
          m.type === "remark" &&
          m.end <= f.start &&
          /^(了|过|到|个|的)?$/.test(t.slice(m.end, f.start)) &&
          !(m.text === "给" && /^[我俺咱]/.test(t.slice(m.end))),
      )
    ) {
      remark("not-a-fact");
      continue;
    }
    // 「按每万元5元算」: a rate, not an amount of anybody's.
    // (「按一万块补五块」: a rate said as one amount for another.)
    if (
      f.kind === "yuan" &&
      (/每(卖|实现|销售|做)?(1|一)?(万元?|元|万块)?$/.test(t.slice(Math.max(0, f.start - 5), f.start)) ||
        // (「是不是一万块钱给五块」: a round 万 given so much for, too.)
        ((/按$/.test(t.slice(Math.max(0, f.start - 1), f.start)) || f.value === 10_000) &&
          /^(块钱?|元)?(就)?(补|给|奖)/.test(t.slice(f.end))) ||
        /(万块|万元|万)(补|给|奖)$/.test(t.slice(Math.max(0, f.start - 3), f.start)))
    ) {
      remark("not-a-fact");
      continue;
    }
    // 「最多能贷1000万是吧」: a cap asked about, in a question (the message's, or its clause's own: 「最多能贷
    // 1000万吗 我们公司…5000万」 states its figures after).
    if (
      !known.asStated &&
      (asQuestion || WHOLE_QUESTION.test(clauseText(c))) &&
      /最多|最高|上限|封顶|顶多/.test(clauseText(c))
    ) {
      remark("question");
      continue;
    }
    // 「自播达到2000万能拿多少」: a figure in the clause that asks what it would bring is asked about.
    // (「我们一年卖3个亿能拿多少」 states its figure: the self-test is the answer; 「达到2000万」 supposes one.)
    // 「贷1500万行不行」: a loan asked about is a question too.
    if (
      !known.asStated &&
      BRINGS.test(clauseText(c)) &&
      asQuestion &&
      // (「是不是网上卖到1000万就能评电商村」: 卖到 a figure supposes it.)
      (/(达到|到了|到|过了|上了|突破|超过|要是|如果)$/.test(t.slice(Math.max(0, f.start - 2), f.start)) ||
        here.some((m) => m.type === "cue" && m.words.fact === "loanAmountYuan"))
    ) {
      // (「那我们要是三千五百万能补多少」: one said after 要是 is supposed.)
      remark(
        /(要是|如果|假如)$/.test(t.slice(Math.max(0, f.start - 2), f.start)) ? "hypothetical" : "question",
      );
      continue;
    }
    // 「活跃网店21家 比2024年的17家多了4家」: a clause that compares holds what is compared with and the
    // difference — neither is a figure of now.
    if (/^(比|较|同比|相比|比起|和[^，,。；;\s]{1,8}比|跟[^，,。；;\s]{1,8}比)/.test(clauseText(c).trim())) {
      remark("compared");
      continue;
    }
    // 「俺们村和前村合起来卖了两千万 俺们村自己一千三百万」: the speaker's with another's, added up, is neither's.
    if (
      /(我们|俺们|咱们|我|俺|咱)(村|镇|乡|公司|厂)?(和|跟|与|同)[^，,。；;\s]{1,8}(村|镇|乡|公司|厂)[^，,。；;\s]{0,4}(合起来|加起来|加一起|加在一起|一共|总共|合计)/.test(
        clauseText(c),
      )
    ) {
      remark("joint");
      continue;
    }
    // 「零售额再往上加五十万 正好一千万整」: what is added is no figure of its own.
    if (/(再往上加|往上加|再加上?|又加了?|加上|多加了?)$/.test(t.slice(Math.max(0, f.start - 4), f.start))) {
      remark("added");
      continue;
    }
    // 「把一千一百万改成一千零五十万」: the figure changed is the old one.
    if (/^(的那个数|这个数|那个数|那个)?(改成|改为|换成|更正为|更正成)/.test(t.slice(f.end))) {
      remark("replaced");
      continue;
    }
    // 「电商村没有认定的 有两个村在申请」: a count of what is still being applied for or decided is not counted yet.
    if (f.kind === "count" && NOT_YET.some((w) => clauseText(c).includes(w))) {
      remark("pending");
      continue;
    }
    // 「配送中心那50万支持 要满足啥条件」: a figure named as an award is what the policy gives, not a sales figure.
    if (f.kind === "yuan" && /^(的)?(奖励|补贴|补助|奖金|扶持|支持|资金)/.test(t.slice(f.end))) {
      remark("not-a-fact");
      continue;
    }
    // 「听说…要3000万才有补贴」: the bar someone heard of is nobody's figure.
    if (isBar(f)) {
      remark("bar");
      continue;
    }
    // 「听说隔壁公司做了6000万拿了10万补贴 俺们3500万能拿多少」: another's figure, in a question or not, is theirs —
    // never the figure the question supposes.
    if (othersIn.has(c) && !ownAt(c)) {
      remark("other-subject");
      continue;
    }
    if (
      !known.asStated &&
      ((c >= hypotheticalFrom && !ownAgain(c)) || goalClauses.has(c) || policyAskedAt(c)) &&
      !(loan && !conditional && !policyAskedAt(c))
    ) {
      remark("hypothetical");
      continue;
    }
    if (asked && statedBeforeAsking(c)) statedCase = true;
    else if (asked) {
      remark("question");
      continue;
    }
    // 「今年1到5月卖了700万」「600万是今年到现在的」: part of a year is not the year's figure.
    // A new shop's year is its first, part of a year by nature: its figure so far is its figure.
    // (A month's or a day's sales — 「一个月能卖个两三百万」 — are never a year's, a new shop's included.)
    if (
      f.kind === "yuan" &&
      PART_OF_YEAR.test(clauseText(c)) &&
      (!known.newShop || RATE.test(clauseText(c)))
    ) {
      remark("part-of-year");
      continue;
    }
    // 「去年领过一笔流量补贴 八万六」: the award said in the clause before, the figure alone after it.
    if (
      has(here, "pastAward") ||
      (c > 0 && has(inClause(c - 1), "pastAward") && !here.some((m) => m.type === "cue"))
    ) {
      remark("award");
      continue;
    }
    const other = othersIn.has(c) || anotherSubjectIn(c);
    if (other) {
      remark("other-subject");
      continue;
    }
    // 「今年又开了两家网店」「新增电商村2个」: what was added is no total (a total said beside it is).
    // (Worked out on a copy, 「如果再评上一个」 is added to the figure known: what-it-brings.ts.)
    if (
      f.kind === "count" &&
      !known.asStated &&
      /((又|再|新|多)(开了|开|评上了?|评了|认定了?|增加了?|添了?|加了|多了)|新增了?|增加了?)$/.test(
        t.slice(Math.max(0, f.start - 4), f.start),
      )
    ) {
      remark("added");
      continue;
    }
    // 「是3200万不是3000万」: the figure denied is the old one, not a fact.
    if (
      here.some(
        (m) => m.type === "marker" && m.marker === "negation" && m.end <= f.start && f.start - m.end <= 1,
      )
    ) {
      remark("not-a-fact");
      continue;
    }
    // 「同比涨了快30%」「比去年增长了三成」: how much it grew, not a share of anything.
    if (
      f.kind === "percent" &&
      /(涨|增长|增加|上涨|提高|提升|多卖|翻)了?(快|近|将近|约|大概|差不多|超过|有)?$/.test(
        t.slice(Math.max(0, f.start - 8), f.start),
      )
    ) {
      remark("growth");
      continue;
    }
    // 「自播今年纳统额将近两千万 一千九百八十万」: the figure alone in the clause after one near a figure, a little
    // under it, is that figure said exactly — of the same fact.
    const nearBefore = [...remarks]
      .reverse()
      .find((r) => r.why === "below" && r.kind === f.kind && r.fact !== undefined && r.value !== undefined);
    if (
      nearBefore &&
      c > 0 &&
      inClause(c - 1).some((m) => m.type === "figure" && m.text === nearBefore.said) &&
      f.value <= nearBefore.value! &&
      f.value >= nearBefore.value! * 0.8 &&
      !here.some(
        (m) => m.type === "cue" || m.type === "remark" || m.type === "subject" || m.type === "others",
      ) &&
      !readings.some((r) => r.fact === nearBefore.fact)
    ) {
      readings.push({ fact: nearBefore.fact!, value: f.value, how: "cue", said: f.text, approx: f.approx });
      continue;
    }
    // 「将近一个亿是9800万」: the marker belongs to the figure right after it, not to one past that figure.
    const below = here.find(
      (m) =>
        m.type === "marker" &&
        m.marker === "below" &&
        m.end <= f.start &&
        f.start - m.end <= 3 &&
        // 「快一个亿了」: 快 alone is near only right before its figure (「卖得很快，一年3000万」 is not).
        (m.text !== "快" || (f.start === m.end && !/^递/.test(t.slice(m.end)))) &&
        !mentions.some((o) => o.type === "figure" && o !== f && o.start >= m.end && o.end <= f.start),
    );
    if (below) {
      // 「自播差一点就到2000万了」: the fact it is near, by its cue, is asked back for an exact figure.
      const fitting = (ms: Mention[]) =>
        ms.find((m): m is Cue => m.type === "cue" && fits(m.words, f) && m.words.fact !== "live");
      const near = fitting(here) ?? fitting(inClause(c - 1)) ?? fitting(inClause(c + 1));
      // (「公司成立快四年了」: a weak cue — how old the company is — says nothing of its years in the database.)
      if (near?.words.weak) {
        remark("not-a-fact");
        continue;
      }
      const fact = near
        ? near.words.fact === "sales"
          ? salesAt(c)
          : (near.words.fact as AskableFact)
        : f.kind === "yuan" && (subject === "village" || subject === "town")
          ? "onlineRetailYuan"
          : undefined;
      if (near?.words.implies && !subject) subject = near.words.implies;
      remarks.push({ said: f.text, why: "below", value: f.value, kind: f.kind, ...(fact ? { fact } : {}) });
      continue;
    }
    // 「电商村有3个活跃网店105家」: a cue after the figure that has a figure of its own right after it
    // (「活跃网店105家」) is that figure's; 「25家活跃网店」 binds backwards.
    // (「三个电商村一百二十六个活跃网店」: unless that figure has a noun of its own right after its measure word.)
    const ownFigureAfter = (m: Cue) =>
      mentions.some(
        (o) =>
          o !== f &&
          o.type === "figure" &&
          fits(m.words, o) &&
          o.start >= m.end &&
          o.start - m.end <= 1 &&
          // (「两千六百万的自播 一千一百万跟第三方机构合作播的」: a figure across a clause's end is not the cue's.)
          clause[o.start] === clause[m.start] &&
          !(
            o.kind === "count" &&
            o.unit !== "" &&
            mentions.some((n) => n.type === "cue" && n !== m && n.start === o.end && fits(n.words, o))
          ),
      );
    // (「总数是6200万 自播没错」: a fact said to stand takes no figure.)
    const saidToStand = (m: Cue) =>
      /^(的?(数|那个|这个|那块|这块))?(没错|是对的|对的|没问题|不用改|不变|不动)/.test(t.slice(m.end));
    // (「做直播的MCN机构…纳统网络零售额六千二百万」: a word that says what the speaker does is no cue.)
    // (「我们是做电商的企业」: nor does 做电商的 before what the speaker is.)
    const describesSpeaker = (m: Cue) =>
      (m.words.fact === "live" || m.words.fact === "sales") &&
      /^的?(mcn|机构|公司|企业|团队|工作室)/i.test(t.slice(m.end));
    const cues = here.filter(
      (m): m is Cue =>
        m.type === "cue" &&
        fits(m.words, f) &&
        (m.start < f.start || !ownFigureAfter(m)) &&
        !describesSpeaker(m) &&
        !saidToStand(m),
    );
    // 「卖到两千万能奖多少」: a word of what the policy gives after 能/可以, after the figure, is the question's
    // verb, not the figure's; before it (「是不是能拿三十万」) the figure is what would be given.
    // (「单量同比涨了百分之三十」: a share's growth is no share either.)
    const notFacts =
      f.kind === "yuan" || f.kind === "percent"
        ? here.filter(
            (m) =>
              m.type === "remark" &&
              // (「3000万能拿多少补贴」: what is asked for, after 多少, is the question's too.)
              (m.end <= f.start ||
                !/(能|可以|可|多少|几万|啥|什么)$/.test(t.slice(Math.max(0, m.start - 2), m.start))),
          )
        : [];
    // (At the same distance, a count's noun comes after its measure word: 「一百二十六个活跃网店」 after 「三个电商村」.)
    const after = (m: Mention) => (f.kind === "count" && f.unit !== "" && m.start >= f.end ? 1 : 0);
    const nearest = <M extends Mention>(ms: M[]) =>
      ms.reduce<M | null>(
        (best, m) =>
          best === null || gap(m, f) < gap(best, f) || (gap(m, f) === gap(best, f) && after(m) > after(best))
            ? m
            : best,
        null,
      );
    // A specific cue beats the verb of selling; a word of what the figure is not wins only when nearer.
    // (「咨询一下齐鲁电商贷…去年网上卖了两个多亿」: a loan's word far off does not take a figure sold just now.)
    const sold = nearest(cues.filter((m) => m.words.fact === "sales"));
    const factCue =
      nearest(
        cues.filter(
          (m) =>
            m.words.fact !== "sales" &&
            !(m.words.fact === "loanAmountYuan" && sold && gap(m, f) > 8 && gap(sold, f) < gap(m, f)),
        ),
      ) ?? nearest(cues);
    // 「达人给俺们卖了两千二百万」: 给 for us is no gift; a word of what the figure is not wins only when nearer
    // than every cue (the verb of selling included).
    const notFact = nearest(notFacts.filter((m) => !(m.text === "给" && /^[我俺咱]/.test(t.slice(m.end)))));
    const anyCue = nearest(cues);
    let bound = notFact && (!anyCue || gap(notFact, f) < gap(anyCue, f)) ? notFact : factCue;
    // 「自播纳统直播零售额去年就过了3000万 今年做到3300万」: a verb of selling, in the clause after a specific cue
    // whose own figure was only a bar passed before, sells what that cue names.
    if (bound?.type === "cue" && bound.words.fact === "sales" && c > 0) {
      const prev = inClause(c - 1);
      const barsOnly = prev
        .filter((m) => m.type === "figure" && m.kind === f.kind)
        .every((m) => passedBars.has(m));
      const named = prev.filter(
        (m): m is Cue => m.type === "cue" && m.words.fact !== "sales" && fits(m.words, f),
      );
      if (barsOnly && prev.some((m) => passedBars.has(m)) && named.length > 0) bound = named[0]!;
      // (「找达人机构带货另外卖了1600万」「另外跟外面的直播机构合作 也卖了八百来万」: a verb of selling that goes on
      // from a clause naming what, with no figure of its own, sells what that clause names.)
      else if (
        named.length > 0 &&
        !prev.some((m) => m.type === "figure" && m.kind === f.kind) &&
        /^(另外|还|也|又)/.test(clauseText(c).trim())
      )
        bound = named.at(-1)!;
    }
    // 「自播这块 去年纳统了三千零五十万」「我们才做了一千八百万 是自己直播的」: a verb of selling, after a clause that
    // only names a topic, or before one that says what it was (是…的), sells what that clause names.
    if (!bound || (bound.type === "cue" && bound.words.fact === "sales")) {
      const specific = (n: number) =>
        inClause(n).some((m) => m.type === "figure")
          ? undefined
          : inClause(n).find(
              (m): m is Cue => m.type === "cue" && m.words.fact !== "sales" && fits(m.words, f),
            );
      const topic =
        c > 0 && /(这块|这边|那块|这一块|那一块|方面)$/.test(clauseText(c - 1).trim())
          ? specific(c - 1)
          : undefined;
      const was = /^(是|都是|全是|全部是|主要是)/.test(clauseText(c + 1).trim())
        ? specific(c + 1)
        : undefined;
      bound = topic ?? was ?? bound;
    }
    // 「那3家不太活跃」: a cue denied just before it (不、不太、没) says the figure is not that fact — 「这2600万不是
    // 自己播的 是找第三方直播机构带的货」: unless the clause after it says what it is instead.
    if (
      bound &&
      bound.type === "cue" &&
      /(不|不太|没|没有|不算|不是)$/.test(t.slice(Math.max(0, bound.start - 2), bound.start)) &&
      // (「是不是卖够1000万」 asks.)
      !/是不是$/.test(t.slice(Math.max(0, bound.start - 3), bound.start))
    ) {
      const denied = bound;
      const instead = /^(而)?(是|其实是|实际是)/.test(clauseText(c + 1).trim())
        ? inClause(c + 1).find((m): m is Cue => m.type === "cue" && fits(m.words, f) && m !== denied)
        : undefined;
      if (!instead) {
        remark("not-a-fact");
        continue;
      }
      bound = instead;
    }
    // 「服务类的线上收入六百万 那个不是实物」: the clause after it denies that the figure is what its cue named.
    if (
      bound?.type === "cue" &&
      /^(那个|这个|那部分|这部分|那些|这些|这块|那块)?(不是|不算|不属于)/.test(clauseText(c + 1).trim())
    ) {
      const fact = bound.words.fact;
      // (What is sold, denied as physical goods, is no physical goods: an enterprise's sales are those.)
      const denies = (m: Mention) =>
        m.type === "cue" &&
        (m.words.fact === fact || (fact === "sales" && m.words.fact === "physicalGoodsRetailYuan"));
      if (inClause(c + 1).some(denies)) {
        remark("not-a-fact");
        continue;
      }
    }
    if (bound?.type === "remark") {
      remark("not-a-fact");
      continue;
    }
    // 「八千多w吧 我们公司今年的实物商品网络零售额」: a figure alone in its clause, and its cue alone in the
    // clause next to it (no figure of that kind there), said apart.
    const beside = (): Cue | null => {
      // 「大概需要300万」: a hedge says nothing about what the figure is.
      // (「想申请齐鲁电商贷，额度想要一千二百万」: a loan is wanted by nature, its wish is its amount.)
      if (
        here.some(
          (m) =>
            // (「纳统的 两千六百五十万」: 纳统 names the time in the database only with a time said beside it.)
            (m.type === "cue" &&
              (m.words.kind === f.kind ||
                m.words.kind !== "months" ||
                here.some((o) => o.type === "figure" && o.kind === m.words.kind))) ||
            m.type === "remark" ||
            (m.type === "marker" &&
              m.marker !== "hedge" &&
              // (「一共三个」: a total said alone takes the cue of the clause before.)
              m.marker !== "whole" &&
              // (「头一回过了三千万 纳统数是3150万」: the exact figure said apart takes the words before it.)
              m.marker !== "exact" &&
              !(m.marker === "hypothetical" && loan)),
        )
      )
        return null;
      // 「今年又评上两个」: what was added is no total.
      if (ADDED.test(clauseText(c).slice(0, Math.max(0, clauseText(c).indexOf(f.text))))) return null;
      // (「实物商品网络零售额  3015.6万\n自播直播零售额  1260万」: a report's line ends at its value — the label before it
      // first.)
      // 「23年卖了八百来万 24年九百多万 25年过了千万 是一千零八十万」: a year's figure said after another year's takes
      // the cue the first of them was said with.
      if (yearOf(c) !== null)
        for (let n = c - 1; n >= 0 && c - n <= 6; n--) {
          const there = inClause(n);
          const found = there.filter(
            (m): m is Cue => m.type === "cue" && fits(m.words, f) && !saidToStand(m),
          );
          if (found.length > 0) return found.find((m) => m.words.fact !== "sales") ?? found[0]!;
          if (!there.some((m) => m.type === "year")) break;
        }
      const lineEnds = /^[^\S\n]*\n/.test(t.slice(f.end));
      for (const n of lineEnds ? [c - 1, c + 1, c - 2] : [c + 1, c - 1, c - 2]) {
        const there = inClause(n);
        // 「去年零售额才800万 今年涨到1250万了」「以前是3个 今年又评上两个 现在5个了」: this year's figure, said
        // after last year's (what was added between them aside), is of the same cue.
        const thisYearAfterLast =
          n < c &&
          PAST_YEAR.test(clauseText(n)) &&
          THIS_YEAR.test(clauseText(c)) &&
          !PROJECTED.test(clauseText(c)) &&
          (n === c - 1 || ADDED.test(clauseText(c - 1)));
        // (「我们还想贷款 跟刚才京东那个数一样 3200万」: past a clause with neither a figure nor a cue.)
        // (「去年那个直播零售额 纳统的 两千六百五十万」: nor a cue of another kind of figure.)
        const fillerBetween =
          n === c - 2 &&
          !inClause(c - 1).some((m) => m.type === "figure" || (m.type === "cue" && m.words.kind === f.kind));
        if (n === c - 2 && !thisYearAfterLast && !has(here, "whole") && !fillerBetween) continue;
        // (「去年是两千零五十万 俺们自己播的另算」: a clause that sets itself apart names nothing of the figure before it.)
        if (n === c + 1 && /另算|另外算|单算|单独算|分开算|另说|不算在内|不在这里面/.test(clauseText(n)))
          continue;
        // (「回迁后头一回年销过三千万 今年是三千二百八十万」: a bar passed for the first time leaves its words to
        // the figure said next.)
        // (「隔壁县那个配送中心整合了8家快递 我们才3家」: the speaker's own figure, set beside another's, is of the
        // same cue.)
        const besideOthers = n === c - 1 && othersIn.has(n) && !othersIn.has(c) && ownAt(c);
        // (「除了东庄还有两个 一共三个」: the total said after the figures before it is of their cue.)
        const totalAfter = (n === c - 1 || n === c - 2) && has(here, "whole");
        if (
          !thisYearAfterLast &&
          !besideOthers &&
          !totalAfter &&
          there.some((m) => m.type === "figure" && m.kind === f.kind && !isBar(m) && !passedBars.has(m))
        )
          continue;
        const found = there.filter((m): m is Cue => m.type === "cue" && fits(m.words, f) && !saidToStand(m));
        const specific = found.find((m) => m.words.fact !== "sales") ?? found[0];
        if (specific) return specific;
      }
      return null;
    };
    const cue = (bound as Cue | null) ?? beside();
    // (「其中今年新注册的京东店做了三千一百万」: a part that names the new or moved-back shop is that shop's.)
    const shopPart = shopNamed(c) && (known.newShop || known.relocatedShop);
    // (「这28家里头有6家是今年刚开的 卖了两百来万」: what the part did, said in the clause after it, is the part's.)
    const partBefore =
      c > 0 &&
      has(inClause(c - 1), "partOfWhole") &&
      // (A plain 「卖了」 is no cue of its own here; 「网络零售额一亿三千万」 after 「其中九十个是抖店」 is.)
      !here.some((m) => (m.type === "cue" && !/^卖/.test(m.text)) || m.type === "subject");
    // (「全县一天十二万单 我们平台整合了其中的85%」: a share of the whole is what a share is — no part of a figure.)
    const shareOfWhole =
      f.kind === "percent" &&
      (mentions.some((m) => m.type === "cue" && m.words.fact === "parcelSharePercent") ||
        /单|快递|包裹/.test(t));
    if (
      (has(here, "partOfWhole") || partBefore) &&
      (!cue || cue.words.fact === "sales") &&
      !shopPart &&
      !shareOfWhole
    ) {
      remark("part");
      continue;
    }
    // 「除了东庄还有两个 一共三个」: those besides one named, with the total said next, are a part of it.
    if (
      /除了[^，,。；;\s]{1,10}(还有|另有|另外)$/.test(t.slice(Math.max(0, f.start - 16), f.start)) &&
      inClause(c + 1).some((m) => m.type === "marker" && m.marker === "whole") &&
      inClause(c + 1).some((m) => m.type === "figure" && m.kind === f.kind)
    ) {
      remark("part");
      continue;
    }
    // A figure with no cue in a message that is a question as a whole (「是不是能拿三十万」) is asked about.
    const question = QUESTION_END.test(wholeText.slice(f.end).split(BOUNDARY)[0] ?? "") || asQuestion;
    // 「三千万的实物零售额能补多少流量补贴」: a figure said as what a kind of sales would be, in a question with no
    // word of the speaker's own, is asked about.
    if (
      cue &&
      question &&
      !known.asStated &&
      cue.start >= f.end &&
      /^的/.test(t.slice(f.end)) &&
      !OWN_WORDS.some((w) => wholeText.includes(w))
    ) {
      remark("question");
      continue;
    }
    // 「网上卖三千万能评上电商村不」「一千万整能评上吗」: a figure followed in its own clause by what it would bring,
    // with no word of the speaker's own and no 了 of what was done before it, is supposed.
    const saidBefore = clauseText(c).slice(0, Math.max(0, clauseText(c).indexOf(f.text)));
    if (
      question &&
      !known.asStated &&
      /^整?(的话)?(就)?(能|可以|够|算)(评上|评|拿|领|补|奖|申请|达到|够)/.test(t.slice(f.end)) &&
      !OWN_WORDS.some((w) => clauseText(c).includes(w)) &&
      // (「村里一年卖两千万能拿多少钱」: the speaker's own place and year, stated before what it asks.)
      !/了|过|村里|镇里|镇上|公司|厂里|店里|一年|每年|今年|去年|全年/.test(saidBefore)
    ) {
      remark("hypothetical");
      continue;
    }
    if (cue) {
      const fact = cue.words.fact === "sales" ? salesAt(c) : cue.words.fact;
      if (cue.words.implies && !subject) subject = cue.words.implies;
      // Last year's figure of the same fact, said before this year's, is no longer the fact's.
      if (!PAST_YEAR.test(clauseText(c)) && THIS_YEAR.test(clauseText(c)) && !PROJECTED.test(clauseText(c)))
        for (const r of readings.filter((r) => r.fact === fact && r.pastYear)) {
          readings.splice(readings.indexOf(r), 1);
          remarks.push({ said: r.said, why: "last-year", value: r.value, kind: f.kind });
        }
      // 「前年卖了3500万 去年行情不好」: a year before last is no year the policy counts now.
      if (OLDER_YEAR_ONLY(clauseText(c)) && !known.asStated) {
        remark("older-year");
        continue;
      }
      readings.push({
        fact,
        value: f.value,
        // A number with no unit (「零售额1800」) is asked back as 万, never written.
        // (「…卖了一千二 …两千二 都是万」: the unit said once for all.)
        how: cue.bySound
          ? "sound"
          : cue.words.weak || (f.unit === "" && f.kind !== "count" && !UNIT_SAID.test(t) && !inWan)
            ? "weak"
            : "cue",
        said: f.text,
        approx: f.approx,
        ...(has(here, "whole") || ALL_OPENED.test(clauseText(c)) ? { whole: true } : {}),
        ...(approximate(here) ? { hedged: true } : {}),
        ...(cue.words.narrow?.includes(cue.meant ?? cue.text) ? { narrow: true } : {}),
        // (「其中九十个是抖店」: a part of the figure before it gives way to that figure, as what is besides does.)
        ...(/^(另外|此外|另有|除此之外|除了这些|还有)/.test(clauseText(c).trim()) || has(here, "partOfWhole")
          ? { extra: true }
          : {}),
        ...((y) => (y === null ? {} : { year: y }))(yearOf(c)),
        // 「去年全年是1150万」 is a whole year, and may replace a figure given before.
        ...(PAST_YEAR.test(clauseText(c)) && !/全年/.test(clauseText(c)) ? { pastYear: true } : {}),
      });
      continue;
    }
    // 「自播零售额过了三千万 具体是3150万」: the exact figure is the one before it, said precisely.
    const rounded = exactFigures.has(f)
      ? [...readings].reverse().find((r) => (r.fact === "live" ? "yuan" : kindOf(r.fact)) === f.kind)
      : undefined;
    if (rounded) {
      Object.assign(rounded, { value: f.value, said: f.text, approx: f.approx });
      continue;
    }
    if (question) {
      remark("question");
      continue;
    }
    // (「前年还只有七百万 这两年翻了一番还多」: a year before last, with no cue, is no figure of now either.)
    if (f.kind === "yuan" && OLDER_YEAR_ONLY(clauseText(c)) && !known.asStated) {
      remark("older-year");
      continue;
    }
    if (asking && kindOf(asking) === f.kind && !readings.some((r) => r.fact === asking)) {
      // (「迁回来以后今年头一回过了三千万 3120万」 while the company's figure is asked: a figure said of the shop
      // known, in its clause or right after it, is the shop's.)
      const shopsOwn =
        f.kind === "yuan" &&
        (known.newShop || known.relocatedShop) &&
        (shopNamed(c) || (c > 0 && shopNamed(c - 1))) &&
        (asking === "physicalGoodsRetailYuan" || asking === "onlineRetailYuan");
      readings.push({
        fact: shopsOwn ? salesAt(c) : asking,
        value: f.value,
        how: "pending",
        said: f.text,
        approx: f.approx,
        ...(has(here, "whole") || ALL_OPENED.test(clauseText(c)) ? { whole: true } : {}),
        ...(lastYearBefore(c) ? { pastYear: true } : {}),
      });
      continue;
    }
    // (「俺们村三百二十户 一千一百口人」: households, said with no word of shops, are no figure of anything asked.)
    if (f.kind === "count" && f.unit === "户" && !/店|电商|网上|线上|卖/.test(clauseText(c))) continue;
    // 「全镇8000万」「村里25家」: a village's or town's figure with no cue is its usual one.
    const usual =
      f.kind === "yuan" && (subject === "village" || subject === "town")
        ? "onlineRetailYuan"
        : f.kind === "count" && subject === "village"
          ? "activeShops"
          : null;
    // (「全镇去年是1.6个亿 今年2.1个亿」: this year's, said after last year's, replaces it.)
    if (
      usual &&
      THIS_YEAR.test(clauseText(c)) &&
      !PAST_YEAR.test(clauseText(c)) &&
      // (「去年是九百万 今年多了一百来万」: how much more is no figure of this year.)
      !/(多|少|涨|增加|增长|降|减少|掉)了/.test(clauseText(c)) &&
      !PROJECTED.test(clauseText(c)) &&
      readings.some((r) => r.fact === usual) &&
      readings.filter((r) => r.fact === usual).every((r) => r.pastYear)
    )
      for (const r of readings.filter((r) => r.fact === usual)) {
        readings.splice(readings.indexOf(r), 1);
        remarks.push({ said: r.said, why: "last-year", value: r.value, kind: f.kind });
      }
    if (usual && !readings.some((r) => r.fact === usual)) {
      readings.push({
        fact: usual,
        value: f.value,
        how: "subject",
        said: f.text,
        approx: f.approx,
        ...(approximate(here) ? { hedged: true } : {}),
        // (「表上还有一行去年的 九百六十来万」: last year's, said in the clause before.)
        ...(lastYearBefore(c) ? { pastYear: true } : {}),
      });
      continue;
    }
    // 「3600万那个是新开的抖音店，3100万是迁回来的天猫店」: with shops said, a sum in a clause that names one is
    // that shop's, as a sales word would make it.
    // (「不是第一次过三千万」: a line passed is no figure of the shop's.)
    // (「天猫店…前年迁回淄博了 今年全年3400万」: the only sum of a message that names the shop is the shop's.)
    const onlySum =
      // (「去年头一回过了三千万 是3080万」: a bar passed for the first time is no sum of its own.)
      mentions.filter((m) => m.type === "figure" && m.kind === "yuan" && !isBar(m) && !passedBars.has(m))
        .length === 1;
    if (
      f.kind === "yuan" &&
      !isBar(f) &&
      !/(过|超过|突破|达到)了?$/.test(t.slice(Math.max(0, f.start - 3), f.start)) &&
      (shopNamed(c) ||
        (onlySum && clause.some((_, i) => shopNamed(clause[i]!))) ||
        // (「天猫店迁回来后今年第一次过三千万 3050万左右」: after the clause that names the shop and only a bar it
        // passed, the figure said next is that shop's.)
        (c > 0 &&
          shopNamed(c - 1) &&
          inClause(c - 1).some((m) => passedBars.has(m)) &&
          inClause(c - 1).every((m) => m.type !== "figure" || m.kind !== "yuan" || passedBars.has(m)))) &&
      (known.newShop || known.relocatedShop)
    ) {
      readings.push({ fact: salesAt(c), value: f.value, how: "cue", said: f.text, approx: f.approx });
      continue;
    }
    // 「MCN这边今年纳统4.2kw」: a sum right after 纳统 is the counted sales figure.
    if (
      f.kind === "yuan" &&
      // (「去年纳统零售两个多亿」: 零售 may stand between.)
      /纳统(的)?(数|数据|的数|零售|网零|销售|零售额|销售额)?(了|的是|是|有|为)?$/.test(
        t.slice(Math.max(0, f.start - 8), f.start),
      )
    ) {
      readings.push({ fact: salesAt(c), value: f.value, how: "cue", said: f.text, approx: f.approx });
      continue;
    }
    remark(ADDED.test(clauseText(c)) ? "added" : "unbound");
  }
  // An exact figure bound to a fact's cue replaces a round one of the same fact (「过了3000万…具体3150万」).
  for (const f of exactFigures) {
    if (f.type !== "figure") continue;
    const exact = readings.find((r) => r.said === f.text && r.value === f.value);
    if (!exact) continue;
    for (let i = readings.length - 1; i >= 0; i--)
      if (readings[i] !== exact && readings[i]!.fact === exact.fact) readings.splice(i, 1);
  }
  // 「活跃网店一百一十个 不对 是一百二十个」「四家 哦不 五家」: a figure corrected in the same breath — the one
  // after the word of the mistake replaces the one before it (of the same kind), which is said back as replaced.
  const figs = mentions.filter((m): m is Mention & { type: "figure" } => m.type === "figure");
  // (「十九家 不对 俺数漏了两家 是二十一家」: how many were missed is the slip, not the figure put right.)
  const slip = (x: Figure) =>
    /(漏了|漏算了|少算了|多算了|少数了|多数了|算漏了|少报了|多报了)$/.test(t.slice(0, x.start));
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i]!;
    if (slip(f)) continue;
    const p = figs
      .slice(0, i)
      .reverse()
      .find((x) => x.kind === f.kind && !slip(x));
    if (!p) continue;
    const between = t.slice(p.end, f.start);
    // (「不是头一回过三千万了」: a bar passed, said after a denial of something else, corrects nothing; nor does
    // 「32家 不是32个人啊 开店的人有五十多个」, which denies another number.)
    if (!SELF_FIX.test(between) || /[吗呢?？]|\d+\s*个?[人口亩岁]|头一回|第一次|首次|头回/.test(between))
      continue;
    if (/(过|到|超过|达到|突破)了?$/.test(between)) continue;
    // (「3.6kw 已纳统 不是新店 这个能拿满十万吗」: 不是 denying a thing named right after it corrects no figure.)
    if (
      !SAID_WRONG.test(between) &&
      !/(?<!是)不是(?!说)(?=[\s，,。；;\d零一二两三四五六七八九十百千万亿是啊呀哦]|$)/.test(between)
    )
      continue;
    const prev = readings.find((r) => r.said === p.text && r.value === p.value);
    if (!prev) continue;
    const own = readings.find((r) => r !== prev && r.said === f.text && r.value === f.value);
    if (own && own.fact !== prev.fact) continue;
    if (own) readings.splice(readings.indexOf(own), 1);
    for (let k = remarks.length - 1; k >= 0; k--) if (remarks[k]!.said === f.text) remarks.splice(k, 1);
    remarks.push({ said: prev.said, why: "replaced", value: prev.value, kind: p.kind });
    Object.assign(prev, { value: f.value, said: f.text, approx: f.approx });
    // (「一千一 哦不对 是一千二百万」: the unit missing from the first figure is said with the one that replaces it.)
    if (prev.how === "weak" && p.unit === "" && f.unit !== "") prev.how = "cue";
    delete prev.pastYear;
  }
  // 「天猫店卖了两千八 抖音店一千五 加起来实物商品网络零售额四千三百万」「少报了三百万 合起来两千二百万」: the figures
  // said before a total (加起来、合起来、一共) of the same fact are its parts.
  const at = (r: Reading) =>
    mentions.find((m): m is Figure => m.type === "figure" && m.text === r.said && m.value === r.value);
  for (const total of readings.filter((r) => r.whole && r.how === "cue")) {
    const f = at(total);
    if (
      !f ||
      !TOTAL_AFTER.test(
        t
          .slice(Math.max(0, f.start - 24), f.start)
          .split(BOUNDARY)
          .slice(-2)
          .join(" "),
      )
    )
      continue;
    // (「网店有二十五个 镇上一共卖了八千多万」: a total of another subject holds no figure of the speaker's.)
    const last = mentions.filter((m) => m.type === "figure" && m.end <= f.start).at(-1);
    if (
      /[镇村县区市]|他们|人家|别人|隔壁/.test(
        t.slice(last?.end ?? 0, f.start).replace(/^[^镇村县区市]*?(我们|俺们|咱们|我|俺|咱)[镇村]/, ""),
      )
    )
      continue;
    // (「自己直播间卖了一千二百万 找达人带货卖了两千一百万 加起来三千三」: the sum of figures of different facts, said
    // each by its words, is no figure of one of them — the parts stand.)
    const before = readings.filter(
      (r) => r !== total && r.fact !== "loanAmountYuan" && (at(r)?.start ?? Infinity) < f.start,
    );
    const sum = before.reduce((n, r) => n + r.value, 0);
    if (new Set(before.map((r) => r.fact)).size >= 2 && Math.abs(sum - total.value) <= total.value * 0.02) {
      readings.splice(readings.indexOf(total), 1);
      continue;
    }
    for (const r of [...readings]) {
      const p = at(r);
      if (r === total || r.fact !== total.fact || !p || p.start >= f.start || r.value >= total.value)
        continue;
      readings.splice(readings.indexOf(r), 1);
      remarks.push({ said: r.said, why: "in-total", value: r.value, kind: p.kind });
    }
  }
  // 「上半年卖了620万 下半年卖了700万 全年就这俩加一块」: the two halves of one year, said to be added, are its figure.
  const halves = remarks.filter((r) => r.why === "part-of-year");
  if (halves.length === 2 && /加一块|加起来|合起来|加一起|加在一起|一共|总共|合计|全年/.test(t)) {
    const [a, b] = halves.map((r) =>
      mentions.find((m): m is Figure => m.type === "figure" && m.text === r.said),
    );
    if (
      a &&
      b &&
      a.kind === "yuan" &&
      b.kind === "yuan" &&
      /上半年/.test(clauseText(clause[a.start]!)) &&
      /下半年/.test(clauseText(clause[b.start]!)) &&
      !readings.some((r) => r.fact !== "live" && kindOf(r.fact) === "yuan" && r.fact !== "loanAmountYuan")
    ) {
      const fact =
        asking && FACTS[asking].type === "yuan" && asking !== "loanAmountYuan"
          ? asking
          : salesAt(clause[a.start]!);
      remarks.splice(remarks.indexOf(halves[0]!), 1);
      remarks.splice(remarks.indexOf(halves[1]!), 1);
      readings.push({
        fact,
        value: a.value + b.value,
        how: "cue",
        said: `${a.text}加${b.text}`,
        approx: null,
      });
    }
  }
  addedUp(t, mentions, readings, remarks, asking, kindOf);
  settleFigures(t, mentions, readings, remarks, (at) => clauseText(clause[at]!));
  // 「天猫店去年卖了1800万 京东店1500万 抖音小店700万 三个店加起来就是我们公司全年的」: amounts said one by one, then
  // said to add up with no total of their own — their sum is the figure (and the count of what is added is no fact).
  const addUp = /(加起来|合起来|加一块|加一起|加在一起)/.exec(t);
  if (addUp && !/\d/.test(t.slice(addUp.index))) {
    const before = mentions.filter(
      (m): m is Figure => m.type === "figure" && m.kind === "yuan" && m.end <= addUp.index,
    );
    const readingOf = (f: Figure) =>
      readings.find((r) => r.said === f.text && r.value === f.value && r.fact !== "loanAmountYuan");
    const remarkOf = (f: Figure) =>
      remarks.find(
        (r) => r.said === f.text && r.value === f.value && (r.why === "unbound" || r.why === "in-total"),
      );
    const parts = before.filter((f) => readingOf(f) || remarkOf(f));
    const first = parts.map(readingOf).find((r) => r !== undefined);
    if (parts.length >= 2 && parts.length === before.length && first) {
      for (const f of parts) {
        const r = readingOf(f);
        if (r) readings.splice(readings.indexOf(r), 1);
        const k = remarkOf(f);
        if (k) remarks.splice(remarks.indexOf(k), 1);
      }
      const added = clause[addUp.index]!;
      for (const r of [...readings])
        if (r.fact !== "live" && kindOf(r.fact) === "count") {
          const m = mentions.find((x) => x.type === "figure" && x.text === r.said && x.value === r.value);
          if (m && clause[m.start] === added && m.end <= addUp.index) readings.splice(readings.indexOf(r), 1);
        }
      readings.push({
        fact: first.fact,
        value: parts.reduce((sum, f) => sum + f.value, 0),
        how: "cue",
        said: parts.map((f) => f.text).join("+"),
        approx: null,
        whole: true,
      });
    }
  }
  // 「去年实物商品网络零售额比前年的2800万多了一千万」: a figure said as so much more (or less) than another's — the
  // one compared with is another year's, and the figure is their sum (or difference).
  for (const [i, base] of mentions.entries()) {
    if (base.type !== "figure" || base.kind !== "yuan") continue;
    if (!/比(前年|去年|上年|上一年|往年|以前)?的?$/.test(t.slice(Math.max(0, base.start - 5), base.start)))
      continue;
    const by = mentions.slice(i + 1).find((m): m is Figure => m.type === "figure");
    if (!by || by.kind !== "yuan") continue;
    const how = /^(多|涨|增加|增长|高|少|减少|下降|低|降)了?$/.exec(t.slice(base.end, by.start).trim());
    if (!how) continue;
    const r = readings.find((x) => x.said === base.text && x.value === base.value);
    if (!r || r.fact === "live" || r.fact === "loanAmountYuan") continue;
    for (let k = remarks.length - 1; k >= 0; k--)
      if (remarks[k]!.said === by.text && remarks[k]!.value === by.value) remarks.splice(k, 1);
    remarks.push({ said: base.text, why: "earlier-year", value: base.value, kind: "yuan" });
    const more = /多|涨|增|高/.test(how[1]!);
    Object.assign(r, {
      value: more ? base.value + by.value : base.value - by.value,
      said: `${base.text}${more ? "加" : "减"}${by.text}`,
    });
    delete r.pastYear;
  }
  // 「六千万出头 六千一百来万」「过了一个亿 一亿零五百万」: a loose figure (多、出头, or a bar passed), then on its own the
  // closer one of at least as much — that one is the figure.
  for (const k of [...remarks]) {
    if (k.why !== "unbound" || k.value === undefined) continue;
    const f = mentions.find(
      (m): m is Figure => m.type === "figure" && m.text === k.said && m.value === k.value,
    );
    if (!f || inClause(clause[f.start]!).some((m) => m !== f && m.type !== "marker")) continue;
    const r = readings.find((x) => {
      const p = at(x);
      return (
        p !== undefined &&
        p.kind === f.kind &&
        p.end <= f.start &&
        clause[f.start]! - clause[p.start]! === 1 &&
        (x.approx === "more" || /(过了|超过了?|突破了?)$/.test(t.slice(Math.max(0, p.start - 3), p.start))) &&
        k.value! >= x.value &&
        k.value! <= x.value * 1.2
      );
    });
    if (!r) continue;
    remarks.splice(remarks.indexOf(k), 1);
    Object.assign(r, { value: k.value, said: k.said, approx: f.approx });
  }
  // A reading found to be no figure of now: taken out, and said back as a remark of why.
  const setAside = (r: Reading, why: RemarkWhy) => {
    readings.splice(readings.indexOf(r), 1);
    remarks.push({
      said: r.said,
      why,
      value: r.value,
      kind: kindOf(r.fact === "live" ? "selfLiveRetailYuan" : r.fact) ?? "yuan",
    });
  };
  // 「2023年那会村里网店才十来家 现在多了」: a figure of a time gone by, set against now, is no figure of now.
  for (const r of [...readings]) {
    const at = t.indexOf(r.said);
    if (at < 0) continue;
    const c = clause[at]!;
    if (
      /那会|那时候|那时|当时|以前|早些年/.test(clauseText(c)) &&
      /(?:^|[，,。；;\s])(现在|如今|目前|这会儿?)[^，,。；;]{0,6}(多了|少了|变了|不一样|翻了|涨了|不止)/.test(
        t.slice(at),
      )
    ) {
      setAside(r, "older-year");
    }
  }
  // Figures of one fact for several years: the latest year's is the fact's, the others are years before it.
  for (const r of [...readings]) {
    const later = readings.some((o) => o !== r && o.fact === r.fact && o.year && r.year && o.year > r.year);
    if (!later) continue;
    setAside(r, "earlier-year");
  }
  // (A question after a clause that stated the speaker's case is no question about anybody's figures.)
  return {
    asked: asked && !statedCase,
    normalised: t,
    mentions,
    subject,
    subjectOwn,
    readings,
    remarks,
  };
}

function kindOf(fact: AskableFact): MentionKind | null {
  const type = FACTS[fact].type;
  if (type === "yuan") return "yuan";
  if (type === "count") return "count";
  if (fact === "monthsInDatabase") return "months";
  if (fact === "parcelSharePercent") return "percent";
  return null;
}

/**
 * The subject's own sales figure: the one asked for, when one is; a new or moved-back shop's figure when
 * the clause is about that shop; an MCN's, a village's or a town's online retail; else an enterprise's
 * physical goods.
 */
const WHOLE_COMPANY =
  /(公司|企业|我们|咱们|俺们)(整体|全年|一共|总共|总的|合计|全部|加起来)|整个公司|全公司|公司总/;

const INACTIVE_ONES =
  /(不怎么|不太|不咋|没怎么|不|没)(开张|开|卖货|卖|营业|活跃|动)的(还有|也有|有)?(大概|差不多)?$/;

// A count said to be of shops not trading (「九家基本不开张了」「有三家关门了」).
const INACTIVE_AFTER =
  /^(都|也|早就|已经|基本上?|差不多)*((不咋|不怎么|没怎么|不太|没|不)(开张|开了|营业|卖货|卖|动|活跃|更新|上新)|关门|关了|停了|倒闭|倒了|不干了)/;

// What only an MCN agency says of itself: 「是独立法人」「拿过一次MCN的奖励」.
const AGENCY_SAID = /(?<!不)(是|属于)独立法人|拿过[^，,。；;\s]{0,4}mcn[^，,。；;\s]{0,3}奖/i;

// 「光天猫旗舰店一个店就卖了一千八百万 京东拼多多的还没算」: the rest said not counted yet — the figure is a part.
const REST_NOT_COUNTED = /^[^，,。；;]{0,12}的?(还没算|没算上|没算进来|没算进去|还没加|没加上|不在里面|另算)/;

// Part of the shops said not to trade: 「一半多都不咋开张了」「有十来家早就不干了」「好些都停了」.
const INACTIVE =
  /(一半|大半|多半|好些|好多|不少|很多|有些|一些|部分|几家|\d+家)多?(都|也|早就|已经|基本上?)*((不咋|不怎么|没怎么|没|不)(开张|开了|开|营业|卖货|卖|动|活跃|更新|上新)|关门|关了|停了|倒闭|倒了|不干了)|(好些|好多|不少|很多|一半|大半|部分)(都|也|早就|已经)*(停了|关了|倒了|不干了|荒了|停更)/;

function salesFact(
  subject: SubjectType | undefined,
  known: Known,
  clauseText: string,
  asking: AskableFact | null,
  readings: Reading[],
  shopFigure = true,
  shopBefore: string | null = null,
  placeFigures = false,
): AskableFact {
  // 「迁回来以后今年第一次做到3500w」: a clause that names the shop is that shop's, whatever is asked.
  // (「今年还新注册了个抖店 当年就卖了三千五百多万」: so is one right after the clause that names it.)
  const namesShop =
    shopBefore !== null || SHOP_WORDS.some((w) => clauseText.includes(w)) || SPEAKERS_SHOP.test(clauseText);
  const shopText = shopBefore ?? clauseText;
  // 「今年机构全部纳统的网络零售额六千七百万」 from an MCN: the agency's own turnover, whatever is asked.
  // (「6000万是整个机构的纳统零售额」 before the MCN is said: an agency's whole turnover, never physical goods.)
  // (「MCN纳统做到八千万」: an agency named as who sold it — not one worked with.)
  if (
    /mcn/i.test(clauseText) &&
    !/合作|跟|找|请|给|通过|委托/.test(clauseText) &&
    !/自播|自己播|直播间/.test(clauseText)
  )
    return "onlineRetailYuan";
  if (
    (known.mcn || /整个机构|机构的纳统|机构纳统|机构全部|机构全年|机构一共|机构总共/.test(clauseText)) &&
    /机构/.test(clauseText) &&
    !/自播|自己播|直播间/.test(clauseText)
  )
    return "onlineRetailYuan";

  if (
    asking &&
    FACTS[asking].type === "yuan" &&
    asking !== "loanAmountYuan" &&
    !readings.some((r) => r.fact === asking) &&
    !(namesShop && (known.newShop || known.relocatedShop))
  )
    return asking;
  // Both a new shop and a moved-back one: the clause that names moving back (or the old shop) is that shop's figure.
  // (「算新店也算迁回来的吧」: one shop said both new and moved back is the one shop.)
  if (
    known.relocatedShop &&
    known.newShop &&
    (/迁|搬回|挪回/.test(shopText) || OLD_SHOP.test(shopText)) &&
    !/新店|新注册|新开/.test(shopText)
  )
    return "relocatedShopRetailYuan";
  // 「公司全年网上零售一共1.2个亿」 beside a shop's figure: the enterprise as a whole (contract §2), not its
  // physical goods, which are asked for on their own.
  // (「这个新店零售额5200万 公司整体网上卖了八千多w」: the whole company, said in its own clause, even after one of the shop.)
  if (
    (known.newShop || known.relocatedShop) &&
    !SHOP_WORDS.some((w) => clauseText.includes(w)) &&
    WHOLE_COMPANY.test(clauseText)
  )
    return "onlineRetailYuan";
  if ((known.newShop || known.relocatedShop) && shopFigure) return "shopRetailYuan";
  // 「卖2000万就得付200万佣金」: what was sold, in a clause about the commission paid for it, was sold through an
  // agency's live streams.
  if ((!subject || subject === "enterprise") && !known.mcn && /佣金|坑位费/.test(clauseText))
    return "thirdPartyLiveRetailYuan";
  if (
    subject === "village" ||
    subject === "town" ||
    subject === "park" ||
    known.mcn ||
    (!subject && placeFigures)
  )
    return "onlineRetailYuan";
  return "physicalGoodsRetailYuan";
}
