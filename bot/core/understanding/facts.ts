// Facts stated in a sentence: 「村里去年网络零售额1500万，活跃网店25家」 → a village with 1,500 万 of online
// retail and 25 active shops. The message is normalised, cut into typed mentions and bound by the grammar
// (grammar.ts); yes-or-no facts are read from their words (lexicon.ts) with the negation before them.
// Readings that are weak or conflict are asked back (doubts), figures that are no fact are kept as
// remarks, never written. Pure.

import { CLAUSES, FACTS, factsOf, type AskableFact, type SubjectType } from "../../../rules/index.ts";
import { formatFactValue, parseInfluence } from "../../../rules/index.ts";
import { shareOfTwo } from "./shares.ts";
import { parseGrowth, plainYesNo } from "../../../rules/answers.ts";
import {
  barJustUnder,
  belowMessage,
  doubtAbout,
  moreThanSaid,
  nearBar,
  nearReading,
  type Doubt,
} from "./doubts.ts";
import { FIRST_TIME_OF, firstTimeGiven } from "./first-time.ts";
import { parse, type Reading, type Remark } from "./grammar.ts";
import { BOOLEAN_WORDS, FACT_WORDS, NOT_OWN_GOODS, NOT_YET, SOUND_ALIKE } from "./lexicon.ts";
import { asMeant, findMentions, type Mention } from "./mentions.ts";
import { normalise } from "./normalise.ts";
import { remembered } from "./remembered.ts";
import { looksLikeQuestion } from "./index.ts";

export interface ReadFacts {
  facts: Partial<Record<AskableFact, unknown>>;
  /** Readings too doubtful to write (weak, conflicting, implausible, just under a figure): asked back. */
  doubts: Doubt[];
  /** Figures that were not written, and why (a question, a hypothetical, a part, another subject…). */
  remarks: Remark[];
  /** How each written figure was found. */
  readings: Reading[];
  /** A question about anybody's figures (grammar.ts): nothing is written, it is worked out on a copy. */
  asked: boolean;
  /** The subject was said as the speaker's own (「我们是村」), not just named in passing. */
  subjectOwn: boolean;
}

// Facts only an enterprise states: with no other cue, they name the subject.
// The logistics items (article 7): a depot's or a platform's, applied for by the enterprise that runs it.
const PLATFORM_FACTS: readonly AskableFact[] = [
  "fiveUnified",
  "priceComparison",
  "matchmaking",
  "expressCompanies",
  "parcelSharePercent",
];
const ENTERPRISE_ONLY: readonly AskableFact[] = [
  "physicalGoodsRetailYuan",
  "selfLiveRetailYuan",
  "thirdPartyLiveRetailYuan",
  "loanAmountYuan",
  "mcn",
  "newShop",
  "relocatedShop",
  "shopRetailYuan",
  "relocatedShopRetailYuan",
  "productionEnterprise",
  "expressCompanies",
  "hostsEvent",
  "independentLegalEntity",
];

// (「说不上成长良好」「谈不上」: a word said out of reach is denied too.)
const NEGATED = /(不是|没有|没|未|不|非|不算|算不上|说不上|谈不上|称不上|够不上)$/;

// Words of degree and particles that may stand inside a phrase as people say it (「成长得也挺好」 is 成长挺好), never
// before a negation (「成长也不好」 keeps its 也不).
const squeezed = (x: string) =>
  x.replace(
    /(?<=[\u4e00-\u9fff])(?:得|也|都|还|挺|很|蛮|一直|比较|非常|特别)+(?=[\u4e00-\u9fff])(?![没不未])/g,
    "",
  );

/** Whether `word` is in `text` and not negated just before it (「不是生产企业」「没有纳统」). */
function says(text: string, words: readonly string[], negatedAfter = true): boolean | null {
  const plain = saysAsWritten(text, words, negatedAfter);
  if (plain !== null) return plain;
  // 「这两年成长得也挺好」: a phrase with words of degree inside it.
  const inner = words.filter((w) => w.length >= 3);
  return inner.length > 0 ? saysAsWritten(squeezed(text), inner.map(squeezed), negatedAfter) : null;
}

function saysAsWritten(text: string, words: readonly string[], negatedAfter: boolean): boolean | null {
  let at = -1;
  for (const w of words) {
    const i = text.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  // 「撮合对接还没做」「比价没有」: a negation right after the word, in its clause, denies it too.
  // (「店是回迁的不是新开的」: 不是 with another thing after it is a contrast, not a denial.)
  const after = text.slice(at).split(/[，,。；;！!？?\s]/)[0]!;
  const word = words.find((w) => text.startsWith(w, at))!;
  // (「俺厂网上卖的还没纳统」: a noun — the factory — is not what a 没 after it denies.)
  if (
    negatedAfter &&
    !/厂子?$/.test(word) &&
    after.length > word.length &&
    /^[^，,。]{0,4}?(还|也|都|暂时|目前)?(没|没有|未|不)(?!错|少|小|大|一样|同|久|到位|问题|得说)(?!是?(第一次|第一回|首次|头一回|头一次))(?!是[^，,。]{1,6}的)/.test(
      after.slice(word.length),
    )
  )
    return false;
  // 「店不是今年新注册的」: a word of time or degree may stand between the negation and the word.
  // (「还没评上国家级的」: so may a verb of getting it.)
  const before = text
    .slice(Math.max(0, at - 10), at)
    .replace(/(今年|当年|去年|前年|这次|本次|这回|刚刚|刚|才|最近|真的|真|在|是)+$/, "")
    .replace(
      /(评上|评为|被评为|认定为|被认定为|认定成|拿到|获得|获评|入选|当上|成为|做到|实现|达到|搞到|弄到)$/,
      "",
    );
  // 「没做实时比价」「还没开通撮合」: a negation with a verb of doing before the word denies it too.
  if (/(没|没有|未|不|还没)(做|搞|弄|开通|上线|开|上)$/.test(before)) return false;
  // 「不是从外地迁回来的」: a negation before where it came from denies the moving too.
  if (/(不是|没有?|并非|从没|从来没)(从|在)[^，,。]{0,8}$/.test(before)) return false;
  // 「不是哪家的分公司」: 不是 a few words before denies the word too.
  if (/(不是|并非)[^，,。是]{0,6}$/.test(before)) return false;
  return !NEGATED.test(before.slice(-3));
}

/**
 * An answer to the yes-or-no question about `fact` in the fact's own words (「以前没拿过」 to 「是否首次达到」):
 * the question supplies the context the words' `needs` would.
 */
export function readAskedYesNo(text: string, fact: AskableFact): boolean | null {
  // (「要是明年评上国家级示范基地 能给多少」: what is supposed answers nothing.)
  // (「听说国家级示范基地给50万」: what was heard answers nothing either.)
  if (/如果|要是|假如|假设|万一|听说|据说/.test(text)) return null;
  // (「园区说要报国家级示范基地」: a clause of what is not yet so says neither.)
  const t = SOUND_ALIKE.reduce(
    (x, [heard, meant]) => x.replaceAll(heard, meant),
    normalise(text).toLowerCase(),
  )
    .split(/(?<=[，,。；;！!\s])/)
    .filter((c) => !NOT_YET.some((w) => c.includes(w)))
    .join("");
  // (A word that says 「否」 is not turned round by a negation after it: 「省级示范不是国家级的」.)
  // 「国家级示范园区牌子是2019年认定的 不是今年新认定的」: where the words disagree, 「否」 holds.
  let read: boolean | null = null;
  for (const b of BOOLEAN_WORDS) {
    if (b.fact !== fact) continue;
    const v = says(t, b.words, b.means !== false);
    if (v === null) continue;
    const meant = b.means === false ? !v : v;
    if (!meant) return false;
    read = true;
  }
  // 「国家级那个哪轮得到我们 没有」: the fact named, then 「没有」 said on its own, or said out of reach.
  if (
    read === true &&
    (/哪轮得到|哪轮得上|轮不到|轮不上|哪有那个|哪够得着|够不着|没戏/.test(t) ||
      t.split(/[，,。；;！!\s]+/).some((c) => c.length > 0 && plainYesNo(c) === false))
  )
    return false;
  return read;
}

// The events of article 6 as people name them: 论坛、大赛, and the 大会、峰会、直播节 they are often called.
const EVENT = "(?:论坛|大赛|比赛|峰会|活动|大会|直播节|电商节|购物节|博览会|展会|交流会|对接会|选品会)";
const EVENT_NOUN = new RegExp(EVENT);

const HOSTS_NONE = new RegExp(`(没|没有|未|不)(承办|举办|主办|办)过?[^，,。]*${EVENT}`);
const HOSTS = [
  new RegExp(`(承办|举办|主办|办了|办过)[^，,。]*${EVENT}`),
  // 「我们公司是一场全国性直播电商大赛的承办单位」「省里的直播电商大赛今年是俺们承办的」
  new RegExp(`${EVENT}的?(承办|主办)(单位|方)`),
  new RegExp(
    `${EVENT}[^，,。]{0,8}(是)?(我们|俺们|咱们|我|俺|咱)(公司|单位|这边|厂|园区|基地|镇|村)?(承办|主办|办)的`,
  ),
];

/** The text without clauses that say something was never so before (「之前没评上过」). */
const withoutNeverBefore = (t: string) =>
  t
    .split(/(?<=[，,。；;！!？?\s])/)
    .filter((c) => !/^(之前|以前|过去|原来|从前|此前|早先)(一直|都|从来)?(没|未)/.test(c.trim()))
    .join("");

/** 「没评上国家级示范」「国家级示范 没评上」: the national demonstration denied where it is named. */
function demoDenied(t: string): boolean {
  const clauses = t.split(/[，,。；;！!？?\s]+/);
  const at = clauses.findIndex((c) => /国家级|示范|商务部/.test(c));
  return clauses.some(
    (c, i) =>
      /没(?!错|问题)|未/.test(c) &&
      (i === at || (i > at && /新|认定|评|批/.test(c) && !/^(之前|以前|过去|原来|从前|早先|早些年)/.test(c))),
  );
}

/** The yes-or-no facts a sentence states. */
function booleansOf(text: string, asStated = false, known: Known = {}): ReadFacts["facts"] {
  const facts: ReadFacts["facts"] = {};
  // Cue words match in lower case (mcn, gmv), and as meant where voice input typed a word that sounds alike.
  const t = SOUND_ALIKE.reduce((x, [heard, meant]) => x.replaceAll(heard, meant), text.toLowerCase());
  // Being an MCN, not merely naming one (「MCN机构奖励标准」 is a question about them).
  // (「也不做MCN那一套」: not doing it is not being one.)
  if (/(不是|并非|不算|算不上|不属于|不做|不搞|不干|没做|没搞)\s*(一家|个)?\s*mcn/i.test(t))
    facts.mcn = false;
  // (「给我们带货的那家MCN」 is someone else.)
  else if (
    // (「我们mcn前年拿过市里那个mcn奖了」: said of oneself first, whatever 那个 names after.)
    /^\s*(我们|咱们|俺们|我司|本公司|咱|俺)(是|就是|这边|这个|这家)?(一家|个)?\s*mcn/i.test(t) ||
    (!/(那家|那个|他们|人家|别的|隔壁)\s*mcn/i.test(t) &&
      // (「我们是2019年注册的MCN公司」; 「我们给MCN供货」 is someone else's.)
      (/(是|做|作为|属于|我们|我司|本公司|咱|俺|这)[^，,。？?给帮跟和与替找请]{0,10}mcn/i.test(t) ||
        // 「MCN机构，政策期内…」: a message that opens by naming what the speaker is, as a label.
        /^\s*mcn\s*(机构|公司)?(这边|这块|这头|\s*[，,。：:\s])/i.test(t) ||
        // 「咱这是独立法人的直播电商公司 算MCN」
        /(算|算是|属于|就是)\s*(个|一家)?\s*mcn/i.test(t) ||
        // 「俺们公司就是签主播孵化网红 帮商家带货的」: what an MCN does, said of oneself.
        /(我们|俺们|咱们|公司|我司)[^，,。？?]{0,6}(签主播|签约主播|签网红|签达人|孵化主播|孵化网红|孵化达人)/.test(
          t,
        ) ||
        // 「孵化了二十几个主播」「签了三十多个达人」: with how many said between.
        /(孵化|签约|签)了?[^，,。？?\s]{0,6}(个|位|名)(主播|网红|达人)/.test(t) ||
        // 「我们是一家直播机构」
        /(我们|咱们|俺们|我司)(是|就是)(一家|一个|个)?(直播|带货)机构/.test(t) ||
        // 「我们机构去年全年纳统…」: an enterprise that calls itself an agency is a live-streaming agency.
        /(我们|咱们|俺们|本)(这个|这家)?(直播)?机构(?!合作|带货|帮)/.test(t)))
  )
    facts.mcn = true;
  // 「成长良好是怎么算的」: words in a clause that asks are named, not said of oneself (worked out on a copy,
  // 「新开的店第一年卖到5000万能奖多少」 supposes them).
  // (「俺们园区要是明年评上国家级示范基地 能给多少」: a clause that supposes states nothing either.)
  const stated = asStated
    ? t
    : t
        .split(/[，,。；;！!？?\s]+/)
        // (「听说国家级示范基地给50万」: what was heard is said of nobody here.)
        .filter((c) => !looksLikeQuestion(c) && !/如果|要是|假如|假设|万一|听说|据说/.test(c))
        .join("，");
  // 「纳统：是」「五统一：否」: a report's label and its yes or no.
  for (const b of /[:：]/.test(t) ? BOOLEAN_WORDS : [])
    for (const w of b.words) {
      // (「是否首次达到：是」「| 纳统：是 |」)
      const m = new RegExp(
        `(?:^|[，,。；;|\\s])(?:是否)?[^，,。；;|:：\\s]{0,3}${w}[^，,。；;|:：\\s]{0,3}\\s*[:：]\\s*(是|否|有|无|没有)(?=$|[，,。；;|\\s])`,
      ).exec(t);
      const context = !b.needs || b.needs.every((any) => any.some((x) => t.includes(x)));
      if (m && context && facts[b.fact] === undefined)
        facts[b.fact] = /^(是|有)$/.test(m[1]!) === (b.means !== false);
    }
  // 「成长情况：良好」「性质：独立法人MCN」: a report's label and what it says.
  const growthLabel = /成长(情况|性)?\s*[:：]\s*([^，,。；;|\s]{1,6})/.exec(t);
  if (growthLabel && facts.growingWell === undefined) {
    const g = parseGrowth(growthLabel[2]!) ?? (/良好|较好|好/.test(growthLabel[2]!) ? true : null);
    if (g !== null) facts.growingWell = g;
  }
  if (
    /(性质|类型|企业类型|单位性质|主体类型)\s*[:：][^，,。；;|\n]{0,10}mcn/i.test(t) &&
    facts.mcn === undefined
  )
    facts.mcn = true;
  const countedLabel = /(?:^|[，,。；;|\s])(?:是否)?纳统\s*[:：]\s*(是|否|已纳统|未纳统)/.exec(t);
  if (countedLabel && facts.counted === undefined) facts.counted = /^(是|已纳统)$/.test(countedLabel[1]!);
  // 「纳入第三方大数据统计」 is 纳统 said in full; 「去年纳统的」「纳统实物商品网络零售额」「纳统2.4kw」 say it too.
  // (「第三方那边还没统计进去」「没统计上」)
  if (
    /(没有|未|没|还没|不是)(纳统|(纳入|纳进|进入|进)[^，,。]{0,12}统计|统计(进去|进来|上)|纳进(去|来))/.test(
      t,
    )
  )
    facts.counted = false;
  else if (
    /(已|已经)纳统|纳统(了|的|实物|网零|网络|零售|销售|直播|自播|gmv|\s*\d)|(去年|今年|当年|都)纳统|(已|已经)?(纳入|进入)[^，,。]{0,12}统计/.test(
      stated,
    )
  )
    facts.counted = true;
  // 「撮合对接还在开发」「新认定为国家级示范基地了，还在公示」: what is not settled yet is no 「是」 — the clause
  // that says so, and the one before it, state nothing yet.
  const clauses = stated.split(/[，,。；;\s]+/);
  // (the clause before counts only when the unsettled one names nothing of its own: 「比价功能有 撮合那块还在开发」)
  // (「五统一做到了 信息平台那块还在建」: a clause that names what is not ready — 信息平台 — is about that alone.)
  const namesAny = (c: string) =>
    BOOLEAN_WORDS.some((b) => b.words.some((w) => c.includes(w))) ||
    NOT_YET.some((w) => {
      const at = c.indexOf(w);
      return (
        at > 0 &&
        c
          .slice(0, at)
          .replace(
            /结果|不过|但是|但|就是|只是|目前|现在|那块|这块|那边|这边|那个|这个|的|也|都|还|可|就/g,
            "",
          )
          .trim().length >= 2
      );
    });
  const unsettled = clauses
    .flatMap((c, i) =>
      // (「去年就报上去了」: done already — 就、早就、已经 before it.)
      NOT_YET.some((w) => c.includes(w) && !c.includes(`就${w}`) && !c.includes(`已经${w}`))
        ? [namesAny(c) ? "" : (clauses[i - 1] ?? ""), c]
        : // 「下个月揽件也能统一了」: a time to come and what will be then — from the time said on (「新开那个店到
          // 年底估计能冲到五千万」 plans a figure, not the shop's being new).
          // (Supposed — 「要是明年再新开个店」 worked out on a copy — a time to come is the case supposed.)
          PLANNED.test(c) && !asStated
          ? [
              namesAny(c) ? "" : (clauses[i - 1] ?? ""),
              // (「揽件统一了以后再来测」: what comes before 「了以后」 is the time to come itself.)
              /了(以后|之后)/.test(c) ? c : c.slice(PLANNED.exec(c)!.index),
            ]
          : [],
    )
    .join("，");
  for (const b of BOOLEAN_WORDS) {
    // (「去年就到过三千万了 不算第一次」 after the live room's figure: the room known is the context the words need.)
    const inContext =
      (b.fact === "selfLiveFirstTime" && known.live === "selfLiveRetailYuan") ||
      (b.fact === "relocatedFirstTime" && known.relocatedShop === true && known.live === undefined);
    if (b.needs && !inContext && !b.needs.every((any) => any.some((w) => stated.includes(w)))) continue;
    // (「今年刚被认定为国家级示范基地 之前没评上过」: never before is what 新认定 means — no denial of it.)
    const said = says(
      b.fact === "nationalDemoNewlyRecognized" ? withoutNeverBefore(stated) : stated,
      b.words,
      b.means !== false,
    );
    // (Of words that disagree about one fact, those that say 「否」 hold.)
    if (said === null || facts[b.fact] === false) continue;
    if (facts[b.fact] === true && (b.means === false ? !said : said)) continue;
    const v = b.means === false ? !said : said;
    // (What is still being built or decided is not so yet: 否 for now, said back, changed when it is.)
    // (Being a producer is never 「not yet」: 「俺厂网上卖的还没纳统」 says so of 纳统 only.)
    if (v && unsettled && b.fact !== "productionEnterprise" && says(unsettled, b.words) !== null) {
      facts[b.fact] = false;
      continue;
    }
    // 「没评上国家级示范」: a negation anywhere before the verb.
    // (「今年刚被商务部认定为国家级示范基地 之前没评上过」: only in the clause that names it, or one right after that
    // opens with the negation — never before is what 新认定 means.)
    facts[b.fact] = b.fact === "nationalDemoNewlyRecognized" ? v && !demoDenied(t) : v;
  }
  // 「去年10月份在拼多多新注册了个店」: a shop new last year is not new this year (article 3: 注册当年).
  if (facts.newShop === true) {
    const shopWords = BOOLEAN_WORDS.filter((b) => b.fact === "newShop").flatMap((b) => b.words);
    const clause = stated.split(/[，,。；;\s]+/).find((c) => shopWords.some((w) => c.includes(w))) ?? "";
    // (「去年注册的，当年就纳统了」: the figures are of the year it was registered — new in that year.)
    // (「店是去年刚注册的 去年一年做了5200万」: figures of that year too — new in the year they are of.)
    const pastYearSaid = (stated.match(/去年|前年|上年|上一年/g) ?? []).length;
    if (/去年|前年|上年|上一年|大前年/.test(clause) && !/今年|当年/.test(stated) && pastYearSaid < 2)
      facts.newShop = false;
  }
  // 「仓储分拣运输配送都统一了 揽件还是各家自己揽」: one of the five left to each company is no 五统一.
  if (
    facts.fiveUnified === true &&
    /(仓储|分拣|运输|配送|揽件|揽收)[^，,。；;]{0,6}(各家|各自|自己|分开|单独|没统一|没有统一|还没|没)/.test(
      stated,
    )
  )
    facts.fiveUnified = false;
  if (HOSTS_NONE.test(stated)) facts.hostsEvent = false;
  else if (HOSTS.some((re) => re.test(stated))) {
    facts.hostsEvent = true;
    // (「承办了全市的直播带货大赛 今年国家级示范没评上」: the level said of the event, in its clause or the
    // one after it — 「承办一个直播电商大赛，全国性的」.)
    const parts = t.split(/[，,。；;\s]+/);
    const at = parts.findIndex((c) => EVENT_NOUN.test(c));
    const level =
      at < 0 ? parseInfluence(t) : (parseInfluence(parts[at]!) ?? parseInfluence(parts[at + 1] ?? ""));
    if (level !== null) facts.eventInfluence = level;
  }
  return facts;
}

const PLANNED =
  /(下个月|下月|明年|年底|年后|过段时间|过阵子|回头|以后|将来|等到)[^，,。；;]{0,6}(也能|就能|才能|能|会|再|才)/;

/** 「中通 圆通 申通 韵达 还有邮政」: the names the fact's table lists, counted once each; null under two. */
export function namesCounted(fact: AskableFact, text: string): number | null {
  const names = [...(FACT_WORDS.find((w) => w.fact === fact)?.names ?? [])].sort(
    (a, b) => b.length - a.length,
  );
  // (「…极兔都进来了，邮政还在谈」: a name in a clause that says it is not in yet is not counted.)
  let rest = text
    .toLowerCase()
    .split(/[，,。；;\s]+/)
    .filter((c) => !NOT_IN_YET.test(c))
    .join("，");
  let n = 0;
  for (const name of names)
    if (rest.includes(name.toLowerCase())) {
      n++;
      rest = rest.replaceAll(name.toLowerCase(), "|");
    }
  return n >= 2 ? n : null;
}
const NOT_IN_YET = /还在谈|正在谈|在谈|在洽谈|谈着|没签|还没进|还没来|没进来|还没定|退出了|不干了|撤了/;

const READ_BY = new Map<SubjectType, Set<string>>();
/** The facts any clause for a kind of applicant reads. */
function readBy(subject: SubjectType): Set<string> {
  let out = READ_BY.get(subject);
  if (!out) {
    out = new Set<string>();
    for (const c of CLAUSES)
      if ((c.subjects as readonly string[]).includes(subject)) {
        for (const w of [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))])
          for (const f of factsOf(w)) out.add(f);
        // A figure read in another's place (a moved-back shop's own) or by a formula.
        if (c.reads) out.add(c.reads.from);
        if (c.estimate) out.add(c.estimate.fact);
      }
    READ_BY.set(subject, out);
  }
  return out;
}

const kindOf = (fact: AskableFact) =>
  FACTS[fact].type === "yuan" || FACTS[fact].type === "count" ? FACTS[fact].type : null;

/** The live room a message names (自播, or an agency's), when it names one only. */
const SELF_ROOM_DENIED =
  /(自己|我们|俺们|咱们|俺|咱)(都|也|从来|一直)?(不会|不|没|没有|从不|从没)(会)?(自播|自己播|播|直播|开播|开直播)|没有?自播|不自播|不搞自播/;
const AGENCY_DENIED = /(没|不|没有|从没|从不)(找|跟|和|与|请)(过)?(第三方|机构|达人|主播|mcn)/i;

function liveRoom(
  mentions: Mention[],
  text: string,
): "selfLiveRetailYuan" | "thirdPartyLiveRetailYuan" | null {
  // (「人家隔壁老王家自己播都做到五千万了」: a room said of another, in a clause of theirs, is not the speaker's.)
  const theirs = (m: Mention) =>
    mentions.some(
      (o) =>
        o.type === "others" && o.start < m.start && !/[，,。；;！!？?\s]/.test(text.slice(o.end, m.start)),
    );
  const rooms = new Set(
    mentions.flatMap((m) =>
      m.type === "cue" &&
      (m.words.fact === "selfLiveRetailYuan" || m.words.fact === "thirdPartyLiveRetailYuan") &&
      !theirs(m)
        ? [m.words.fact]
        : [],
    ),
  );
  // (「自己不会播 都是找第三方机构给直播」: a room said not to be the speaker's is not whose the sales are.)
  if (SELF_ROOM_DENIED.test(text)) rooms.delete("selfLiveRetailYuan");
  if (AGENCY_DENIED.test(text)) rooms.delete("thirdPartyLiveRetailYuan");
  // (「给机构的佣金一年四百来万 直播卖了两千六百万」: a commission paid to an agency says whose room it was; one paid
  // to 主播 may be to the company's own anchors.)
  if (
    rooms.size === 0 &&
    mentions.some((m) => m.type === "remark" && /佣金|坑位费/.test(m.text)) &&
    mentions.some((m) => /机构|达人|mcn/i.test(m.text))
  )
    return "thirdPartyLiveRetailYuan";
  return rooms.size === 1 ? [...rooms][0]! : null;
}

/**
 * `asking` is the fact the bot asked about: a figure with no word of its own (「1500万，25家」) goes to it,
 * and a second bare count to the subject's usual count (a village's active shops).
 */
export const readFacts: (text: string, known?: Known, asking?: AskableFact | null) => ReadFacts = remembered(
  (text: string, known: Known = {}, asking: AskableFact | null = null) => readFactsOnce(text, known, asking),
  (text, known = {}, asking = null) =>
    JSON.stringify([
      text,
      known.subjectType,
      known.mcn,
      known.asStated,
      known.newShop,
      known.relocatedShop,
      known.live,
      asking,
    ]),
  (r: ReadFacts) => structuredClone(r),
);

interface Known {
  subjectType?: string | undefined;
  mcn?: boolean | undefined;
  asStated?: boolean;
  /** Shops said before (a new one, one moved back): which shop a figure is, when the clause names one. */
  newShop?: boolean | undefined;
  relocatedShop?: boolean | undefined;
  /** The one live room whose figure is known (「直播那块…2050万」 is that room's). */
  live?: "selfLiveRetailYuan" | "thirdPartyLiveRetailYuan" | undefined;
}

/** What the grammar needs to know of the facts so far to read a figure as the right one (which shop, an MCN's). */
export function knownOf(facts: Record<string, unknown>) {
  return {
    subjectType: facts.subjectType as string | undefined,
    mcn: facts.mcn as boolean | undefined,
    newShop: facts.newShop as boolean | undefined,
    relocatedShop: facts.relocatedShop as boolean | undefined,
    live: knownLiveRoom(facts),
  };
}

/** The one live room whose figure is known among `facts`, if only one is. */
export function knownLiveRoom(facts: Record<string, unknown>): Known["live"] {
  const rooms = (["selfLiveRetailYuan", "thirdPartyLiveRetailYuan"] as const).filter(
    (k) => typeof facts[k] === "number",
  );
  return rooms.length === 1 ? rooms[0] : undefined;
}

/**
 * 「京东店不是去年迁回来的 是今年迁回来的」: when or whence a shop moved back, denied with the move said again —
 * the denied clause says nothing of the fact. (When a shop was registered is the new-shop fact itself.)
 */
// 「纳没纳统」「有没有纳统」: a fact asked as A-not-A, which the words of yes and no inside it must not answer.
// (Not a form's label: 「是否纳统：是」 answers.)
const WHETHER =
  /(纳没纳统|纳不纳统|纳没纳入|有没有纳统|有没有纳入|是不是纳统|是否纳统|是否纳入)(?!\s*[:：])/g;

export const DETAIL_DENIED =
  /不是[^，,。；;\s]*?(迁回|迁过来|搬回)[^，,。；;\s]*[，,。；;\s]+(?=(?:而|其实|应该)?是[^，,。；;]*\1)/;

function readFactsOnce(text: string, known: Known, asking: AskableFact | null): ReadFacts {
  const t = normalise(text.trim()).replace(DETAIL_DENIED, "");
  // 「自波卖了两千万 头一回」: yes-or-no words that need a cue find it where voice input typed it otherwise.
  // (「纳没纳统俺不清楚」: whether, asked of oneself, says neither yes nor no.)
  const facts = booleansOf(asMeant(t).replace(WHETHER, ""), known.asStated, known);
  // 「我表哥的店是从上海迁回来的」: what is said of someone else (in a clause naming them) is not the speaker's.
  if (!known.asStated && findMentions(t).some((m) => m.type === "others")) {
    const clauses = t.split(/[，,。；;！!？?\s]+/).filter(Boolean);
    const theirs = clauses.filter((c) => findMentions(c).some((m) => m.type === "others"));
    const own = booleansOf(asMeant(clauses.filter((c) => !theirs.includes(c)).join("，")), false);
    const said = booleansOf(asMeant(theirs.join("，")), false);
    for (const k of Object.keys(said) as (keyof typeof facts)[]) if (own[k] === undefined) delete facts[k];
  }
  // Worked out on a copy, 「MCN机构一年做到一个亿」 is an MCN's figure.
  if (known.asStated && facts.mcn === undefined && /mcn/i.test(t)) facts.mcn = true;
  const parseWith = (shops: boolean) =>
    parse(
      text.trim(),
      {
        subjectType: known.subjectType,
        // An MCN said before (「我们是MCN机构」) sells as one in every later message.
        mcn: facts.mcn === true || (facts.mcn === undefined && known.mcn === true),
        newShop: shops && (facts.newShop === true || (facts.newShop === undefined && known.newShop === true)),
        relocatedShop:
          shops &&
          (facts.relocatedShop === true ||
            (facts.relocatedShop === undefined && known.relocatedShop === true)),
        asStated: known.asStated,
      },
      asking,
    );
  let parsed = parseWith(true);
  // 「我们镇去年网络零售额一亿两千万…今年又新开了五个」: shops a village or a town says were opened are no shop of
  // an enterprise's whose figure the sales would be.
  const place = known.subjectType ?? parsed.subject;
  if (
    (place === "village" || place === "town") &&
    known.newShop !== true &&
    known.relocatedShop !== true &&
    (facts.newShop === true || facts.relocatedShop === true)
  )
    parsed = parseWith(false);
  const doubts: Doubt[] = [];
  const enterpriseFigures: Remark[] = [];
  const byFact = new Map<Reading["fact"], Reading[]>();
  for (const r of parsed.readings) byFact.set(r.fact, [...(byFact.get(r.fact) ?? []), r]);
  for (const [key, all] of byFact) {
    // 「全国性的五家 另外还有两家本地小快递」「168个，其中九十个是抖店」: what is besides, or a part, gives way
    // to the figure itself — unless that is said as a whole (「一共6000万 其中实物4200万」: the part is the fact).
    // (「跟8家快递合作 其中全国性的就5家」: a part named by the fact's narrow word is the fact itself.)
    // (「活跃的有二十六家 不活跃的还有十来家」: not where the figure itself is already said by that word.)
    const narrowMain = all.some((x) => !x.extra && x.narrow);
    const main = all.filter((x) => !x.extra || (x.narrow && !narrowMain));
    // 「公司全年网络零售额1.2亿 其中实物商品8000万」: an enterprise's whole, beside the physical goods in it, is its
    // online retail as a whole (contract §2); the part is the physical goods.
    const partOf = all.filter((x) => x.extra);
    const besidePart = all.filter((x) => !x.extra);
    const wholeOf = besidePart.filter((x) => x.whole);
    if (
      key === "physicalGoodsRetailYuan" &&
      wholeOf.length === 1 &&
      besidePart.length === 1 &&
      partOf.length === 1 &&
      partOf[0]!.value < wholeOf[0]!.value &&
      (known.subjectType ?? parsed.subject ?? "enterprise") === "enterprise" &&
      facts.onlineRetailYuan === undefined &&
      !byFact.has("onlineRetailYuan")
    )
      facts.onlineRetailYuan = wholeOf[0]!.value;
    // 「公司今年网络零售额4.2kw 其中实物商品3900w」: the physical goods named by their own word, beside a larger
    // figure of the sales, are the fact; the larger is the enterprise's whole.
    const named = all.filter((x) => x.narrow);
    const rest = all.filter((x) => !x.narrow);
    if (
      key === "physicalGoodsRetailYuan" &&
      named.length === 1 &&
      rest.length === 1 &&
      rest[0]!.value > named[0]!.value &&
      (known.subjectType ?? parsed.subject ?? "enterprise") === "enterprise" &&
      facts.onlineRetailYuan === undefined &&
      !byFact.has("onlineRetailYuan")
    )
      facts.onlineRetailYuan = rest[0]!.value;
    if (main.every((x) => x.whole)) main.push(...all.filter((x) => x.extra));
    const chosen = main.length > 0 ? main : all;
    // (「开着的有二十六七家 正经天天有单的二十四家」: those truly selling, beside another count, are the fact.)
    const narrow = chosen.filter((x) => x.narrow);
    const rs = narrow.length > 0 && narrow.length < chosen.length ? narrow : chosen;
    const r = rs[0]!;
    // 「跟第三方直播机构合作 直播卖了2600万」「自播直播零售额…」: whose live room is said elsewhere in the message.
    if (key === "live") {
      const room = liveRoom(parsed.mentions, parsed.normalised) ?? known.live ?? null;
      if (room && facts[room] === undefined && new Set(rs.map((x) => x.value)).size === 1) {
        facts[room] = r.value;
        continue;
      }
    }
    // 「村里直播卖了2000万」「园区自己也做直播」: live sales said by a village, town or park are no award of
    // theirs (article 5 rewards enterprises): said why, nothing written, no question of whose live room.
    // (「我们基地自己播的」 from someone not yet known is the company running the base.)
    const sayer = (known.subjectType ?? (parsed.subject === "park" ? undefined : parsed.subject)) as
      SubjectType | undefined;
    if (key === "live" && sayer && sayer !== "enterprise") {
      for (const x of rs)
        enterpriseFigures.push({ said: x.said, why: "enterprise-figure", value: x.value, subject: sayer });
      continue;
    }
    if (key === "live") {
      // Live sales, but whose live room: one short question, nothing written.
      doubts.push({
        kind: "reject",
        fact: "selfLiveRetailYuan",
        message: `您说的直播${r.said}，是自己开播卖的（自播），还是与直播机构、主播合作卖的？请连同金额告诉我，例如「自播${r.said}」或「合作直播${r.said}」。`,
      });
      continue;
    }
    const fact = key;
    // 「俺村三百多户 网店22家」: a figure bound to the fact's cue beats one that is only the subject's usual
    // figure; 「网店一共三十来家 真正活跃的十八家」: of two figures of one fact, the whole gives way to the other.
    // (「公司成立三年了 入库才十个月」: one bound to a cue of the fact itself beats one of a weak cue — 成立.)
    const bound = rs.filter((x) => x.how !== "subject");
    const strong = bound.filter((x) => x.how !== "weak");
    const pool = strong.length > 0 ? strong : bound.length > 0 ? bound : rs;
    const notWhole = pool.filter((x) => !x.whole);
    const values = [...new Set((notWhole.length > 0 ? notWhole : pool).map((x) => x.value))];
    if (values.length > 1) {
      // Two figures for one fact: neither is written; one short question.
      const said = rs.map((r) => `「${r.said}」`).join("和");
      doubts.push({
        kind: "reject",
        fact,
        message: `您提到了${said}，${FACTS[fact].label}是哪一个？请告诉我一个确定的数。`,
      });
      continue;
    }
    const one = notWhole[0] ?? pool[0] ?? r;
    if (one.how === "weak") {
      doubts.push({
        kind: "confirm",
        fact,
        value: one.value,
        message: `您说的「${one.said}」，${FACTS[fact].label}按 ${formatFactValue(fact, one.value)}记吗？没错请回复「是」，否则请直接回复正确的数。`,
      });
      continue;
    }
    // 「一千来万吧」 beside a bar of 1,000 万: which side it is on is not said — asked back.
    const near =
      (one.approx === "about" || one.hedged) && ["yuan", "count", "percent"].includes(FACTS[fact].type)
        ? nearBar(
            fact,
            one.said,
            one.value,
            one.approx === "more" && /[多余]|出头/.test(text),
            known.subjectType ?? parsed.subject,
          )
        : null;
    if (near) {
      doubts.push(near);
      continue;
    }
    facts[fact] =
      one.approx === "more" ? moreThanSaid(fact, one.value, known.subjectType ?? parsed.subject) : one.value;
  }
  // 「我们店前年从上海迁回来的 去年就卖过三千万了 今年三千六百万」: a tier reached in a year before, with this
  // year's figure in the same tier, is not reached for the first time.
  const reachedBefore = parsed.remarks.find((r) => r.why === "bar" && r.before && r.kind === "yuan");
  const relocated =
    facts.relocatedShop === true || (facts.relocatedShop === undefined && known.relocatedShop);
  for (const [first, figure] of (Object.entries(FIRST_TIME_OF) as [AskableFact, AskableFact][]).filter(
    ([f]) => relocated || f !== "relocatedFirstTime",
  )) {
    const now = facts[figure];
    if (!reachedBefore || facts[first] !== undefined || typeof now !== "number") continue;
    if (firstTimeGiven(figure, reachedBefore.value!, now) === false)
      (facts as Record<string, unknown>)[first] = false;
  }
  // 「原来登记了三十一家 今年有九家基本不开张了 剩下这二十二家天天都上货」: after shops said not to trade, the rest
  // are the active ones.
  const rest = /(?:剩下|剩余|其余|余下)的?(?:这|那)?(\d+)(?:家|个|户)/.exec(parsed.normalised);
  const restTrading =
    rest !== null &&
    (asking === "activeShops" ||
      parsed.mentions.some((m) => m.type === "cue" && m.words.fact === "activeShops")) &&
    /(不咋|不怎么|没怎么|不太|不|没)(开张|开了|营业|卖货|活跃|动弹?)|停了|关了|倒了|不干了|关门/.test(
      parsed.normalised,
    );
  if (restTrading) {
    facts.activeShops = Number(rest[1]);
    for (let i = doubts.length - 1; i >= 0; i--) if (doubts[i]!.fact === "activeShops") doubts.splice(i, 1);
  }
  // 「电商村没有」「快递公司一家都没有」: a count's cue followed by none is 0.
  // (「自己播的没有，都是找机构播的」: a live room's cue followed by none is no sales of that room.)
  const ROOMS = ["selfLiveRetailYuan", "thirdPartyLiveRetailYuan"];
  for (const m of parsed.mentions) {
    if (m.type !== "cue" || m.words.weak || m.words.fact === "sales") continue;
    if (m.words.kind !== "count" && !ROOMS.includes(m.words.fact)) continue;
    const fact = m.words.fact as AskableFact;
    if (facts[fact] !== undefined) continue;
    const after = parsed.normalised.slice(m.end).split(/[，,。；;！!？?\s]/)[0]!;
    // (「电商村倒是一个都没有」.)
    if (/^(的|这块|这边)?(倒是|倒|可|就)?(一个|一家|一户)?(也|都|还)?(没有|没)(呢|啊|的)?$/.test(after))
      facts[fact] = 0;
  }
  // 「我们自己不直播 都是找机构播的」: no live room of one's own is no self-live sales.
  // (Said alone: beside other figures, 「自己不播 跟第三方直播机构合作」 only says whose room the sales are.)
  if (
    facts.selfLiveRetailYuan === undefined &&
    Object.keys(facts).length === 0 &&
    parsed.readings.length === 0 &&
    /(自己|自家)(从来|一直|也|都|还)?(不|没|没有)(搞|做|开)?(直播|播|开播)/.test(parsed.normalised) &&
    !/(自己|自家)(不|没|没有)[^，,。；;\s]{0,6}(机构|达人|主播)/.test(parsed.normalised)
  )
    facts.selfLiveRetailYuan = 0;
  // A figure just under another asked back as a doubt is said once, in the doubt.
  const belowAsked = new Set<Remark>();
  for (const rm of parsed.remarks) {
    if (rm.why !== "below" || rm.value === undefined) continue;
    const fact =
      rm.fact ??
      (asking && (FACTS[asking].type === "yuan" || FACTS[asking].type === "count") ? asking : null);
    if (!fact) continue;
    // 「那将近一个亿是9800万」: the exact figure said beside it is the answer.
    if (facts[fact] !== undefined) {
      belowAsked.add(rm);
      continue;
    }
    // 「公司在库快三年了」: almost three years is past a bar of one; a count or a duration just under the figure
    // is written where no bar lies between.
    // (「在库快两年了 二十二个月」: never where the figure itself is said too.)
    const exactToo = parsed.mentions.some(
      (m) => m.type === "figure" && m.text !== rm.said && m.kind === FACTS[fact].type,
    );
    if (
      (FACTS[fact].type === "months" || FACTS[fact].type === "count") &&
      !exactToo &&
      !barJustUnder(fact, rm.value, known.subjectType ?? parsed.subject)
    ) {
      facts[fact] = Math.max(0, rm.value - 1);
      belowAsked.add(rm);
      continue;
    }
    // 「网上卖了将近七千万」 where no bar lies just under it: a little under is written.
    const nearly = exactToo ? null : nearReading(fact, rm.value, known.subjectType ?? parsed.subject);
    if (nearly !== null) {
      facts[fact] = nearly;
      belowAsked.add(rm);
      continue;
    }
    doubts.push({ kind: "reject", fact, message: belowMessage(fact, rm.said, rm.value) });
    belowAsked.add(rm);
  }
  const named = new Set<number>();
  // 「配送中心整合了中通 圆通 申通 韵达 这四家」: the names a fact's table lists, counted once each, are its count
  // (two at least; a count said beside them, 「这四家」, is the same one).
  for (const w of FACT_WORDS) {
    const fact = w.fact as AskableFact;
    const n = facts[fact] === undefined ? namesCounted(fact, t) : null;
    if (n !== null) {
      // (「是七家 漏了极兔跟德邦」: a count said beside the names, more than they are, is the whole; the names are
      // those left out.)
      const whole = parsed.mentions.filter(
        (m) => m.type === "figure" && m.kind === "count" && m.value > n && /^[家个]$/.test(m.unit),
      );
      const v = whole.length === 1 && whole[0]!.type === "figure" ? whole[0]!.value : n;
      facts[fact] = v;
      named.add(v);
    }
  }
  // 「俺们是MCN 去年给合作商家带货卖了八千万」: what an MCN sells live for the merchants it works with is its own
  // turnover (article 5's MCN award), not a producer's sales through an agency.
  const isMcn = facts.mcn === true || (facts.mcn === undefined && known.mcn === true);
  if (
    isMcn &&
    facts.thirdPartyLiveRetailYuan !== undefined &&
    facts.onlineRetailYuan === undefined &&
    facts.productionEnterprise !== true
  ) {
    facts.onlineRetailYuan = facts.thirdPartyLiveRetailYuan;
    delete facts.thirdPartyLiveRetailYuan;
  }
  // 「我们没做直播」: no live sales of either room.
  if (
    !known.asStated &&
    /(没|没有|不|从来没|还没)(做|搞|开|弄|干)(过)?直播|直播(也)?(没|没有|不)(做|搞|开|弄)/.test(t) &&
    !/如果|要是|假如|打算|准备|计划/.test(t)
  )
    for (const room of ["selfLiveRetailYuan", "thirdPartyLiveRetailYuan"] as const)
      if (facts[room] === undefined && known.live === undefined) facts[room] = 0;
  // 「我们自己不卖货 都是给品牌方带」: no physical goods of its own.
  if (
    !known.asStated &&
    facts.physicalGoodsRetailYuan === undefined &&
    (known.subjectType === undefined || known.subjectType === "enterprise") &&
    NOT_OWN_GOODS.test(t.replace(/[，,。！!\s]/g, "")) &&
    // (Said as none — 「不卖货」「都是给品牌方带」 — not merely what an agency does: 「给品牌方带货收的佣金」.)
    /不|没|都是/.test(t)
  )
    facts.physicalGoodsRetailYuan = 0;
  let subject = parsed.subject;
  if (!subject && ENTERPRISE_ONLY.some((k) => facts[k] !== undefined)) subject = "enterprise";
  // 「我们基地自己播的，自播…3100万」: a base that states an enterprise's own sales is the company running it.
  if (
    subject === "park" &&
    !known.subjectType &&
    (ENTERPRISE_ONLY.some((k) => typeof facts[k] === "number") || byFact.has("live"))
  )
    subject = "enterprise";
  if (subject && !known.subjectType) facts.subjectType = subject;
  // 「两个店都能拿吗」 from an enterprise: a figure of a fact no clause for this subject reads (active shops
  // are a village's or town's) is not theirs to write.
  const whose = (known.subjectType ?? subject) as SubjectType | undefined;
  const extra: Remark[] = [];
  if (whose)
    for (const r of parsed.readings) {
      if (r.fact === "live" || facts[r.fact] !== r.value || readBy(whose).has(r.fact)) continue;
      delete facts[r.fact];
      extra.push({
        said: r.said,
        value: r.value,
        // (「村里合作社想贷点款 要个五十万的齐鲁电商贷」: a loan is an enterprise's to ask for.)
        ...(PLATFORM_FACTS.includes(r.fact) && whose !== "enterprise"
          ? { why: "enterprise-item" as const, subject: whose }
          : r.fact === "loanAmountYuan" && whose !== "enterprise"
            ? { why: "enterprise-loan" as const, subject: whose }
            : whose !== "enterprise" && ENTERPRISE_ONLY.includes(r.fact)
              ? { why: "enterprise-figure" as const, subject: whose }
              : { why: "not-a-fact" as const }),
        ...(PLATFORM_FACTS.includes(r.fact) && whose !== "enterprise" ? { said: FACTS[r.fact].label } : {}),
      });
    }
  // 「算上今年新开的一共三十一家」 from a village: 新开 is no new shop of an enterprise's.
  if (whose)
    for (const [k, v] of Object.entries(facts) as [AskableFact, unknown][])
      if (typeof v === "boolean" && k !== "counted" && !readBy(whose).has(k)) {
        delete facts[k];
        // (「俺们园区建了个快递物流信息平台 能实时比价」: an item only an enterprise applies for, said why once.)
        if (
          v &&
          whose !== "enterprise" &&
          PLATFORM_FACTS.includes(k) &&
          !extra.some((r) => r.why === "enterprise-item")
        )
          extra.push({ said: FACTS[k].label, why: "enterprise-item", subject: whose });
      }
  for (const [k, v] of Object.entries(facts) as [AskableFact, unknown][]) {
    if (FACTS[k].type !== "count") continue;
    const doubt = doubtAbout(k, String(v), v);
    if (doubt) {
      doubts.push(doubt);
      delete facts[k];
    }
  }
  // 「全县一天大概两万单，走我们平台的有一万四五」: parcel volumes, the whole and the platform's part, are a
  // share of the county's parcels — never an amount of money.
  const share =
    /[单件票]|包裹/.test(t) && /平台/.test(t) && facts.parcelSharePercent === undefined
      ? shareOfTwo(text)
      : null;
  if (share !== null && (!whose || readBy(whose).has("parcelSharePercent"))) {
    facts.parcelSharePercent = share;
    for (const [k, v] of Object.entries(facts) as [AskableFact, unknown][])
      if (FACTS[k].type === "yuan" && typeof v === "number" && v < 1_000_000) delete facts[k];
    for (const d of [...doubts]) if (FACTS[d.fact].type === "yuan") doubts.splice(doubts.indexOf(d), 1);
    if (!whose && !known.subjectType) facts.subjectType = "enterprise";
  }
  if (parsed.asked)
    return { facts: {}, doubts: [], remarks: parsed.remarks, readings: [], asked: true, subjectOwn: false };
  // 「镇上还没有电商村 一个都没有」: none of a count said in words, in a clause stating it of oneself.
  for (const c of t.split(/[，,。；;！!？?\s]+/)) {
    if (looksLikeQuestion(c) || /\d/.test(c) || findMentions(c).some((m) => m.type === "others")) continue;
    for (const w of FACT_WORDS) {
      // (Counts of a place only: 「我们没有快递公司」 from a shop says nothing of a delivery centre.)
      const place = (facts.subjectType ?? known.subjectType) as string | undefined;
      if (
        !(w.fact === "ecommerceVillages" && (place === "town" || place === undefined)) &&
        !(w.fact === "activeShops" && (place === "village" || place === "town"))
      )
        continue;
      const f = w.fact as AskableFact;
      if (facts[f] !== undefined || doubts.some((d) => d.fact === f)) continue;
      const cue = w.cues.filter((x) => x.length >= 2).find((x) => c.includes(x));
      // (「他们评上电商村没」 asks; 「电商村一个都没有」「还没有电商村」「电商村一个都没评上」 say none.)
      if (
        cue &&
        new RegExp(
          `(还)?没有${cue}|${cue}(一个|一家)?((也|都|还)(没有|没)(评上|评下来|认定|认定下来|批下来|评)?|没有)(了|呢|啊)?$`,
        ).test(c)
      )
        facts[f] = 0;
    }
  }
  return {
    asked: false,
    subjectOwn: parsed.subjectOwn && facts.subjectType !== undefined,
    facts,
    doubts,
    remarks: [
      ...parsed.remarks.filter(
        (rm) =>
          !belowAsked.has(rm) &&
          !(rm.why === "unbound" && rm.kind === "count" && named.has(rm.value!)) &&
          // (Parcel volumes read as a share are no sums of money.)
          !(share !== null && facts.parcelSharePercent === share && rm.kind === "yuan") &&
          // (All the shops, when the rest that trade were said too: no need to ask for those.)
          !(rm.why === "not-active" && restTrading),
      ),
      ...extra,
      ...enterpriseFigures,
    ],
    readings: parsed.readings.filter((r) => r.fact !== "live" && facts[r.fact] === r.value),
  };
}
