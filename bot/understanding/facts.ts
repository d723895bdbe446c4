// Facts stated in a sentence: 「村里去年网络零售额1500万，活跃网店25家」 → a village with 1,500 万 of online
// retail and 25 active shops. Each piece of the sentence is bound to what its words name (零售额/卖,
// 实物商品, 自播, 第三方直播 (not the 佣金 paid), 贷款, 网店/家, 电商村/个, 在库/入库 with 月/年, 快递企业/家, 单量/%), with
// the subject from its cue (村/镇/公司/园区/MCN, or a fact only an enterprise has) and negation
// (不是/没有/未). Approximate figures (「1200多万」「30来家」) are read as answers are. Pure.

import {
  FACTS,
  parseAmountOrNone,
  parseCount,
  parseMonths,
  parsePercent,
  type AskableFact,
} from "../../rules/index.ts";
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
  [/公司|企业|网店老板|店铺|我们店|mcn|工厂|厂里/i, "enterprise"],
];

// Facts only an enterprise states: with no other cue, they name the subject.
const ENTERPRISE_ONLY: readonly AskableFact[] = [
  "physicalGoodsRetailYuan",
  "selfLiveRetailYuan",
  "thirdPartyLiveRetailYuan",
  "loanAmountYuan",
  "mcn",
  "newShop",
  "relocatedShop",
  "shopRetailYuan",
  "productionEnterprise",
  "expressCompanies",
  "hostsEvent",
];

// 「两万家」 is a count of shops, not an amount: no count unit may follow.
const AMOUNT =
  /[0-9０-９.,一二两三四五六七八九十百千万亿零〇]+个?[多余来]?(?:万|亿|w|元|块)[元块]?(?![家个户])/i;
const COUNT = /[0-9０-９一二两三四五六七八九十百千万]+[多余来]?\s*(?:家|个)/;
const DURATION =
  /(在库|入库|进库|存续|纳统)[^0-9０-９一二两三四五六七八九十半]{0,6}([0-9０-９一二两三四五六七八九十半]+(?:年|个月)[多半]?)/;
const NEGATED = /(不是|没有|没|未|不)$/;

/** The amount in a piece of text (one, with a unit), or null. */
function amountIn(piece: string): number | null {
  const m = AMOUNT.exec(piece);
  const v = m ? parseAmountOrNone(m[0]) : null;
  return v !== null && v > 0 && v < IMPLAUSIBLE_YUAN ? v : null;
}
const countIn = (piece: string) => {
  const m = COUNT.exec(piece);
  // 「我们是一家食品公司」: an article, not a count.
  if (!m || (/^一\s*[家个]$/.test(m[0]) && /公司|企业|单位|工厂|机构/.test(piece))) return null;
  return parseCount(m[0]);
};

/** Whether `word` is in `text` and not negated just before it (「不是生产企业」「没有纳统」). */
function says(text: string, word: RegExp): boolean | null {
  const m = word.exec(text);
  if (!m) return null;
  return !NEGATED.test(text.slice(Math.max(0, m.index - 3), m.index));
}

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
  let subject = SUBJECTS.find(([re]) => re.test(t))?.[1] ?? known.subjectType;
  // Being an MCN, not merely naming one (「MCN机构奖励标准」 is a question about them).
  if (/(不是|并非)\s*(一家|个)?\s*mcn/i.test(t)) facts.mcn = false;
  else if (/(是|做|作为|属于|我们|我司|本公司)[^，,。？?]{0,6}mcn/i.test(t)) facts.mcn = true;
  if (/(没有|未|没|还没|不是)纳统/.test(t)) facts.counted = false;
  else if (/(已|已经)纳统|纳统了|纳统(的)?(网络)?(零售|销售)/.test(t)) facts.counted = true;
  const production = says(t, /生产企业|自己生产|自产自销|工厂/);
  if (production !== null) facts.productionEnterprise = production;
  const newShop = says(t, /新店|新开|新注册|开了(个|一个|家)?新/);
  if (newShop !== null) facts.newShop = newShop;
  const relocated = says(t, /迁回|回迁|搬回/);
  if (relocated !== null) facts.relocatedShop = relocated;
  if (/国家级/.test(t) && /示范/.test(t) && /评为|认定|获批|获得|成为|评上|入选/.test(t))
    facts.nationalDemoNewlyRecognized = !/没|未|不是/.test(t);
  if (/(承办|举办|主办|办了|办过)[^，,。]*(论坛|大赛|比赛|峰会|活动)/.test(t)) {
    facts.hostsEvent = true;
    if (/全国/.test(t)) facts.eventInfluence = "national";
    else if (/全省|省级/.test(t)) facts.eventInfluence = "provincial";
  }
  // A new or relocated shop's sales are the shop's, not the enterprise's physical goods.
  const aboutShop = facts.newShop === true || facts.relocatedShop === true;

  for (const piece of t.split(/[，,。；;、\n]|\s{2,}/)) {
    // 「18家还是19家」 names two figures: neither is written (the question is asked again).
    const twoWays = /还是|或者|或是/.test(piece);
    const amount = twoWays ? null : amountIn(piece);
    const count = twoWays ? null : countIn(piece);
    if (amount !== null) {
      if (/自播|自己播|自己直播|自己开播/.test(piece)) facts.selfLiveRetailYuan = amount;
      else if (/佣金|提成|服务费|坑位费/.test(piece)) {
        // What was paid to the streamer is not the sales figure (the policy's 补助 is on it).
      } else if (/第三方|合作直播|找主播|主播带|达人带|带货/.test(piece))
        facts.thirdPartyLiveRetailYuan = amount;
      else if (/贷款|贷/.test(piece)) facts.loanAmountYuan = amount;
      else if (/实物/.test(piece)) facts.physicalGoodsRetailYuan = amount;
      else if (/零售额|卖|销售|营业额|销量|成交|流水|网络零售/.test(piece)) {
        // The figure the bot just asked for, when one was asked; else the subject's own figure: a
        // village's or town's online retail; an enterprise's physical goods (an MCN's whole online
        // retail; a new or relocated shop's own sales).
        if (
          asking &&
          FACTS[asking].type === "yuan" &&
          asking !== "loanAmountYuan" &&
          facts[asking] === undefined
        )
          facts[asking] = amount;
        else if (aboutShop) facts.shopRetailYuan = amount;
        else if ((subject ?? "enterprise") === "enterprise" && !facts.mcn) {
          facts.physicalGoodsRetailYuan = amount;
          subject ??= "enterprise";
        } else facts.onlineRetailYuan = amount;
      } else if (asking && FACTS[asking].type === "yuan" && facts[asking] === undefined)
        facts[asking] = amount;
      // 「全镇8000万」: a village's or town's figure is its online retail.
      else if ((subject === "village" || subject === "town") && facts.onlineRetailYuan === undefined)
        facts.onlineRetailYuan = amount;
    } else if (count !== null) {
      if (/电商村/.test(piece)) facts.ecommerceVillages = count;
      else if (/快递|物流/.test(piece)) facts.expressCompanies = count;
      else if (/网店|店铺|店/.test(piece.replace(/张店/g, ""))) facts.activeShops = count;
      else if (asking && FACTS[asking].type === "count" && facts[asking] === undefined) facts[asking] = count;
      else if (subject === "village" && facts.activeShops === undefined) facts.activeShops = count;
    }
    const duration = DURATION.exec(piece);
    if (duration) {
      const months = parseMonths(duration[2]!);
      if (months !== null) facts.monthsInDatabase = months;
    }
    const pct = /单量|占比/.test(piece) ? /(\d+(?:\.\d+)?)\s*[%％]/.exec(piece) : null;
    if (pct) {
      const p = parsePercent(`${pct[1]}%`);
      if (p !== null) facts.parcelSharePercent = p;
    }
  }
  if (!subject && ENTERPRISE_ONLY.some((k) => facts[k] !== undefined)) subject = "enterprise";
  if (subject && !known.subjectType) facts.subjectType = subject;
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
