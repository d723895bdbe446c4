// Of two figures of one kind, the one a person settles on: 「登记的三十多家 真正卖货的二十四家 就按二十四吧」 names it;
// 「原先是两个 … 现在是三个」「三千一百八十万 去年全年才两千五」 say which is of now. The other is said back as what it is
// (put right, compared with, or of a year before).

import type { Mention } from "./mentions.ts";
import { sameFigure, type Reading, type Remark } from "./reading.ts";

type Figure = Extract<Mention, { type: "figure" }>;

/** 「就按二十四吧」「那就写三千万」「还是报一千二」: the figure chosen, said after the others. */
// (「一年半多了 算下来十九个月」「三千来万 具体是三千零八十万」: or said as the exact one.)
const CHOSEN_BEFORE =
  /((就|那就|还是|干脆|那)(按|按照|写|报|记|填|算|贷|申请)(个)?|仔细一数是?|一数是?|算下来|算起来|满打满算|具体(是|说)?|准确(地)?说|确切(地)?说|实际是)$/;

/** The time a clause speaks of, by its words: before (原先、去年…) or now (现在、今年…). */
const BEFORE = /原先|原来|本来|以前|之前|过去|去年|上年|上一年|前年/;
const NOW = /现在|目前|如今|眼下|今年|到现在/;
/** Now itself, not only this year: 「现在是三个」 beside 「原先是两个」. */
/** A total said as such (一共、总共、算上…). */
const TOTAL_NOW = /一共|总共|加起来|合起来|算上|合计|总计|这下|这样/;
/** Something added since (又认定了一个、新开了两家). */
const ADDED_SINCE = /(又|再|新)[^，,。；;\s\d]{0,4}(认定|评上|评了|批|开|加|进来|签|整合)|(认定|评上|批)下来/;
const NOW_ITSELF = /现在|目前|如今|眼下/;
function timeOf(clause: string): -1 | 0 | null {
  const now = NOW.test(clause);
  const before = BEFORE.test(clause);
  return now && !before ? 0 : before && !now ? -1 : null;
}

/**
 * Moves the reading of a kind to the figure settled on (changes the lists given). `clauseAt` gives the text of the
 * clause a position is in.
 */
export function settleFigures(
  t: string,
  mentions: Mention[],
  readings: Reading[],
  remarks: Remark[],
  clauseAt: (at: number) => string,
): void {
  const figures = mentions.filter((m): m is Figure => m.type === "figure");
  const figureOf = (r: Reading) => figures.find((x) => x.text === r.said && x.value === r.value);
  const move = (from: Reading, to: Figure, why: Remark["why"]) => {
    for (let k = remarks.length - 1; k >= 0; k--) if (sameFigure(to)(remarks[k]!)) remarks.splice(k, 1);
    remarks.push({ said: from.said, why, value: from.value, kind: to.kind });
    Object.assign(from, { value: to.value, said: to.text, approx: to.approx });
    delete from.pastYear;
  };
  for (const f of figures) {
    const chosen = CHOSEN_BEFORE.test(t.slice(Math.max(0, f.start - 6), f.start));
    // (「本来想贷两千万 … 那就贷八百万吧」: a figure chosen that has its own reading puts right the one before it of
    // the same fact.)
    const own = readings.find(sameFigure(f));
    if (own) {
      const earlier = chosen
        ? readings.find((r) => r !== own && r.fact === own.fact && (figureOf(r)?.end ?? Infinity) <= f.start)
        : undefined;
      if (earlier) {
        readings.splice(readings.indexOf(earlier), 1);
        remarks.push({ said: earlier.said, why: "replaced", value: earlier.value, kind: f.kind });
      }
      continue;
    }
    const loose = remarks.find(sameFigure(f));
    if (loose && loose.why !== "unbound" && loose.why !== "question") continue;
    const before = figures.filter((p) => p.kind === f.kind && p.end <= f.start);
    const prev = before
      .map((p) => readings.find(sameFigure(p)))
      .filter((r): r is Reading => r !== undefined && r.fact !== "live")
      .at(-1);
    if (!prev) continue;
    // 「就按二十四吧」: named as the one to go by.
    // (「也就二十四家 就按二十四吧」: or the figure said again, bare, as the one to go by.)
    const again = /(?:就|那就|还是|干脆|那)(?:按|按照|写|报|记|填|算)个?(\d+(?:\.\d+)?)(?![\d.])/.exec(
      t.slice(f.end),
    );
    if (chosen || (again && again[1] === /^\d+(?:\.\d+)?/.exec(f.text)?.[0])) {
      move(prev, f, "replaced");
      continue;
    }
    // 「原先是两个 … 现在是三个」: the figure of now, said after one of before.
    const p = figureOf(prev);
    if (!p) continue;
    // 「一开始以为二十来家 仔细一数是二十一家」: a figure only thought, then the one found.
    if (/以为/.test(clauseAt(p.start)) && !/以为/.test(clauseAt(f.start))) {
      move(prev, f, "replaced");
      continue;
    }
    if (
      timeOf(clauseAt(p.start)) === -1 &&
      timeOf(clauseAt(f.start)) === 0 &&
      NOW_ITSELF.test(clauseAt(f.start))
    )
      move(prev, f, "compared");
    // 「去年认定了两个 今年又认定了一个 一共三个」: a total said after something added since is the figure now.
    else if (
      TOTAL_NOW.test(clauseAt(f.start)) &&
      f.value > prev.value &&
      ADDED_SINCE.test(t.slice(p.end, f.start))
    )
      move(prev, f, "in-total");
  }
  // 「三千一百八十万 去年全年才两千五」: a loose figure of the kind in a clause of a year before, beside the reading
  // of now, is that year's.
  for (const k of remarks) {
    if (k.why !== "unbound") continue;
    const f = figures.find((x) => x.text === k.said && x.value === k.value);
    // (「比去年多了五家」: what it grew by, said against last year, is no figure of last year.)
    if (!f || timeOf(clauseAt(f.start)) !== -1 || /比|多了|少了|涨了|增加了|减少了/.test(clauseAt(f.start)))
      continue;
    const ofNow = readings.some((r) => {
      const p = figureOf(r);
      return p !== undefined && p.kind === f.kind && p.start < f.start && timeOf(t.slice(0, p.end)) === 0;
    });
    if (ofNow) k.why = /去年|上年|上一年/.test(clauseAt(f.start)) ? "last-year" : "older-year";
  }
}
