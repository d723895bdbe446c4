// Typed mentions in a normalised message: the figures (amount, count with its unit word, percent,
// duration, year) found by their shapes, and the words (fact cues, remark words, subjects, markers)
// found by the lexicon — longest first, at word boundaries of the segmenter, or by their sound where
// voice input typed other characters. Each mention keeps its place, so the grammar can bind by distance.
// Pure (the segmenter is loaded once and holds no state between messages).

import { parseMonths, parseNumber, parseYuan, type SubjectType } from "../../../rules/index.ts";
import {
  BOOLEAN_WORDS,
  FACT_WORDS,
  MARKERS,
  NOT_CUES,
  OTHER_SUBJECT_WORDS,
  REMARK_WORDS,
  SAID_WRONG,
  SUBJECT_WORDS,
  type FactWords,
  type MentionKind,
} from "./lexicon.ts";
import { remembered } from "./remembered.ts";
import { segment, soundOf, sounds } from "./segment.ts";

export type Marker = keyof typeof MARKERS;

/** 「二十多家」 is more than the figure, 「三十来家」 about it. */
export type Approx = "more" | "about" | null;

export type Mention = { start: number; end: number; text: string } & (
  | {
      type: "figure";
      kind: MentionKind;
      value: number;
      /** 「多」「余」「几」: more than the round figure; 「来」「左右」: about it. */
      approx: Approx;
      unit: string;
    }
  | { type: "year" }
  /** `meant`: the cue word itself where it was heard by sound (「自波」 → 自播). */
  | { type: "cue"; words: FactWords; bySound: boolean; meant?: string }
  | { type: "remark" }
  | { type: "subject"; subject: SubjectType }
  /** A subject that is not the speaker (隔壁村). */
  | { type: "others" }
  | { type: "marker"; marker: Marker }
  | { type: "blocked" }
);

// (「一亿一千来万」: a hedge may sit inside the tail, before its 万.)
const AMOUNT =
  /(?<![\d.])(\d+(?:\.\d+)?)([多余来几]?)(亿|千万|百万|十万|万)(?:(\d+(?:\.\d+)?)([多余来几]?)(千万|百万|十万|万|千)?(?![\d.]*[家个户间%年月]))?([多余来几]?)(?:元|块钱|块)?(?![多余来几]?(?:[家个户间所平亩㎡米人单件票次]|包裹))|(?<![\d.])(\d+(?:\.\d+)?)(?:元|块钱|块)/g;
const YUAN_WRITTEN =
  /(?:¥|￥|RMB|人民币)\s*(\d+(?:\.\d{1,2})?)(?![\d.]|\s*[万亿千百])|(?<![\d.])(?=\d{5,}\.\d\d(?!\d))(\d+\.\d\d)/g;
// 「14个月」 is a duration, not a count.
// (「二十多个省的选手」: a count of provinces, cities or people counts nothing of the facts; 「两个50万」 counts
// sums of money.)
const COUNT =
  /(?<![\d.])(\d+(?:\.\d+)?万?)([多余来几]?)(家|个|户|间|所)(?![万亿月省市县区人国城]|\s*\d+(?:\.\d+)?[万亿])/g;
const PERCENT = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|个点|个百分点)/g;
// (「2022年6月」: the month said with its year is part of the date, never six months.)
const YEAR = /(?<![\d.])(19\d\d|20\d\d)\s*年(?:\d{1,2}月份?)?(?!多|半|以上)/g;
// 「21年4月」「19年就进去了」: a year said in two digits, before its month or what happened in it; 「24年九百多万」
// 「23年卖了八百来万」: at a clause's start, before what was sold that year.
const SHORT_YEAR =
  /(?<![\d.个])(1[5-9]|2\d)年(?:\d{1,2}月份?|(?=(?:的时候|那会儿?)?(?:就|才)?(?:进|入|成立|注册|开|纳统|评上|认定|迁|拿|获|得过|领))|(?<!(?:立|满|了|营|有|近|快|这|过|足|第|多)\d\d年)(?=(?:全年|一年|总算|终于|才|就|又|也)?(?:卖|做|网上|线上|零售|销售|过了|超过|突破|达到|\d)))/g;
const SHARE_OF =
  /(?<![\d.一二两三四五六七八九十百千万])([\d一二两三四五六七八九十百千万]+)\s*(?:单|件|个|票|份|次)(?:快递|包裹)?(?:里头|里面|里边|当中|之中|中|里)(?:大概|差不多|能|就)?有?([\d一二两三四五六七八九十百千万]+)\s*(?:单|件|个|票|份|次)/g;
const TENTHS = /(?<![\d.])([1-9])成(?:([1-9])|(半))?(多)?(?![\d是会能要就])/g;
// (「21年4月」 is a date: a duration in years here is short.)
const YEARS_AND_MONTHS = /(?<![\d.])([1-9])(?:个)?年(?:零|又)?(\d+)个?月(多)?/g;
const MONTHS = /(?<![\d.])(\d+(?:\.\d+)?)(个)?(年|月)(多|半)?/g;

const WORDS: { word: string; mention: Omit<Mention, "start" | "end" | "text"> }[] = [
  ...FACT_WORDS.flatMap((words) =>
    words.cues.map((word) => ({ word, mention: { type: "cue" as const, words, bySound: false } })),
  ),
  ...REMARK_WORDS.map((word) => ({ word, mention: { type: "remark" as const } })),
  ...SUBJECT_WORDS.map((s) => ({ word: s.word, mention: { type: "subject" as const, subject: s.subject } })),
  ...(Object.entries(MARKERS) as [Marker, readonly string[]][]).flatMap(([marker, words]) =>
    words.map((word) => ({ word, mention: { type: "marker" as const, marker } })),
  ),
  ...NOT_CUES.map((word) => ({ word, mention: { type: "blocked" as const } })),
  ...OTHER_SUBJECT_WORDS.map((word) => ({ word, mention: { type: "others" as const } })),
].sort((a, b) => b.word.length - a.word.length);

// Cues spoken right but typed otherwise: two characters or more, matched by sound, unless the fact's table
// says a cue's sound is another common word's.
const SOUNDED = FACT_WORDS.flatMap((words) =>
  words.cues
    .filter((c) => c.length >= 2 && /^[\u4e00-\u9fff]+$/.test(c) && !words.notBySound?.includes(c))
    .map((c) => ({ cue: c, words, sound: soundOf(c) })),
);

// The same cues by length, then by sound: a place in the message is heard once per length, not once per cue.
const SOUNDED_BY_LENGTH = new Map<number, Map<string, (typeof SOUNDED)[number][]>>();
for (const s of SOUNDED) {
  const bySound = SOUNDED_BY_LENGTH.get(s.cue.length) ?? new Map<string, (typeof SOUNDED)[number][]>();
  bySound.set(s.sound, [...(bySound.get(s.sound) ?? []), s]);
  SOUNDED_BY_LENGTH.set(s.cue.length, bySound);
}

/** The mentions of a normalised message, in order of place. */
export const findMentions: (text: string) => Mention[] = remembered(
  (text: string) => mentionsOf(text),
  (text) => text,
  (ms) => ms.map((m) => ({ ...m })),
);

// Words whose second character may open a marker (以后|年, 之后|年): the segmenter can cut them the other way.
const CLOSES_A_WORD = new Set([
  "以后",
  "之后",
  "然后",
  "今后",
  "此后",
  "往后",
  "最后",
  "前后",
  "随后",
  "先后",
]);

function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(text.length);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };
  const take = (m: Mention) => {
    out.push(m);
    taken.fill(1, m.start, m.end);
  };
  for (const m of text.matchAll(AMOUNT)) {
    const raw = m[0].replace(/[多余来几]/g, "");
    const value = parseYuan(raw);
    if (value === null || value <= 0) continue;
    const approx = /[多余几]/.test(m[0]) ? "more" : /来/.test(m[0]) ? "about" : null;
    take({
      type: "figure",
      kind: "yuan",
      value,
      approx,
      unit: m[3] ?? "元",
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  // 「¥36480000.00」「33860000.00」 (a report's cell, a bank's line): a sum of yuan by its sign or its cents.
  for (const m of text.matchAll(YUAN_WRITTEN)) {
    const value = Math.round(Number(m[1] ?? m[2]));
    if (value > 0 && free(m.index, m.index + m[0].length))
      take({
        type: "figure",
        kind: "yuan",
        value,
        approx: null,
        unit: "元",
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
  }
  for (const re of [YEAR, SHORT_YEAR])
    for (const m of text.matchAll(re))
      if (free(m.index, m.index + m[0].length))
        take({ type: "year", start: m.index, end: m.index + m[0].length, text: m[0] });
  // A whole regular-expression match as one figure, when its place is still free.
  const matched = (
    m: RegExpMatchArray,
    kind: MentionKind,
    value: number,
    unit: string,
    approx: Approx = null,
  ) => {
    if (free(m.index!, m.index! + m[0].length))
      take({
        type: "figure",
        kind,
        value,
        approx,
        unit,
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
      });
  };
  for (const m of text.matchAll(PERCENT)) matched(m, "percent", Number(m[1]), "%");
  // 「十单里头有九单」: a part of a whole said as two counts is a share.
  for (const m of text.matchAll(SHARE_OF)) {
    const [whole, part] = [parseNumber(m[1]!), parseNumber(m[2]!)];
    if (whole && part !== null && part <= whole)
      matched(m, "percent", Math.round((part / whole) * 1000) / 10, "%");
  }
  // 「八成五」 is 85%, 「七成半」 75%; 「八成是」「八成会」 is 「probably」.
  // (「八成多」 is more than 80%.)
  for (const m of text.matchAll(TENTHS))
    matched(m, "percent", Number(m[1]) * 10 + (m[3] ? 5 : Number(m[2] ?? 0)), "%", m[4] ? "more" : null);
  // A count and its hedge (多、来): 「二十多家」 is more than 20, read as 21 as the answers are (the policy's
  // 「超过」 then decides right); 「三十来家」 about 30.
  const count = (n: number, hedge: string | undefined, unit: string, start: number, end: number) => {
    const approx: Approx = hedge === "来" ? "about" : hedge ? "more" : null;
    const value = approx === "more" ? n + 1 : n;
    take({ type: "figure", kind: "count", value, approx, unit, start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(COUNT)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // 「两个数都报错了」「有两处要改」: a count of what was said is no count of anything.
    if (/^(数|数字|地方|问题|事|事儿)/.test(text.slice(m.index + m[0].length))) continue;
    const n = m[1]!.endsWith("万") ? Math.round(Number(m[1]!.slice(0, -1)) * 10_000) : Number(m[1]);
    count(n, m[2], m[3]!, m.index, m.index + m[0].length);
  }
  // 「差俩月满一年」: two months short of a year — ten.
  for (const m of text.matchAll(/差(\d+)个?月(?:就)?满(\d+)年/g))
    matched(m, "months", Math.max(0, Number(m[2]) * 12 - Number(m[1])), "月");
  // 「两年零三个月」「1年又5个月」: one duration.
  for (const m of text.matchAll(YEARS_AND_MONTHS))
    matched(m, "months", Math.round(Number(m[1]) * 12 + Number(m[2])), "月", m[3] ? "more" : null);
  for (const m of text.matchAll(MONTHS)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // 「这一年多成长性挺好」「这两年增长都不错」「近两年」: a time looked back over, not a time in the database.
    if (/(这|那|近|过去|最近)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 「21年下半年进的库」「21年9月」: a year of the calendar, no duration.
    if (
      !m[2] &&
      m[3] === "年" &&
      (Number(m[1]) >= 13 ||
        /^(下半年|上半年|底|初|年中|年末|年初|\d+月|[一二三四五六七八九十]+月|的时候|进|入|纳)/.test(
          text.slice(m.index + m[0].length),
        ))
    )
      continue;
    // 「今年到11月底」「3月份」: a month of the calendar, no duration (「11个月」 has its 个).
    if (
      !m[2] &&
      m[3] === "月" &&
      (/^(底|末|初|份|中旬|上旬|下旬|中|\d+[号日])/.test(text.slice(m.index + m[0].length)) ||
        // (「去年8月才入的库」「今年3月」: a month of a year named.)
        /(去年|今年|前年|明年|大前年)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) ||
        // (「二四年11月进的库」「11月入的库」: a month after a year said any way, or the month something happened in.)
        /年$/.test(text.slice(0, m.index)) ||
        /^(就|才|刚)?(进|入|纳|注册|开)/.test(text.slice(m.index + m[0].length)))
    )
      continue;
    const months = parseMonths(m[0]);
    if (months === null) continue;
    take({
      type: "figure",
      kind: "months",
      value: months,
      approx: m[4] === "多" ? "more" : null,
      unit: m[3]!,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  const tokens = segment(text);
  // A word inside a longer word of the segmenter is not that word (店 in 商店, 卖 in 买卖).
  const insideLonger = (a: number, b: number) =>
    tokens.some((t) => t.start <= a && t.end >= b && t.end - t.start > b - a && !WORD_SET.has(t.text));
  // (「主要是直播带货」: a marker that begins inside a word — 要是 in 主要|是 — is no marker.)
  const startsInside = (a: number, b: number) =>
    tokens.some((t) => t.start < a && a < t.end && b > t.end && !WORD_SET.has(t.text));
  // (Latin letters in either case: 「那个MCN机构」 is 那个mcn of the words.)
  const lower = text.toLowerCase();
  for (const { word, mention } of WORDS) {
    const w = word.toLowerCase();
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (!free(at, end) || insideLonger(at, end)) continue;
      if (mention.type === "marker" && startsInside(at, end)) continue;
      // (「迁回来以后年网络零售额做到了3500万」: 后年 whose first character closes 以后 is no year to come.)
      if (mention.type === "marker" && CLOSES_A_WORD.has(text.slice(at - 1, at + 1))) continue;
      take({ ...mention, start: at, end, text: text.slice(at, end) } as Mention);
    }
  }
  // A number said short, with no unit: in 万, as people say them (asked back unless the unit is said elsewhere).
  const saidShort = (digits: string, hedge: string | undefined, start: number, end: number) =>
    take({
      type: "figure",
      kind: "yuan",
      value: Number(digits) * 10_000,
      approx: hedge === "多" ? "more" : hedge ? "about" : null,
      unit: "",
      start,
      end,
      text: text.slice(start, end),
    });
  // 「网络零售额1800」: a number with no unit right after a cue of money — most likely 万, asked back.
  for (const cue of out.filter((m) => m.type === "cue" && m.words.kind === "yuan")) {
    // (「网上卖了4000多」「自己播的两千一」「零售额今年1350」: the verb, the year and a hedge may come between, and 多 after.)
    const bare =
      /^(?:的|是|有|为|:|了|卖了?|做了?|做到|达到|一共|总共|共|大概|大约|差不多|今年|去年|全年|当年|一年)*(\d{2,5})(多|来|左右)?(?![\d.]|\s*[万亿千百家个户间所%年月元块wW])/.exec(
        text.slice(cue.end),
      );
    // 「网络零售额 33860000」: six digits or more after a cue of money are yuan, as written.
    const whole =
      /^(?:[(（][^)）\d]{0,6}[)）])?(?:是|有|为|:|了|卖了?|做了?|做到|达到|一共|总共|共|[^\S\n])*(\d{6,10})(?![\d.]|\s*[万亿千百家个户间所%年月元块wW])/.exec(
        text.slice(cue.end),
      );
    if (whole) {
      const start = cue.end + whole[0].length - whole[1]!.length;
      if (free(start, cue.end + whole[0].length))
        take({
          type: "figure",
          kind: "yuan",
          value: Number(whole[1]),
          approx: null,
          unit: "元",
          start,
          end: cue.end + whole[0].length,
          text: whole[1]!,
        });
      continue;
    }
    if (!bare) continue;
    const start = cue.end + bare[0].length - bare[1]!.length - (bare[2]?.length ?? 0);
    const end = start + bare[1]!.length + (bare[2]?.length ?? 0);
    if (free(start, end)) saidShort(bare[1]!, bare[2], start, end);
  }
  // 「网上卖了一千一 哦不对 是一千二」: a number said again after a word of the mistake is a figure as the one it
  // replaces was (the grammar then puts it in that one's place).
  for (const first of out.filter((m) => m.type === "figure" && m.kind === "yuan" && m.unit === "")) {
    const again = new RegExp(
      `^[\\s，,]*(?:哦|噢|啊|呃|嗯)?[\\s，,]*(?:${SAID_WRONG.source})[了啦]?[\\s，,]*(?:应该是|应该|是)?[\\s]*(\\d{2,5})(多|来|左右)?(?![\\d.]|\\s*[万亿千百家个户间所%年月元块wW])`,
    ).exec(text.slice(first.end));
    if (!again) continue;
    const end = first.end + again[0].length;
    const start = end - again[1]!.length - (again[2]?.length ?? 0);
    if (free(start, end)) saidShort(again[1]!, again[2], start, end);
  }
  // 「3000万整的话」: 的话 right after a figure makes it a condition (a hypothetical); after a noun it only
  // names the topic (「我们村的话」).
  for (const m of text.matchAll(/的话/g)) {
    const before = out.find(
      (f) => f.type === "figure" && f.end <= m.index && /^整?$/.test(text.slice(f.end, m.index)),
    );
    if (before && free(m.index, m.index + 2))
      take({ type: "marker", marker: "hypothetical", start: m.index, end: m.index + 2, text: "的话" });
  }
  // 「活跃网店么一百出头吧」「网店有30」: a number with no measure word right after a cue of a count is that count.
  for (const cue of out.filter((m) => m.type === "cue" && m.words.kind === "count")) {
    const bare =
      /^(?:么|嘛|是|有|为|:|大概|大约|差不多|估计|[^\S\n])*(\d{1,4})([多余来几]?)(?![\d.多余来几]|\s*[万亿千百家个户间所%年月元块wW])/.exec(
        text.slice(cue.end),
      );
    if (!bare) continue;
    // (「天猫店卖了两千八 抖音店一千五」: a number after a shop named by its platform is what it sold.)
    if (/(天猫|淘宝|京东|抖音|快手|拼多多|微店|小红书|视频号)(旗舰|专卖)?店$/.test(text.slice(0, cue.end)))
      continue;
    const start = cue.end + bare[0].length - bare[1]!.length - bare[2]!.length;
    const end = start + bare[1]!.length + bare[2]!.length;
    if (!free(start, end)) continue;
    count(Number(bare[1]), bare[2] || undefined, "", start, end);
  }
  // 「去年是一千四 今年到现在才六百多万」「实物的大概三千三 虚拟的…五百来万」: a number said short beside a figure in
  // 万 is in 万 too — the unit said once, for both. (Not a bar passed — 「过3000」 —, an old figure denied or talked
  // about — 「不是2980」「2500是连…一起算的」 —, a year, or what a shop named by its platform sold.)
  if (out.some((m) => m.type === "figure" && m.kind === "yuan" && /万/.test(m.unit)))
    for (const m of text.matchAll(
      /(?<![\d.a-zA-Z第前后近过到破超上够满差比])(\d{3,5})(多|来|左右)?(?![\d.几]|\s*[万亿千百家个户间所%年月号日天成元块wWkK倍是])/g,
    )) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end) || /^20[12]\d$/.test(m[1]!)) continue;
      const before = text.slice(Math.max(0, start - 6), start);
      if (
        /不是|并不是|可不是|(天猫|淘宝|京东|抖音|快手|拼多多|微店|小红书|视频号)(旗舰|专卖)?店$/.test(before)
      )
        continue;
      saidShort(m[1]!, m[2], start, end);
    }
  // By sound, where no character matched: 「自波」 for 自播, 「电上」 for 电商.
  const sound = SOUNDED.length > 0 && /[\u4e00-\u9fff]/.test(text) ? sounds(text) : [];
  // A word heard wrong is still a word: a match by sound starts and ends where the segmenter's words do
  // (「是五统一」 holds no 实物 across 是|五统一).
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  for (let i = 0; i < sound.length; i++) {
    if (!sound[i] || !starts.has(i)) continue;
    for (const [length, bySound] of SOUNDED_BY_LENGTH) {
      const end = i + length;
      if (end > text.length || !ends.has(end)) continue;
      for (const { cue, words } of bySound.get(sound.slice(i, end).join(" ")) ?? []) {
        // A numeral is said as one (「是五统一」 is no 实物).
        if (/[一二两三四五六七八九十百千万亿零]/.test(text.slice(i, end))) continue;
        // A longer cue heard by sound wins over shorter words read inside it (「桃宝村」 is 淘宝村, not a 村).
        const inside = out.filter((m) => m.start < end && m.end > i);
        if (
          inside.some(
            (m) => m.type === "figure" || m.start < i || m.end > end || m.end - m.start >= cue.length,
          )
        )
          continue;
        for (const m of inside) out.splice(out.indexOf(m), 1);
        take({ type: "cue", words, bySound: true, meant: cue, start: i, end, text: text.slice(i, end) });
      }
    }
  }
  // 「俺们镇有五个村都认定成电商村了」: a subject word right after a count is what is counted, not who speaks —
  // and a cue inside it (「三个是电商村」: 电商村) is the count's noun.
  // (「4个村评上电商村了」: the title said after the counted word — 评上电商村 — is the count's noun too.)
  const counted = out.filter(
    (m) =>
      m.type === "subject" &&
      (out.some((f) => f.type === "figure" && f.kind === "count" && f.end === m.start) ||
        (/^(评|当|是)/.test(m.text) &&
          out.some(
            (f) =>
              f.type === "figure" &&
              f.kind === "count" &&
              f.end <= m.start &&
              /^(村|庄|个村)?([都也全]|已经|都已经)?$/.test(text.slice(f.end, m.start)),
          ))),
  );
  const kept = out.filter((m) => !counted.includes(m));
  for (const m of counted) {
    const inner = WORDS.find(
      ({ word, mention }) => mention.type === "cue" && word.length < m.text.length && m.text.endsWith(word),
    );
    if (inner)
      kept.push({
        ...inner.mention,
        start: m.end - inner.word.length,
        end: m.end,
        text: inner.word,
      } as Mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The message with every cue heard by sound written as the cue it sounds like (same length). */
export function asMeant(text: string): string {
  let out = text;
  for (const m of findMentions(text))
    if (m.type === "cue" && m.meant) out = out.slice(0, m.start) + m.meant + out.slice(m.end);
  return yesNoAsMeant(out);
}

// Yes-or-no words of three characters or more, by length then by sound: 「生产企页」 typed for 生产企业 is read
// as meant by the yes-or-no tables. (Shorter ones sound like too many other words.)
const YES_NO_BY_SOUND = new Map<number, Map<string, string>>();
for (const word of new Set(BOOLEAN_WORDS.flatMap((b) => b.words)))
  if (word.length >= 3 && /^[\u4e00-\u9fff]+$/.test(word)) {
    const bySound = YES_NO_BY_SOUND.get(word.length) ?? new Map<string, string>();
    bySound.set(soundOf(word), word);
    YES_NO_BY_SOUND.set(word.length, bySound);
  }

/** The text with yes-or-no words heard by sound written as meant (same length, so places stay). */
const yesNoAsMeant: (text: string) => string = remembered(
  (text: string) => yesNoHeard(text),
  (text) => text,
  (t) => t,
);

function yesNoHeard(text: string): string {
  if (!/[\u4e00-\u9fff]{3}/.test(text)) return text;
  const sound = sounds(text);
  let out = text;
  for (let i = 0; i < sound.length; i++) {
    if (!sound[i]) continue;
    for (const [length, bySound] of YES_NO_BY_SOUND) {
      if (i + length > sound.length) continue;
      const word = bySound.get(sound.slice(i, i + length).join(" "));
      const said = out.slice(i, i + length);
      if (!word || said === word || /[一二两三四五六七八九十百千万亿零]/.test(said)) continue;
      out = out.slice(0, i) + word + out.slice(i + length);
    }
  }
  return out;
}

const WORD_SET = new Set(WORDS.map((w) => w.word));
