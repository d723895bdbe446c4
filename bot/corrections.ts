// Corrections in everyday words, read into the 「修改 <fact> <value>」 the dialog already carries out:
// 「零售额改成3200万」「活跃网店应该是30家」 name the fact; 「不对不对 是3200万」「刚才说错了 应该是3200万」 name none
// and mean the answer just given.

import { FACT_ALIASES, findFact } from "./fact-names.ts";
import type { DialogState } from "./state.ts";

const NAMED = /(改成|改为|应该是|更正为|更正成|其实是)/;
const UNNAMED =
  /^(不对不对|不对|错了|说错了|刚才说错了|刚刚说错了|刚才错了|搞错了|写错了|更正一下|更正|纠正一下|纠正)[，,。！!、\s]*(是|应该是|改成|改为|其实是)?\s*(.+)$/;

/** The text to hand to the dialog's modify (「<fact alias> <value>」), or null when it is no correction. */
export function readCorrection(text: string, s: Pick<DialogState, "history">): string | null {
  const t = text.trim();
  if (s.history.length === 0) return null;
  const unnamed = UNNAMED.exec(t);
  if (unnamed) {
    const rest = unnamed[3]!.trim();
    // The fact may still be named after the cue: 「不对，零售额是3200万」.
    const named = findFact(rest, s.history);
    if (named) return rest;
    const last = s.history[s.history.length - 1]!;
    return `${FACT_ALIASES[last][0]} ${rest}`;
  }
  if (NAMED.test(t)) {
    const named = findFact(t, s.history);
    if (named && named.candidates.some((c) => s.history.includes(c))) return t;
  }
  return null;
}
