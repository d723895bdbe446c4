// 「2600万是不是只能拿10万 差多少能上20万那档」「那离一个亿那档还差多少」: how far a figure is from a tier named by
// its award or its bar — the figure said, else the one known. Never writes a fact. Pure.

import {
  CLAUSES_BY_ID,
  FACTS,
  formatWan,
  parametersAt,
  parseYuan,
  type AskableFact,
} from "../../rules/index.ts";
import type { DialogState } from "./state.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";

const ASKS_GAP = /差多少|还差多少|还差几|差几|离[^，,。？?]{0,16}(档|那一档|那个档)/;
const IMPLIED = /离(\d+(?:\.\d+)?[万亿])(?:还|只)?差(\d+(?:\.\d+)?[万亿])/;
// 「到了能多拿10万吧」「上了那档能拿多少」: what a tier brings.
const ASKS_BRINGS =
  /多拿|能拿多少|拿多少|给多少|奖多少|补多少|各给多少|分别给多少|能拿\d|能拿[一二两三四五六七八九十几]+万/;
// (「离3000万还差多少」: a bar named after 离.)
const NAMES_TIER = /档|能上|上到|够到|够上|离\d|(奖励|奖金|补贴)(能)?(差|相差)/;

type Compare = { kind?: string; fact?: string; op?: string; param?: string };

interface Tier {
  name: string;
  fact: AskableFact;
  bar: number;
  award: number;
}

/** The tiers of the subject's items whose bar is a least figure of one fact (「达到 3000 万元」). */
function tiersOf(s: DialogState): Tier[] {
  const subject = s.facts.subjectType ?? "enterprise";
  const params = parametersAt(s.today);
  return Object.values(CLAUSES_BY_ID)
    .filter((c) => c.subjects.includes(subject))
    .flatMap((c) => [
      // (「对当年实现实物商品网络零售额3000万元（含）以上的企业」: a clause's own least figure is a bar too.)
      ...atLeastOf(c.when as Compare | undefined, c.tiers[0]?.amount).flatMap(({ fact, bar, award }) => [
        { name: c.name, fact, bar, award },
      ]),
      ...c.tiers.flatMap((t) => {
        const when = t.when as { kind?: string; fact?: string; op?: string; param?: string } | undefined;
        if (
          when?.kind !== "compare" ||
          when.op !== "gte" ||
          !when.fact ||
          !when.param ||
          !(when.fact in FACTS)
        )
          return [];
        const bar = params[when.param];
        const award = params[t.amount];
        return bar === undefined || award === undefined
          ? []
          : [{ name: c.name, fact: when.fact as AskableFact, bar, award }];
      }),
    ]);

  function atLeastOf(when: Compare | undefined, amount: string | undefined) {
    if (when?.kind !== "compare" || when.op !== "gte" || !when.fact || !when.param || !amount) return [];
    if (!(when.fact in FACTS)) return [];
    const bar = params[when.param];
    const award = params[amount];
    return bar === undefined || award === undefined ? [] : [{ fact: when.fact as AskableFact, bar, award }];
  }
}

export function tierGapReply(s: DialogState, text: string): string | null {
  const t = normalise(text);
  // 「离一个亿还差一千五百万 能先按五千万那档报吗」: the figure itself, said as a bar less how far it is from it.
  const implied = IMPLIED.exec(t);
  const gapAsked = ASKS_GAP.test(t);
  if (!NAMES_TIER.test(t) || !(implied || gapAsked || ASKS_BRINGS.test(t))) return null;
  const tiers = tiersOf(s);
  if (implied) {
    const [bar, short] = [parseYuan(implied[1]!), parseYuan(implied[2]!)];
    const from = bar !== null && short !== null && short < bar ? bar - short : null;
    const reached = tiers
      .filter((x) => from !== null && x.bar <= from && t.includes(`${x.bar / 10_000}万`))
      // (An agency's own turnover first when it is one; else the highest award.)
      .sort(
        (a, b) =>
          Number(s.facts.mcn === true && b.fact === "onlineRetailYuan") -
            Number(s.facts.mcn === true && a.fact === "onlineRetailYuan") || b.award - a.award,
      )[0];
    if (from !== null && reached)
      return `按 ${formatWan(from)}算（离 ${formatWan(bar!)}还差 ${formatWan(short!)}），已达到${reached.name}「${formatWan(reached.bar)}」那一档（最高 ${formatWan(reached.award)}），按这一档申报；其他条件也要满足，最终以市商务局审核为准。`;
  }
  if (!(gapAsked || ASKS_BRINGS.test(t))) return null;
  const yuan = findMentions(t).flatMap((m) => (m.type === "figure" && m.kind === "yuan" ? [m] : []));
  const figures = yuan.map((m) => m.value);
  // (「差800万就到5000万那档了」: a gap said is no figure of one's own.)
  const gaps = new Set(yuan.filter((m) => /差$/.test(t.slice(0, m.start))).map((m) => m.value));
  // (Of the tiers named, those of a fact already known first — 「2600万」 known as the live room's.)
  const knownOf = (x: Tier) => typeof s.facts[x.fact] === "number";
  const named = tiers
    .filter((x) => figures.includes(x.award) || figures.includes(x.bar))
    // (Of those known, the figure said or changed last: 「把2600万改成2750万…离3000万还差多少」.)
    .sort(
      (a, b) =>
        Number(knownOf(b)) - Number(knownOf(a)) ||
        Number(s.lastChange?.fact === b.fact) - Number(s.lastChange?.fact === a.fact) ||
        s.history.lastIndexOf(b.fact) - s.history.lastIndexOf(a.fact),
    );
  // The figure it is measured from: one said that names no tier, else the one known of the tier's fact.
  // (「5000万跟3000万这两个档差多少」 names two tiers: a figure that is any tier's bar or award is no figure of one's own.)
  const marks = new Set(tiers.flatMap((x) => [x.bar, x.award]));
  // (「自播今年纳统三千零五十万…明年想冲五千万那档 那档给多少」: a figure of one's own said states a case first.)
  if (!gapAsked && figures.some((v) => !marks.has(v) && !gaps.has(v) && v >= 10_000)) return null;
  // (「新店三千万和五千万两个档分别给多少」: two bars of one item named are compared below.)
  const barsNamed = (name: string) => named.filter((x) => x.name === name && figures.includes(x.bar)).length;
  for (const tier of named) {
    if (!gapAsked && named.some((x) => barsNamed(x.name) >= 2)) break;
    const own = figures.find((v) => !marks.has(v) && !gaps.has(v) && v < tier.bar && v >= 10_000);
    const known = s.facts[tier.fact];
    const from = own ?? (typeof known === "number" ? known : undefined);
    if (from === undefined) continue;
    const gap = tier.bar - from;
    // 「差800万就到5000万那档了 到了能多拿10万吧」: what the tier brings, beside what the figure brings now.
    if (!gapAsked) {
      const now = tiers
        .filter((x) => x.name === tier.name && x.fact === tier.fact && x.bar <= from)
        .sort((a, b) => b.award - a.award)[0];
      const more = tier.award - (now?.award ?? 0);
      return `到了${tier.name}「${formatWan(tier.bar)}」那一档，最高 ${formatWan(tier.award)}；按 ${formatWan(from)}算，${
        now ? `现在是「${formatWan(now.bar)}」档，最高 ${formatWan(now.award)}` : "现在还不到这一项的最低档"
      }${gap > 0 ? `，还差 ${formatWan(gap)}` : ""}${more > 0 && now ? `，到了最高可多 ${formatWan(more)}` : ""}。金额为政策规定的上限，其他条件也要满足，最终以市商务局审核为准。`;
    }
    return gap > 0
      ? `按 ${formatWan(from)}算，${tier.name}「${formatWan(tier.bar)}」那一档（最高 ${formatWan(tier.award)}）还差 ${formatWan(gap)}。其他条件也要满足，最终以市商务局审核为准。`
      : `按 ${formatWan(from)}算，已达到${tier.name}「${formatWan(tier.bar)}」那一档（最高 ${formatWan(tier.award)}），其他条件也要满足。`;
  }
  // 「三千万和五千万那两个档 差多少奖励」: two tiers of one item named by their bars, and no figure of one's own — the
  // awards of each, and how far apart they are.
  // (「MCN奖励是按一个亿、五千万、两千万分档的吧」: of the items with those tiers, the one named, when one is.)
  const cues = new Set<string>(findMentions(t).flatMap((m) => (m.type === "cue" ? [m.words.fact] : [])));
  const items = [...new Set(named.map((x) => x.name))];
  const saidItems = items.filter(
    (name) =>
      named.some((x) => x.name === name && cues.has(x.fact)) ||
      t.toLowerCase().includes(name.slice(0, 2).toLowerCase()),
  );
  const lines = (saidItems.length > 0 ? saidItems : items).flatMap((name) => {
    const two = named.filter((x) => x.name === name && figures.includes(x.bar)).sort((a, b) => a.bar - b.bar);
    if (two.length < 2) return [];
    const [low, high] = [two[0]!, two.at(-1)!];
    // (Three tiers named — 一个亿、五千万、两千万 — each said.)
    return [
      `${name}：${two.map((x) => `「${formatWan(x.bar)}」档最高 ${formatWan(x.award)}`).join("，")}${
        two.length === 2 ? `，相差 ${formatWan(high.award - low.award)}` : ""
      }。`,
    ];
  });
  return lines.length > 0
    ? `${lines.join("\n")}\n金额为政策规定的上限，其他条件也要满足，最终以市商务局审核为准。`
    : null;
}
