// Corrections in everyday words, read into the 「修改 <fact> <value>」 the dialog already carries out:
// 「零售额改成3200万」「活跃网店应该是30家」 name the fact; 「不对不对 是3200万」「刚才说错了 应该是3200万」 name none
// and mean the answer just given.

import { FACTS, readAnswer, type AskableFact } from "../rules/index.ts";
import { FACT_ALIASES, findFact } from "./fact-names.ts";
import type { DialogState } from "./state.ts";

const NAMED = /(改成|改为|应该是|更正为|更正成|其实是)/;
// A cue that the last answer was wrong, with what may come before it (「哦」「sorry」「我」「刚才那个」).
const UNNAMED =
  /^(?:(?:哦|噢|啊|呃|诶|哎|哎呀|等一下|等等|sorry|抱歉|不好意思)[，,\s]*)?(?:我|刚才|刚刚|上一个|上一题|前面|刚才那个|那个)?(?:说|填|写|打|输|答|搞|看|算|数|记|按)?(?:不对不对|不对|错了|说错了|有误|弄错了|更正一下|更正|纠正一下|纠正)[了，,。！!、\s]*(是|应该是|改成|改为|其实是)?\s*(.+)$/i;
// 「不是3000万，是3200万」「刚才那个是3200万」: the old value denied, or the last answer named, then the new one.
const REPLACED =
  /^(?:不是|不是说)[^，,]+?[，,\s]*(?:而)?是\s*(.+)$|^(?:刚才那个|刚刚那个|上一个|上一题|sorry|抱歉|不好意思)[，,\s]*(?:应该)?是\s*(.+)$/i;

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
  const negated = /(不是|没有|没被|没|未|不)\s*(被)?\s*$/.test(text.slice(Math.max(0, best.at - 4), best.at));
  return `${FACT_ALIASES[best.fact][0]} ${negated ? "否" : "是"}`;
}

/** The text to hand to the dialog's modify (「<fact alias> <value>」), or null when it is no correction. */
export function readCorrection(text: string, s: Pick<DialogState, "history">): string | null {
  const t = text.trim();
  if (s.history.length === 0) return null;
  const replaced = REPLACED.exec(t);
  const unnamed = UNNAMED.exec(t);
  if (unnamed || replaced) {
    const rest = (unnamed ? unnamed[2]! : (replaced![1] ?? replaced![2])!).trim();
    // The fact may still be named after the cue: 「不对，零售额是3200万」.
    const named = findFact(rest, s.history);
    if (named) return rest;
    // …or inside it: 「不对，我们不是国家级示范企业，刚才按错了」 (a yes-or-no fact, its negation read).
    const inside = namedInside(rest, s.history);
    if (inside) return inside;
    // The latest answer the new value can be an answer to: 「不对，应该是3200万」 after two yes-or-no
    // answers corrects the amount given before them; a figure is needed for a figure's question.
    const value = rest.replace(/^(是|应该是|其实是|改成|改为)/, "");
    const figure = /[0-9０-９]|[一二两三四五六七八九十百千万亿]/.test(value);
    const fits = [...s.history]
      .reverse()
      .find((f) => (FACTS[f].type === "boolean" || figure) && readAnswer(f, value) !== null);
    const target = fits ?? s.history[s.history.length - 1]!;
    return `${FACT_ALIASES[target][0]} ${rest}`;
  }
  if (NAMED.test(t)) {
    const named = findFact(t, s.history);
    if (named && named.candidates.some((c) => s.history.includes(c))) return t;
  }
  return null;
}
