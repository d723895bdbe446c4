// Understanding a message that is not an answer to the pending question nor a command: a question
// about the policy (answered from the knowledge base, or the nearest topics offered), an article by
// its number, small talk, or a message in English. Pure: no I/O, no clock (the date comes in).
//
// Facts in sentences are read in facts.ts, doubtful readings in doubts.ts, corrections in
// ../corrections.ts; the dialog tries them in that order around this.

import { articleAnswer, render, searchKnowledge, type KnowledgeAnswer, type Ranked } from "./knowledge.ts";
import { SOUND_ALIKE } from "./lexicon.ts";
import { asMeant, findMentions } from "./mentions.ts";
import { CLAUSES_BY_ID, factsOf, type KnowledgeEntry, type SubjectType } from "../../../rules/index.ts";
import { normalise } from "./normalise.ts";
import { talkByWords } from "./small-talk.ts";

export type Aside =
  | { kind: "answer"; answer: KnowledgeAnswer }
  | { kind: "choices"; choices: KnowledgeAnswer[] }
  | { kind: "smalltalk"; reply: string; showPending: boolean }
  | { kind: "english" };

/** The reply to a nod (「好的」「行」). */
export const ACK_REPLY = "好的。";

// Nods that may come before thanks or a goodbye, and the names people add after them.
const ACK =
  "好的|好|好嘞|好滴|好哒|得嘞|明白了|明白|知道了|俺知道了|我知道了|收到|ok|嗯|嗯嗯|嗯呢|行|行吧|好吧|中|妥了|了解|懂了|清楚了|哈哈+|呵呵|嘿嘿";
const ADDRESS =
  "啦|了|哈|你|您|啊|呀|小助手|助手|老师|同志|师傅|政策通|机器人|你们|您们|闺女|姑娘|小姑娘|小伙子|小伙|领导|大姐|大哥|妹子|老弟";
// 「回头再申报」「改天再来」: leaving for later, said with thanks or a goodbye.
// (「我回去再核一下数，先这样」: checking the figures first.)
const LATER =
  "(回头|改天|以后|过两天|有空|明天|明儿|晚点|晚些|下次)(再)?(申报|申请|说|联系|来|看|弄|办|测|聊)(弄|办|看|测|问|聊)?|(回头)?有事(再|就)?(问|找|联系)(你|您)?|(我)?(回去|回头|先)(再)?(核|对|查|问|算)(一下|一)?(数|账|报表)?|(我|俺)?先(去)?忙(了|啦|去了)?";

const SMALLTALK: { re: RegExp; reply: string; showPending: boolean }[] = [
  {
    // 「你是谁啊 是真人还是机器」: who is answering.
    re: /^(你好[，,\s]*)?(你是谁|你是哪位|你是什么)?(啊|呀)?[，,\s]*((你)?是(真人|人)还是(机器人?|机器|ai|AI|程序)|(你)?是(不是)?(机器人|真人|ai|AI)(吗|啊)?|你是谁(啊|呀)?)[？?。!！]*$/,
    reply:
      "我是淄博市电子商务政策助手「政策通」，是自动回复的程序，不是工作人员；需要人工帮助可以回复「人工」。",
    showPending: true,
  },
  {
    // 「信号不好 刚才断了一下」「网卡了」: the line, not the conversation.
    re: /^((哎呀|不好意思|抱歉|刚才)[，,\s]*)?(信号不好|信号差|网不好|网太差|网卡了?|卡了|掉线了?|断线了?)([，,\s]*(刚才)?(断了一下|掉线了|卡了一下|没收到|没看到))?[!！。~～]*$|^刚才(网|信号)?(断了一下|掉线了|卡了一下)[!！。~～]*$/,
    reply: "没关系，我们接着来。",
    showPending: true,
  },
  {
    // 「哈哈 这机器人还挺聪明」「挺好用的」: a kind word about the assistant.
    re: /^((哈哈+|呵呵|嘿嘿|哇|嗯|不错)[，,\s!！]*)?(你|您|这(个)?(机器人|助手|小助手|东西|玩意儿?|系统)?)?(还|真|挺|很|蛮|太|真是)+(挺|很)?(聪明|厉害|好用|方便|智能|靠谱|快|专业|管用)(的|啊|呀|哈|嘛|了)*[!！。~～]*$/,
    reply: "谢谢夸奖！有问题随时问我。",
    showPending: true,
  },
  {
    // 「好的 明白了 谢谢你啊小助手」「谢谢 拜拜」: thanks, with whatever nods and names come with it.
    re: new RegExp(
      `^((${ACK})[，,\\s]*)*(谢谢|谢了|多谢|感谢|辛苦了|辛苦|麻烦了|麻烦你了|麻烦您了|thx|thanks|thank you)(${ADDRESS})*([，,\\s]*(再见|拜拜|拜|88)(${ADDRESS})*)?([，,\\s]*(${LATER}))?([，,\\s]*(${ACK}))*[!！。.~～]*$`,
      "i",
    ),
    reply: "不客气，有需要随时找我。",
    showPending: false,
  },
  {
    re: /^(谢谢|多谢|感谢|谢了)(你|您)?(啊|呀|了|哈|啦)?[，,\s]*(帮(了)?大忙(了)?|帮了我大忙|太感谢了|辛苦了|太好了)[!！。.~～]*$/,
    reply: "不客气，有需要随时找我。",
    showPending: false,
  },
  {
    // 「稍等我去翻翻账本」: a pause to look something up — no answer yet, the question stays.
    // (「你先等会儿 来客户了」)
    re: /^((好的|好嘞|嗯|行|可以|好)[，,\s]*)?(你)?(先)?(稍等|等一下|等等|等会儿?|稍等一下)(啊|哈|哦|下|会儿?)?[，,\s]*(我|让我)?(去|先)?(翻翻|翻一下|查查|查一下|找找|找一下|看看|问问)?[^0-9]{0,8}$/,
    reply: "好的，不着急，忙完或查到后直接告诉我就行。",
    showPending: true,
  },
  {
    re: new RegExp(
      `^((${ACK}|算了|那|谢谢)[，,\\s]*)*((再见|拜拜|拜|88|回头见|先这样|就这样|回头再说|改天再说|${LATER})(了|啦|哈|喽|吧)?[，,\\s]*)+([，,\\s]*(谢谢|多谢|谢了)(${ADDRESS})*)?[!！。.~～]*$`,
      "i",
    ),
    reply: "再见，有需要随时找我。",
    showPending: false,
  },
  {
    re: /^(在吗|在不在|有人吗|有人在吗|你好|您好|hi|hello|嗨|哈喽)(呀|啊)?[?？!！。.~～]*$/i,
    reply: "您好，我在。",
    showPending: true,
  },
  {
    // (「哈哈 行」: a laugh before the nod.)
    re: /^(哈哈+|呵呵|嘿嘿)?[，,\s]*((好的|好|嗯|嗯嗯|嗯呢|哦|哦哦|噢|知道了|明白了|明白|了解|懂了|收到|ok|okk|行|行吧|好吧|可以|好嘞|好滴|好哒|得嘞|妥了|妥|中|是的|对的|没错)(了|啦|哈|的)?[，,\s]*)+[!！。.~～]*$/i,
    reply: ACK_REPLY,
    showPending: true,
  },
  {
    re: /^(哈哈+|呵呵|嘿嘿|😊|👍|666+|赞|点赞|厉害|牛|太好了|棒)[!！。.~～]*$/,
    reply: "😊",
    showPending: true,
  },
  {
    // (「你们这是机器人吧」「是不是AI回复的」; 「人工」 alone asks for a person, elsewhere.)
    re: /^((谢谢|好的|嗯)[，,\s]*)?((你是(谁|机器人|人工|真人|什么)|你叫什么|你是人吗|是机器人吗|是真人吗)|[^，,。0-9]{0,8}(机器人|真人|人工智能|ai|自动回复))(吗|吧|呀|啊|呢)?[?？!！。.~～]*$/i,
    reply:
      "我是淄博市电子商务政策助手「政策通」（自动回复），可以解答政策问题、帮您自测和申报；需要工作人员时回复「人工」。",
    showPending: true,
  },
  {
    // 「辛苦了 这么晚还回消息」: thanks with a few words after it (no figure).
    re: /^(辛苦了|辛苦啦|辛苦|谢谢你?|谢谢您|多谢|麻烦了|麻烦你了)[，,!！\s]+[^0-9零一二两三四五六七八九十百千万亿？?]{1,12}$/,
    reply: "不客气，有需要随时找我。",
    showPending: true,
  },
  {
    // 「你们这个是政府弄的不」「这是官方的吗」: whose assistant this is.
    re: /^(你们|你|这个|这|你们这个|这个平台|这个小程序)(是|是不是)?(政府|官方|商务局|市里|国家)(弄|做|办|开|搞|建)?的?(吗|不|吧|嘛|呀|啊)?[?？!！。.~～]*$/,
    reply:
      "我是淄博市电子商务政策助手「政策通」（自动回复），帮您了解市商务局的电子商务支持政策、自测和在线申报；政策由市商务局负责解释，申报由市商务局审核。需要工作人员时回复「人工」。",
    showPending: true,
  },
  {
    // 「问得也太多了吧」「好麻烦」: a complaint about the questions — an apology, and the way to skip.
    re: /(问|题)(得|的)?(也|真|可)?(太多|好多|真多|这么多|那么多)|问来问去|太麻烦|好麻烦|真麻烦|烦死|烦不烦|没完没了/,
    reply: "抱歉，问题多了些，都是为了判断您能拿哪几项；不清楚的可以回复「跳过」。",
    showPending: true,
  },
  {
    // 「你说的不清楚，能不能说人话」「机器人太慢了」: a complaint about the bot — an apology and a way on.
    re: /说人话|听不懂你|看不懂你|你说的(不清楚|太复杂|啥)|说得(不清楚|太复杂)|太慢了|反应慢|不好用|太笨|真笨|没用/,
    reply:
      "抱歉，是我没说清楚。您可以直接问具体的事，例如「电商村能拿多少」「我们村够不够」，也可以回复「人工」请工作人员联系您。",
    showPending: true,
  },
  {
    re: /^[?？]+$/,
    reply: "有什么不清楚的，可以直接问我，例如「纳统是什么意思」「怎么申请」。",
    showPending: true,
  },
  {
    // 「中 俺知道了」「好嘞 明白」: nods only — heard, and the question stays.
    re: new RegExp(`^((${ACK})[，,\\s!！。.~～]*)+$`, "i"),
    reply: "好的。",
    showPending: true,
  },
];

const CN_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };
const ARTICLE = /第\s*([一二三四五六七八1-8])\s*条/;
// A question in everyday words: a question word or mark, asking after a term, or a tag (「…是吧」).
const QUESTION =
  /[?？吗呢]|么[?？。！!]*$|什么|啥|怎么|咋|如何|多少|多久|多长|多大|多高|哪些|哪里|哪个|哪一|哪年|哪[几两二三四五六七八九十\d]+[个家项条种样]|谁|(?<![但就还可总于要只都也])是[^，,。]{1,12}还是|(?<=[报请给算填发拿领])还是(?=[^，,。]{1,12}$)|(?:给|算|报|发|拿|按|找|去|在|用|归)[^，,。\s]{1,8}还是(?:给|算|报|发|拿|按|找|去|在|用|归)|(?<!不)(\p{Script=Han})不\1|(?<![十百千零0-9０-９好这那前])几|是否|能不能|可不可以|有没有|可以吗|要不要|什么时候|(能|可以|可|要|行|会|够|得|还|算)[^，,。？?\s]{0,10}不[?？。]*$|(?:[是对]|没事|没问题|不要紧|没关系|能评上|能评|能拿|够了)吧[?？。]*$/u;

/**
 * How confident a knowledge-base match must be to answer outright: a score well above that of text
 * that merely shares 「怎么」 (about 5), and ahead of the next topic; a weaker match that is still a
 * question offers the nearest topics; anything weaker is not a question about the policy.
 */
const MIN_SCORE = 8;
const MIN_QUESTION_SCORE = 5;
const MIN_LEAD = 1.4;
const NAMED_LEAD = 1.2;
// How far two entries must stand above the third to be answered together.
const PAIR_LEAD = 2.5;
const PAIR_MIN_SCORE = 20;
const CLAUSE_SCORE = 40;
// How near the best a topic that explains the pending question must be to be taken as the one asked.
const NEAR_BEST = 2;

/** Whether a message is worded as a question (a question word or mark). */
export function looksLikeQuestion(text: string): boolean {
  // 「没承办过什么论坛」「还没纳入统计呢」: 什么 after a negation is 「any」, and 还没…呢 is 「not yet」 — statements.
  return QUESTION.test(
    text
      .replace(/(没|不|无)[^，,。？?]{0,8}什么/g, "")
      // (「咱还没纳统呢 数据没进第三方」: at the end of any clause.)
      .replace(/还没[^，,。？?\s]*呢[。！!]*(?=[，,。\s]|$)/g, "")
      // (「还没纳统呢第三方那边还没统计进去」: voice input runs on past 呢.)
      .replace(/还没[^，,。？?\s吗]{1,8}呢(?=[^，,。？?\s])/g, "")
      // (「纳统还没弄 没纳入统计呢」: 没…呢 is 「not yet」 too — never 有没有…呢.)
      .replace(/(?<![有])没(?!有没)[^，,。？?\s吗]*呢[。！!]*(?=[，,。\s]|$)/g, "")
      // (「刚才不是说了吗，我们是厂子」: said before, not asked.)
      .replace(/(刚才|之前|前面|上面)?不是(都)?(说|讲|告诉你)(了|过)(吗|嘛)[？?]?/g, "")
      // (「36家里头有几家是空壳」: 有几家 said of some is no question.)
      .replace(/有几(家|个|户|间)(?=是|都|已经|没|不|关|倒|停)/g, "有些$1")
      // (「一半多都不咋开张了」「没怎么卖」: 不咋、没怎么 is 「not much」, no question.)
      .replace(/(不|没)(咋|怎么)(?!办|样|回事|算|弄|说|填|报|整)/g, "$1太")
      // (「我是镇上的 不是哪个村的」: 不是哪个 is 「not any」, no question.)
      .replace(/不是哪(个|家|一个|一家)(?![^，,。\s]*[吗呢？?])/g, "不是"),
  );
}

/**
 * The entries ranked again for the applicant known: an article none of whose items is for it (article 2 for a
 * town) counts a quarter, unless the words name another kind of applicant (a village asking what a company gets).
 */
function forApplicant(found: Ranked[], text: string, known: SubjectType | undefined): Ranked[] {
  const mentions = findMentions(normalise(text));
  const named = mentions.flatMap((m) => (m.type === "subject" ? [m.subject] : []));
  // (「MCN两千万那一档给多少钱」: with no applicant known yet, an enterprise the words name — a village or a town
  // asks for its shops too: 「俺村网店…回迁到咱这边有啥说法」.)
  const subject =
    known ?? (named.length > 0 && named.every((x) => x === "enterprise") ? "enterprise" : undefined);
  if (!subject) return found;
  if (named.some((x) => x !== subject)) return found;
  // (「电商村能拿多少钱」 from an enterprise names article 1 by its word: asked about, whoever asks.)
  const cues = new Set<string>(mentions.flatMap((m) => (m.type === "cue" ? [m.words.fact] : [])));
  const fits = (article: number) =>
    article === 0 ||
    Object.values(CLAUSES_BY_ID).some(
      (c) =>
        c.article === article && (c.subjects.includes(subject) || factsOf(c.when).some((f) => cues.has(f))),
    );
  // (Only a leader that is not for it gives way: the applicant breaks no tie a fitting entry already leads.)
  if (found.length === 0 || fits(found[0]!.entry.article)) return found;
  return found
    .map((f) => (fits(f.entry.article) ? f : { ...f, score: f.score * 0.25 }))
    .sort((a, b) => b.score - a.score);
}

/**
 * A question about the policy, small talk or English in `text`, answered for the day `date`. `asking`: the fact whose
 * question is pending — of the nearest topics, the one that explains it is what is asked.
 */
export function understandAside(
  text: string,
  date: string,
  subject?: SubjectType,
  asking?: string | null,
): Aside | null {
  const t = text.trim();
  // (「收到👌」「再见👋」: an emoji beside the words changes nothing of what they say.)
  const bare = t.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "").trim() || t;
  for (const s of SMALLTALK)
    if (s.re.test(bare)) return { kind: "smalltalk", reply: s.reply, showPending: s.showPending };
  const talk = talkByWords(bare, looksLikeQuestion(normalise(bare)));
  if (talk) return { kind: "smalltalk", reply: talk.reply, showPending: talk.showPending };
  // Latin letters only, a few words: someone writing in English.
  if (/^[\x20-\x7e]+$/.test(t) && (t.match(/[a-z]{2,}/gi)?.length ?? 0) >= 2) return { kind: "english" };
  const article = ARTICLE.exec(t);
  if (article) {
    const n = CN_NUMBERS[article[1]!] ?? Number(article[1]);
    const a = articleAnswer(n);
    if (a) return { kind: "answer", answer: a };
  }
  // 「那统是啥意思」: a word typed by voice for a cue (纳统) is searched as the cue.
  const alike = SOUND_ALIKE.reduce((x, [heard, meant]) => x.replaceAll(heard, meant), t);
  const plain = normalise(alike);
  const heard = asMeant(plain);
  const found = forApplicant(searchKnowledge(heard === plain ? alike : heard), plain, subject);
  if (found.length === 0) return null;
  // 「自播那个奖和MCN那个奖有啥区别」: a comparison of two topics, each clear on its own, is answered with both.
  const compared = COMPARES.test(t) ? bySide(heard === plain ? alike : heard, date) : [];
  if (compared.length === 2)
    return {
      kind: "answer",
      answer: { id: compared[0]!.id, title: compared[0]!.title, lines: compared.flatMap((p) => p.lines) },
    };
  // (「自播奖跟佣金补助能同时拿吗」: an entry a keyword of its own names — 同时拿 — stands first when it is as near to
  // the top as a named leader must be ahead.)
  const swapped =
    found.length >= 2 &&
    !found[0]!.named &&
    found[1]!.named &&
    found[1]!.score * NAMED_LEAD >= found[0]!.score;
  if (swapped) found.splice(0, 2, found[1]!, found[0]!);
  const [best, second] = found;
  // A message worded as a question needs less evidence than a statement (「怎么报」).
  if (best!.score < (QUESTION.test(t) ? MIN_QUESTION_SCORE : MIN_SCORE)) return null;
  // (「电商村奖励是直接给30万吗」: a leader named by a keyword of its own — 直接给 — needs less of a lead over one
  // that is not.)
  const lead = best!.named && !second?.named ? NAMED_LEAD : MIN_LEAD;
  // (A named entry moved ahead has the lead it needs: 「流量补贴全市总共多少钱」 asks after the total, 总共多少钱.)
  if (!second || swapped || best!.score >= second.score * lead) {
    // 「电商村给多少钱 是直接给30万吗」: two questions in one message, each clear on its own — both answered.
    const parts = QUESTION.test(t) ? byClause(alike, date) : [];
    if (parts.length >= 2 && parts.some((p) => p.id === best!.entry.id))
      return {
        kind: "answer",
        answer: { id: parts[0]!.id, title: parts[0]!.title, lines: parts.flatMap((p) => p.lines) },
      };
    return { kind: "answer", answer: render(best!.entry, date) };
  }
  // 「这个三十万是直接给村里吗」: two entries each named by a keyword of its own (给村里, 直接给) — both answered,
  // the one named last first.
  if (best!.named && second!.named && !found[2]?.named)
    return {
      kind: "answer",
      answer: {
        id: best!.entry.id,
        title: best!.entry.title,
        lines: [...render(best!.entry, date).lines, ...render(second!.entry, date).lines],
      },
    };
  // 「电商镇要是按活跃网店算 得多少个」「电商村最多奖30万 是不是一定给30万」: two entries far ahead of every other,
  // neither far ahead of the other — the question is about both: both answered, the first first.
  if (
    QUESTION.test(t) &&
    second &&
    second.score >= PAIR_MIN_SCORE &&
    second.score * MIN_LEAD >= best!.score &&
    (!found[2] || second.score >= found[2].score * PAIR_LEAD)
  )
    return {
      kind: "answer",
      answer: {
        id: best!.entry.id,
        title: best!.entry.title,
        lines: [...render(best!.entry, date).lines, ...render(second.entry, date).lines],
      },
    };
  if (!QUESTION.test(t)) return null;
  // 「齐鲁电商贷最多能贷多少 利息多少」: two questions in one message, each clear on its own — both answered.
  // (One clause clear on its own about the topic ranked first — 「齐鲁电商贷利息多少 要抵押不」 — is answered too.)
  const parts = byClause(alike, date);
  if (parts.length >= 2 || (parts.length === 1 && parts[0]!.id === best!.entry.id))
    return {
      kind: "answer",
      answer: { id: parts[0]!.id, title: parts[0]!.title, lines: parts.flatMap((p) => p.lines) },
    };
  // 「自播要达到多少才有奖励」 while 自播 is asked: of the topics near the best, the one that explains the question
  // pending is what is asked.
  const explains = asking
    ? found.find((f) => f.score * NEAR_BEST >= best!.score && f.entry.facts?.includes(asking))
    : undefined;
  if (explains) return { kind: "answer", answer: render(explains.entry, date) };
  return { kind: "choices", choices: found.slice(0, 3).map((f) => render(f.entry, date)) };
}

const COMPARES = /区别|不一样|不同|差别|差异|哪个(好|划算|多|高)/;

/** The entries the two sides of a comparison (A和B, A跟B, A与B) name. */
function bySide(text: string, date: string): KnowledgeAnswer[] {
  const sides = text
    .replace(/(有|是)?(啥|什么|哪些)?(区别|不一样|不同|差别|差异)[吗呢啊？?。]*/g, "")
    .split(/和|跟|与|同|还是|对比|比/);
  if (sides.length !== 2) return [];
  const out: KnowledgeAnswer[] = [];
  for (const side of sides) {
    // (A side names its topic, so the nearest entry is taken even where a neighbour is close.)
    const [best] = searchKnowledge(normalise(side));
    if (!best || best.score < MIN_SCORE) return [];
    if (!out.some((a) => a.id === best.entry.id)) out.push(render(best.entry, date));
  }
  return out;
}

/** The entries the clauses of a message ask about, each clearly on its own, in order (none twice). */
function byClause(text: string, date: string): KnowledgeAnswer[] {
  const out: KnowledgeAnswer[] = [];
  for (const clause of text.split(/[，,。；;！!？?\s]+/)) {
    if (clause.length < 3 || !looksLikeQuestion(clause)) continue;
    const [best, second] = searchKnowledge(normalise(clause));
    // (Each clause must be clear on its own and name its topic: 「我们在抖音上卖的算不算」 alone is no question
    // about what 以上 includes.)
    if (!best || best.score < CLAUSE_SCORE || (second && best.score < second.score * MIN_LEAD)) continue;
    if (!out.some((a) => a.id === best.entry.id)) out.push(render(best.entry, date));
  }
  return out;
}

/** The reply lines for an aside; the dialog adds the pending question after them. */
export function asideReplies(a: Aside, menu: string): string[] {
  switch (a.kind) {
    case "answer":
      return [a.answer.lines.join("\n")];
    case "choices":
      return [
        `您是想问哪一个？回复编号即可：\n${a.choices.map((c, i) => `${i + 1}. ${c.title}`).join("\n")}`,
      ];
    case "smalltalk":
      return [a.reply];
    case "english":
      return [
        `本助手使用中文服务，请用中文提问。\nThis assistant speaks Chinese; please write in Chinese (e.g. 「自测」 to start).\n${menu}`,
      ];
  }
}

export { articleAnswer, knowledgeById, searchKnowledge } from "./knowledge.ts";
