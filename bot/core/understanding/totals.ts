// 「淘宝那块六百万 抖音四百五十万 拼多多一百五十万 加起来一千二百万」「淘宝的十五家 抖音的九家 加一块二十四家」: a
// figure said as a total right after figures of its kind that add up to it is the fact; they are its parts. The sum is
// what tells a total from a figure that only follows 一共 — the words alone are said of much else.

import type { AskableFact } from "../../../rules/index.ts";
import type { Mention } from "./mentions.ts";
import { sameFigure, type Reading, type Remark } from "./reading.ts";

type Figure = Extract<Mention, { type: "figure" }>;

/** The words between the last part and the total: a word of adding up, then at most a few of filler. */
const TOTAL_LEAD =
  /(加起来|合起来|加一块|加一起|加在一起|合在一起|一共|总共|合计|共计|总计|总的|统共|拢共)[^，,。；;\d]{0,4}$/;
/** Remarks that say a part is somebody else's, or of another time: no part of the speaker's total. */
const NOT_A_PART = new Set(["unbound", "in-total", "not-active", "part"]);

/** Puts the total in place of its parts, where figures said before it add up to it (changes the lists given). */
export function addedUp(
  t: string,
  mentions: Mention[],
  readings: Reading[],
  remarks: Remark[],
  asking: AskableFact | null,
  kindOf: (fact: AskableFact) => string | null,
): void {
  const figures = mentions.filter((m): m is Figure => m.type === "figure");
  for (const [i, total] of figures.entries()) {
    if (i < 2 || (total.kind !== "yuan" && total.kind !== "count")) continue;
    const lead = t.slice(figures[i - 1]!.end, total.start).trim();
    if (lead.length > 14 || !TOTAL_LEAD.test(lead)) continue;
    // The figures said right before it, of its kind, back to the first of another kind.
    const run: Figure[] = [];
    for (let k = i - 1; k >= 0 && figures[k]!.kind === total.kind; k--) run.unshift(figures[k]!);
    const loose = (fs: Figure[]) => fs.some((f) => f.approx !== null) || total.approx !== null;
    let parts: Figure[] | null = null;
    for (let n = 2; n <= run.length && !parts; n++) {
      const tail = run.slice(-n);
      const sum = tail.reduce((s, f) => s + f.value, 0);
      if (Math.abs(sum - total.value) <= total.value * (loose(tail) ? 0.1 : 0.02)) parts = tail;
    }
    if (!parts) continue;
    if (remarks.some((r) => [...parts, total].some((f) => sameFigure(f)(r)) && !NOT_A_PART.has(r.why)))
      continue;
    const partFacts = new Set(parts.flatMap((f) => readings.filter(sameFigure(f)).map((r) => r.fact))) as Set<
      Reading["fact"]
    >;
    if (partFacts.has("loanAmountYuan")) continue;
    const own = readings.find(sameFigure(total));
    const fact: Reading["fact"] | null =
      asking && kindOf(asking) === total.kind && (partFacts.has(asking) || own?.fact === asking)
        ? asking
        : partFacts.size === 1
          ? [...partFacts][0]!
          : partFacts.size === 0
            ? (own?.fact ?? (asking && kindOf(asking) === total.kind ? asking : null))
            : null;
    if (!fact) continue;
    for (const f of [...parts, total]) {
      for (let k = readings.length - 1; k >= 0; k--) if (sameFigure(f)(readings[k]!)) readings.splice(k, 1);
      for (let k = remarks.length - 1; k >= 0; k--) if (sameFigure(f)(remarks[k]!)) remarks.splice(k, 1);
    }
    for (const f of parts) remarks.push({ said: f.text, why: "in-total", value: f.value, kind: f.kind });
    readings.push({
      fact,
      value: total.value,
      how: "cue",
      said: total.text,
      approx: total.approx,
      whole: true,
    });
  }
}
