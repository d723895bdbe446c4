// 「自播的数是对的」「网店数没错」: a figure known said to stand, after another was changed — acknowledged with the
// figure as it stands, and nothing written. Pure.

import { FACTS, type AskableFact } from "../../rules/index.ts";
import { answerLine } from "./texts.ts";
import type { DialogState } from "./state.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";

const STANDS =
  /(是对的|是对着的|对着呢|没错|没问题|不用改|不变|没变|照旧|还是那个数)[的了啊呀吧。！!~～\s]*$/;

// The facts a cue of sales or of live sales may stand for, in the order they are looked for among those known.
const SALES: readonly AskableFact[] = ["physicalGoodsRetailYuan", "onlineRetailYuan", "shopRetailYuan"];
const LIVE: readonly AskableFact[] = ["selfLiveRetailYuan", "thirdPartyLiveRetailYuan"];

/** The reply when the message says a known figure stands, or null. */
export function standsAsSaid(s: DialogState, text: string): string | null {
  const t = normalise(text.trim());
  if (!STANDS.test(t) || /\d/.test(t)) return null;
  const cues = findMentions(t).flatMap((m) => (m.type === "cue" ? [m] : []));
  if (cues.length !== 1) return null;
  const named = cues[0]!.words.fact;
  const candidates: readonly AskableFact[] =
    named === "sales" ? SALES : named === "live" ? LIVE : named in FACTS ? [named as AskableFact] : [];
  const fact = candidates.find((f) => s.facts[f] !== undefined);
  if (!fact) return null;
  return `好的，${answerLine(fact, s.facts[fact])}，不变。`;
}
