// Reading answers as people type them: yes/no, counts, durations, percentages, subject types and an
// event's reach. Each reader returns the value, or null when the text does not say it clearly —
// never a guess. Amounts are read by parseYuan.

import type { EventInfluence, SubjectType } from "./facts.ts";
import { normalize, parseNumber, parseYuan } from "./parse-yuan.ts";

/**
 * A figure in a sentence that is not a yes or a no: an amount (「3千零50万」「6000万」), or digits
 * that are not a count of shops (「有2家」「有两家」 still answer 「是否有…」).
 */
const FIGURE =
  /([0-9０-９.]+|[一二两三四五六七八九十百千]+)\s*(万|亿|元|块|w)|[0-9０-９]+(?![0-9０-９]*\s*[家个户])/i;

/** A hedge before an answer: the answer is read as stated. */
export const HEDGE = /^(好像|好象|应该|应当|可能|大概|估计|似乎|差不多|大约|约莫|大致)(?=.)/;

/**
 * Approximate numbers: 「二十多家」「一百多个」 are more than 20 and 100 (read as 21 and 101: the policy's
 * 「超过100个」 is then decided right); 「三十来家」 about 30; 「五千多万」「三千来万」「1200余万」 at least
 * the round figure (an amount is read as that figure; the reply says so).
 */
const APPROXIMATE = /^(.+?)(多|余|来|出头)(万|亿|w|个|家|户|年)?(元|块|钱)?(了)?$/i;

/** Drops what does not change the meaning: punctuation, modal particles, polite padding. */
function clean(text: string): string {
  return (
    normalize(text)
      .replace(/[。，!！?？~～、；;：:"'“”‘’「」『』…—]/g, "")
      .replace(/\.+$/, "")
      .replace(/^(嗯嗯|嗯|呃|额|哦|噢|好的|那个)(?=.)/, "")
      // 「也没有」「我们也不是」: the same answer as the last one, said as a reply to this question.
      .replace(/^(?:我们|我|咱们|俺们)?(?:也|同样)(?=[没不是有无否对])/, "")
      .replace(/(的|啊|呀|吧|了|呢|哦|哈|啦|嘛|滴|喔)+$/, "")
  );
}

const YES_EXACT = new Set([
  "是",
  "算",
  "算吧",
  "是的",
  "对",
  "对的",
  "有",
  "嗯",
  "嗯嗯",
  "好",
  "可以",
  "已",
  "已经",
  "yes",
  "true",
  "y",
  "ok",
  "对头",
  "没错",
  "没问题",
  "当然",
  "当然是",
  "肯定",
  "肯定是",
  "确定",
  "确认",
  "属于",
  "符合",
  "达到",
  "满足",
  "√",
  "✓",
  "✅",
  "要",
  "需要",
  "必须",
]);
const NO_EXACT = new Set([
  "否",
  "不算",
  "不是",
  "没有",
  "没",
  "无",
  "不",
  "不对",
  "非",
  "no",
  "false",
  "n",
  "未",
  "还没",
  "还没有",
  "尚未",
  "暂无",
  "暂时没有",
  "不属于",
  "不符合",
  "没达到",
  "未达到",
  "不满足",
  "×",
  "✗",
  "❌",
  "不要",
  "不需要",
  "不用",
  "没得",
  "木有",
]);

/**
 * 「不是 我们就是个普通贸易公司」「没有 不过…」: a plain yes or no as the first clause (what follows may say more), or
 * null when the first clause is more than a plain word.
 */
export function plainYesNo(text: string): boolean | null {
  const clauses = text
    .trim()
    .split(/[，,。！!\s]+/)
    .filter(Boolean);
  // (「刚说了，没有」: that it was said before adds nothing; 「这个还真没有」「没有没有」 are a plain 「没有」.)
  const said = /^(刚说了|刚才说了|都说了|说过了|我说了|刚不是说了吗?)$/.test(clauses[0] ?? "");
  const first = ((said ? clauses[1] : clauses[0]) ?? "")
    .replace(/^(这个|这块|这项|这)(?=.)/, "")
    .replace(/^(还真|真的|真|确实|的确|倒是|还|也)(?=.)/, "")
    .replace(/(呢|啊|哈|吧)$/, "");
  return /^(是的?|对的?|有的?)+$/.test(first)
    ? true
    : /^(不是|没有|没|不|否|无|都没有|还没有|还没|不办|不做|不弄|不搞|不涉及|不沾边)(不是|没有|没)?$/.test(
          first,
        )
      ? false
      : null;
}

export function parseYesNo(text: string): boolean | null {
  // 「我们不是」「我们公司有」: the subject adds nothing to the answer; 「好像没有」「应该是」 are said as
  // stated (the hedge is the person's, the answer is still theirs).
  const t = clean(text)
    .replace(/^(我们公司|我们村|我们镇|我们单位|本公司|本单位|我们|咱们|我村|我镇|我)(?=.)/, "")
    // 「先不用」「都说了不用」: when, or that it was said before, adds nothing either.
    .replace(/^(都说了|我说了|说了|先|目前|现在|眼下|就)(?=不|没)/, "")
    .replace(HEDGE, "");
  if (t === "") return null;
  // 「算了」「算了 再见」: letting it go — neither yes nor no.
  if (/^\s*算了/.test(text)) return null;
  // 「有人吗」「是不是要纳统」 ask; they do not answer.
  if (/[吗?？]\s*$|吗[呀啊]?$/.test(text.trim()) || /^(是不是|有没有|是否)/.test(t)) return null;
  // 「我们是做快递分拨的」: what the speaker does, said with 是, answers no question of 是 or 否.
  if (/^是(做|搞|干|弄|开|卖)[^，,。]*的/.test(t) && t !== text.trim().replace(/[。！!～~]+$/, ""))
    return null;
  // 「对了，零售额其实是3千零50万」 carries a figure: a correction or a fact, not 「是」.
  if (FIGURE.test(t)) return null;
  // 「不是很清楚」「不太确定」 say they do not know — not 「不是」.
  if (/清楚|确定|知道|记得|了解|好说/.test(t)) return null;
  if (YES_EXACT.has(t)) return true;
  if (NO_EXACT.has(t)) return false;
  // Sentences: 「不是的，我们是贸易公司」「没有这样的店」「是，我们已经纳统」「有两家」.
  if (/^(没错|没问题)/.test(t)) return true;
  if (
    /^(都不是|都没有|都没|均无|暂时不|暂不|不是|没有|没|无|未|否|非|还没|尚未|暂无|暂时没|从未|从来没|不属于|不符合|不需要|不用|不要|不对|不满足|不具备|不存在|不算|不贷|不借|用不着|用不上|暂时用不|暂时还用不)/.test(
      t,
    )
  )
    return false;
  if (
    // 「评上了」「批下来了」「做到了」: a yes said by what happened.
    /^(是|有|对|已|当然|肯定|确定|属于|符合|我们是|我们有|我们已|评上|认定了|批下来|批了|通过了|拿到了|下文了|做到了|实现了|达到了|算是|算吧|算的|应该算|能算)/.test(
      t,
    ) &&
    !/^(是否|有没有|是不是)/.test(t)
  )
    return true;
  return null;
}

const COUNT_UNITS = /(家|个|户|间|座|条|所|处|位|名|人)$/;

/** 「35家」「五个」「三十五」「35」 → 35. Integers only; 「20多家」 (not exact) → null. */
export function parseCount(text: string): number | null {
  const raw = clean(text)
    .replace(HEDGE, "")
    .replace(/^(约|大约|大概|共|一共|总共|有)/, "")
    .replace(/左右$/, "");
  // 「18家还是19家」 names two: asked again rather than guessed.
  if (/还是|或者|或是/.test(raw)) return null;
  const approx = APPROXIMATE.exec(raw);
  if (approx && !/^(万|亿|w|年)$/i.test(approx[3] ?? "") && !approx[4]) {
    const base = parseCount(approx[1]!);
    if (base === null || base < 10) return null; // 「几多家」「一多家」 say nothing
    return approx[2] === "来" ? base : base + 1;
  }
  const t = raw.replace(COUNT_UNITS, "");
  if (t.includes("多") || t.includes("几")) return null;
  // 「3500万」 is an amount, not a number of shops, villages or courier companies; 「两万家」 is a count
  // (and asked back where it is implausible).
  if (/[亿元]|w$/i.test(t) || (t.includes("万") && t === raw)) return null;
  const n = parseNumber(t);
  return n !== null && Number.isInteger(n) ? n : null;
}

/**
 * Hedged durations, read where they decide the policy's 「在库存续期满1年以上」: 「一年多」 is at least 12 months,
 * 「不到一年」「不满一年」 fewer (11), 「半年多」 7. Anything else hedged is not read (asked again).
 */
export const HEDGED_MONTHS: readonly [RegExp, number][] = [
  [/^(已经|已|有)?(一|1)年多(了|点)?$/, 12],
  [/^(还)?(不到|不满|没到|没满)(一|1)年$/, 11],
  [/^(不到|不满)半年$/, 5],
  [/^半年多(了|点)?$/, 7],
  [/^(两|2)年多(了|点)?$/, 24],
];

/** 「两年」= 24, 「1年半」= 18, 「18个月」, 「2年3个月」, 「半年」= 6. A bare number (no unit) → null. */
export function parseMonths(text: string): number | null {
  const hedged = HEDGED_MONTHS.find(([re]) => re.test(clean(text)));
  if (hedged) return hedged[1];
  const t = clean(text)
    .replace(HEDGE, "")
    .replace(/^(约|大约|大概|已经|已|刚满|刚好|正好|满|有)+/, "")
    .replace(/(左右|了|整)$/, "");
  if (t === "") return null;
  // 「三年多」 is at least three years; 「一年多」 above is the same rule where it decides.
  const over = /^(.+?)年多(点)?$/.exec(t);
  if (over) {
    const n = parseNumber(over[1]!);
    return n !== null && Number.isInteger(n) && n > 0 ? n * 12 : null;
  }
  if (t === "半年") return 6;
  const m = /^(?:(.+?)(?:年|周年))?(半)?(?:零)?(?:(.+?)(?:个)?月)?$/.exec(t);
  if (!m || (m[1] === undefined && m[3] === undefined)) return null;
  const years = m[1] !== undefined ? parseNumber(m[1]) : 0;
  const months = m[3] !== undefined ? parseNumber(m[3]) : 0;
  if (years === null || months === null) return null;
  const total = years * 12 + (m[2] ? 6 : 0) + months;
  return Number.isInteger(total) ? total : null;
}

/** 「85%」「85」「百分之八十五」「八成」 → 85; outside 0–100 → null. */
export function parsePercent(text: string): number | null {
  const t = clean(text)
    .replace(/^(约|大约|大概)/, "")
    .replace(/左右$/, "");
  let n: number | null;
  const pct = /^百分之(.+)$/.exec(t);
  const cheng = /^(.+)成(.)?$/.exec(t.replace(/成多$/, "成"));
  if (pct) n = parseNumber(pct[1]!);
  else if (cheng) {
    // 「八成」= 80, 「八成五」= 85.
    const tens = parseNumber(cheng[1]!);
    const ones = cheng[2] === undefined ? 0 : parseNumber(cheng[2]);
    n = tens === null || ones === null ? null : tens * 10 + ones;
  } else n = parseNumber(t.replace(/(%|个点|个百分点)$/, ""));
  return n !== null && n >= 0 && n <= 100 ? n : null;
}

/** Growth in everyday words: 「比去年涨了30%」「翻了一番」「挺好的」 yes; 「下降了」「亏了」 no. */
export function parseGrowth(text: string): boolean | null {
  const t = clean(text);
  if (/下降|下滑|减少|降了|亏|萎缩|不好|不太好|一般般|没涨|没增长|不增反降/.test(t)) return false;
  if (/涨|增长|增加|翻了|翻番|提高|上升|挺好|不错|很好|还行|稳定|好的很/.test(t)) return true;
  return null;
}

/** Amounts where 「没有」「不需要」 mean zero: 「没有自播可回复 0」. */
/** More than any enterprise, village or town here could sell in a year (1 万亿): a slip, asked again. */
export const IMPLAUSIBLE_YUAN = 1_000_000_000_000;

export function parseAmountOrNone(text: string): number | null {
  const approx = APPROXIMATE.exec(clean(text).replace(HEDGE, ""));
  const yuan =
    parseYuan(text) ??
    (approx && /^(万|亿|w)?$/i.test(approx[3] ?? "") ? parseYuan(`${approx[1]}${approx[3] ?? ""}`) : null);
  if (yuan !== null) return yuan >= IMPLAUSIBLE_YUAN ? null : yuan;
  // 「没有」「不需要」 are 0; a sentence with a figure in it is not (「不是刚说了吗 6000万」).
  if (FIGURE.test(text)) return null;
  return parseYesNo(text) === false || /^(零|没做|没开展)/.test(clean(text)) ? 0 : null;
}

// The menu's numbers, and the contract's own values for clients that send them as they are.
const SUBJECT_BY_NUMBER: Record<string, SubjectType> = {
  "1": "enterprise",
  "2": "village",
  "3": "town",
  "4": "park",
  enterprise: "enterprise",
  village: "village",
  town: "town",
  park: "park",
};

/** 「企业」「我们是一家公司」「行政村」「乡镇」「园区」, or the menu number 1–4. */
export function parseSubjectType(text: string): SubjectType | null {
  const t = clean(text);
  if (Object.hasOwn(SUBJECT_BY_NUMBER, t)) return SUBJECT_BY_NUMBER[t]!;
  // 「网店改成22家」 is about shops, not who applies.
  if (FIGURE.test(t) || /改成|改为|不对/.test(t)) return null;
  if (/(园区|基地|产业园|孵化)/.test(t)) return "park";
  if (/(村)/.test(t) && !/乡村振兴/.test(t)) return "village";
  if (/(镇|乡|街道)/.test(t)) return "town";
  if (/(公司|企业|网店|店铺|店|商户|商家|厂|机构|个体|工作室|mcn|合作社|集团|电商)/.test(t))
    return "enterprise";
  return null;
}

const INFLUENCE_BY_NUMBER: Record<string, EventInfluence> = {
  "1": "national",
  "2": "provincial",
  "3": "other",
  national: "national",
  provincial: "provincial",
  other: "other",
};

/** 「全国」「国家级」 → national; 「全省」「省级」 → provincial; 「市级」「本地」「其他」 → other. */
export function parseInfluence(text: string): EventInfluence | null {
  // 「其实是全省范围的比赛，不是全国的」: a level denied is not the one said.
  const t = clean(text).replace(
    /(不是|不算|并非|没有|没到|达不到|够不上|算不上)(全国|国家级|国家|全省|省级)[^，,。；;]*/g,
    "",
  );
  if (Object.hasOwn(INFLUENCE_BY_NUMBER, t)) return INFLUENCE_BY_NUMBER[t]!;
  if (/(全国|国家级|国家)/.test(t)) return "national";
  // 「报名的队伍北京广东四川的都有 十几个省的人」: several provinces' people is a national reach.
  if (
    /(好几|十几|几十|二十多|三十多|很多|多|各|[2-9两三四五六七八九十]\d*)个?省(份|市)?(的|都|来)|外省|跨省|各省/.test(
      t,
    )
  )
    return "national";
  if (/(全省|省级|省内|省)/.test(t)) return "provincial";
  // (「就是区里搞的 影响不大」: a district's, a town's own, or said to be small.)
  if (
    /(市级|全市|市内|区级|县级|区县|区里|县里|市里|镇里|乡里|本市|本区|本县|本地|地方|其他|其它|一般|都不是|没有|影响不大|影响一般|影响力不大|小范围|规模不大|规模小)/.test(
      t,
    )
  )
    return "other";
  return null;
}
