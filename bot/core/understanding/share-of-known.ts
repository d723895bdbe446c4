// 「其中自播的大概占一半」「合作直播占三成左右」 after the whole figure was given: a part said as a share of a figure
// already known is no figure of its own. The amount it comes to is worked out and asked back — written only when
// the speaker says 「是」 (contract §8: a part of a figure already given is never written silently). Pure.

import { FACTS, formatFactValue, parseNumber, type AskableFact } from "../../../rules/index.ts";
import type { Doubt } from "./doubts.ts";
import { findMentions } from "./mentions.ts";
import { normalise } from "./normalise.ts";

const DIGIT = "[\\d一二两三四五六七八九十]";
// A share said in words: half, tenths (成), percent, or a fraction (三分之一).
const SHARE = new RegExp(
  `(一多半|多一半|大半|小一半|一半|(${DIGIT})成(?!交|本|立|绩|功)|百分之(${DIGIT}+)|(\\d+(?:\\.\\d+)?)%|(${DIGIT}+)分之(${DIGIT}+))`,
);
// Of which whole a part is: a live room's sales and the physical goods are parts of the whole online retail; a live
// room's sales are a part of the physical goods where only those are known.
const WHOLES: AskableFact[] = ["onlineRetailYuan", "physicalGoodsRetailYuan"];

function shareOf(said: RegExpExecArray): number | null {
  if (/半/.test(said[1]!)) return said[1] === "小一半" ? 0.4 : said[1] === "一半" ? 0.5 : 0.6;
  const n = (s: string | undefined) => (s === undefined ? null : (parseNumber(s) ?? null));
  if (said[2] !== undefined) return (n(said[2]) ?? 0) / 10;
  if (said[3] !== undefined) return (n(said[3]) ?? 0) / 100;
  if (said[4] !== undefined) return Number(said[4]) / 100;
  const [whole, part] = [n(said[5]), n(said[6])];
  return whole && part !== null ? part / whole : null;
}

/**
 * The confirmation to ask when `text` says a part of a known whole as a share, or null. `facts` are those known;
 * the part's own fact must not be known yet (then it would be a correction, read elsewhere).
 */
export function shareOfKnown(text: string, facts: Partial<Record<AskableFact, unknown>>): Doubt | null {
  const t = normalise(text);
  const said = SHARE.exec(t);
  if (!said) return null;
  const mentions = findMentions(t);
  // A figure of money said beside the share is read as that figure, not as a share.
  if (mentions.some((m) => m.type === "figure" && m.kind === "yuan")) return null;
  const cue = mentions.find(
    (m) =>
      m.type === "cue" &&
      m.start < said.index &&
      m.words.kind === "yuan" &&
      (m.words.fact === "live" ||
        ((FACTS as Record<string, unknown>)[m.words.fact] !== undefined &&
          !WHOLES.includes(m.words.fact as AskableFact))),
  );
  if (!cue || cue.type !== "cue") return null;
  const live = cue.words.fact === "live";
  const fact = (live ? "selfLiveRetailYuan" : cue.words.fact) as AskableFact;
  if (
    live
      ? facts.selfLiveRetailYuan !== undefined || facts.thirdPartyLiveRetailYuan !== undefined
      : facts[fact] !== undefined
  )
    return null;
  const wholeFact = WHOLES.find((w) => typeof facts[w] === "number" && (facts[w] as number) > 0);
  const share = shareOf(said);
  if (!wholeFact || share === null || share <= 0 || share >= 1) return null;
  const whole = facts[wholeFact] as number;
  const value = Math.round((whole * share) / 10_000) * 10_000;
  const amount = formatFactValue(fact, value);
  // (「直播的占一半」: whose live room is not said — asked with the amount, nothing written.)
  if (live)
    return {
      kind: "reject",
      fact,
      message: `您说直播约占${said[1]}，按${FACTS[wholeFact].label} ${formatFactValue(wholeFact, whole)}算约 ${amount}。这是自己开播卖的（自播），还是与直播机构、主播合作卖的？请连同确切的金额告诉我，例如「自播${amount.replace(/\s*元$/, "").replace(/\s+/g, "")}」。`,
    };
  return {
    kind: "confirm",
    fact,
    value,
    message: `您说${cue.text}约占${said[1]}，按${FACTS[wholeFact].label} ${formatFactValue(wholeFact, whole)}算，约 ${amount}。${FACTS[fact].label}按 ${amount}记吗？没错请回复「是」；有确切的数请直接告诉我（奖励按确切的数算）。`,
  };
}
