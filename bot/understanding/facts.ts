// Facts stated in a sentence: 「村里去年网络零售额1500万，活跃网店25家」 → a village with 1,500 万 of online
// retail and 25 active shops. Each piece of the sentence is bound to what its words name (零售额/卖了,
// 实物商品, 自播, 第三方直播/佣金, 贷款, 网店/家, 电商村/个, 快递企业/家, 单量/%), with the subject from its
// cue (村/镇/公司/园区/MCN) and 纳统 with its negation. Pure.

import { FACTS, parseCount, parsePercent, parseYuan, type AskableFact } from "../../rules/index.ts";
import { IMPLAUSIBLE_YUAN } from "../../rules/answers.ts";
import { doubtAbout, type Doubt } from "./doubts.ts";

export interface ReadFacts {
  facts: Partial<Record<AskableFact, unknown>>;
  /** Readings too doubtful to write (a count no subject here could have): asked back. */
  doubts: Doubt[];
}

const SUBJECTS: [RegExp, string][] = [
  [/园区|基地/, "park"],
  [/乡镇|镇里|镇上|我们镇|全镇|本镇|^镇/, "town"],
  [/村里|村上|我们村|全村|本村|行政村|村委/, "village"],
  [/公司|企业|网店老板|店铺|我们店|mcn/i, "enterprise"],
];

// 「两万家」 is a count of shops, not an amount: no count unit may follow.
const AMOUNT = /[0-9０-９.,一二两三四五六七八九十百千万亿零〇个]+(?:万|亿|w|元|块)[元块]?(?![家个户])/i;
const COUNT = /[0-9０-９一二两三四五六七八九十百千万]+\s*(?:家|个)/;

/** The amount in a piece of text (one, with a unit), or null. */
function amountIn(piece: string): number | null {
  const m = AMOUNT.exec(piece);
  const v = m ? parseYuan(m[0]) : null;
  return v !== null && v < IMPLAUSIBLE_YUAN ? v : null;
}
const countIn = (piece: string) => {
  const m = COUNT.exec(piece);
  return m ? parseCount(m[0]) : null;
};

/**
 * `asking` is the fact the bot asked about: an amount or a count with no word of its own (「1500万，25家」)
 * goes to it, and a second bare count to the subject's usual count (a village's active shops).
 */
export function readFacts(
  text: string,
  known: { subjectType?: string | undefined } = {},
  asking: AskableFact | null = null,
): ReadFacts {
  const facts: ReadFacts["facts"] = {};
  const t = text.trim();
  const subject = SUBJECTS.find(([re]) => re.test(t))?.[1] ?? known.subjectType;
  if (subject && !known.subjectType) facts.subjectType = subject;
  if (/mcn/i.test(t) && !/不是\s*mcn/i.test(t)) facts.mcn = true;
  if (/(没有|未|没|还没)纳统|不是纳统/.test(t)) facts.counted = false;
  else if (/(已|已经)纳统|纳统了/.test(t)) facts.counted = true;

  for (const piece of t.split(/[，,。；;、\n]|\s{2,}/)) {
    const amount = amountIn(piece);
    const count = countIn(piece);
    if (amount !== null) {
      if (/自播|自己播|自己直播/.test(piece)) facts.selfLiveRetailYuan = amount;
      else if (/第三方|佣金|合作直播|找主播/.test(piece)) facts.thirdPartyLiveRetailYuan = amount;
      else if (/贷款|贷/.test(piece)) facts.loanAmountYuan = amount;
      else if (/实物/.test(piece)) facts.physicalGoodsRetailYuan = amount;
      else if (/零售额|卖了|卖出|销售额|销售|营业额|销量|网络零售/.test(piece)) {
        // The subject's own figure: a village's or town's online retail; an enterprise's physical goods.
        if (subject === "enterprise" && !facts.mcn) facts.physicalGoodsRetailYuan = amount;
        else facts.onlineRetailYuan = amount;
      } else if (asking && FACTS[asking].type === "yuan" && facts[asking] === undefined)
        facts[asking] = amount;
    } else if (count !== null) {
      if (/电商村/.test(piece)) facts.ecommerceVillages = count;
      else if (/快递|物流/.test(piece)) facts.expressCompanies = count;
      else if (/网店|店铺|店/.test(piece)) facts.activeShops = count;
      else if (asking && FACTS[asking].type === "count" && facts[asking] === undefined) facts[asking] = count;
      else if (subject === "village" && facts.activeShops === undefined) facts.activeShops = count;
    }
    const pct = /单量|占比/.test(piece) ? /(\d+(?:\.\d+)?)\s*[%％]/.exec(piece) : null;
    if (pct) {
      const p = parsePercent(`${pct[1]}%`);
      if (p !== null) facts.parcelSharePercent = p;
    }
  }
  const doubts: Doubt[] = [];
  for (const [k, v] of Object.entries(facts) as [AskableFact, unknown][]) {
    if (FACTS[k].type !== "count") continue;
    const doubt = doubtAbout(k, String(v), v);
    if (doubt) {
      doubts.push(doubt);
      delete facts[k];
    }
  }
  return { facts, doubts };
}
