// The self-test: the planner's next question (or the screening list), an answer read and echoed,
// facts taken from a sentence, doubtful readings asked back, and asides answered with the pending
// question asked again. Each exported function changes the state it is given, and says so by its verb.

import {
  CLAUSES_BY_ID,
  FACTS,
  factsOf,
  formatChineseDate,
  formatFactValue,
  nextQuestion,
  parseYesNo,
  plainYesNo,
  QUESTION_BY_FACT,
  readAnswer,
  SUBJECT_LABELS,
  type AskableFact,
} from "../../rules/index.ts";
import { assessmentOf } from "./application-steps.ts";
import { askRange, clauseName, resultsMessages } from "./results.ts";
import { figuresLine, phaseOn } from "./rounds.ts";
import {
  readScreening,
  SCREENING_HINT,
  SCREENING_QUESTION,
  screeningFacts,
  worthScreening,
} from "./screening.ts";
import { assessmentDate, type DialogState } from "./state.ts";
import { answerLine, echo, GREETING, MENU, question, reask, START_ASSESSMENT } from "./texts.ts";
import type { Turn } from "./turn.ts";
import {
  answerAndQuestion,
  ASKS_RESULT,
  asksTiers,
  statedPart,
} from "./understanding/answer-and-question.ts";
import { doubtAbout, moreThanSaid, nearReading, saysNear } from "./understanding/doubts.ts";
import { entryMonths, hedgeNote, monthsSince } from "./understanding/hedges.ts";
import { NOT_OWN_GOODS } from "./understanding/lexicon.ts";
import { knownOf, namesCounted, readAskedYesNo, readFacts } from "./understanding/facts.ts";
import { readAssessmentDate } from "./understanding/assessment-date.ts";
import { isWholeQuestion, parse, type RemarkWhy } from "./understanding/grammar.ts";
import { FACT_ALIASES } from "./fact-names.ts";
import {
  BOOLEAN_WORDS,
  FACT_WORDS,
  MARKERS,
  NOT_YET,
  SAID_WRONG,
  SHOP_WORDS,
  SPEAKERS_SHOP,
} from "./understanding/lexicon.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";
import { remarkLine } from "./understanding/remarks.ts";
import { GREETED, opensWithGreeting } from "./understanding/small-talk.ts";
import { ACK_REPLY, asideReplies, looksLikeQuestion, understandAside } from "./understanding/index.ts";
import { whereNow } from "./where.ts";
import { asksWhatItBrings, awardAmounts, whatIfReply, whatItBrings } from "./what-it-brings.ts";
import { tierGapReply } from "./tier-gap.ts";
import { asksWhatForUs, forSubject, itemsOpenedBy, namedArticles } from "./for-subject.ts";
import { knowledgeArticle } from "./understanding/knowledge.ts";
import { sameAsBefore } from "./understanding/same-as-before.ts";
import { someoneElsesCase } from "./someone-elses-case.ts";
import { oneItemReply } from "./one-item.ts";
import { shareOfTwo } from "./understanding/shares.ts";
import { shareOfKnown } from "./understanding/share-of-known.ts";
import { FIRST_TIME_OF, firstTimeGiven } from "./understanding/first-time.ts";

export function resetAssessment(s: DialogState) {
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
/**
 * 「想贷一千五百万」: a loan amount outside the policy's range is kept as said (it is what they want) and told
 * at once, not only in the results.
 */
function loanNote(s: DialogState): string {
  if (
    s.facts.loanAmountYuan === undefined ||
    s.facts.loanAmountYuan === 0 ||
    s.loanNoted === s.facts.loanAmountYuan
  )
    return "";
  const loan = assessmentOf(s).results.find((r) => r.kind === "loan");
  if (!loan || loan.status !== "ineligible" || !loan.reasons[0]) return "";
  s.loanNoted = s.facts.loanAmountYuan;
  const range = askRange("loanAmountYuan", s.today);
  return `\n提醒：${loan.reasons[0]}${range ? `（单户额度 ${range}）` : ""}，可以直接告诉我新的额度。`;
}

export function askNext(s: DialogState, prefix: string, out: Turn) {
  prefix = `${prefix}${loanNote(s)}`;
  // An MCN's figure is its agency's online retail: it is not asked for physical-goods retail of its own as
  // well (article 2 counts that only when the person says so).
  const notAsked = s.facts.mcn === true ? [...s.skipped, ownSales("enterprise", false)] : s.skipped;
  const q = nextQuestion({ ...s.facts, assessedOn: assessmentDate(s) }, { skipped: notAsked });
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
  const [first, ...rest] = resultsMessages(assessmentOf(s), {
    loanDeclined: s.facts.loanAmountYuan === 0,
    facts: s.facts,
    district: s.applicant.district ?? null,
    rounds: out.rounds,
    today: s.today,
  });
  out.replies.push(`${prefix}${prefix ? "\n\n" : ""}${first}`, ...rest);
}

/** The facts any clause for a kind of applicant reads. */
function factsFor(subject: string): Set<string> {
  const out = new Set<string>();
  for (const c of Object.values(CLAUSES_BY_ID))
    if ((c.subjects as readonly string[]).includes(subject))
      for (const w of [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))])
        for (const f of factsOf(w)) out.add(f);
  return out;
}

// 「一个多亿」「六千多万」「三千万出头」: a sum said as more than its round figure.
const MORE_THAN = /\d[多余]|[多余][万亿]|出头/;

/** The subject's own sales figure (an MCN's is its online retail). */
const ownSales = (subject: unknown, mcn: unknown): AskableFact =>
  subject === "enterprise" && mcn !== true ? "physicalGoodsRetailYuan" : "onlineRetailYuan";

export function setFact(s: DialogState, fact: AskableFact, value: unknown) {
  if (fact === "subjectType" && s.facts.subjectType !== undefined && s.facts.subjectType !== value) {
    // Another kind of applicant (「说错了 我们不是村 是镇」): the answers the new one is also asked are kept,
    // and the figure said as the old one's own sales is the new one's; the rest were about someone else.
    const was = s.facts as Record<string, unknown>;
    const wasSales = ownSales(was.subjectType, was.mcn);
    const keep = factsFor(String(value));
    const sales = was[wasSales];
    const newSales = ownSales(value, was.mcn);
    // The old one's own sales figure moves to the new one's, never kept twice.
    const kept = s.history.filter(
      (f) =>
        f !== "subjectType" &&
        keep.has(f) &&
        was[f] !== undefined &&
        (f !== wasSales || wasSales === newSales),
    );
    const values = new Map(kept.map((f) => [f, was[f]] as const));
    resetAssessment(s);
    for (const [f, v] of values) (s.facts as Record<string, unknown>)[f] = v;
    s.history = [...kept];
    if (typeof sales === "number" && !values.has(newSales) && keep.has(newSales)) {
      (s.facts as Record<string, unknown>)[newSales] = sales;
      s.history.push(newSales);
    }
  }
  // 「一个京东店去年迁回来的 今年卖了三千二百万」 then 「还有个拼多多店是今年新开的」: the shop's figure known was the
  // moved-back shop's; with a new shop too, it is that shop's own (contract §2), and the new shop's is asked.
  if (
    fact === "newShop" &&
    value === true &&
    s.facts.newShop !== true &&
    s.facts.relocatedShop === true &&
    typeof s.facts.shopRetailYuan === "number" &&
    s.facts.relocatedShopRetailYuan === undefined
  ) {
    s.facts.relocatedShopRetailYuan = s.facts.shopRetailYuan;
    delete s.facts.shopRetailYuan;
    s.history = [...s.history.filter((f) => f !== "shopRetailYuan"), "relocatedShopRetailYuan"];
  }
  // (「不是迁回来的，是今年新注册的店」: with the move denied, the one shop's figure is the shop's again.)
  if (
    fact === "relocatedShop" &&
    value === false &&
    typeof s.facts.relocatedShopRetailYuan === "number" &&
    s.facts.shopRetailYuan === undefined
  ) {
    s.facts.shopRetailYuan = s.facts.relocatedShopRetailYuan;
    delete s.facts.relocatedShopRetailYuan;
    s.history = [...s.history.filter((f) => f !== "relocatedShopRetailYuan"), "shopRetailYuan"];
  }
  (s.facts as Record<string, unknown>)[fact] = value;
  s.history = [...s.history.filter((f) => f !== fact), fact];
  s.skipped = s.skipped.filter((f) => f !== fact);
}

export function startAssessment(s: DialogState, out: Turn, lead = "好的，我们开始自测。") {
  resetAssessment(s);
  // In a round, the figures it asks for are a past year's: said before the first figure is asked.
  const round = out.rounds?.find((r) => phaseOn(r, s.today) === "open");
  askNext(s, `${lead}${round ? figuresLine(round.figuresYear) : ""}${START_ASSESSMENT}`, out);
}

/**
 * A reply to the screening list: the groups it settles are written and said back in one line, with
 * any figures the reply also states (「做直播，自播2500万」). False when the reply is no such answer.
 */
function answerScreening(s: DialogState, text: string, out: Turn): boolean {
  // (「MCN那个奖励是不是得独立法人才行」: a question that names an item picks none; it is answered.)
  if (isWholeQuestion(text) && /是不是|吗|呢|[?？]|行不行|能不能|算不算/.test(text)) return false;
  const picked = readScreening(text);
  if (!picked) return false;
  s.screening = "done";
  const { facts, said } = screeningFacts(picked, s.facts);
  const extra = readFacts(text, knownOf(s.facts as Record<string, unknown>), null).facts;
  delete extra.mcn;
  for (const [k, v] of Object.entries({ ...facts, ...extra })) setFact(s, k as AskableFact, v);
  const more = Object.keys(extra) as AskableFact[];
  askNext(
    s,
    more.length > 0 ? `${said}另记下：${more.map((k) => answerLine(k, extra[k])).join("；")}。` : said,
    out,
  );
  return true;
}

/** The figures of a message of the kind the fact takes, in order. */
function figuresOfKind(fact: AskableFact, text: string): { text: string; value: number }[] {
  const kind = QUESTION_BY_FACT[fact].reader;
  if (kind !== "yuan" && kind !== "count" && kind !== "months" && kind !== "percent") return [];
  return findMentions(normalise(text))
    .filter((m) => m.type === "figure" && m.kind === kind)
    .map((m) => ({ text: m.text, value: (m as { value: number }).value }));
}

/** 「电商村没有」「快递公司一家都没有」 to the count asked: none (0). */
function noneOf(fact: AskableFact, text: string): number | null {
  const reader = QUESTION_BY_FACT[fact].reader;
  if (reader !== "count" && reader !== "yuan") return null;
  const t = text.replace(/[，,。！!\s]/g, "");
  // 「一个也没有，今年才开始搞」「这块没有」「不卖实物」: none of what is asked.
  if (reader === "count" && /^(一个|一家|一户)(也|都)(没有|没)/.test(t)) return 0;
  if (/(这块|这项|这个|这一块|这一项)(也|都)?(没有|没|是0|为0)/.test(t)) return 0;
  const salesFact = ["onlineRetailYuan", "physicalGoodsRetailYuan"].includes(fact);
  const own = FACT_WORDS.filter((w) => w.fact === fact || (salesFact && w.fact === "sales"))
    .flatMap((w) => w.cues)
    .filter((c) => c.length >= 2);
  if (reader === "yuan" && own.some((c) => t.includes(`不卖${c}`) || t.includes(`没有${c}`))) return 0;
  // 「我们是做快递分拨的 网上不卖货」: the enterprise sells no goods online.
  if (
    fact === "physicalGoodsRetailYuan" &&
    (/(网上|线上|网络上?)(不|没|从不|没有)(卖|销售)/.test(t) || NOT_OWN_GOODS.test(t))
  )
    return 0;
  if (reader !== "count") return null;
  const cues = FACT_WORDS.filter((w) => w.fact === fact).flatMap((w) => w.cues);
  return cues.some((c) =>
    new RegExp(
      `^(我们|咱们|俺们|俺|咱)?(村|镇|乡)?(里|上)?${c}(一个|一家|一户)?(也|都|还)?(没有|没|无)(呢|啊|的)?$`,
    ).test(t),
  )
    ? 0
    : null;
}

/** Whether a 「没有…」 names something other than the fact asked (「没有信息平台」 to a sales question). */
function aboutSomethingElse(fact: AskableFact, text: string): boolean {
  const rest = text
    .replace(/[，,。！!？?\s]/g, "")
    .replace(
      /我们|咱们|俺们|我|也|都|还|暂时|目前|真的|的|了|呢|啊|吧|这个|那个|没有|没|无|不是|不|过|做|有|开|搞|什么|啥/g,
      "",
    );
  if (rest.length < 2) return false;
  // Its own words: its aliases, the cues of its table, and for a sales figure the words of selling.
  const sales = ["onlineRetailYuan", "physicalGoodsRetailYuan", "shopRetailYuan", "relocatedShopRetailYuan"];
  const own = [
    ...FACT_ALIASES[fact],
    ...FACT_WORDS.filter((w) => w.fact === fact || (w.fact === "sales" && sales.includes(fact))).flatMap(
      (w) => w.cues,
    ),
  ].filter((w) => w.length >= 2);
  if (own.some((a) => rest.includes(a) || a.includes(rest))) return false;
  // …and it names another fact by its words (直播、新开店、信息平台).
  const others = [
    ...(Object.keys(FACT_ALIASES) as AskableFact[]).filter((f) => f !== fact).flatMap((f) => FACT_ALIASES[f]),
    ...FACT_WORDS.filter((w) => w.fact !== fact && w.fact !== "sales").flatMap((w) => w.cues),
    ...BOOLEAN_WORDS.filter((b) => b.fact !== fact).flatMap((b) => b.words),
    ...FACT_WORDS.filter((w) => w.fact !== fact).flatMap((w) => w.names ?? []),
    "信息平台",
    "配送中心",
    // (「没拿过市里的奖励」: awards had are no figure of sales.)
    "奖励",
    "扶持",
    "奖金",
  ].filter((w) => w.length >= 2);
  return others.some((w) => rest.includes(w));
}

/**
 * 「应该算吧 同比涨了百分之三十」「哦对还有个极兔 刚才漏了」「没有直播」 to a yes-or-no question: a leading 是/对/没有
 * followed by words of something else (another fact, a figure) answers that, not this question.
 */
function yesNoAboutElse(fact: AskableFact, text: string): boolean {
  // (「我们没做直播」: the speaker's own word may come first.)
  const lead =
    /^(哦|噢|嗯|啊)?[，,\s]*(我们|咱们|俺们|我|俺|咱)?(也|都|还)?(对|是|是的|有|没有|没|应该算吧?|算吧|算是)[，,\s]*/.exec(
      text.trim(),
    );
  if (!lead) return false;
  // (「没拿过 这是头一回申请」「对 回来以后这是头一回上三千万」 say it in this question's own words.)
  if (readAskedYesNo(text, fact) !== null) return false;
  const rest = text.trim().slice(lead[0].length);
  return FIGURE_OR_SHARE.test(rest) || aboutSomethingElse(fact, rest);
}
const FIGURE_OR_SHARE = /[0-9０-９%％]|百分之|[一二两三四五六七八九十]成|同比|环比|增长|涨了/;

const ENTERED =
  /(\d{4}年|\d{2}年(?=\d{1,2}月|[一二三四五六七八九十]{1,3}月|(的时候)?就?(入库|进库|进的库|入的库))|今年|去年|前年|大前年)(\d{1,2}月|[一二三四五六七八九十]{1,3}月)?份?(的时候)?就?(入库|进库|进的库|入的库|进入统计库|进统计库|纳入统计库|开始纳统)/;

const ENTERED_AFTER =
  /(入库|进库|进入统计库|纳入统计库)(时间)?(?:是|在|于)?(\d{4}年|今年|去年|前年|大前年)(\d{1,2}月|[一二三四五六七八九十]{1,3}月)?/;

const IN_PROGRESS = /公示|还在(审|批|评|走)|等(批|结果|下文|通知)|没(正式)?下文|审核中|评审中|申报中|流程中/;

const WHY_ASKED =
  /(为什么|为啥|干啥|干嘛|干吗|做什么|有什么用|有啥用).{0,3}(问|要|填)|(问|要|填)(这个|这些|这|它|这题|这一题).{0,4}(干啥|干嘛|干吗|做什么|有什么用|有啥用|为什么|为啥|是为了)/;

/** What a question decides: the clauses for this kind of applicant that read the fact. */
function whyAsked(fact: AskableFact, subject: unknown): string {
  const names = Object.values(CLAUSES_BY_ID)
    .filter(
      (c) =>
        (subject === undefined || (c.subjects as readonly unknown[]).includes(subject)) &&
        [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].some((w) => factsOf(w).includes(fact)),
    )
    .map((c) => clauseName(c.id));
  const what =
    names.length > 0
      ? `这一题用来判断${names.join("、")}是否符合、金额多少`
      : "这一题用来判断您能申请哪些项目";
  return `${what}。回答只用于这次自测，不会发给别人；不清楚可以回复「跳过」。`;
}

/** Whether a shop said to have opened in a year (「23年开的」「去年注册的」) opened in today's year; null if unsaid. */
function openedThisYear(text: string, today: string): boolean | null {
  // The year said of the opening itself, in its clause (「我开了个淘宝店 今年卖了…」 says when it sold, not when it
  // opened).
  const t = normalise(text);
  const when = (years: string) =>
    new RegExp(
      `(${years})[^，,。；;\\s]{0,10}(开|注册|成立|上线|办)|(开|注册|成立|上线)[^，,。；;\\s]{0,4}(${years})`,
    ).exec(t);
  // 「前年开的 不算今年新开的」: this year denied is not this year.
  if (/(不算|不是|并不是|算不上|不属于|并非)(是)?(今年|当年)/.test(t)) return false;
  if (when("今年|当年|今年初|年初")) return true;
  if (when("去年|前年|早些年|好几年|几年前") || /老店/.test(t)) return false;
  const said = when("(?<![\\d.])(?:20)?\\d{2}\\s*年");
  if (!said) return null;
  const year = /(?:20)?(\d{2})\s*年/.exec(said[0])!;
  return 2000 + Number(year[1]) === Number(today.slice(0, 4));
}

const PAST_AWARD = new RegExp(MARKERS.pastAward.join("|"));
export const AWARD_MEANING =
  /固定|足额|全额|打折|直接给|是最高|还是最高|最高还是|还是最多|最多还是|给多少还是|是给多少/;

/** An award had before, said while a question is pending: its yes-or-no fact written, the question answered. */
function takePastAward(s: DialogState, text: string, out: Turn): boolean {
  const said = readFacts(text, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null).facts;
  const had = (Object.keys(said) as AskableFact[]).filter(
    (k) => /AwardedBefore$/.test(k) && said[k] === true && s.facts[k] === undefined,
  );
  if (had.length === 0) return false;
  for (const k of had) setFact(s, k, true);
  // (「…拿过一次MCN奖励了 今年营收增长也不错」: other yes-or-no facts said beside it are written too.)
  for (const [k, v] of Object.entries(said) as [AskableFact, unknown][])
    if (
      typeof v === "boolean" &&
      k !== s.asking &&
      !had.includes(k) &&
      s.facts[k] === undefined &&
      k !== "mcn"
    )
      setFact(s, k, v);
  // (「前年我们拿过一回MCN的20万奖励」: the item it rules out, said at once — 政策期内不重复奖励.)
  const closed = itemsOpenedBy(s.facts, had, s.today, false, true);
  const took = `我记下了：${had.map((k) => answerLine(k, true)).join("；")}。${closed ? `\n${closed}` : ""}`;
  // (「国家级的没有。不过我们2024年拿过一次MCN机构奖励」: the pending question answered beside it.)
  const pending = s.asking;
  if (pending && pending !== "mcn" && typeof said[pending] === "boolean" && s.facts[pending] === undefined) {
    setFact(s, pending, said[pending]);
    askNext(s, `${echo(pending, said[pending])}\n${took}`, out);
    return true;
  }
  const aside = understandAside(text, s.today, s.facts.subjectType, s.asking);
  out.replies.push(
    [
      ...(aside?.kind === "answer" ? [aside.answer.lines.join("\n")] : []),
      took,
      s.asking === null ? "" : whereNow(s),
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return true;
}

/** What the grammar may say another figure is, beside the answer: of another time, put right, a part, not ours. */
const SAID_WHAT_ELSE = new Set<RemarkWhy>([
  "older-year",
  "earlier-year",
  "last-year",
  "replaced",
  "in-total",
  "hypothetical",
  "other-subject",
  "joint",
  "compared",
]);

export function takeAnswer(s: DialogState, text: string, out: Turn) {
  const fact = s.asking!;
  const screening = s.screening === "asked" && fact === "mcn";
  if (screening && answerScreening(s, text, out)) return;
  if (s.doubt) {
    const { fact: doubted, value: meant } = s.doubt;
    s.doubt = null;
    // 「是独立法人，在淄博注册的」: a 「是」 that begins a statement of another fact confirms nothing.
    const said = readFacts(text, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null).facts;
    const aboutElse = Object.keys(said).some((k) => k !== doubted && k !== "subjectType");
    if (doubted === fact && parseYesNo(text) === true && !aboutElse) {
      setFact(s, fact, meant);
      askNext(s, echo(fact, meant), out);
      return;
    }
  }
  // 「问这个干啥」: why the question is asked — the clauses it decides — and the question again.
  if (WHY_ASKED.test(text)) {
    out.replies.push(`${whyAsked(fact, s.facts.subjectType)}\n${whereNow(s)}`);
    return;
  }
  // 「那个一万七改成一万六千五 刚才看错了」: an old figure put right that is no figure written (a part of a share worked
  // out, say) is never this question's answer — asked which it is.
  const replaced = replacedUnknown(s, text);
  if (replaced) {
    out.replies.push(`${replaced}\n${whereNow(s)}`);
    return;
  }
  // 「问一下 一千万整算够了不 还是得超过一千万」「先问个事…正好六千万算不算超过」: a bar asked about — the figure in
  // it is the bar's, no answer; the question is answered and stays.
  if (ASKS_FIRST.test(text.trim()) && BAR_ASKED.test(normalise(text)) && answerAside(s, text, out)) return;
  // 「九千万整 这个能补多少钱」: the answer written, the question answered, then the next question.
  const both = screening ? null : answerAndQuestion(text, fact, s.facts, s.today);
  if (both) {
    setFact(s, fact, both.value);
    if (both.with) setFact(s, both.with.fact, both.with.value);
    // (When no question is left, the results that follow are what the figures bring: not said twice.)
    const left = nextQuestion({ ...s.facts, assessedOn: assessmentDate(s) }, { skipped: s.skipped }) !== null;
    const said =
      both.question === "brings"
        ? left
          ? whatItBrings(s, out.rounds, fact)
          : null
        : both.question.lines.join("\n");
    askNext(s, said ? `${echo(fact, both.value)}\n${said}` : echo(fact, both.value), out);
    return;
  }
  // 「前年我们已经拿过MCN那个2000万档的奖了，今年到1个亿了还能拿吗」: the award had is written (政策期内已获),
  // the question answered from the policy — never worked out on a copy as if the figure were to come.
  if (PAST_AWARD.test(text) && takePastAward(s, text, out)) return;
  // 「隔壁村卖了两千万他们能评上不」: another's figures, worked out for them; the pending question stays.
  const onCopy = someoneElsesCase(s, text);
  if (onCopy) {
    out.replies.push(onCopy, whereNow(s));
    return;
  }
  // 「差多少能上20万那档」: how far the figure is from the tier named; the pending question stays.
  const gap = tierGapReply(s, text);
  if (gap) {
    out.replies.push(gap, whereNow(s));
    return;
  }
  // 「如果后年做到4000万，补贴多少」: worked out on a copy, nothing written; the pending question stays.
  // (「这个50万是固定给50万还是最高50万」 asks what an award's amount means: answered from the policy.)
  // (「去年纳统五千零二十万 是头一回过五千万 今年估计能到七千万」: a statement that answers the question, a hope
  // beside it, is the answer — read below.)
  // (「今年目标冲到五千万 把30万拿下」: a figure merely taken for the pending one is no answer beside a hope.)
  const answeredToo =
    !looksLikeQuestion(text) &&
    readFacts(text, knownOf(s.facts as Record<string, unknown>), fact).readings.some(
      (r) => r.fact === fact && (r.how === "cue" || r.pastYear),
    );
  const whatIf = AWARD_MEANING.test(text) || answeredToo ? null : whatIfReply(s, text);
  if (whatIf) {
    out.replies.push(whatIf, whereNow(s));
    return;
  }
  // 「是直接给50万吗」: what an award's amount means, answered from the policy; the pending question stays.
  if (AWARD_MEANING.test(text) && answerAside(s, text, out)) return;
  // 「这样的话能拿多少钱」: the number for the figures given so far; the pending question stays.
  // 「那这样佣金补助还能拿吗」: one item asked after, for the figures given so far; the pending question stays.
  const item = oneItemReply(s, text);
  if (item) {
    out.replies.push(item, whereNow(s));
    return;
  }
  if (asksAboutKnownFigures(s, text)) {
    out.replies.push(whatItBrings(s, out.rounds), whereNow(s));
    return;
  }
  // A question about the policy is not an answer, even where a word of it could be read as one
  // (「网店奖励多少」 names 网店, which would answer 「以什么身份申报」).
  // (「正经在卖货的有二十三家，另外几家没算」: a figure for what is asked, in a statement, is no question.)
  const whole =
    /[吗呢?？]\s*$/.test(text.trim()) || asksTiers(text)
      ? null
      : readFacts(text, knownOf(s.facts as Record<string, unknown>), fact);
  const sentence = whole?.facts ?? {};
  const inSentence = sentence[fact];
  // 「一共进来了七家，三通一达加上极兔…」: a figure bound to the fact's own word beats the first number said.
  const boundInSentence =
    typeof inSentence === "number" &&
    whole!.remarks.length === 0 &&
    whole!.doubts.length === 0 &&
    whole!.readings.some((r) => r.fact === fact && r.how === "cue" && r.value === inSentence)
      ? inSentence
      : null;
  const answersIt = inSentence !== undefined;
  // A sentence with other facts too is taken whole (takeFacts), not as this answer alone.
  const alone = Object.keys(sentence).every((k) => k === fact || k === "subjectType");
  // 「店是23年开的」「去年注册的」 to 「是否当年新注册」: the year it opened answers it.
  // (Only in what is stated: 「新店奖励要求注册当年就纳统吗」 asks.)
  // (「是今年新开的店…到现在卖了三千二百万」: a sentence with figures too is taken whole.)
  const opened =
    fact === "newShop" && !Object.values(sentence).some((v) => typeof v === "number")
      ? openedThisYear(statedPart(text), s.today)
      : null;
  if (opened !== null) {
    setFact(s, fact, opened);
    askNext(s, echo(fact, opened), out);
    return;
  }
  // 「就这一个店 跟刚才那个数一样」: the figure said last of the same kind, said back with where it came from.
  const same = answersIt ? null : sameAsBefore(fact, text, s);
  if (same) {
    setFact(s, fact, same.value);
    askNext(s, echo(fact, same.value).replace(/。?$/, `，与${FACTS[same.from].label}相同。`), out);
    return;
  }
  // (「这个没有，去年评过一个省级的」 to a yes-or-no question: a plain answer first is no question.)
  const plainFirst = QUESTION_BY_FACT[fact].reader === "yesNo" && plainYesNo(text) !== null;
  if (looksLikeQuestion(text) && !STATES_AN_AMOUNT.test(text) && !answersIt && !plainFirst) {
    const aside = understandAside(text, s.today, s.facts.subjectType, s.asking);
    // (「活跃的嘛二十出头 二十一二家吧 有几家…没算进去」: topics merely near a message with a figure of the kind
    // asked are no question — the figure is the answer.)
    const offersOnly = aside?.kind === "choices" && figuresOfKind(fact, text).length > 0;
    if ((aside?.kind === "answer" || (aside?.kind === "choices" && !offersOnly)) && answerAside(s, text, out))
      return;
  }
  // (「二四年十一月进的库 …算下来十九个月」: months said outright beat the date they are worked out from.)
  if (
    fact === "monthsInDatabase" &&
    !findMentions(normalise(text)).some(
      (m) => m.type === "figure" && m.kind === "months" && /个月/.test(m.text),
    ) &&
    takeEntryDate(s, text, out)
  )
    return;
  // 「还在公示呢」「等批复」: not yet settled — neither 是 nor 否; said what to do, the question stays.
  // (「第三方大数据那边有我们的数 去年就报上去了」: the fact's own words say it is so — nothing pending.)
  if (
    QUESTION_BY_FACT[fact].reader === "yesNo" &&
    (IN_PROGRESS.test(text) || NOT_YET.some((w) => text.includes(w))) &&
    readAskedYesNo(statedPart(text), fact) !== true &&
    // (「还没有 正在申报国家级的」: a plain 「没有」 first is the answer; what is under way only explains it.)
    plainYesNo(text.trim().split(/[，,。；;\s]+/)[0] ?? "") !== false
  ) {
    out.replies.push(
      `还没正式定下来的，这一题先回复「否」或「跳过」都可以；正式认定（下文）后再来自测，结果会按新的情况算。\n${whereNow(s)}`,
    );
    return;
  }
  // 「已经纳统了」 to 「是否被认定为国家级示范…」 answers another question: taken as that fact, and the
  // pending one asked again — never a 「是」 to this one.
  // 「这个新认定是指啥 今年刚批下来的才算？」「啥叫生产企业 我们贸易公司算不」: a yes-or-no question asked back
  // answers nothing, unless it begins with the answer.
  // (「不需要」 to 「是否为生产企业」: not wanting something answers no question of what one is — said so.)
  if (
    QUESTION_BY_FACT[fact].reader === "yesNo" &&
    /^(不需要|不用了?|用不着|不要了?)[。！!~～]*$/.test(text.trim())
  ) {
    out.replies.push(`好的。下面这一题请回复「是」或「否」；不清楚可回复「跳过」。\n${whereNow(s)}`);
    return;
  }
  // 「俺是开网店的个体户算不算」 to 「以什么身份申报」: whether a kind counts is asked, not answered.
  const asksWhetherCounts =
    ["subjectType", "influence"].includes(QUESTION_BY_FACT[fact].reader) &&
    /((算不算|能不能算|能不能报)[^，,。\s]{0,6}|算[^，,。\s]{0,6}吗|算不|行不行|行吗|可以吗|能报吗|能申报吗)[?？]?\s*$/.test(
      text.trim(),
    );
  const asksBack =
    asksWhetherCounts ||
    (QUESTION_BY_FACT[fact].reader === "yesNo" &&
      (((/([?？吗呢]|算不算?|算吗|行不行?|可以吗)\s*$/.test(text.trim()) ||
        // 「五统一具体是哪五个统一」: a question as a whole, with no clause that states anything.
        (looksLikeQuestion(text) && statedPart(text).trim() === "")) &&
        !/^(这个|这块|这项|这)?(是|否|对|不是|没有|有|没|不|嗯|确实)/.test(text.trim())) ||
        // (「没有 不过我们是独立法人」: a plain answer first, then the other fact.)
        (yesNoAboutElse(fact, text) && plainYesNo(text) === null) ||
        // (「对 就按4500万 纳统的数应该差不多」: agreeing to go by a figure answers no yes-or-no question.)
        /^(对|是|嗯|好|行)[的啊吧]?[，,\s]*(那)?(就)?(按|用|记|照)[^，,。；;]{0,8}\d/.test(
          normalise(text.trim()),
        )));
  // 「去年自播也到过两千万了」 to whether this tier is reached for the first time: the figure of a year before answers.
  const figure = FIRST_TIME_OF[fact];
  const now = figure ? s.facts[figure] : undefined;
  // (「迁回来以前从来没上过三千万 今年是头一回」: a bar never reached, or this year named the first, is read below.)
  if (
    figure &&
    typeof now === "number" &&
    !looksLikeQuestion(text) &&
    !/头一[回次]|第一[回次]|首次|从来?没|没(有)?[上到过达做]|未|不曾/.test(text)
  ) {
    const read = readFacts(text, knownOf(s.facts as Record<string, unknown>), fact);
    const was =
      read.readings.find((r) => r.pastYear && r.fact === figure)?.value ??
      read.remarks.find((r) => r.why === "bar" && r.before && r.kind === "yuan")?.value ??
      // (「去年才一千五百万」: a figure of no fact's words, said of a year before.)
      (/去年|前年|往年|以前|之前|上一年/.test(text)
        ? read.remarks.find((r) => r.why === "unbound" && r.kind === "yuan")?.value
        : undefined);
    // (Only 「no」 is certain: a lower figure last year says nothing of the years before it.)
    if (typeof was === "number" && firstTimeGiven(figure, was, now) === false) {
      setFact(s, fact, false);
      askNext(s, echo(fact, false), out);
      return;
    }
  }
  if (QUESTION_BY_FACT[fact].reader === "yesNo" && !asksBack) {
    const other = readFacts(text, knownOf(s.facts as Record<string, unknown>), null).facts;
    // 「不是 我们就是个普通贸易公司」: a plain 「不是」 first answers this question; what follows is said too.
    const lead = plainYesNo(text);
    // (「没有没有…哪轮得到我们评国家级」: a plain 「没有」 first holds over words of the fact after it.)
    if (lead === false && other[fact] === true && !screening) other[fact] = false;
    // (「这个没有，去年评过一个省级的」: and a plain 「没有」 with words about this very question.)
    // (「是 单独的法人公司」 to whether a shop is new: 是 is the copula of what follows, another fact said yes — no
    // answer to this question, which is asked again.)
    const copula =
      lead === true &&
      /^(是|是的)[，,\s]*[^，,。\s]{2,12}$/.test(text.trim()) &&
      Object.entries(other).some(([k, v]) => k !== fact && k !== "subjectType" && v === true);
    if (
      other[fact] === undefined &&
      lead !== null &&
      !copula &&
      (Object.keys(other).length > 0 || (!screening && !yesNoAboutElse(fact, text)))
    )
      other[fact] = lead;
    // (「比价能做 撮合还在开发」 to the price-comparison question: this question's words, answered, beside another's.)
    if (
      other[fact] === undefined &&
      Object.keys(other).length > 0 &&
      // (Not when what else it says puts right an answer given before: 「奖励那个说反了 23年已经领过…」 corrects.)
      !Object.entries(other).some(
        ([k, v]) =>
          k !== "subjectType" && s.facts[k as AskableFact] !== undefined && s.facts[k as AskableFact] !== v,
      ) &&
      BOOLEAN_WORDS.some((b) => b.fact === fact && b.words.some((w) => text.includes(w)))
    ) {
      const own = readAskedYesNo(statedPart(text), fact);
      if (own !== null) other[fact] = own;
    }
    if (other[fact] === undefined && Object.keys(other).length > 0 && takeFacts(s, text, out)) return;
    // 「我们是省级示范，不是国家级的」「以前没拿过」: the sentence answers this very question, by its words.
    // The fact's own words, negated or not, say more than a 「是」 at the start (「我们是分公司，没有单独的法人」).
    // A clause that asks (「成长良好是怎么算的」) names the words without saying them of oneself.
    if (other[fact] === undefined) {
      const own = readAskedYesNo(statedPart(text), fact);
      if (own !== null) other[fact] = own;
    }
    if (typeof other[fact] === "boolean") {
      // 「下个月我们承办全省的直播电商大赛」: what else the answer says (the influence) is written too.
      // (「是的，我们是…生产企业，跟第三方直播机构合作卖了两千三百万」: and said back, each.)
      const also: string[] = [];
      for (const [k, v] of Object.entries(other) as [AskableFact, unknown][])
        if (k !== fact && k !== "subjectType" && s.facts[k] === undefined && v !== undefined) {
          setFact(s, k, v);
          also.push(answerLine(k, v));
        }
      setFact(s, fact, other[fact]);
      askNext(
        s,
        `${echo(fact, other[fact])}${also.length > 0 ? `\n另外记下了：${also.join("；")}。` : ""}`,
        out,
      );
      return;
    }
  }
  // 「好的」「嗯」「ok」 to a yes-or-no question may be a nod or just a word while reading: asked
  // back, never written as 「是」.
  if (QUESTION_BY_FACT[fact].reader === "yesNo" && ACKNOWLEDGED.test(text.trim())) {
    out.replies.push(`您是说「是」吗？这一题请回复「是」或「否」。\n${whereNow(s)}`);
    return;
  }
  if (fact === "loanAmountYuan" && parseYesNo(text) === true && readAnswer(fact, text) === null) {
    const range = askRange(fact, s.today);
    out.replies.push(`好的。请告诉我想申请的额度${range ? `（单户 ${range}）` : ""}，例如「200万」。`);
    return;
  }
  // 「我们是镇政府的 镇上电商村有两个…」 to 「以什么身份申报」: a sentence of facts, read by the grammar (the
  // answer reader alone would take the 村 of 电商村).
  // (「我们是做直播带货的MCN公司」: the subject and a fact of it, in one clause.)
  if (fact === "subjectType" && !screening) {
    const stated = readFacts(text, {}, null).facts;
    if (stated.subjectType !== undefined && Object.keys(stated).length >= 2 && takeFacts(s, text, out))
      return;
  }
  // 「三千二百万左右，报表上是3218万」: of several figures the exact one said last; 「九百多万，也可能过了一千万」:
  // two that disagree on a bar are asked back.
  // 「迁回来以后今年头一回过了三千万 3120万」 while the company's figure is asked: the shop known, named, has the figure —
  // read as a sentence (the grammar gives it to the shop), never as the company's answer.
  if (
    (fact === "physicalGoodsRetailYuan" || fact === "onlineRetailYuan") &&
    (s.facts.newShop === true || s.facts.relocatedShop === true) &&
    (SHOP_WORDS.some((w) => text.includes(w)) || SPEAKERS_SHOP.test(text)) &&
    takeFacts(s, text, out)
  )
    return;
  // 「新店今年卖了五千零五十万 迁回来的那个老店是三千二」: figures of two facts, each bound by its own words, are a
  // sentence to read whatever question is pending (the answer reader would take one of them for this one).
  const byWords = parse(text, knownOf(s.facts as Record<string, unknown>), fact).readings.filter(
    (r) => r.how === "cue",
  );
  if (new Set(byWords.map((r) => r.fact)).size >= 2 && takeFacts(s, text, out)) return;
  const several = figuresOfKind(fact, text);
  // 「十七八家 也可能二十出头」: a second figure said only in words (出头) is still another one.
  const otherwise =
    /(也可能|或者|要么|也许|说不准)([^，,。；;\s]*[\d一二两三四五六七八九十百千万][^，,。；;\s]*)/.exec(text);
  if (
    several.length >= 2 ||
    (several.length === 1 && otherwise && !otherwise[2]!.includes(several[0]!.text))
  ) {
    if (/也可能|或者|要么|说不准|不确定|也许/.test(text)) {
      // (As written: 「十七八家」, not the 「17多家」 it is read as.)
      const said =
        several.length >= 2
          ? several.map((f) => f.text)
          : [
              text
                .slice(0, otherwise!.index)
                .replace(/[，,。\s]+$/, "")
                .trim(),
              otherwise![2]!.trim(),
            ];
      out.replies.push(
        `您说了${said.map((x) => `「${x}」`).join("和")}，${FACTS[fact].label}是哪一个？请告诉我一个确定的数；不确定可以先回复「跳过」。\n${whereNow(s)}`,
      );
      return;
    }
  }
  // 「七成九 哎不对 上个月刚过八成 是百分之八十一」: a figure corrected in the same breath — the last one.
  // (「二十六家 不对 二十八家 有两家是上个月刚开的也算上」: the one said right after the word of the mistake, not a
  // figure that explains it; 「上回小刘说两年 他记错了」: another's mistake puts right nothing of the speaker's.)
  const flat = normalise(text);
  const wrongAt = several.length >= 2 ? SAID_WRONG.exec(flat.slice(flat.indexOf(several[0]!.text))) : null;
  const wrongIndex = wrongAt ? flat.indexOf(several[0]!.text) + wrongAt.index : -1;
  // (「七成九 哎不对 上个月刚过八成 是百分之八十一」: a bar said passed on the way is not the figure.)
  const fixedTo = wrongAt
    ? several.find((f) => {
        const at = flat.indexOf(f.text, wrongIndex);
        return at >= wrongIndex && !/(过|过了|超过|超过了|到了)$/.test(flat.slice(Math.max(0, at - 3), at));
      })
    : undefined;
  const fixedLast =
    wrongAt &&
    fixedTo &&
    !/(他|她|人家|他们|她们|别人)(也)?$/.test(flat.slice(Math.max(0, wrongIndex - 3), wrongIndex))
      ? readAnswer(fact, fixedTo.text)
      : null;
  // Only a rough figure followed by an exact one said as what it is (「…左右，报表上是3218万」), never a part
  // (其中、佣金) of the first.
  const exactLast =
    several.length >= 2 &&
    /左右|出头|大概|大约|差不多|来|多|上下/.test(
      several[0]!.text + text.slice(0, text.indexOf(several.at(-1)!.text)),
    ) &&
    /(是|为)\s*$/.test(normalise(text).split(several.at(-1)!.text)[0] ?? "") &&
    !/其中|佣金|提成|包含|包括|直播|自播|合作|达人/.test(text)
      ? readAnswer(fact, several.at(-1)!.text)
      : null;
  // 「正经在卖货的有二十三家，另外几家没算」: the grammar's reading of the sentence, when the answer reader has none.
  // 「3000万那个线 是含3000万本身吗」「网店得超过100个 是101个起吗」: figures said only as bars answer nothing.
  const read = parse(text, { subjectType: s.facts.subjectType }, fact);
  const only = (why: string) =>
    read.readings.length === 0 && read.remarks.length > 0 && read.remarks.every((r) => r.why === why);
  // 「三千万整的话算够线吗 还是得超过三千万才行」: figures said only as bars or what-ifs answer nothing.
  const barsOnly =
    read.readings.length === 0 &&
    read.remarks.length > 0 &&
    read.remarks.every((r) => ["bar", "gap", "hypothetical", "question"].includes(r.why)) &&
    read.remarks.some((r) => r.why !== "question");
  // 「电商村没有认定的 有两个村在申请」: none recognised yet, and those applying said back.
  if (only("pending")) {
    const line = remarkLine(read.remarks)!;
    // (None of this question's own: 「我们镇有3个村在申报电商村 还没批下来」 to the active shops says nothing of them.)
    const ofThis =
      FACT_WORDS.some((w) => w.fact === fact && w.cues.some((c) => c.length >= 2 && text.includes(c))) ||
      (fact === "ecommerceVillages" && /电商村/.test(text));
    if (ofThis && /没有|还没|没|一个也/.test(text)) {
      setFact(s, fact, 0);
      askNext(s, `${echo(fact, 0)}\n${line}`, out);
    } else out.replies.push(`${line}\n${whereNow(s)}`);
    return;
  }
  // 「村里二十多家网店 一半多都不咋开张了」: all the shops, many not trading — no answer to the active ones; asked again.
  if (read.remarks.some((r) => r.why === "not-active") && !read.readings.some((r) => r.fact === fact)) {
    out.replies.push(`${remarkLine(read.remarks.filter((r) => r.why === "not-active"))}\n${whereNow(s)}`);
    return;
  }
  // 「平均一家一年卖个五十来万吧」「隔壁村卖了两千万」: only a figure of one shop, or of someone else — said why it is
  // not this answer, and the question again.
  if (
    FACTS[fact].type === "yuan" &&
    read.readings.length === 0 &&
    read.remarks.length > 0 &&
    read.remarks.every((r) => r.why === "one-shop" || r.why === "other-subject")
  ) {
    out.replies.push(`${remarkLine(read.remarks)}\n${whereNow(s)}`);
    return;
  }
  // 「一年多了 十五个月」: a loose figure, then the exact one of at least as much.
  const thenExact =
    several.length === 2 &&
    QUESTION_BY_FACT[fact].reader === "months" &&
    several[1]!.value <= several[0]!.value * 1.5 &&
    !/差一点|差点|将近|不到|快到/.test(text) &&
    /多|来|几|左右|出头/.test(text.slice(0, text.indexOf(several[1]!.text))) &&
    several[1]!.value >= several[0]!.value &&
    !/其中|佣金|包含|包括|直播|自播|合作|达人|也可能|或者/.test(text)
      ? readAnswer(fact, several[1]!.text)
      : null;
  // 「一百零几个吧 一百零三」: a loose count, then the exact one said bare after it.
  const countThenExact = (() => {
    if (QUESTION_BY_FACT[fact].reader !== "count" || several.length !== 1) return null;
    const loose = several[0]!;
    const flat = normalise(text);
    if (
      !/[多几来]|左右|出头/.test(
        flat.slice(flat.indexOf(loose.text), flat.indexOf(loose.text) + loose.text.length + 2),
      )
    )
      return null;
    const exact = /^[，,\s吧啊呀]*(\d+)\s*(家|个|户|间)?[吧啊呀。！!]*$/.exec(
      flat.slice(flat.indexOf(loose.text) + loose.text.length),
    );
    const n = exact ? Number(exact[1]) : NaN;
    return n >= loose.value && n <= Math.max(loose.value + 10, loose.value * 1.2) ? n : null;
  })();
  // 「刚过一千万 一千零三十万的样子」: a bar just passed, and the figure itself beside it.
  const pastBar =
    several.length === 2 &&
    read.remarks.some((r) => r.why === "bar" && r.value === several[0]!.value) &&
    !read.remarks.some((r) => r.value === several[1]!.value)
      ? readAnswer(fact, several[1]!.text)
      : null;
  // 「一千一百来万 前年是八百多万」「三百万 不对 五百万吧」「淘宝的十五家 抖音的九家 加一块二十四家」: of several figures
  // of the kind asked, the one the grammar reads as this answer, where it says of every other what it is (another
  // year's, one put right, a part of the total, a target, somebody else's).
  const explained =
    new Set(several.map((f) => f.value)).size >= 2 &&
    !looksLikeQuestion(text) &&
    whole &&
    whole.doubts.length === 0 &&
    typeof inSentence === "number"
      ? several.every(
          (f) =>
            f.value === inSentence ||
            whole.remarks.some((r) => r.value === f.value && SAID_WHAT_ELSE.has(r.why)),
        ) && whole.readings.filter((r) => r.fact === fact).length === 1
      : false;
  // Read as a sentence, so the others are said back as what they are and any other fact in it is written too.
  if (explained && !barsOnly && !asksBack && takeFacts(s, text, out)) return;
  const byGrammar = explained ? (inSentence as number) : null;
  let value =
    barsOnly || asksBack
      ? null
      : (byGrammar ??
        fixedLast ??
        countThenExact ??
        exactLast ??
        pastBar ??
        thenExact ??
        // (「顺丰 中通 圆通 韵达 极兔都进来了 还有俩本地的」: the companies named, the local ones besides not counted.)
        (/本地|省内|地方的|区域性|小快递/.test(text) ? namesCounted(fact, text) : null) ??
        (alone ? boundInSentence : null) ??
        readAnswer(fact, text) ??
        // (「中通圆通韵达申通极兔一共五家 邮政说是下个月也进来」: the count said beats the names listed.)
        (typeof inSentence === "number" && several.length === 1 && alone && !doubtAbout(fact, text, null)
          ? inSentence
          : null) ??
        namesCounted(fact, text) ??
        (FACTS[fact].type === "percent" ? shareOfTwo(text) : null) ??
        noneOf(fact, text) ??
        bareFigureAtEnd(fact, text));
  // 「九千二百来万 跟那个一个亿还差点 哦对了区里给的目标是一点二亿」: a figure the answer reader picked that the grammar
  // says is something else (a target, another's, another year's, one put right) gives way to the grammar's answer.
  if (
    typeof value === "number" &&
    typeof inSentence === "number" &&
    value !== inSentence &&
    whole!.doubts.length === 0 &&
    whole!.remarks.some((r) => r.value === value && SAID_WHAT_ELSE.has(r.why)) &&
    !whole!.remarks.some((r) => r.value === inSentence)
  )
    value = inSentence;
  // 「我们没有自己直播，也没新开店」 to 「实物商品零售额是多少」: a 「没有」 about something else is no 0 for this
  // question — what it says is taken, and the question asked again.
  // (「我们自己不卖货，就是做快递物流的」: no goods of its own is this question's 0, whatever else it names.)
  const ownNone = fact === "physicalGoodsRetailYuan" && NOT_OWN_GOODS.test(text.replace(/[，,。！!\s]/g, ""));
  if (
    value === 0 &&
    QUESTION_BY_FACT[fact].reader !== "yesNo" &&
    !ownNone &&
    aboutSomethingElse(fact, text)
  ) {
    const other = readFacts(text, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null).facts;
    delete other.subjectType;
    if (Object.keys(other).length > 0 && other[fact] === undefined && takeFacts(s, text, out)) return;
    out.replies.push(
      `好的。这一题问的是${FACTS[fact].label}，没有请回复「0」，不清楚可回复「跳过」。\n${whereNow(s)}`,
    );
    return;
  }
  // 「是的」 to 「请告诉我确切的数」 (or to any question of a figure): agreement, but no figure yet.
  if (
    value === null &&
    ["yuan", "count", "percent", "months"].includes(QUESTION_BY_FACT[fact].reader) &&
    /^(是|是的|对|对的|对啊|是啊|嗯|嗯嗯|没错|没错的)[。！!~～]*$/.test(text.trim())
  ) {
    out.replies.push(
      `好的。这一题需要一个具体的数（${FACTS[fact].label}），例如「${EXAMPLE_FIGURE[QUESTION_BY_FACT[fact].reader] ?? "23"}」；不确定可以先回复「跳过」。\n${whereNow(s)}`,
    );
    return;
  }
  const doubt = doubtAbout(fact, text, value);
  // 「将近七千万」 with no bar just under it: a little under, written (said how in the hedge note).
  if (!doubt && typeof value === "number" && several.length <= 1 && saysNear(text))
    value = nearReading(fact, value) ?? value;
  if (doubt) {
    if (doubt.kind === "confirm") s.doubt = { fact, value: doubt.value };
    out.replies.push(doubt.message);
    return;
  }
  // 「一个多亿」 to 全镇的网络零售额: more than a bar that must be passed is past it.
  if (typeof value === "number" && MORE_THAN.test(normalise(text)))
    value = moreThanSaid(fact, value, s.facts.subjectType);
  if (value === null) {
    // Not an answer: maybe a question about the policy or small talk — answered, then the same
    // question again (state.asking unchanged, no failure counted).
    // A question is answered first; a statement is first searched for facts (「我们公司卖了3000万」).
    // A question that states an amount (「我们网上卖了1个亿，能拿多少补贴」) gives a figure first: the
    // self-test's result is the answer to it.
    // 「园区自己也做直播，今年自播卖了2500万」「光给他们付佣金就付了一百八十万」: a statement whose figures are
    // all known not to be facts says why, before any entry of the knowledge its words name.
    const said = readFacts(text, knownOf(s.facts as Record<string, unknown>), fact);
    // (A past award or a bar quoted is answered from the knowledge: whether it can be had again, what it asks.)
    const why = said.remarks.filter((r) => SAID_WHY_FIRST.has(r.why));
    if (
      !looksLikeQuestion(text) &&
      Object.keys(said.facts).length === 0 &&
      said.doubts.length === 0 &&
      why.length > 0 &&
      !screening
    ) {
      // (「今年给机构付了二百六十万佣金」: and what the policy says of what it names, where that is clear.)
      const about =
        why.every((r) => r.why === "not-a-fact") &&
        findMentions(normalise(text)).some((m) => m.type === "remark")
          ? understandAside(text, s.today, s.facts.subjectType)
          : null;
      out.replies.push(
        [remarkLine(why), about?.kind === "answer" ? about.answer.lines.join("\n") : "", whereNow(s)]
          .filter(Boolean)
          .join("\n"),
      );
      return;
    }
    // 「找达人带货那块一年两千四 佣金另外算」: the one bare number of a statement, to a question of money, is its
    // answer said short — asked back in 万, never dropped for an entry of the knowledge its other words name.
    const bare = [
      ...normalise(text).matchAll(
        /(?<![\d.])(\d{2,5})(?![\d.]|\s*[多来余几万亿千百家个户间所%年月号日天元块wWkK])/g,
      ),
    ].filter((m) => !/^20[12]\d$/.test(m[1]!));
    if (
      FACTS[fact].type === "yuan" &&
      !looksLikeQuestion(text) &&
      bare.length === 1 &&
      Object.keys(said.facts).length === 0 &&
      said.doubts.length === 0 &&
      !screening
    ) {
      const short = doubtAbout(fact, bare[0]![1]!, Number(bare[0]![1]));
      if (short) {
        if (short.kind === "confirm") s.doubt = { fact, value: short.value };
        out.replies.push(short.message);
        return;
      }
    }
    // (A figure of the kind asked — 「二十一二家吧 有几家…没算进去」 — is read for facts before any topic near it.)
    const heard =
      looksLikeQuestion(text) &&
      !STATES_AN_AMOUNT.test(text) &&
      (figuresOfKind(fact, text).length === 0 || isWholeQuestion(text))
        ? answerAside(s, text, out) || takeFacts(s, text, out)
        : takeFacts(s, text, out) || answerAside(s, text, out);
    if (heard) return;
    // Figures heard but not facts (a what-if, someone else's): said why, and the question again.
    const remark = remarkLine(said.remarks);
    if (remark && !screening) {
      out.replies.push(`${remark}\n${whereNow(s)}`);
      return;
    }
    // 「哦对还有个极兔 刚才漏了」 to a yes-or-no question: understood as about something else, said so.
    if (!screening && QUESTION_BY_FACT[fact].reader === "yesNo" && yesNoAboutElse(fact, text)) {
      out.replies.push(
        `您这句说的好像是别的情况，我先没有把它当作这一题的回答。\n${whereNow(s)}\n（如果是要改前面说过的数，直接告诉我要改的项目和新的数就行。）`,
      );
      return;
    }
    // 「我们是乡镇」 said again mid-test: the subject known, confirmed — and the question again.
    const restated = readFacts(text, {}, null).facts;
    if (
      !screening &&
      !looksLikeQuestion(text) &&
      Object.keys(restated).length === 1 &&
      restated.subjectType !== undefined &&
      restated.subjectType === s.facts.subjectType
    ) {
      out.replies.push(`好的，是${SUBJECT_LABELS[s.facts.subjectType!]}。\n${whereNow(s)}`);
      return;
    }
    // 「我们2019年就开始做电商了」: a statement about themselves with a year and no figure — heard, not an answer.
    const heardOf = findMentions(normalise(text));
    if (
      !screening &&
      !looksLikeQuestion(text) &&
      heardOf.some((m) => m.type === "year") &&
      !heardOf.some((m) => m.type === "figure")
    ) {
      out.replies.push(`好的，了解。\n${whereNow(s)}`);
      return;
    }
    s.failures++;
    if (!screening) out.unread = true;
    out.replies.push(
      screening
        ? `抱歉，没能看懂您的回答。${SCREENING_HINT}${s.failures >= 3 ? "\n也可以回复「人工」联系工作人员。" : ""}`
        : reask(fact, s.failures),
    );
    return;
  }
  // A plain 「是」「否」 to the screening list answers only the question state.asking names; the
  // reply says so, and that the rest come one by one.
  if (screening) {
    s.screening = "done";
    setFact(s, fact, value);
    askNext(s, `好的，记下：${value ? "是" : "不是"} MCN 机构。其余几项我逐一问您。`, out);
    return;
  }
  setFact(s, fact, value);
  // A hedged answer (「一年多」「五千多万」「二十多家」) says how it was read.
  // (Of several figures said, the note would quote the others too.)
  askNext(s, `${echo(fact, value)}${several.length <= 1 ? hedgeNote(fact, text, value) : ""}`, out);
}

/**
 * 「2020年入库」「去年3月纳统的」 for the time in the statistics database: written where the date decides
 * the 12 months (the reply says how it was read), otherwise the month is asked.
 */
// 「我们网上卖了1个亿，能拿多少」: an amount of their own and a question of what it brings. (「电商村
// 要求1000万吗」 asks about the threshold: no 「能拿」, still a question.)
// (「两千五百来万」「三百多万」: a hedge may come before the unit.)
const AMOUNT = /[0-9０-９一二两三四五六七八九十百千]\s*[多来余几]?\s*(?:个)?\s*[万亿]|[0-9]\s*w/i;
const WHAT_IT_BRINGS = /(能|可以|可)(拿|领|得|申请|享受)|多少(钱|补贴|奖励|奖金)|[补奖给]多少/;
// (「听说隔壁王家村去年网上卖了两千来万…他们拿了多少钱」: another's amount states none of the speaker's.)
const STATES_AN_AMOUNT = {
  test: (t: string) =>
    AMOUNT.test(t) && WHAT_IT_BRINGS.test(t) && !findMentions(normalise(t)).some((m) => m.type === "others"),
};

/** The ask-back for 「把X改成Y」 where X is no figure written, or null. */
function replacedUnknown(s: DialogState, text: string): string | null {
  const t = normalise(text);
  const at = /改成|改为|换成/.exec(t);
  if (!at) return null;
  const figures = findMentions(t).filter((m) => m.type === "figure");
  const old = figures.find((m) => m.end <= at.index);
  const now = figures.find((m) => m.start >= at.index + at[0].length);
  if (!old || !now || old.type !== "figure") return null;
  const known = Object.values(s.facts).filter((v): v is number => typeof v === "number");
  // (A count or a sum said short matches the figure written in either reading: 「1100改成1050」 of 1100 万.)
  const readings = [old.value, old.value * 10_000, old.value / 10_000];
  if (known.some((v) => readings.includes(v))) return null;
  // (A figure the pending question could have had — 「把一千一百万改成一千零五十万」 while asked which was meant — is
  // that question's: only one no answer to it could be, a few thousand yuan of sales, is refused.)
  const asked = s.asking ? FACTS[s.asking].type : null;
  if (asked === "yuan" && old.kind === "yuan" && old.value >= 100_000) return null;
  if (asked !== null && asked !== "yuan" && old.kind !== "yuan") return null;
  return `您说把「${old.text}」改成「${now.text}」，但我记下的各项里没有「${old.text}」这个数，所以没有改动。请连同项目名称告诉我要改的是哪一项，例如「修改 快递单量占比 82%」「修改 零售额 3200万」。`;
}

// 「问一下」「先问个事」: what follows is asked, not answered (「正好二十家 够不够」 answers, then asks).
// (「等会儿我先问一下 …」: a few words may lead in.)
const ASKS_FIRST =
  /^[^，,。\d]{0,6}?(问一下|问下|先问个事|先问一下|先问问|问个事|请问|我想问|想问一下|想问下)/;
// Whether a figure right at a bar reaches it: 「正好」「整」 with 算不算/够不够/行不行, or 「还是得超过」.
const BAR_ASKED =
  /(正好|刚好|刚刚好|整)[^，,。；;]{0,8}(算不算|算够|够不够|够了|算超过|算达到|行不行|行吗|可以吗|含不含|包不包括|算吗)|(还是|是不是)(得|要|必须)(超过|大于|高于)|算不算(超过|达到|以上)|含不含本数/;

/** 「能拿多少」「那3200万到底能拿几万」 about the figures already given (no new one stated). */
export function asksAboutKnownFigures(s: DialogState, text: string): boolean {
  if (!asksWhatItBrings(text, s.facts)) return false;
  // 「电商村能拿多少钱」「佣金能补多少」 name a topic of the policy: answered from it instead.
  // 「那这样流量补贴能有多少」「按这个数能补多少钱」 point at the figures given, whatever topic they name.
  // (「那流量补贴大概能拿多少」「能拿哪一档」「还差多少能评电商村」: the speaker's own, by 那、大概 or what they ask.)
  const pointing =
    /这样|这个数|这些数|那样|按这|照这|这么多|^\s*那|大概|大约|我们|咱|俺|哪一档|哪档|哪个档|还差多少|差多少|还差几/.test(
      text,
    );
  const aside = pointing ? null : understandAside(text, s.today, s.facts.subjectType);
  if (aside?.kind === "answer" && aside.answer.id !== "amount-rule") return false;
  const stated = readFacts(text, knownOf(s.facts as Record<string, unknown>), null).facts;
  // 「1000万够不够评电商村」: a figure of its own to work from is a what-if, not the figures known.
  // (「我那4200万能拿几万啊」: a figure that is one already given points back at it.)
  const known = new Set(Object.values(s.facts).filter((v): v is number => typeof v === "number"));
  // (「那是不是20万」 from an MCN: an award of its items asked about is no figure supposed.)
  const awards = awardAmounts(s.facts.subjectType, s.today);
  const supposed = parse(text, { subjectType: s.facts.subjectType }, null).remarks.some(
    (r) =>
      (r.why === "hypothetical" || r.why === "question") &&
      r.kind !== undefined &&
      r.kind !== "months" &&
      !(r.why === "question" && r.value !== undefined && known.has(r.value)) &&
      !(r.why === "question" && r.kind === "yuan" && awards.has(r.value)),
  );
  return (
    !supposed &&
    !Object.entries(stated).some(
      ([k, v]) => typeof v === "number" && (s.facts as Record<string, unknown>)[k] !== v,
    )
  );
}

const EXAMPLE_FIGURE: Record<string, string> = {
  yuan: "1020万",
  count: "23家",
  percent: "82%",
  months: "14个月",
};

/**
 * 「自己直播间的 3500」: a bare number closing an answer to a figure's question, words before it naming what it
 * is — the number (asked back for its unit as any bare amount is).
 */
function bareFigureAtEnd(fact: AskableFact, text: string): number | null {
  const reader = QUESTION_BY_FACT[fact].reader;
  if (reader !== "yuan" && reader !== "count") return null;
  const t = normalise(text).trim();
  if (looksLikeQuestion(t)) return null;
  // (「具体数我得翻翻本子 大概一千二吧」: a closing particle after it.)
  const m = /(?:^|[\s，,的是有概约就在])(\d{2,5})[吧啊呀嘛哈]?$/.exec(t);
  return m && findMentions(t).every((x) => x.type !== "figure") ? Number(m[1]) : null;
}

const ACKNOWLEDGED = /^(好的|好|好吧|嗯|嗯嗯|ok|okay|行)[!！。.~～]*$/i;

function takeEntryDate(s: DialogState, text: string, out: Turn): boolean {
  const since = monthsSince(text, s.today) ?? entryMonths(text, s.today, true);
  if (!since) return false;
  const decided = since.min >= 12 ? since.min : since.max < 12 ? since.max : null;
  if (decided === null) {
    out.replies.push("请问大约是哪一年几月进入统计库的？例如「2025年3月」。");
    return true;
  }
  setFact(s, "monthsInDatabase", decided);
  // (「是独立法人 入库是2022年6月」: a yes-or-no fact said beside the date, not known yet, is written too.)
  const beside = Object.entries(
    readFacts(text, knownOf(s.facts as Record<string, unknown>), null).facts,
  ).filter(([k, v]) => typeof v === "boolean" && s.facts[k as AskableFact] === undefined) as [
    AskableFact,
    boolean,
  ][];
  for (const [k, v] of beside) setFact(s, k, v);
  const how =
    since.min === since.max
      ? `记为 ${decided} 个月`
      : decided >= 12
        ? `至少 ${decided} 个月`
        : `至多 ${decided} 个月`;
  askNext(
    s,
    `${echo("monthsInDatabase", decided)}（按您说的「${text.trim()}」，${how}，${decided >= 12 ? "已满" : "不满"} 1 年）${
      beside.length > 0 ? `\n另外记下了：${beside.map(([k, v]) => answerLine(k, v)).join("；")}。` : ""
    }`,
    out,
  );
  return true;
}

/**
 * Facts stated in a sentence, written at once and said back in one line; then the next question. From
 * the menu (`fresh`) a self-test begins with them, when the sentence names a subject and a fact.
 */
/** 「俺们村能拿啥奖励」「我开网店的，想看看有啥补贴」: what they can get — the self-test is the answer. */
const ASKS_WHAT =
  /(能|可以|可)(拿|申请|享受|报|领|得)(些)?(啥|什么|哪些|哪几)|有(啥|什么|哪些)(奖励|补贴|补助|政策|支持|扶持|钱)/;
export const ASKS_FOR_US = {
  test: (t: string) => ASKS_WHAT.test(t) && /[我咱俺]|本(村|镇|公司|单位)/.test(t),
};

const SAID_WHY_FIRST = new Set<RemarkWhy>([
  "enterprise-figure",
  "not-a-fact",
  "other-subject",
  "older-year",
  "part-of-year",
  "added",
  "pending",
]);

const WANTS_TO_ASK = /想?(问问|问一下|咨询|了解|打听|请教)|请问/;

export function takeFacts(s: DialogState, text: string, out: Turn, fresh = false): boolean {
  const { facts, doubts, remarks, subjectOwn, readings } = readFacts(
    text,
    fresh ? {} : knownOf(s.facts as Record<string, unknown>),
    fresh ? null : s.asking,
  );
  // 「公司2021年3月入库的」: when it entered the statistics database, counted to today (never 「3 个月」).
  // 「入库是2021年」 says it the other way round.
  const flat = text.replace(/\s/g, "");
  const entered = ENTERED.exec(flat);
  const reversed = entered ? null : ENTERED_AFTER.exec(flat);
  const since = entered
    ? monthsSince(entered[0], s.today)
    : reversed
      ? monthsSince(`${reversed[3]}${reversed[4] ?? ""}入库`, s.today)
      : entryMonths(text, s.today);
  if (since) {
    delete facts.monthsInDatabase;
    const decided = since.min >= 12 ? since.min : since.max < 12 ? since.max : null;
    if (decided !== null) facts.monthsInDatabase = decided;
    if (!facts.subjectType && !s.facts.subjectType) facts.subjectType = "enterprise";
  }
  // 「我们是2023年开的店」: when the shop opened says whether it is this year's new one.
  // (A village's or town's shops opened this year are no enterprise's new shop.)
  const subject = facts.subjectType ?? s.facts.subjectType;
  // (「天猫店今年搬回淄博了」: a shop moved back this year is no new one.)
  if (
    facts.newShop === undefined &&
    s.facts.newShop === undefined &&
    subject !== "village" &&
    subject !== "town" &&
    facts.relocatedShop !== true &&
    /店/.test(text)
  ) {
    const opened = openedThisYear(text, s.today);
    if (opened !== null) facts.newShop = opened;
  }
  // 「去年自播是1800万」 after this year's 2300 万: last year's figure does not overwrite one already given.
  const pastYear: string[] = [];
  if (!fresh)
    for (const r of readings)
      if (
        r.pastYear &&
        s.facts[r.fact as AskableFact] !== undefined &&
        s.facts[r.fact as AskableFact] !== r.value
      ) {
        delete facts[r.fact as AskableFact];
        pastYear.push(
          `「${r.said}」是往年的数，${FACTS[r.fact as AskableFact].label}仍按您先前说的 ${answerLine(r.fact as AskableFact, s.facts[r.fact as AskableFact]).replace(/^[^：]+：/, "")}；要改请说「改成${r.said}」。`,
        );
      }
  // 「自播是第一次过两千万」 after 2200 万 was given: the bar passed for the first time, under the figure known, is
  // no new figure of it. (「迁回来以后今年头一回过了三千万」: nor any bar passed, 了 or not.)
  if (!fresh) {
    const flat = normalise(text);
    for (const r of readings) {
      const known = s.facts[r.fact as AskableFact];
      const at = flat.indexOf(r.said);
      if (
        typeof known === "number" &&
        known > r.value &&
        at >= 0 &&
        /(头一回|头一次|头回|第一次|首次)[^，,。；;]{0,4}(过|超过|突破|上|到)了?$|(过|超过|突破|达到)了?$/.test(
          flat.slice(Math.max(0, at - 10), at),
        )
      )
        delete facts[r.fact as AskableFact];
    }
  }
  // Two shops, two figures (contract §2): a shop of the other kind than the one known, said with another figure.
  const otherShop = (said: "newShop" | "relocatedShop") =>
    !fresh &&
    facts[said] === true &&
    s.facts[said] !== true &&
    s.facts[said === "newShop" ? "relocatedShop" : "newShop"] === true &&
    typeof s.facts.shopRetailYuan === "number" &&
    typeof facts.shopRetailYuan === "number" &&
    facts.shopRetailYuan !== s.facts.shopRetailYuan &&
    s.facts.relocatedShopRetailYuan === undefined;
  // 「今年还新注册了个抖店 当年就卖了三千五百多万」 after the moved-back shop's 4200 万: the one known moves to the
  // moved-back shop's own, and the new one is the shop's.
  if (otherShop("newShop")) {
    facts.relocatedShopRetailYuan = s.facts.shopRetailYuan;
    delete s.facts.shopRetailYuan;
  } else if (otherShop("relocatedShop")) {
    // 「还有个从杭州迁回来的淘宝店…今年卖了2800万」 after the new shop's 3500 万: the figure is the moved-back
    // shop's own; the new shop's stays.
    facts.relocatedShopRetailYuan = facts.shopRetailYuan;
    delete facts.shopRetailYuan;
  }
  // 「其实合作那块还有个快手的达人也卖了九百多万」 after 1130 万: another part of a figure known — their sum is asked
  // back, never written over it.
  if (!fresh)
    for (const k of Object.keys(facts) as AskableFact[]) {
      const was = s.facts[k];
      const v = facts[k];
      if (
        FACTS[k].type !== "yuan" ||
        typeof was !== "number" ||
        typeof v !== "number" ||
        v === was ||
        !readings.some((r) => r.fact === k && r.value === v && r.extra) ||
        !/也|又|另外|还有/.test(text)
      )
        continue;
      delete facts[k];
      doubts.push({
        kind: "confirm",
        fact: k,
        value: was + v,
        message: `${FACTS[k].label}原来记的是 ${formatFactValue(k, was)}；加上您说的「${formatFactValue(k, v)}」，一共是 ${formatFactValue(k, was + v)}吗？回复「是」按 ${formatFactValue(k, was + v)}记，否则请直接告诉我合计的数。`,
      });
    }
  // 「其中自播的大概占一半」: a part said as a share of a figure known — what it comes to, asked back.
  if (!fresh && Object.keys(facts).length === 0 && doubts.length === 0) {
    const share = shareOfKnown(text, s.facts);
    if (share) doubts.push(share);
  }
  const keys = Object.keys(facts) as AskableFact[];
  // 「按2026年12月31日测算」: the date the self-test is for (contract §2 assessedOn), written with the facts.
  const date = readAssessmentDate(text);
  // A figure heard but not written (「园区入驻企业一年卖了5个亿」) still says what it was, beside the subject.
  const remark = remarks.length > 0 && keys.length + doubts.length > 0 ? remarkLine(remarks) : null;
  const stated = keys.length + doubts.length + (remark ? 1 : 0) + pastYear.length;
  // A self-test begins with a subject and a fact, with the subject said as the speaker's own (「我们是村」), or
  // with facts whose subject is asked next (「25家活跃网店」).
  // 「我们公司想咨询一下」: who is asking, and that they want to ask first — answered, not tested.
  const begins = facts.subjectType
    ? stated >= 2 ||
      (subjectOwn && ((!WANTS_TO_ASK.test(text) && !isWholeQuestion(text)) || ASKS_FOR_US.test(text)))
    : stated >= 1;
  if (fresh ? !begins : stated === 0) return false;
  if (fresh) resetAssessment(s);
  if (date) s.facts.assessedOn = date;
  const ordered = keys.sort((a, b) => (a === "subjectType" ? -1 : b === "subjectType" ? 1 : 0));
  // A fact stated again with another value is a change, and said as one (「原为 3000 万元」).
  const before = { ...s.facts };
  for (const k of ordered) setFact(s, k, facts[k]);
  // (One figure changed so is a change that 「改回三百万」 can take back.)
  const overwritten = ordered.filter((k) => before[k] !== undefined && before[k] !== facts[k]);
  if (overwritten.length === 1) s.lastChange = { fact: overwritten[0]!, was: before[overwritten[0]!] };
  // (「一个多亿」 at 超过 1 亿: written just past the bar, and said so.)
  const past = (k: AskableFact) => {
    const v = facts[k];
    return typeof v === "number" && FACTS[k].type === "yuan" && moreThanSaid(k, v - 10_000) === v
      ? `（超过 ${formatFactValue(k, v - 10_000)}，按此算；申报时以报表上的确切数为准）`
      : "";
  };
  const line = (k: AskableFact) =>
    before[k] !== undefined && before[k] !== facts[k]
      ? `${answerLine(k, facts[k])}（已修改，原为 ${answerLine(k, before[k]).replace(/^[^：]+：/, "")}）`
      : `${answerLine(k, facts[k])}${past(k)}`;
  const questionsLeft =
    nextQuestion({ ...s.facts, assessedOn: assessmentDate(s) }, { skipped: s.skipped }) !== null;
  // 「俺们店原来开在杭州，迁回淄博来有奖励不」: a question that began the self-test is answered first.
  // (「…你看看俺们能评上电商村不」 with every question answered: the results that follow are the answer.)
  const answer =
    fresh && (isWholeQuestion(text) || looksLikeQuestion(text)) && (questionsLeft || !ASKS_RESULT.test(text))
      ? understandAside(text, s.today, s.facts.subjectType)
      : null;
  // 「我们公司实物零售额8000万，流量补贴能有多少」: the number for the figures just given, not the rule.
  // (When no question is left, the results that follow are the answer: not said twice.)
  // (Mid-test too: 「那俺们店今年卖了四千万 给多少」 gets the number for the figure just given.)
  const brings =
    questionsLeft && asksWhatItBrings(text, s.facts) && keys.some((k) => typeof facts[k] === "number")
      ? whatItBrings(s, out.rounds)
      : null;
  // 「我们是做MCN的 有啥扶持」: asked in general what there is for the applicant named — its items, not the
  // overview of all eight articles, nor a list of topics to pick from.
  // (「我们公司自播有什么奖励」: the nearest topic about the item the words name is the answer, not the list.)
  const nearest = answer?.kind === "choices" ? answer.choices[0] : undefined;
  // (「我们是物流公司 能享受啥政策」 asks after all there is — 政策、扶持 — whatever its words name.)
  const specific =
    nearest &&
    !/政策|扶持|支持|优惠|好处|项目/.test(text) &&
    namedArticles(s.facts, text).has(knowledgeArticle(nearest.id) ?? -1)
      ? nearest
      : null;
  const generalAnswer =
    !specific &&
    (answer === null ||
      answer.kind === "choices" ||
      (answer.kind === "answer" && answer.answer.id === "overview"));
  const forUs =
    fresh &&
    !brings &&
    generalAnswer &&
    asksWhatForUs(text) &&
    !keys.some((k) => typeof facts[k] === "number")
      ? forSubject(s.facts, text, s.today)
      : null;
  if (forUs) out.replies.push(forUs);
  else if (!brings && specific) out.replies.push(specific.lines.join("\n"));
  else if (!brings && answer?.kind === "answer") out.replies.push(answer.answer.lines.join("\n"));
  // (「今年刚被商务部新认定成国家级…示范基地」: the item it opens, and what it brings, said at once.)
  const opened = !brings && !forUs ? itemsOpenedBy(s.facts, ordered, s.today, questionsLeft, !fresh) : null;
  // 「你好 我是镇上管电商这块的」: greeted back before what was written.
  const hello = opensWithGreeting(text) ? "您好！" : "";
  const took =
    hello +
    (ordered.length > 0
      ? `我记下了：${date ? `评估日期按 ${formatChineseDate(date)} 算；` : ""}${ordered.map(line).join("；")}。如有不对，直接告诉我，例如「不对，是3200万」。`
      : "") +
    (remark ? `${ordered.length > 0 ? "\n" : ""}${remark}` : "") +
    (pastYear.length > 0 ? `${ordered.length > 0 || remark ? "\n" : ""}${pastYear.join("\n")}` : "") +
    (opened ? `\n${opened}` : "") +
    (brings ? `\n\n${brings}` : "");
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
  askNext(s, took, out);
  return true;
}

/** Answers a question about the policy, small talk or English; false when the text is none of them. */
export function answerAside(s: DialogState, text: string, out: Turn, firstTurn = false): boolean {
  const aside = understandAside(text, s.today, s.facts.subjectType, s.mode === "assess" ? s.asking : null);
  if (!aside) return false;
  if (aside.kind === "english") {
    out.replies.push(...asideReplies(aside, firstTurn || s.mode === "menu" ? MENU : whereNow(s)));
    return true;
  }
  // 「好嘞」「行吧」 as the very first message: a nod with nothing to nod to — greeted instead.
  // (「早上好 今天天气不错」: a greeting first is greeted with the introduction.)
  if (firstTurn && aside.kind === "smalltalk" && (aside.reply === ACK_REPLY || aside.reply === GREETED)) {
    out.replies.push(GREETING);
    return true;
  }
  // 「是直接给10万吗 还是按每1万给5块算」 with figures known: how amounts are set, and what the figures known come to.
  const ownAmounts =
    aside.kind === "answer" &&
    aside.answer.id === "amount-rule" &&
    s.facts.subjectType !== undefined &&
    assessmentOf(s).results.some((r) => r.status === "eligible" && r.kind !== "loan")
      ? whatItBrings(s, out.rounds)
          .split("\n")
          .filter((l) => !l.startsWith("最终金额"))
          .join("\n")
      : null;
  const replies = asideReplies(aside, MENU);
  if (ownAmounts) replies[0] = `${replies[0]}\n${ownAmounts}`;
  out.replies.push(...replies);
  // The topics offered are numbered; the next message may pick one by its number (so no other
  // numbered list follows them).
  if (aside.kind === "choices") {
    s.choices = aside.choices.map((c) => c.id);
    if (s.mode === "assess") out.replies.push(whereNow(s));
    return true;
  }
  if (firstTurn) out.replies.push(MENU);
  else if (aside.kind !== "smalltalk" || aside.showPending || s.mode === "assess")
    out.replies.push(whereNow(s));
  return true;
}

/** 「跳过」「不清楚」: the pending fact stays unknown and is not asked again. */
export function skipQuestion(s: DialogState, out: Turn) {
  if (s.mode !== "assess" || !s.asking) {
    out.replies.push(`现在没有可以跳过的问题。\n\n${whereNow(s)}`);
    return;
  }
  s.skipped = [...s.skipped.filter((f) => f !== s.asking), s.asking];
  if (s.screening === "asked") s.screening = "done";
  askNext(s, "好的，这一题先跳过。", out);
}
