// Corrections in everyday words, read into the 「修改 <fact> <value>」 the dialog already carries out:
// 「零售额改成3200万」「活跃网店应该是30家」 name the fact; 「不对不对 是3200万」「刚才说错了 应该是3200万」 name none
// and mean the answer just given.

import {
  FACTS,
  parseNumber,
  parseYesNo,
  parseYuan,
  readAnswer,
  SUBJECT_LABELS,
  type AskableFact,
  type SubjectType,
} from "../../rules/index.ts";
import { FACT_ALIASES, findFact } from "./fact-names.ts";
import type { DialogState } from "./state.ts";
import { DETAIL_DENIED, knownLiveRoom, knownOf, readAskedYesNo, readFacts } from "./understanding/facts.ts";
import { moreThanSaid } from "./understanding/doubts.ts";
import { entryMonths } from "./understanding/hedges.ts";
import { normalise } from "./understanding/normalise.ts";
import { findMentions } from "./understanding/mentions.ts";
import { sameAsBefore } from "./understanding/same-as-before.ts";
import { parse } from "./understanding/grammar.ts";
import { NOT_OWN_GOODS, SAID_WRONG } from "./understanding/lexicon.ts";
import { looksLikeQuestion } from "./understanding/index.ts";
import { FACT_WORDS, NOT_YET, SOUND_ALIKE, SUBJECT_WORDS } from "./understanding/lexicon.ts";

// 「把2600万改成2750万」: the old value named instead of the fact.
const OLD_VALUE =
  /^(?:把|将)?(?:那个|刚才的|刚才那个)?(.+?)(?:的那个数|这个数|那个数)?(?:改成|改为|换成|变成|更正为|应该是)(.+)$/;
// 「网店不是25家是28家」: a fact named, its old value denied, the new one said.
const DENIED = /^(.+?)(?:不是|并不是)[^，,。]+?[，,\s]*(?:而)?(?:是|应该是|应为)(.+)$/;
// A cue that something said was wrong, anywhere in the message.
const WRONG =
  /搞错了|弄错了|说错了|答错了|是错的|不准|说高了|说低了|报高了|报低了|写高了|写低了|说多了|说少了|选错了|点错了|按错了|回错了|说岔了|搞岔了|弄岔了|写错了|填错了|打错了|多打了|少打了|[报写说填打]成了?(?!绩|功|本|交|立)|搞混了?|弄混了?|说大了|说小了|报大了|报小了|[写填打输录记][多少大小]了|[多少](打|写|输|说)了?(一)?个零|多说了|少说了|多写了|少写了|输错了|记错了|报错了|多报了?|少报了?|报多了|报少了|看串行?了|串行了|看岔了|记岔了|看漏了|漏了个|漏了一|漏算了|少算了|是上半年的|是下半年的|是半年的|(?<!我)看成了?(?=全年|一年|今年|去年)|的看成|又数了(一)?遍|重新数了|再数了(一)?遍|算错了|看错(?:报表|表格|账本|账|表|行|栏|列|数)?了|口误|看串了|[搞弄说写填报]反了|核了(一)?下|(核|对|查|算)了(一)?遍|再核(对)?(一)?下|重新核(对)?(一)?下|作废|不作数|不算数|(以|按)(这个|此|这|这个数|这个为|后面这个)?为准|不对|错了|更正|纠正|其实是|其实(只有|才|不到)|实际上是|实际(只有|才)|查了(一)?下(账|账本|报表|数据|系统)|记成(了)?别的|记串了?|记混了?|对账了|对了账|对了(一)?下账|是含税的|是不含税的|含税的数|不含税的是|按含税算|按不含税算|用含税的|用不含税的|补录|最终是|最终的数|最后定下来是|准数|准确的数|确切的数|准确数|确切数|正确的数|准确的是|确切的是|实际数|账上是|报表上是|(核对|核实|对)了(一)?下|重新(算|核|查)了|核完|核过|核(了|实了|对了)(?=[，,。\s]|$)|对完账|对过账|漏算|漏统计|漏报|少算|多算|算漏|少统计|多统计|实际是|实际应该是|是(前年|去年|上年|往年|以前|之前|旧|上个月|上月)[^，,。\s]{0,3}的(数|数字|数据)?(?![^，,。\s]{0,6}[吗呢？?])|是(今年)?(到现在|到目前|截至目前|截止目前|截止到现在|截至现在|前几个月|头几个月)的|(之前|刚才|前面|开始|原来)(看|说|报|填|给)的(是|那个)?[^，,。\s]{0,6}(没审|未审|不准|草稿|预估|估的|估算)|(没审|未审|没审计|没审核)的数/;

/** The value as the 「修改」 reads it: 「3000000元」「30」「是」. */
function valueText(fact: AskableFact, v: unknown): string {
  if (typeof v === "boolean") return v ? "是" : "否";
  if (FACTS[fact].type === "yuan") return `${String(v)}元`;
  if (FACTS[fact].type === "months") return `${String(v)}个月`;
  if (FACTS[fact].type === "percent") return `${String(v)}%`;
  return String(v);
}

/** The fact whose known value `said` is (「2600万」「25家」), among those answered. */
function factWithValue(said: string, s: Pick<DialogState, "history" | "facts">): AskableFact | null {
  const figure = parse(said).mentions.find((m) => m.type === "figure");
  if (!figure || figure.type !== "figure") return null;
  // 「3500万没错 国家级示范那个改成是」: a figure said to be right is not the one to change.
  if (/没错|是对的|没问题|不用改|不变/.test(said)) return null;
  const facts = s.facts as Record<string, unknown>;
  return [...s.history].reverse().find((f) => holds(facts, f, figure.value)) ?? null;
}

/** Whether the known answer of `f` is the figure said — 6001 万 written for 「六千多万」 is 「6000万」 said again. */
function holds(facts: Record<string, unknown>, f: AskableFact, value: number): boolean {
  return facts[f] === value || facts[f] === moreThanSaid(f, value, facts.subjectType as string | undefined);
}

const kindOfFact = (f: AskableFact) => {
  const type: string = FACTS[f].type;
  return ["yuan", "count", "percent", "months"].includes(type) ? type : null;
};

/**
 * 「三千一百万 哦不对 三千一是含退款的 去掉退款是三千零二十万」 to the figure asked: an answer put right in the same breath
 * — a figure of the kind asked before the word of the mistake, no known answer's, and another after it. The answer
 * reader takes the last; no known fact is corrected.
 */
function putRightInBreath(said: string, asking: AskableFact, facts: DialogState["facts"]): boolean {
  const kind = kindOfFact(asking);
  if (!kind) return false;
  const flat = normalise(said);
  const wrong = SAID_WRONG.exec(flat);
  if (!wrong) return false;
  const figures = findMentions(flat).filter(
    (m): m is Extract<typeof m, { type: "figure" }> => m.type === "figure" && m.kind === kind,
  );
  const before = figures.filter((m) => m.end <= wrong.index);
  const known = facts as Record<string, unknown>;
  // (The grammar says which was put right: 「差一百万够不着五千万 刚才看错了 其实是五千零六十万」 puts right no figure
  // said in it — a known one.)
  const replaced = parse(said, knownOf(known), asking).remarks.filter((r) => r.why === "replaced");
  return (
    before.length > 0 &&
    figures.some((m) => m.start >= wrong.index) &&
    before.some((m) => replaced.some((r) => r.value === m.value)) &&
    // (「不是两千二 是三千二」: a figure denied, or one known said short without its 万, is a known answer put right.)
    !/不是|并不是|并非/.test(flat.slice(0, before[0]!.start)) &&
    !before.some((m) =>
      (Object.keys(known) as AskableFact[]).some(
        (f) => holds(known, f, m.value) || (m.unit === "" && holds(known, f, m.value * 10_000)),
      ),
    )
  );
}

/**
 * Two different figures said, either of which may be the old one: the fix for the first order that names a known
 * answer (the old value first, then the new), or null.
 */
function eitherWay(a: string, b: string, fix: (old: string, now: string) => string | null): string | null {
  if (a === b) return null;
  return fix(a, b) ?? fix(b, a);
}

/** 「1300万说错了 是1030万」: one figure is a known answer's value, another of its kind the new one. */
function oldValueNamed(text: string, s: Pick<DialogState, "history" | "facts">): string | null {
  const figures = parse(text).mentions.filter((m) => m.type === "figure");
  const facts = s.facts as Record<string, unknown>;
  for (const old of figures) {
    if (old.type !== "figure") continue;
    const fact = [...s.history]
      .reverse()
      .find((f) => holds(facts, f, old.value) && kindOfFact(f) === old.kind);
    if (!fact) continue;
    // (「那35家有10几家早关了 还在开的就20家」: the new one is said last.)
    const next = figures
      .filter((m) => m !== old && m.type === "figure" && m.kind === old.kind && m.value !== old.value)
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (next) return `${FACT_ALIASES[fact][0]} ${next.text}`;
  }
  // 「是3200万 2800是前年的」: the old figure said bare, in the 万 of the amount beside it.
  const amount = figures.find((m) => m.type === "figure" && m.kind === "yuan");
  if (amount?.type === "figure")
    for (const bare of normalise(text).matchAll(
      /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(?![0-9.]*\s*(?:万|亿|元|w|家|个|%))/gi,
    )) {
      const yuan = Math.round(Number(bare[1]) * 10000);
      const fact = [...s.history].reverse().find((f) => facts[f] === yuan && kindOfFact(f) === "yuan");
      if (fact && yuan !== amount.value) return `${FACT_ALIASES[fact][0]} ${amount.text}`;
    }
  // 「七十五是上个月的 现在整体是八十二」「网店二十 不是十九」: a known share or count said bare, beside another bare
  // number or a figure of its kind — that one is the new value.
  {
    // (Numerals as said: 「七十五」 before 是 is a number here, whatever the normaliser leaves.)
    const bare = [
      ...text.matchAll(
        /(?<![零〇一二两三四五六七八九十百千\d.])([零〇一二两三四五六七八九十百千\d.]{2,}|\d)(?![零〇一二两三四五六七八九十百千\d.]|\s*(?:万|亿|元|w|个月|年|月))(\s*[%家个])?/gi,
      ),
    ]
      .map((m) => [m[0], String(parseNumber(m[1]!) ?? "")] as const)
      .filter(([, n]) => n !== "");
    if (bare.length === 2 && (WRONG.test(text) || /不是|是.{0,6}的|现在|其实/.test(text))) {
      const fix = eitherWay(bare[0]![1], bare[1]![1], (old, now) => {
        const fact = [...s.history]
          .reverse()
          .find(
            (f) => (kindOfFact(f) === "percent" || kindOfFact(f) === "count") && facts[f] === Number(old),
          );
        return fact ? `${FACT_ALIASES[fact][0]} ${now}${kindOfFact(fact) === "percent" ? "%" : ""}` : null;
      });
      if (fix) return fix;
    }
  }
  // 「980不对 是1080」「26不对 是28」: both said bare — the old one a known count as it is, or a known amount in
  // its 万; the other, said after it, the new value in the same unit.
  if (figures.length === 0 && (WRONG.test(text) || /不是|改/.test(text))) {
    const bare = [
      ...normalise(text).matchAll(
        /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(?![0-9.]*\s*(?:万|亿|元|w|家|个|%|年|月))/gi,
      ),
    ];
    if (bare.length === 2) {
      const [a, b] = bare.map((m) => m[1]!);
      const known = (said: string) =>
        [...s.history]
          .reverse()
          .find(
            (f) =>
              (kindOfFact(f) === "count" && facts[f] === Number(said)) ||
              (kindOfFact(f) === "yuan" && facts[f] === Math.round(Number(said) * 10000)),
          );
      const fix = eitherWay(a!, b!, (old, now) => {
        const fact = known(old);
        return fact ? `${FACT_ALIASES[fact][0]} ${now}${kindOfFact(fact) === "yuan" ? "万" : ""}` : null;
      });
      if (fix) return fix;
    }
  }
  return null;
}

/**
 * 「刚那个9000万是集团合并报表的 我们自己是6100万」: a known answer's figure, then what it really was (是…的) — it
 * is named as the old value. (「这5000万里头有800万是直播卖的」 says what is inside it: no.)
 */
function explainsOldValue(text: string, s: Pick<DialogState, "history" | "facts">): boolean {
  const t = normalise(text);
  const facts = s.facts as Record<string, unknown>;
  return parse(text).mentions.some(
    (m) =>
      m.type === "figure" &&
      s.history.some((f) => holds(facts, f, m.value) && kindOfFact(f) === m.kind) &&
      /^\s*(那个|这个)?(是|算的是)[^，,。\s]{1,16}的/.test(t.slice(m.end)),
  );
}

/**
 * A correction read by the grammar: a subject named other than the one recorded (「搞错了，我们是镇里报的」),
 * or facts already answered stated again (「说错了 网店是30家 零售额没错」); the first is the change.
 */
export function restatedFact(rest: string, s: Pick<DialogState, "history" | "facts">): string | null {
  const said = parse(rest);
  // 「镇上的人说报上去了」 names a town without being it: only a subject said as theirs is a change.
  // (「打错了 是村 不是镇」: after the word of a mistake, 是 and a subject say whose figures they are.)
  const subject =
    said.subjectOwn || /^(是|应该是|其实是|说的是|我说的是)/.test(rest.trim()) ? said.subject : undefined;
  const was = (s.facts as { subjectType?: string }).subjectType;
  if (subject && was && subject !== was && /是|报|算|属于/.test(rest))
    return `${FACT_ALIASES.subjectType[0]} ${SUBJECT_LABELS[subject]}`;
  const { facts } = readFacts(rest, knownOf(s.facts as Record<string, unknown>), null);
  const known = s.facts as Record<string, unknown>;
  const changed = (Object.keys(facts) as AskableFact[]).find(
    (k) => k !== "subjectType" && s.history.includes(k) && known[k] !== facts[k],
  );
  return changed ? `${FACT_ALIASES[changed][0]} ${valueText(changed, facts[changed])}` : null;
}

const NAMED =
  /(改成|改为|换成|变成|改到|应该是|应该有|更正为|更正成|其实是|改一下|改下|改掉|帮我改|能改|可以改)/;
// A cue that the last answer was wrong, with what may come before it (「哦」「sorry」「我」「刚才那个」).
const UNNAMED =
  /^(?:(?:哦|噢|啊|呃|诶|哎|哎呀|等一下|等等|sorry|抱歉|不好意思)[，,\s]*)*(?:我|刚才|刚刚|上一个|上一题|前面|刚才那个|那个)?(?:说|填|写|打|输|答|搞|看|算|数|记|按)?(?:不对不对|不对|错了|说错了|搞岔了|说岔了|记岔了|看岔了|弄岔了|有误|弄错了|搞错了|记错了|看错了|口误|(?<=[说报写填算数记打])(?:大|小|高|低|多|少)了|更正一下|更正|纠正一下|纠正|(?:漏了|漏算了|少算了|忘了算|忘算了)[^，,。\s\d]{0,6}(?=[，,。\s])|(?=改成|改为|改到|换成)|(?:算了)?[，,\s]*(?=改\s*[\d零一二两三四五六七八九十百千]))[了，,。！!、\s]*(是|应该是|改成|改为|改到|换成|其实是|改)?\s*(.+)$/i;
// 「不是3000万，是3200万」「刚才那个是3200万」: the old value denied, or the last answer named, then the new one.
const REPLACED =
  /^(?:不是|不是说)[^，,]+?[，,\s]*(?:而)?(?:[^，,。]{0,8}?)是\s*(.+)$|^(?:刚才那个|刚刚那个|上一个|上一题|sorry|抱歉|不好意思)[，,\s]*(?:应该)?是\s*(.+)$/i;

// The figures one amount may be said for by mistake: the two live rooms, and an agency's turnover.
const ROOMS = [
  "selfLiveRetailYuan",
  "thirdPartyLiveRetailYuan",
  "onlineRetailYuan",
  "physicalGoodsRetailYuan",
] as const;

/**
 * A figure read for one fact whose value is another's, known and not this one's: moved (「这2600万不是自己播的 是找
 * 第三方…」, 「6000万是整个机构的纳统零售额」).
 */
export function movedRoom(
  read: Partial<Record<string, unknown>>,
  known: Partial<Record<string, unknown>>,
): { from: AskableFact; to: AskableFact; value: number } | null {
  for (const to of ROOMS) {
    const value = read[to];
    if (typeof value !== "number" || known[to] !== undefined) continue;
    const from = ROOMS.find((r) => r !== to && known[r] === value && read[r] === undefined);
    if (from) return { from, to, value };
  }
  return null;
}

/** 「我们不是园区 是园区里入驻的一家MCN公司」: the last subject word after 「不是X」, or null. */
function subjectAfterDenial(text: string): SubjectType | null {
  const denial = /(不是|并不是|并非)[^，,。；;\s]*[，,。；;\s]*/.exec(text);
  if (!denial) return null;
  const rest = text.slice(denial.index + denial[0].length).toLowerCase();
  let last: { at: number; subject: SubjectType } | null = null;
  for (const { word, subject } of SUBJECT_WORDS) {
    const at = rest.lastIndexOf(word.toLowerCase());
    if (at >= 0 && (!last || at + word.length > last.at)) last = { at: at + word.length, subject };
  }
  return last?.subject ?? null;
}

/** 「这是俺们整个镇的数 不是哪个村的」: a subject other than `was` said before 「不是」 a word of `was`, or null. */
function subjectBeforeDenial(text: string, was: SubjectType | undefined): SubjectType | null {
  const denial = /(不是|并不是|并非)/.exec(text);
  if (!denial || !was) return null;
  const head = text.slice(0, denial.index).toLowerCase();
  const tail = text.slice(denial.index).toLowerCase();
  let last: { at: number; subject: SubjectType } | null = null;
  for (const { word, subject } of SUBJECT_WORDS) {
    const at = head.lastIndexOf(word.toLowerCase());
    if (at >= 0 && (!last || at + word.length > last.at)) last = { at: at + word.length, subject };
  }
  if (!last || last.subject === was) return null;
  return SUBJECT_WORDS.some((w) => w.subject === was && tail.includes(w.word.toLowerCase()))
    ? last.subject
    : null;
}

/** A yes-or-no fact answered already and named anywhere in `text`, as 「<alias> 是|否」. */
function namedInside(text: string, history: readonly AskableFact[]): string | null {
  let best: { fact: AskableFact; alias: string; at: number } | null = null;
  // People type MCN, mcn or Mcn alike.
  const lower = text.toLowerCase();
  for (const fact of history) {
    if (FACTS[fact].type !== "boolean") continue;
    for (const alias of FACT_ALIASES[fact]) {
      const at = lower.indexOf(alias.toLowerCase());
      if (at >= 0 && (!best || alias.length > best.alias.length)) best = { fact, alias, at };
    }
  }
  if (!best) return null;
  // (「不是市里MCN的奖」: a place may stand between the denial and the fact.)
  const negated = /(不是|没有|没被|没|未|不)\s*(被)?\s*(市里|区里|县里|省里|这个|那个)?的?$/.test(
    text.slice(Math.max(0, best.at - 6), best.at),
  );
  return `${FACT_ALIASES[best.fact][0]} ${negated ? "否" : "是"}`;
}

// 「还没认定下来」「没纳进去」「其实没迁过」: a yes-or-no answer said the other way round.
const SAID_NO = /还没|没有|没|未|不是|并非|并没/;
const SAID_INSTEAD =
  /其实|实际上|实际|还没|刚问了|问了|核实|查了|不对|错了|说错|搞错|弄错|记错|^(不是|并不是|并非)|已经|现在也|现在有|目前已|如今/;

// 「活跃网店漏算了3家」「零售额多报了200万」: the figure said is the difference, not the new value.
const DIFFERENCE =
  /(漏算|少算|漏报|少报|漏统计|少统计|漏掉|少写|少填|少说|少数|少打|多算|多报|多统计|多写|多填|多说|多数|多打)(了)?(?=[\d一二两三四五六七八九十几])(?![一1两2]?个[零0])/;

// 「多打了一个0」「少写了个零」: a zero too many or too few in the figure answered last.
const ZERO_SLIP = /([多少])(打|写|输|说|填|报)了?(一)?个[零0]/;

/** 「多打了一个0」 with no figure of its own: the latest figure answered, a tenth or ten times as much. */
function zeroSlip(text: string, s: Pick<DialogState, "history" | "facts">): string | null {
  const t = normalise(text);
  const slip = ZERO_SLIP.exec(t);
  if (!slip) return null;
  if (parse(t.replace(ZERO_SLIP, "")).mentions.some((m) => m.type === "figure")) return null;
  const facts = s.facts as Record<string, unknown>;
  const fact = [...s.history]
    .reverse()
    .find((f) => ["yuan", "count"].includes(FACTS[f].type) && typeof facts[f] === "number");
  if (!fact) return null;
  const was = facts[fact] as number;
  const now = slip[1] === "多" ? Math.round(was / 10) : was * 10;
  return `${FACT_ALIASES[fact][0]} ${valueText(fact, now)}`;
}

/** 「活跃网店漏算了3家」: the known answer of that kind, more or less by the figure said (never with a total). */
function byDifference(text: string, s: Pick<DialogState, "history" | "facts">): string | null {
  const t = normalise(text);
  const cue = DIFFERENCE.exec(t);
  if (!cue || /一共|总共|合计|其实是|实际是|应该是|准确是/.test(t)) return null;
  const figure = parse(t).mentions.find((m) => m.type === "figure" && m.start === cue.index + cue[0].length);
  if (!figure || figure.type !== "figure") return null;
  const facts = s.facts as Record<string, unknown>;
  const answered = [...s.history]
    .reverse()
    .filter((f) => kindOfFact(f) === figure.kind && typeof facts[f] === "number");
  const fact =
    answered.find((f) => FACT_ALIASES[f].some((a) => a.length >= 2 && t.slice(0, cue.index).includes(a))) ??
    answered[0];
  if (!fact) return null;
  const now = (facts[fact] as number) + (/^(漏|少)/.test(cue[1]!) ? figure.value : -figure.value);
  return now >= 0 ? `${FACT_ALIASES[fact][0]} ${valueText(fact, now)}` : null;
}

/**
 * 「示范那个其实还没认定下来」「纳统那个我刚问了财务 还没纳进去」「首次那个说错了」: a yes-or-no fact already
 * answered, named by its alias, and said now the other way (by its own words, a negation after the name, or
 * 「说错了」 alone) — with a word that it is said instead. Null otherwise.
 */
function yesNoContradicted(text: string, s: Pick<DialogState, "history" | "facts">): string | null {
  if (!SAID_INSTEAD.test(text)) return null;
  const lower = text.toLowerCase();
  const facts = s.facts as Record<string, unknown>;
  // 「MCN那个奖没拿过」: a fact's own words said the other way name it better than an alias (MCN) would.
  const subjectType = facts.subjectType as string | undefined;
  const stated = readFacts(text, { subjectType }, null).facts;
  for (const fact of [...s.history].reverse()) {
    if (FACTS[fact].type !== "boolean" || typeof facts[fact] !== "boolean") continue;
    const own = stated[fact];
    // (「下个月揽件也能统一了」: a plan turns no 「否」 into 「是」.)
    if (own === true && NOT_YET.some((w) => text.includes(w))) continue;
    if (typeof own === "boolean" && own !== facts[fact])
      return `${FACT_ALIASES[fact][0]} ${own ? "是" : "否"}`;
  }
  let best: { fact: AskableFact; at: number; alias: string } | null = null;
  for (const fact of s.history) {
    if (FACTS[fact].type !== "boolean" || typeof facts[fact] !== "boolean") continue;
    for (const alias of FACT_ALIASES[fact]) {
      const at = lower.indexOf(alias.toLowerCase());
      if (alias.length >= 2 && at >= 0 && (!best || alias.length > best.alias.length))
        best = { fact, at, alias };
    }
  }
  if (!best) return null;
  const after = text.slice(best.at + best.alias.length);
  // 「首次那个说错了」: the answer named and said to be wrong is the other way round, unless what follows says
  // which way (「纳统那个我说错了，我们已经纳统了」).
  const wrong =
    /^(那个|那项|那一项|那条|这个|这项|那题|这题|那道题)?(我)?(说错了|答错了|选错了|填错了|搞混了|弄混了|弄错了|搞错了|记错了|错了|不对)/.exec(
      after,
    );
  const then = wrong
    ? readFacts(after.slice(wrong[0].length), { subjectType }, null).facts[best.fact]
    : undefined;
  const said = wrong
    ? typeof then === "boolean"
      ? then
      : !facts[best.fact]
    : (readAskedYesNo(text, best.fact) ??
      (SAID_NO.test(after.split(/[，,。；;]/)[0]!) || SAID_NO.test(after.slice(0, 12)) ? false : null));
  if (said === null || said === facts[best.fact]) return null;
  return `${FACT_ALIASES[best.fact][0]} ${said ? "是" : "否"}`;
}

// 「我们自己不卖货 都是帮商家播」: the enterprise sells no goods of its own — its physical-goods sales are none,
// whatever it sold for others.

function ownGoodsNone(t: string, facts: Partial<DialogState["facts"]>): string | null {
  const known = facts.physicalGoodsRetailYuan;
  if (typeof known !== "number" || known === 0 || !NOT_OWN_GOODS.test(t.replace(/\s/g, ""))) return null;
  // (A figure said beside it is read as usual: this is only the sentence that says none.)
  if (findMentions(normalise(t)).some((m) => m.type === "figure")) return null;
  return `${FACT_ALIASES.physicalGoodsRetailYuan[0]} 0`;
}

/** The text to hand to the dialog's modify (「<fact alias> <value>」), or null when it is no correction. */
const TOTAL = /(?:总数|总额|总共|一共|合计|加起来)(?:是|为|有|应该是)?\s*(\d+(?:\.\d+)?(?:万|亿|元))/;

// 「上个月又评上两个」「今年新开了三家」: a clause of what was added; 「少说了十家」: of the difference.
/** 「这个两千一」「那个3600」 for a figure known as 2100 万 or 3600 万: the 万 left out is put back. */
export function withUnitOfKnown(text: string, facts: Record<string, unknown>): string {
  const known = new Set(
    (Object.keys(facts) as AskableFact[])
      .filter((k) => k in FACTS && FACTS[k].type === "yuan")
      .map((k) => facts[k]),
  );
  const that = text.replace(
    /(这个|那个)([零〇一二两三四五六七八九十百千\d.]+)(?![\d.万亿元块wk个家户间%])/gi,
    (whole, that: string, run: string) => {
      const m = /^(?:\d+(?:\.\d+)?)(?=万)/.exec(normalise(`${run}万`));
      return m && known.has(Number(m[0]) * 10000) ? `${that}${m[0]}万` : whole;
    },
  );
  if (that !== text || !/不是|不对|错|其实|实际/.test(text)) return that;
  // 「第三方直播那块是两千一 不是一千九」: two figures said short, one a known amount in its 万 — both are in 万.
  const RUN =
    /(?<![零〇一二两三四五六七八九十百千\d.])([零〇一二两三四五六七八九十百千\d.]+)(?![零〇一二两三四五六七八九十百千\d.万亿元块wk个家户间所%年月号日天成])/gi;
  // (A single character — 三 in 第三方 — is no figure said short.)
  const runs = [...text.matchAll(RUN)]
    .filter((m) => m[1]!.length >= 2)
    .map((m) => {
      const wan = /^(\d+(?:\.\d+)?)万$/.exec(normalise(`${m[1]}万`));
      return wan ? Number(wan[1]) : null;
    });
  if (runs.length !== 2 || runs.includes(null)) return that;
  const [a, b] = runs as [number, number];
  const oneKnown = known.has(a * 10000) !== known.has(b * 10000);
  return oneKnown && a >= 10 && b >= 10 && Math.max(a, b) / Math.min(a, b) <= 3
    ? text.replace(RUN, (run) => (run.length >= 2 ? `${run}万` : run))
    : that;
}

const LEFT_OUT = /^[^，,。；;\s\d]{0,8}(关了|关门|倒闭|停了|停业|不干了|注销|不算|没算|不开了|不卖了)/;
const LEVEL_DENIED = /算不上|不是|够不上|达不到|不到|谈不上|不算/;
const SUPPOSED = /^(如果|假如|假设|要是|万一)|[，,\s](如果|假如|假设|要是)/;
const MISTAKE_SAID =
  /改成|改为|改一下|改下|说错|写错|打错|报错|记错|弄错|搞错|搞反|看错|不对|更正|纠正|应该是|错了|有误|手滑|多打|少打|[写填打输录记][多少高低大小]了|口误|说岔|搞岔|讲岔|说差了/;

const ADDED_CLAUSE =
  /[^，,。；;\s]*((又|再|新)(评上|评了|认定|开了|开的|增加|添了|加了|签进来|签了|进来|加入|整合)|[多少](说|报|算|写|填|打|数|统计)了|(加上|算上)(?![^，,。；;\s]*是))[^，,。；;\s]*[\d零〇一二两三四五六七八九十]+[^，,。；;\s]*/g;

/**
 * The message without its clauses of what was added or missed (「电商村不是三个 是四个 上个月又评上两个」「网店是
 * 二十八家 少说了十家」), when a figure is still said without them: the new figure is the total, never the difference.
 */
function withoutAdded(text: string): string {
  // (The words stay — 「少算了」 is still a mistake said — only the figure of what was added or missed goes.)
  const rest = text
    .replace(ADDED_CLAUSE, (clause) =>
      clause.replace(/[\d零〇一二两三四五六七八九十]+[个家户间万亿元]?/g, ""),
    )
    .trim();
  return rest !== text && /[\d零〇一二两三四五六七八九十]/.test(rest) ? rest : text;
}

export function readCorrection(
  text: string,
  s: Pick<DialogState, "history"> & {
    facts?: DialogState["facts"];
    today?: string;
    asking?: DialogState["asking"];
  },
): string | null {
  // 「纳通那个我弄错了」: a word typed by voice for a fact's name is read as meant.
  let said = SOUND_ALIKE.reduce((x, [heard, meant]) => x.replaceAll(heard, meant), text.trim());
  if (s.history.length === 0) return null;
  // (「不是国家级的 是市级的」 to the 国家级示范 question: the answer to it, no correction of another.)
  if (s.asking && FACTS[s.asking].type === "boolean" && readAskedYesNo(said, s.asking) !== null) return null;
  if (s.asking && putRightInBreath(said, s.asking, s.facts ?? {})) return null;
  // 「京东店不是去年迁回来的 是今年迁回来的」: a detail put right (when, where), the thing itself said again — no
  // answer changes.
  if (DETAIL_DENIED.test(said)) return null;
  // 「上个月数据出来了 改成82%」「跟老板商量了 …」: what led to the change, said first, is no part of it.
  const led = said.replace(
    /^[^，,。；;\s\d]{0,10}(出来了|商量了|商量过了|刚说|刚刚说|说了|问过了|定了)[，,。；;\s]+(?=\S)/,
    "",
  );
  if (led !== said && /改成|改为|改到|换成|应该是|更正|翻一番|翻倍|加倍/.test(led)) said = led;
  // 「去年全年是5100万 今年上半年的2300万别记」: a clause said not to be taken is no part of the change.
  said = said
    .replace(
      /(^|[，,。；;\s])[^，,。；;\s]*(别记|不用记|不要记|甭记|别算|不用算|不要算)[^，,。；;\s]*/g,
      "$1",
    )
    .trim();
  // 「更正一下 是三千六百万 …纳统没错」: a clause that says another fact stands, wherever it is said, changes nothing.
  said = said
    .replace(/(^|[，,。；;\s])[^，,。；;\s\d]{1,8}(是对的|没错|没问题|不用改|不变)(?=[，,。；;\s]|$)/g, "$1")
    .trim();
  // 「算了 还是刚才那个3100万对」: back to a figure said before, of the one fact it was.
  const back = backTo(said, s.history, s.facts ?? {});
  if (back) return back;
  // 「额度要翻一番」: the loan wanted doubled (or halved) from the amount known. (Of sales, 「翻了一番」 is growth.)
  const times = /翻(了)?一番|翻(了)?一?倍|加倍/.test(said) ? 2 : /减半|砍半|少一半/.test(said) ? 0.5 : null;
  const loan = s.facts?.loanAmountYuan;
  if (times && typeof loan === "number" && /贷|额度/.test(said))
    return `${FACT_ALIASES.loanAmountYuan[0]} ${valueText("loanAmountYuan", Math.round(loan * times))}`;
  // 「哦对还有个极兔」「还漏了德邦」: companies of the fact's table named as left out, added to the count known.
  const added =
    namesAdded(said, s.facts ?? {}) ??
    totalAfterAdding(said, s.facts ?? {}) ??
    countSlip(said, s.facts ?? {}) ??
    changedBy(said, s.facts ?? {}) ??
    amountAdded(said, s.facts ?? {});
  if (added) return added;
  // 「3600万的话按1万补5块 是不是能补18万」「假如再多评上两个电商村 凑够四个」: a question or a what-if with no
  // word of a mistake changes nothing (its figures are worked out on a copy, or answered).
  if (
    (SUPPOSED.test(said) ||
      (looksLikeQuestion(said) && /是不是|吗|呢|[?？]|算不算|够不够|行不行|能不能/.test(said))) &&
    !MISTAKE_SAID.test(said)
  )
    return null;
  // 「不对是28 少打了个2」: the slip explained after the figure is no figure of its own.
  // (「应该是三个 前面多算了俩」: how many were counted wrong, said after the figure.)
  // (「活跃网店应该是21家 漏了两家」「是21家 有三家新开的忘算了」: how many were left out, said after the total;
  // 「活跃的只有18家 有两家今年没开张」: how many closed.)
  const slipSaid =
    /[，,\s]*(?:(前面|刚才|之前)?(少|多|漏)(打|写|输|按|算|数|报|说)?了?(一)?个?\s*[0-9零一二两三四五六七八九俩仨]\s*(个|家|户)?|有?\s*[0-9零一二两三四五六七八九俩仨]\s*(个|家|户)[^，,。；;\s\d]{0,6}(忘算了|忘了算|没算上?|漏算了|漏了|没统计上?|没开张|不开张了?|关了|关门了?|停了|停业了?|不干了|倒闭了|注销了))\s*$/;
  // (Only where what is left still names its fact — 「嗯那个电商村应该是三个 前面多算了俩」: the slip said is
  // otherwise the word of the mistake itself, 「应该是5家 漏算了一家」.)
  const unslipped = said.replace(slipSaid, "");
  if (
    slipSaid.test(said) &&
    /[\d零一二两三四五六七八九十百千万]/.test(unslipped) &&
    // (A slip of typing — 「少打了个2」 — is never the figure; one of counting names its fact first.)
    (/(打|写|输|按)了?(一)?个?\s*[0-9零一二两三四五六七八九俩仨]\s*(个|家|户)?\s*$/.test(said) ||
      findMentions(normalise(unslipped)).some((m) => m.type === "cue"))
  )
    said = unslipped;
  // 「这个两千一是跟达人机构合作卖的」: a known figure said short, without its 万.
  said = withUnitOfKnown(said, s.facts ?? {});
  // 「刚跟会计对了下账 多算了一百万 实际是两千八」「准确数是五千零八十万」: an amount said as what it really is, after
  // a word of the mistake, is the new value of the one amount known (or the one its words name); the difference
  // said beside it only explains it.
  const really = reallyIs(said, s.history, s.facts ?? {});
  if (really) return really;
  // 「网店数是对的 钱数应该是一千零二十万」: a first clause that says a fact stands is no part of the change.
  const t = withoutAdded(said).replace(
    /^[^，,。；;\s\d]{1,8}(是对的|没错|没问题|不用改|不变)[，,。；;\s]+(?=\S)/,
    "",
  );
  const withFacts = { history: s.history, facts: s.facts ?? {} };
  // 「在库可不是11个月，我们19年就进去了」: the time in the database denied, and when it entered said instead.
  // (「是十一个月 去年十二月才入的库」: months said outright are the figure; the date only explains it.)
  const flatT = normalise(t);
  const monthsSaid = findMentions(flatT).some(
    (m) =>
      m.type === "figure" &&
      m.kind === "months" &&
      !/(不是|可不是|并不是|并非)$/.test(flatT.slice(Math.max(0, m.start - 3), m.start)),
  );
  if (
    withFacts.facts.monthsInDatabase !== undefined &&
    s.today &&
    !monthsSaid &&
    /不是|记错|错了|不对|说错/.test(t)
  ) {
    const since = entryMonths(t, s.today, false, true);
    const decided = since ? (since.min >= 12 ? since.min : since.max < 12 ? since.max : null) : null;
    if (decided !== null && decided !== withFacts.facts.monthsInDatabase)
      return `${FACT_ALIASES.monthsInDatabase[0]} ${decided}个月`;
  }
  // 「严格说是全省范围的 算不上全国」: a level said again, the one known denied — no word of a mistake needed.
  const level = s.history.find((f) => FACTS[f].type === "influence" && withFacts.facts[f] !== undefined);
  if (level && LEVEL_DENIED.test(t)) {
    const kept = t
      .split(/[，,。；;\s]+/)
      .filter((c) => c && !LEVEL_DENIED.test(c))
      .join("，");
    const v = kept ? readAnswer(level, kept) : null;
    if (v !== null && v !== withFacts.facts[level]) return `${FACT_ALIASES[level][0]} ${valueText(level, v)}`;
  }
  const old = OLD_VALUE.exec(normalise(t));
  if (old) {
    const fact = factWithValue(old[1]!, withFacts);
    // 「1280万那个改成1208万 网店有24家」: the new value is the first clause after the verb.
    if (fact) return `${FACT_ALIASES[fact][0]} ${old[2]!.trim().split(/[，,。；;\s]/)[0]}`;
  }
  // 「上周又签进来一家 现在是5家」「最新统计出来了 是82%」「刚问了问 是四个」「得加上去年那半年 一共十五个月」: a
  // count, a share or a time said as what it is now, of the one fact of its kind known — unless the question pending takes that kind itself.
  const now =
    /(?:^|[，,。；;\s]|(?<=下来了|上了))(?:数据|数|实际数|准数)?(?:现在|目前|如今|实际上?|其实|准确说|确切说|准确的|确切的|实际的|具体|具体说|这样|这下|这么一来|那)?(?:就|也就)?(?:是|有|一共|总共|变成|成了)+\s*(\d+(?:\.\d+)?\s*(?:个月|[家个户间]|%))(?:了|啊|吧)?(?=[，,。；;\s]|$)/.exec(
      normalise(t),
    );
  if (
    now &&
    (/现在|目前|如今|最新|实际|其实|加上|算上|准确|确切|具体|问了|核了|查了|数了|统计出来|这样就|这下|这么一来|(认定|评|批)下来了?就|(又|再|新)[^，,。；;\s\d]{0,4}(认定|评上|评了|评出|签|开|加|进来|整合)/.test(
      t,
    ) ||
      /^\s*是/.test(t))
  ) {
    const kind = now[1]!.endsWith("%") ? "percent" : now[1]!.endsWith("个月") ? "months" : "count";
    const pending = s.asking ? kindOfFact(s.asking) : null;
    const known = s.history.filter((f) => kindOfFact(f) === kind && withFacts.facts[f] !== undefined);
    // (「上个月又认定了一个 现在是四个」 with shops and e-commerce villages known: the one its words name.)
    const named = known.filter(
      (f) =>
        FACT_WORDS.some((w) => w.fact === f && w.cues.some((c) => c.length >= 2 && t.includes(c))) ||
        (f === "ecommerceVillages" && /认定|评上|评了|评出/.test(t)) ||
        (f === "expressCompanies" && /快递|物流|签/.test(t)),
    );
    // (「镇里电商村现在除了东庄还有两个 一共三个」: a count whose words name another fact is not this one's.)
    const cued = findMentions(normalise(t)).flatMap((m) =>
      m.type === "cue" && m.words.kind === kind ? [m.words.fact] : [],
    );
    const one = known.length === 1 ? known[0] : named.length === 1 ? named[0] : undefined;
    if (one && cued.length > 0 && !(cued as string[]).includes(one)) return null;
    if (pending !== kind && one && parse(t).readings.every((r) => r.fact === one))
      return `${FACT_ALIASES[one][0]} ${now[1]}`;
  }
  const none = ownGoodsNone(t, withFacts.facts);
  if (none) return none;
  // 「自播的不是三千万 跟上面那个数一样」: a fact named, its value the figure said before of the same kind.
  const sameFact = findFact(t, s.history)?.candidates.find((f) => s.history.includes(f));
  const same = sameFact ? sameAsBefore(sameFact, t, withFacts) : null;
  if (sameFact && same) return `${FACT_ALIASES[sameFact][0]} ${valueText(sameFact, same.value)}`;
  const slip = zeroSlip(t, withFacts);
  if (slip) return slip;
  const difference = byDifference(t, withFacts);
  if (difference) return difference;
  const flipped = yesNoContradicted(t, withFacts);
  if (flipped) return flipped;
  // 「不对不对 1300万说错了 是1030万」「是4家 不是5家」: with a cue of a mistake, one figure is a known answer's
  // value and another of its kind is the new one.
  if (WRONG.test(t) || /不是|改/.test(t) || explainsOldValue(t, withFacts)) {
    const swapped = oldValueNamed(t, withFacts);
    if (swapped) return swapped;
  }
  const denied = DENIED.exec(t);
  if (denied && !/^(不对|错了|不是)/.test(t)) {
    const named = findFact(denied[1]!.replace(/^(?:哦|噢|啊|呃|对了|不好意思)[，,\s]*/, ""), s.history);
    if (named && named.candidates.some((c) => s.history.includes(c)))
      return `${FACT_ALIASES[named.candidates.find((c) => s.history.includes(c))!][0]} ${denied[2]!.trim()}`;
  }
  const replaced = REPLACED.exec(t);
  const unnamed = UNNAMED.exec(t);
  if (unnamed || replaced) {
    const rest = (unnamed ? unnamed[2]! : (replaced![1] ?? replaced![2])!).trim();
    // (「打错了 是村 不是镇」: the 是 the cue took is given back to read whose figures they are.)
    const withLead = `${unnamed?.[1] === "是" ? "是" : ""}${rest}`;
    // 「说错了 我们不是园区 是园区里入驻的一家MCN公司」: the subject meant is the last one said after the denial.
    // (「不是村 俺说的是俺们合作社一家企业…」: the denial may be the cue itself.)
    const meant = subjectAfterDenial(rest) ?? (replaced ? subjectAfterDenial(t) : null);
    if (meant && meant !== s.facts?.subjectType)
      return `${FACT_ALIASES.subjectType[0]} ${SUBJECT_LABELS[meant]}`;
    // 「搞错了 这是俺们整个镇的数 不是哪个村的」: the subject said before the denial of the one recorded.
    const before = subjectBeforeDenial(rest, s.facts?.subjectType);
    if (before) return `${FACT_ALIASES.subjectType[0]} ${SUBJECT_LABELS[before]}`;
    // (「说错了 我们是镇不是村 是全镇一共1.2亿」: the subject comes first; the figure, the same fact for a town, stays.)
    // 「不对 总数是6200万 自播没错」: the total is the subject's own sales, whatever else is said to stand.
    const total = TOTAL.exec(normalise(rest));
    const own =
      withFacts.facts.physicalGoodsRetailYuan !== undefined && !withFacts.facts.mcn
        ? "physicalGoodsRetailYuan"
        : "onlineRetailYuan";
    if (total && s.history.includes(own)) return `${FACT_ALIASES[own][0]} ${total[1]}`;
    // 「说错了 网店是30家 零售额没错」: of several, the fact restated with another value.
    if (/[，,\s]/.test(rest)) {
      const restated = restatedFact(withLead, withFacts);
      if (restated) return restated;
    }
    // 「不对 是全国性的论坛」: a level said for the influence answered (a word of the event names no other fact).
    const level = s.history.find(
      (f) =>
        FACTS[f].type === "influence" && readAnswer(f, rest) !== null && readAnswer(f, rest) !== s.facts?.[f],
    );
    if (level) return `${FACT_ALIASES[level][0]} ${rest}`;
    // The fact may still be named after the cue: 「不对，零售额是3200万」.
    const named = findFact(rest, s.history);
    // (「在库快两年了 二十二个月」: of two figures of its kind, the exact one said last.)
    const ofKind = parse(rest)
      .mentions.filter(
        (m) => m.type === "figure" && named?.candidates[0] && m.kind === kindOfFact(named.candidates[0]),
      )
      .sort((a, b) => a.start - b.start);
    if (named && ofKind.length >= 2) return `${FACT_ALIASES[named.candidates[0]!][0]} ${ofKind.at(-1)!.text}`;
    if (named) return rest;
    // …or inside it: 「不对，我们不是国家级示范企业，刚才按错了」 (a yes-or-no fact, its negation read).
    const inside = namedInside(rest, s.history);
    if (inside) return inside;
    // 「搞错了，我们是镇里报的」「说错了 网店是30家 零售额没错」: the grammar reads what is restated.
    const restated = restatedFact(rest, withFacts);
    if (restated) return restated;
    // 「不对，我们公司实物商品网上一年卖了3200万，不是直播那个」: a figure said with the word of a fact not
    // answered yet is that fact, stated now — no change to another answer.
    const fresh = readFacts(rest, knownOf(withFacts.facts), null);
    // 「这2600万不是自己播的 是找第三方直播机构带的货」: a live figure known for one room, said of the other.
    const moved = movedRoom(fresh.facts, withFacts.facts);
    if (moved) return `${FACT_ALIASES[moved.to][0]} ${valueText(moved.to, moved.value)}`;
    if (fresh.readings.some((r) => r.how === "cue" && !s.history.includes(r.fact as AskableFact)))
      return null;
    // (「不对不对 京东那个是九百二十万 我记岔了」: one shop of several named, with no shop's figure known, is none of
    // the answers — never the loan or a live room.)
    if (
      /京东|天猫|淘宝|拼多多|抖店|快手店|唯品会|1688/.test(rest) &&
      withFacts.facts.shopRetailYuan === undefined &&
      withFacts.facts.relocatedShopRetailYuan === undefined
    )
      return null;
    // 「极兔还没签合同，现在是4家」: the last figure said, to the latest answer of its kind.
    // (Never the loan unless the words say 贷: 「合计是两千零五十万」 after the loan is another figure.)
    const said = parse(rest).mentions.filter((m) => m.type === "figure");
    const last = said.at(-1);
    if (last && last.type === "figure") {
      const latest = [...s.history]
        .reverse()
        .find(
          (f) =>
            kindOfFact(f) === last.kind &&
            (f !== "loanAmountYuan" || /贷/.test(rest)) &&
            readAnswer(f, last.text) !== null,
        );
      if (latest) return `${FACT_ALIASES[latest][0]} ${last.text}`;
    }
    // The latest answer the new value can be an answer to: 「不对，应该是3200万」 after two yes-or-no
    // answers corrects the amount given before them; a figure is needed for a figure's question.
    const value = rest.replace(/^(是|应该是|其实是|改成|改为)/, "");
    const figure = /[0-9０-９]|[一二两三四五六七八九十百千万亿]/.test(value);
    const fits = [...s.history]
      .reverse()
      .find((f) => (FACTS[f].type === "boolean" || figure) && readAnswer(f, value) !== null);
    // (「漏了两家 应该是21户」 while the shops are asked: no answer given fits — it answers the question pending.)
    if (!fits && s.asking && readAnswer(s.asking, value) !== null) return null;
    const target = fits ?? s.history[s.history.length - 1]!;
    // (「哦不对 记岔了 前年拿的是区里的扶持 不是这个政策的」: a yes-or-no answer put right in a sentence is said as the
    // way it goes — what the sentence says of it, or the other way round from what is known when it denies.)
    if (FACTS[target].type === "boolean" && parseYesNo(rest) === null) {
      const was = (s.facts as Record<string, unknown> | undefined)?.[target];
      const v =
        readAskedYesNo(rest, target) ??
        (/不是|没|并非|不算|记岔|记错/.test(rest) && typeof was === "boolean" ? !was : null);
      if (v !== null) return `${FACT_ALIASES[target][0]} ${v ? "是" : "否"}`;
    }
    return `${FACT_ALIASES[target][0]} ${rest}`;
  }
  // 「我们其实是乡镇不是村」「算了还是按村里报吧」: the subject said again as theirs (「镇上的人说…」 is not).
  // 「说成公司了 其实是村里」「我是园区里一家入驻企业的 按企业来」: the subject said after the word that puts it
  // right is the one meant.
  const instead =
    /其实|实际上|准确说|应该是|不是|还是按|还是以|还是用|按(?=企业|公司|村|行政村|镇|乡镇|乡|园区|基地)/.exec(
      t,
    );
  // 「不好意思刚才说成镇了 是村」: after the word of the mistake, the subject said is the one meant.
  const mistake = WRONG.exec(t);
  if (instead || mistake) {
    const was = s.facts?.subjectType;
    const parts = [
      ...(instead ? [t.slice(instead.index)] : []),
      // (「说成镇了」: the word right after 说成 is the one said wrongly.)
      ...(mistake
        ? [
            t
              .slice(mistake.index + mistake[0].length)
              .replace(/成了?$/.test(mistake[0]) ? /^[^，,。；;\s了]*了?/ : /^/, ""),
          ]
        : []),
      ...(instead ? [t] : []),
    ];
    for (const part of parts) {
      const said = parse(part);
      const subject = said.subjectOwn ? said.subject : undefined;
      if (subject && was && subject !== was)
        return `${FACT_ALIASES.subjectType[0]} ${SUBJECT_LABELS[subject]}`;
    }
  }
  if (NAMED.test(t)) {
    const named = findFact(t, s.history);
    // The fact may be named anywhere in the message (「3500万没错 国家级示范那个改成是」).
    // (「直播那个数换成两千八百万」: 直播 is the one live room whose figure is known.)
    const live = /直播/.test(t) ? knownLiveRoom(withFacts.facts as Record<string, unknown>) : undefined;
    const known =
      named?.candidates.find((c) => s.history.includes(c)) ??
      [...s.history].reverse().find((f) => FACT_ALIASES[f].some((a) => a.length >= 2 && t.includes(a))) ??
      (live && s.history.includes(live) ? live : undefined);
    // 「在库时间改一下，是十四个月」「电商村刚才多说了一个，其实是3个」: the fact named, its last figure.
    // (「网店数是二十六家有三家上个月关了不算」: figures said of what is left out are not the new one.)
    const read = parse(t);
    // (「贷款额度改成一百二十万 另外我们实物商品网上零售额三千三百万」: a figure bound to another fact's own word
    // is that fact's, not the new value of the one named.)
    const othersFigure = (m: { text: string }) =>
      read.readings.some(
        (r) => r.said === m.text && r.how === "cue" && r.fact !== known && r.fact !== "live",
      );
    const figure = read.mentions
      .filter(
        (m) =>
          m.type === "figure" &&
          !LEFT_OUT.test(read.normalised.slice(m.end, m.end + 12)) &&
          !(known && othersFigure(m)),
      )
      .at(-1);
    if (known && figure && figure.type === "figure" && kindOfFact(known) === figure.kind)
      return `${FACT_ALIASES[known][0]} ${figure.text}`;
    // 「国家级示范那个改成是 今年刚认定的」: a yes-or-no fact named, and the way it goes after the verb.
    if (known && FACTS[known].type === "boolean") {
      const after = t.slice((NAMED.exec(t)?.index ?? 0) + (NAMED.exec(t)?.[0].length ?? 0)).trim();
      const v = readAskedYesNo(after, known) ?? parseYesNo(after.split(/[，,。\s]/)[0] ?? "");
      if (v !== null) return `${FACT_ALIASES[known][0]} ${v ? "是" : "否"}`;
    }
    // 「影响力说大了，其实是全省范围的比赛，不是全国的」: a level named, and the level said after the verb.
    if (known && FACTS[known].type === "influence") {
      const after = t.slice((NAMED.exec(t)?.index ?? 0) + (NAMED.exec(t)?.[0].length ?? 0)).trim();
      if (readAnswer(known, after) !== null) return `${FACT_ALIASES[known][0]} ${after}`;
    }
    // 「单量那个比例打成82了 其实是28」: a share or a count said bare after 是 is the new value.
    const bare =
      known && ["percent", "count"].includes(FACTS[known].type)
        ? /是\s*(\d+(?:\.\d+)?)(?![\d.]|\s*(?:万|亿|元|w|kw))/i.exec(normalise(t))
        : null;
    if (known && bare)
      return `${FACT_ALIASES[known][0]} ${bare[1]}${FACTS[known].type === "percent" ? "%" : ""}`;
    if (named && known && named.candidates.includes(known)) return t;
    // 「GMV改一下 1.02亿」: the grammar reads which fact the figure is.
    const restated = restatedFact(t, withFacts);
    if (restated) return restated;
  }
  // 「零售额多打了一个零，是300万」: a cue of a mistake anywhere, a fact named, and its new figure.
  const wrong = WRONG.exec(t);
  if (wrong) {
    const read = parse(t);
    // 「是十个月 还不满一年」: a figure said as one not reached is no new value.
    const figures = read.mentions.filter(
      (m) =>
        m.type === "figure" &&
        !/(不满|没满|未满|不到|不足|没到|快到|将近|接近|差一点到|差点到|差一点儿到)$/.test(
          read.normalised.slice(Math.max(0, m.start - 5), m.start),
        ) &&
        !LEFT_OUT.test(read.normalised.slice(m.end, m.end + 12)),
    );
    const lastFigure = [...figures].sort((a, b) => a.start - b.start).at(-1);
    // 「活跃网店多统计了几个其实是一百零三个」: the fact named before the mistake, with a figure of its kind, first.
    const namedBefore = s.history.find(
      (f) =>
        FACTS[f].type !== "boolean" &&
        FACT_ALIASES[f].some((a) => a.length >= 2 && t.slice(0, wrong.index).includes(a)) &&
        lastFigure?.type === "figure" &&
        kindOfFact(f) === lastFigure.kind,
    );
    if (namedBefore && lastFigure) return `${FACT_ALIASES[namedBefore][0]} ${lastFigure.text}`;
    // A figure said with the word of a fact not answered yet (the pending one, asked back before) is that fact.
    const unanswered = readFacts(t, knownOf(withFacts.facts), null);
    if (unanswered.readings.some((r) => r.how === "cue" && !s.history.includes(r.fact as AskableFact)))
      return null;
    const restated = restatedFact(t.slice(wrong.index + wrong[0].length), withFacts);
    if (restated) return restated;
    const named = s.history.find(
      (f) => FACT_ALIASES[f].some((a) => t.includes(a)) && FACTS[f].type !== "boolean",
    );
    if (named && lastFigure) return `${FACT_ALIASES[named][0]} ${lastFigure.text}`;
    // 「影响力选错了，是全国性的」: a fact named, and an answer to it after the mistake.
    const any = s.history.find((f) => FACT_ALIASES[f].some((a) => a.length >= 2 && t.includes(a)));
    const rest = t.slice(wrong.index + wrong[0].length).replace(/^[了，,。\s]+/, "");
    if (
      any &&
      FACTS[any].type !== "boolean" &&
      rest &&
      readAnswer(any, rest.replace(/^(是|应该是|其实是)/, "")) !== null
    )
      return `${FACT_ALIASES[any][0]} ${rest.replace(/^(是|应该是|其实是)/, "")}`;
    // 「示范那个我答错了 还没认定下来呢」: a yes-or-no answer named — what follows says which way, or it is
    // the other way round.
    const yesNo = s.history.filter(
      (f) => FACTS[f].type === "boolean" && FACT_ALIASES[f].some((a) => a.length >= 2 && t.includes(a)),
    );
    if (yesNo.length === 1 && figures.length === 0) {
      const f = yesNo[0]!;
      const after = t.slice(wrong.index + wrong[0].length).replace(/^[了，,。\s]+/, "");
      const was = (s.facts as Record<string, unknown> | undefined)?.[f];
      // 「我们是贸易公司 货是代工厂做的」 is no 「是」: only a short answer is read as one.
      const v =
        readAskedYesNo(after, f) ??
        (after.length <= 4 ? parseYesNo(after) : null) ??
        (/没|不是|未|还在|不算|并非/.test(after) ? false : null) ??
        (typeof was === "boolean" ? !was : null);
      if (v !== null) return `${FACT_ALIASES[f][0]} ${v ? "是" : "否"}`;
    }
    // 「多说了个零 是300万」「其实是五家」: the latest answer a figure of that kind answers.
    if (lastFigure && lastFigure.type === "figure") {
      const latest = [...s.history]
        .reverse()
        .find((f) => kindOfFact(f) === lastFigure.kind && readAnswer(f, lastFigure.text) !== null);
      if (latest) return `${FACT_ALIASES[latest][0]} ${lastFigure.text}`;
    }
  }
  return null;
}

// (「快递公司漏说了极兔」: left out when it was said.)
const ADDS = /还有|漏(?:说|算|报|写|数|掉)?了|忘(?:说|写)?了|落(?:下)?了|加上|再加|另外/;

// (「其实过五千万了 是5050万」: a bar passed, then the figure itself.)
// (「不对不对 会计刚跟俺说了 是三千二 俺记岔了」: or just 是, opening a clause.)
const REALLY =
  /(?:(?:实际上?|其实|准确|确切|正确|最终|最后)(?:的)?(?:数|数字|数据)?(?:应该)?|(?:过|超过|突破)了?[\d零〇一二两三四五六七八九十百千万亿.]+了?[，,\s]*(?:具体)?|(?<=^|[，,。；;\s])(?:应该)?)(?:是|为)\s*(?=[\d零〇一二两三四五六七八九十])/;

function reallyIs(said: string, history: readonly AskableFact[], facts: DialogState["facts"]): string | null {
  if (!WRONG.test(said) || looksLikeQuestion(said)) return null;
  const m = REALLY.exec(said);
  if (!m) return null;
  const t = normalise(said.slice(m.index + m[0].length).split(/[，,。；;\s]/)[0]!);
  const said_ = /^(\d+(?:\.\d+)?)(万|亿|元|块)?(?:了|啊|吧)?$/.exec(t);
  if (!said_) return null;
  const amounts = knownOfKind("yuan", facts);
  const fact = oneMeant(
    normalise(said.slice(0, m.index)),
    history.filter((f) => amounts.includes(f)),
  );
  if (!fact) return null;
  // (「实际是两千八」 of 2,900 万 known: a number said short is in the known amount's 万.)
  const was = (facts as Record<string, number>)[fact]!;
  const n = Number(said_[1]);
  const value = said_[2]
    ? parseYuan(t.slice(0, said_[1]!.length + said_[2].length))
    : n * 10_000 >= was / 3 && n * 10_000 <= was * 3
      ? n * 10_000
      : null;
  return value === null ? null : `${FACT_ALIASES[fact][0]} ${valueText(fact, value)}`;
}

/** The facts of one kind whose value is known. */
const knownOfKind = (kind: "yuan" | "count", facts: DialogState["facts"]) =>
  (Object.keys(FACTS) as AskableFact[]).filter(
    (f) => FACTS[f].type === kind && typeof (facts as Record<string, unknown>)[f] === "number",
  );

/** Of `among`, the one the words of `text` name first, else the only one: which known figure a change is of. */
function oneMeant(text: string, among: readonly AskableFact[]): AskableFact | undefined {
  const named = findMentions(text).flatMap((x) =>
    x.type === "cue" && among.includes(x.words.fact as AskableFact) ? [x.words.fact as AskableFact] : [],
  );
  return named[0] ?? (among.length === 1 ? among[0] : undefined);
}

// How many, as digits or a numeral.
const HOW_MANY = "(\\d+|[一两二三四五六七八九])";

// 「电商村数我报少了一个」「网店数重了一家 实际少一家」「电商村刚才多说了一个」「真正还在开的要少五家」「6家里头有一家是
// 本地的 不算」: a count said off by so many, from the one known — each way of saying it, and which way it goes.
const SLIPS: readonly [RegExp, (m: RegExpExecArray) => { sign: 1 | -1; d: string }][] = [
  [
    new RegExp(`(?:报|说|算|数|写|填|统计)(少|多)了\\s*${HOW_MANY}\\s*[个家]`),
    (m) => ({ sign: m[1] === "少" ? 1 : -1, d: m[2]! }),
  ],
  [
    new RegExp(`(多|少)(?:说|报|算|数|写|填|统计)了\\s*${HOW_MANY}\\s*[个家]`),
    (m) => ({ sign: m[1] === "少" ? 1 : -1, d: m[2]! }),
  ],
  [new RegExp(`(?:数|算|报|统计)重了\\s*${HOW_MANY}\\s*[个家]`), (m) => ({ sign: -1, d: m[1]! })],
  [
    new RegExp(
      `(?:实际(?:上)?|比(?:我|刚才|之前|前面|原来)?(?:说|报|写)?的)(少|多)\\s*(?:了)?\\s*${HOW_MANY}\\s*[个家]`,
    ),
    (m) => ({ sign: m[1] === "少" ? -1 : 1, d: m[2]! }),
  ],
  [
    new RegExp(`(?:要|得|应该|还要|还得)(?:再)?(?:少|减|减去|去掉)\\s*${HOW_MANY}\\s*[个家]`),
    (m) => ({ sign: -1, d: m[1]! }),
  ],
  [
    new RegExp(
      `(?:里头|里面|里|其中|当中)(?:有)?\\s*${HOW_MANY}\\s*[个家][^，,。；;]{0,8}(?:不算|本地|不是全国|还没|没)`,
    ),
    (m) => ({ sign: -1, d: m[1]! }),
  ],
  // (「电商村漏了一个 上个月刚认定的后岭村没算上」「漏了一家 极兔上个月也签进来了」: one left out — where no amount is
  // put right beside it: 「应该是一千零五十万 漏算了一个合作社的」 says why the amount changed.)
  [
    new RegExp(`^(?![^]*\\d[万亿])[^]*(?:漏|落|忘)(?:算|报|统计|写|数|说)?了\\s*${HOW_MANY}\\s*[个家]`),
    (m) => ({ sign: 1, d: m[1]! }),
  ],
];

// 「电商村又新认定了一个」「漏了极兔 应该再加一家」: so many more than the count known, said as added.
const ADDED_BY =
  /(?:再加|还得加|还要加|得加|要加|又(?:新)?(?:认定|评上|评|增加|添|加|开|签|整合|进来|多)了?|新(?:认定|评上|增|增加|添|加|开|签|整合)了?|多出来了?)\s*([1-9一两二三])\s*[个家]/;

// 「电商村不止三个 上个月又认定了一个 现在四个」「年底又补进来一批单子 总共到两千零六十万了」: after what was added, the
// total said is the new value of the one count or amount known of its kind (or named).
const ADDING = /又|再|另外|补进|新增|新认定|多出/;
const TOTAL_AFTER =
  /(?:现在|一共|总共|合计|加起来|那就是|目前)(?:到了?|是|有|算)?\s*(\d+(?:\.\d+)?)\s*([个家]|[万亿])/;

function totalAfterAdding(said: string, facts: DialogState["facts"]): string | null {
  const t = normalise(said);
  const adding = ADDING.exec(t);
  if (!adding || looksLikeQuestion(said)) return null;
  const total = TOTAL_AFTER.exec(t.slice(adding.index));
  if (!total) return null;
  const kind = /[万亿]/.test(total[2]!) ? "yuan" : "count";
  const fact = oneMeant(t, knownOfKind(kind, facts));
  // (「电商村啊 …又认定了三个 一共五个」 with only the shops known: the words name another fact, not yet given.)
  const cued = findMentions(t).flatMap((m) =>
    m.type === "cue" && m.words.kind === kind && m.words.fact !== "sales" ? [m.words.fact as string] : [],
  );
  if (fact && cued.length > 0 && !cued.includes(fact)) return null;
  const value = kind === "yuan" ? parseYuan(`${total[1]}${total[2]}`) : Number(total[1]);
  return fact && value !== null ? `${FACT_ALIASES[fact][0]} ${valueText(fact, value)}` : null;
}

function countSlip(said: string, facts: DialogState["facts"]): string | null {
  const t = normalise(said);
  if (looksLikeQuestion(said)) return null;
  const slip = SLIPS.map(([re, by]) => ((m) => (m ? by(m) : null))(re.exec(t))).find((x) => x !== null);
  const added = ADDED_BY.exec(t);
  const by =
    slip ??
    // (Added only as the one count said: 「不是三个 是四个 上个月又评上两个」 says the total, the added its part.)
    (added && findMentions(t).filter((x) => x.type === "figure" && x.kind === "count").length <= 1
      ? { sign: 1, d: added[1]! }
      : null);
  if (!by) return null;
  const { sign, d } = by;
  const n = /\d/.test(d) ? Number(d) : "一二三四五六七八九".indexOf(d === "两" ? "二" : d) + 1;
  const fact = oneMeant(t, knownOfKind("count", facts));
  if (!fact) return null;
  const value = ((facts as Record<string, number>)[fact] ?? 0) + sign * n;
  return value >= 0 ? `${FACT_ALIASES[fact][0]} ${value}` : null;
}

// 「算了 还是刚才那个3100万对 2900是去掉运费的」: the figure said first stands after all.
const BACK_TO =
  /还是(?:刚才|之前|原来|一开始|最早)(?:那个|说的|报的|的)?\s*(\d+(?:\.\d+)?[万亿])(?:那个)?\s*(?:对|是对的|没错|准|为准|算)/;

function backTo(said: string, history: readonly AskableFact[], facts: DialogState["facts"]): string | null {
  const m = BACK_TO.exec(normalise(said));
  if (!m) return null;
  const value = parseYuan(m[1]!);
  const known = history.filter(
    (f) => FACTS[f].type === "yuan" && typeof (facts as Record<string, unknown>)[f] === "number",
  );
  const fact = known.at(-1);
  return fact && value !== null && value !== (facts as Record<string, number>)[fact]
    ? `${FACT_ALIASES[fact][0]} ${valueText(fact, value)}`
    : null;
}

// A change said as how much to add or take away, of a count or an amount known: 「得减掉十五个」「比刚才多三家」「还要再多
// 一百二十万」「把拼多多那一百五十万减出去」. The verb says which way; the figure's kind, which fact (the one of its kind
// known, or the one its words name). Nothing when a new whole is said beside it (是X、一共X、改成X).
const PLUS = "再多|还多|多出|多|加上|加|添上|添|补上|增加";
const MINUS = "减掉|减去|减出去|减|去掉|扣掉|扣除|拿掉|删掉|少";
const BY_VERB = new RegExp(
  `(?:^|[^报说算数写填打统])(${PLUS}|${MINUS})(?:了|掉|出去|上)?\\s*(\\d+(?:\\.\\d+)?)\\s*([个家户]|[万亿])`,
);
const VERB_AFTER = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*([个家户]|[万亿])(?:的)?(减出去|去掉|扣掉|减掉|拿掉|删掉|加上|加进去|算进去)`,
);

function changedBy(said: string, facts: DialogState["facts"]): string | null {
  const t = normalise(said);
  if (
    looksLikeQuestion(said) ||
    /一共|总共|合计|改成|改为|换成|应该是|实际是|其实是|就是|是\s*\d|正好\s*\d/.test(t)
  )
    return null;
  const before = BY_VERB.exec(t);
  const after = before ? null : VERB_AFTER.exec(t);
  const [verb, digits, unit] = before
    ? [before[1]!, before[2]!, before[3]!]
    : after
      ? [after[3]!, after[1]!, after[2]!]
      : [];
  if (!verb || !digits || !unit) return null;
  const sign = new RegExp(`^(${MINUS})$`).test(verb) || /减|去掉|扣|拿掉|删/.test(verb) ? -1 : 1;
  const kind = /[万亿]/.test(unit) ? "yuan" : "count";
  const by = kind === "yuan" ? parseYuan(`${digits}${unit}`) : Number(digits);
  const known = facts as Record<string, unknown>;
  // (The loan only when its words are said: 「贷款少要点吧 比刚才少两百万」.)
  const fact = oneMeant(
    t,
    knownOfKind(kind, facts).filter((f) => (f === "loanAmountYuan") === /贷|额度/.test(t)),
  );
  if (!fact || by === null || by === known[fact]) return null;
  const value = (known[fact] as number) + sign * by;
  return value >= 0 ? `${FACT_ALIASES[fact][0]} ${valueText(fact, value)}` : null;
}

// 「贷款额度在这个基础上再加两百万」「零售额少报了 漏了一家店的一百五十万 得加上」: an amount added to the one known.
// (「零售额漏了村东头老张家那个店 他家一年一百五十来万」: what was left out, and its amount.)
const ADDED_TO =
  /在这个基础上|再加|多加|还要加|得加上|要加上|加上去|没加上|没算上|没算进去|没算$|少报了|漏报了|漏算了|少算了|漏了|漏掉了|少了一块/;

function amountAdded(said: string, facts: DialogState["facts"]): string | null {
  const t = normalise(said);
  // (「改成2150w 漏算了一个抖音号」「加上快手那块应该是六千三百万」: the new figure said whole is no amount added.)
  if (
    !ADDED_TO.test(t) ||
    looksLikeQuestion(said) ||
    /一共|总共|合计|加起来|合起来|改成|改为|换成|应该是|应是|实际是|其实是|就是|是\s*[\d零一二两三四五六七八九]/.test(
      t,
    )
  )
    return null;
  const known = facts as Record<string, unknown>;
  // (「自播少算了 1800万只是抖音一个号 快手号自播还有400万」: the amount known, named, and the one left out.)
  const knownValues = new Set(Object.values(known).filter((v) => typeof v === "number"));
  const all = findMentions(t).filter((m) => m.type === "figure" && m.kind === "yuan");
  const figures =
    all.length === 2 ? all.filter((m) => m.type === "figure" && !knownValues.has(m.value)) : all;
  if (figures.length !== 1 || figures[0]!.type !== "figure") return null;
  const yuan = knownOfKind("yuan", facts);
  const fact =
    (/贷|额度/.test(t) && yuan.includes("loanAmountYuan") ? "loanAmountYuan" : undefined) ??
    oneMeant(t, yuan);
  if (!fact) return null;
  return `${FACT_ALIASES[fact][0]} ${valueText(fact, (known[fact] as number) + figures[0]!.value)}`;
}

/** 「哦对还有个极兔」 with four companies known: the count known and the names added to it, as a correction. */
function namesAdded(said: string, facts: DialogState["facts"]): string | null {
  // (「哦还有极兔 那就是五家了」: the total said beside the name added is the count.)
  const total = /(?:那就是|就是|一共(?:是)?|总共(?:是)?|现在是|那是)\s*(\d+)\s*[家个]了?\s*$/.exec(
    normalise(said),
  );
  if (!ADDS.test(said) || (!total && /[\d零一二两三四五六七八九十]\s*[家个]/.test(normalise(said))))
    return null;
  // (「还有邮政在谈」「还有个省内的小快递 算不算」: not in yet, or asked about.)
  if (/在谈|没签|还没进|还没来|没进来|还没定|不算|省内|本地/.test(said) || looksLikeQuestion(said))
    return null;
  for (const w of FACT_WORDS) {
    const known = (facts as Record<string, unknown>)[w.fact];
    if (!w.names || typeof known !== "number") continue;
    const t = said.toLowerCase();
    const n = [...w.names]
      .sort((a, b) => b.length - a.length)
      .reduce(
        (acc, name) => {
          if (!acc.rest.includes(name.toLowerCase())) return acc;
          return { rest: acc.rest.replaceAll(name.toLowerCase(), "|"), n: acc.n + 1 };
        },
        { rest: t, n: 0 },
      ).n;
    if (n > 0 && total)
      return Number(total[1]) > known ? `${FACT_ALIASES[w.fact as AskableFact][0]} ${total[1]}` : null;
    if (n > 0) return `${FACT_ALIASES[w.fact as AskableFact][0]} ${known + n}`;
  }
  return null;
}
