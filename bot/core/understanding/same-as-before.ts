// 「跟刚才那个数一样」「同上」「就这一个店 也是那么多」 to a question of a figure: the figure said last of the same
// kind (money for money, a count for a count) — the shop's sales when the enterprise has only that shop. Pure.

import { FACTS, type AskableFact, type Facts } from "../../../rules/index.ts";
import { findMentions } from "./mentions.ts";
import { normalise } from "./normalise.ts";

const SAME =
  /(跟|和|与|同)(刚才|刚刚|前面|上面|上边|前边|之前|上一个|上个|那个)?[^，,。；;？?]{0,6}(一样|相同|一致|一个数)|同上|一样多|也是(这么多|那么多|这个数|那个数|这些|那些)|就是(刚才|刚刚|前面|上面|之前)(说的)?(那个|的)?(数|金额)?/;
// 「跟刚才一样能拿多少」 asks; 「跟去年一样吗」 is another year.
const ASKS = /[吗呢?？]|多少|几|啥|什么|怎么/;

export function sameAsBefore(
  fact: AskableFact,
  text: string,
  s: { facts: Partial<Facts>; history: readonly string[] },
): { value: number; from: AskableFact } | null {
  const type = FACTS[fact].type;
  if (type !== "yuan" && type !== "count") return null;
  if (!SAME.test(text) || ASKS.test(text) || /去年|前年|上一?年/.test(text)) return null;
  // A figure of its own is an answer, not a reference back.
  // (「自播的不是三千万 跟上面那个数一样」: the value denied may be said.)
  const known = (s.facts as Record<string, unknown>)[fact];
  if (findMentions(normalise(text)).some((m) => m.type === "figure" && m.value !== known)) return null;
  const facts = s.facts as Record<string, unknown>;
  const from = [...s.history]
    .reverse()
    .find(
      (f) =>
        f !== fact && f in FACTS && FACTS[f as AskableFact].type === type && typeof facts[f] === "number",
    );
  return from ? { value: facts[from] as number, from: from as AskableFact } : null;
}
