// 「一天两万单 一万七走我们平台」 to 「占县域快递单量的百分之多少」: a share said as two volumes, the whole and
// the speaker's part of it. Read only as the answer to a question of a share. Pure.

import { parseNumber } from "../../../rules/index.ts";
import { normalise } from "./normalise.ts";

const NUMBER = /[\d.一二两三四五六七八九十百千万]+/g;
// A volume: a number with a word of parcels after it, or a word of handling before it.
// (「两万来单」「三万单左右」: a hedge may come between.)
const AFTER = /^\s*([多余来几]|左右)?\s*(单|件|票|个包裹|走|是我们|在我们|经我们|由我们)/;
// (「走我们平台的有一万四五」: what goes through the platform.)
// (「我们平台接两万四」: what the platform takes.)
const BEFORE = /(占|处理|走了|揽了|揽收|经手|做了|覆盖|能覆盖|平台(?:的|上)?(?:有|是|占|接了?|接到|揽)?)\s*$/;

/** The share, in percent, of the smaller of two volumes in the larger; null unless exactly two are said. */
export function shareOfTwo(text: string): number | null {
  const t = normalise(text);
  // (「平台一天能处理三万多单」: what the platform could handle is no share of what it does.)
  if (/能处理|处理能力|能力|最多能|能接/.test(t)) return null;
  const volumes = [...t.matchAll(NUMBER)].flatMap((m) => {
    const end = m.index + m[0].length;
    // 「1万7」: the digit after 万 is thousands.
    const thousands = /^万?(\d)(?!\d)/.exec(m[0].endsWith("万") ? t.slice(end - 1) : "");
    const rest = t.slice(end + (thousands ? thousands[0].length - 1 : 0));
    // (「我们平台一天全县大概三万单」: a day is when, not a volume.)
    if (/^\s*(天|日|年|月|个月|周)/.test(rest)) return [];
    if (!AFTER.test(rest) && !BEFORE.test(t.slice(0, m.index))) return [];
    // (「2万4」: a digit said after 万 is thousands, as 「两万四」 is said.)
    const short = /^(\d+)万(\d)$/.exec(m[0]);
    const n = short ? Number(short[1]) * 10_000 + Number(short[2]) * 1_000 : parseNumber(m[0]);
    if (n === null || n <= 0) return [];
    return [n + (thousands ? Number(thousands[1]) * 1_000 : 0)];
  });
  if (volumes.length !== 2) return null;
  const [part, whole] = [Math.min(...volumes), Math.max(...volumes)];
  return Math.round((part / whole) * 1000) / 10;
}
