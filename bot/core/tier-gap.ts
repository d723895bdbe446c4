// 「2600万是不是只能拿10万 差多少能上20万那档」「那离一个亿那档还差多少」: how far a figure is from a tier named by
// its award or its bar — the figure said, else the one known. Never writes a fact. Pure.

import { CLAUSES_BY_ID, FACTS, formatWan, parametersAt, type AskableFact } from "../../rules/index.ts";
import type { DialogState } from "./state.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";

const ASKS_GAP = /差多少|还差多少|还差几|差几|离[^，,。？?]{0,16}(档|那一档|那个档)/;
// (「离3000万还差多少」: a bar named after 离.)
const NAMES_TIER = /档|能上|上到|够到|够上|离\d/;

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
  if (!ASKS_GAP.test(t) || !NAMES_TIER.test(t)) return null;
  const figures = findMentions(t).flatMap((m) => (m.type === "figure" && m.kind === "yuan" ? [m.value] : []));
  // (Of the tiers named, those of a fact already known first — 「2600万」 known as the live room's.)
  const knownOf = (x: Tier) => typeof s.facts[x.fact] === "number";
  const named = tiersOf(s)
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
  const marks = new Set(tiersOf(s).flatMap((x) => [x.bar, x.award]));
  for (const tier of named) {
    const own = figures.find((v) => !marks.has(v) && v < tier.bar && v >= 10_000);
    const known = s.facts[tier.fact];
    const from = own ?? (typeof known === "number" ? known : undefined);
    if (from === undefined) continue;
    const gap = tier.bar - from;
    return gap > 0
      ? `按 ${formatWan(from)}算，${tier.name}「${formatWan(tier.bar)}」那一档（最高 ${formatWan(tier.award)}）还差 ${formatWan(gap)}。其他条件也要满足，最终以市商务局审核为准。`
      : `按 ${formatWan(from)}算，已达到${tier.name}「${formatWan(tier.bar)}」那一档（最高 ${formatWan(tier.award)}），其他条件也要满足。`;
  }
  // 「三千万和五千万那两个档 差多少奖励」: two tiers of one item named by their bars, and no figure of one's own — the
  // awards of each, and how far apart they are.
  const lines = [...new Set(named.map((x) => x.name))].flatMap((name) => {
    const two = named.filter((x) => x.name === name && figures.includes(x.bar)).sort((a, b) => a.bar - b.bar);
    if (two.length < 2) return [];
    const [low, high] = [two[0]!, two.at(-1)!];
    return [
      `${name}：「${formatWan(low.bar)}」档最高 ${formatWan(low.award)}，「${formatWan(high.bar)}」档最高 ${formatWan(high.award)}，相差 ${formatWan(high.award - low.award)}。`,
    ];
  });
  return lines.length > 0
    ? `${lines.join("\n")}\n金额为政策规定的上限，其他条件也要满足，最终以市商务局审核为准。`
    : null;
}
