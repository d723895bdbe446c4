// What the bot asks for each fact: the question in everyday words with an example answer, how the
// answer is read, and which screening questions come first (a shop's turnover is asked only after
// we know there is a new or relocated shop). The order of this table breaks ties in the planner.

import {
  parseAmountOrNone,
  parseCount,
  parseInfluence,
  parseMonths,
  parsePercent,
  parseSubjectType,
  parseGrowth,
  parseYesNo,
} from "./answers.ts";
import type { AskableFact, Facts, SubjectType } from "./facts.ts";

export type Reader = "subjectType" | "yuan" | "yesNo" | "count" | "months" | "percent" | "influence";

export interface Question {
  fact: AskableFact;
  /** The question for this subject type. */
  text: (subject: SubjectType | undefined) => string;
  /** A sample answer, shown when an answer cannot be read. */
  example: string;
  reader: Reader;
  /** Screening facts to settle first, when they still matter. */
  after?: readonly AskableFact[];
}

const YES_NO = "请回复「是」或「否」";

export const QUESTIONS: readonly Question[] = [
  {
    fact: "subjectType",
    text: () =>
      "请问您以什么身份申报？回复数字即可：\n1. 企业（含网店、直播、MCN、物流企业）\n2. 行政村\n3. 乡镇\n4. 电商产业园区（基地）",
    example: "1",
    reader: "subjectType",
  },
  {
    fact: "physicalGoodsRetailYuan",
    text: () => "请问贵公司今年的实物商品网络零售额是多少？例如：3500万（没有可回复 0）",
    example: "3500万",
    reader: "yuan",
  },
  {
    fact: "onlineRetailYuan",
    text: (s) =>
      s === "village"
        ? "请问贵村（以行政村为单元）的年度网络零售额是多少？例如：1200万"
        : s === "town"
          ? "请问全镇的年度网络零售额是多少？例如：8000万"
          : "请问贵机构当年已纳统的网络零售额是多少？例如：6000万",
    example: "1200万",
    reader: "yuan",
    after: ["mcn"],
  },
  {
    fact: "activeShops",
    text: (s) =>
      s === "town"
        ? "请问全镇的活跃网店有多少家？例如：120家"
        : "请问村内的活跃网店（正常经营的网店）有多少家？例如：25家",
    example: "25家",
    reader: "count",
  },
  {
    fact: "ecommerceVillages",
    text: () => "请问镇内已认定的电商村有几个？例如：4个（没有可回复 0）",
    example: "4个",
    reader: "count",
  },
  {
    fact: "nationalDemoNewlyRecognized",
    text: () => `请问贵单位是否被商务部门新认定为国家级电子商务示范园区（基地）或示范企业？${YES_NO}`,
    example: "否",
    reader: "yesNo",
  },
  {
    fact: "newShop",
    text: () => `请问贵公司是否有今年新注册的网店？${YES_NO}`,
    example: "是",
    reader: "yesNo",
  },
  {
    fact: "relocatedShop",
    text: () => `请问贵公司是否有从淄博市外迁回市内的网店（即“回迁”店铺）？${YES_NO}`,
    example: "否",
    reader: "yesNo",
  },
  {
    fact: "relocatedFirstTime",
    text: () => `回迁之后，这是该店铺第一次达到这样的年度网络零售额吗？${YES_NO}`,
    example: "是",
    reader: "yesNo",
    after: ["relocatedShop"],
  },
  {
    fact: "shopRetailYuan",
    text: () => "请问这家新注册（或回迁）店铺的年度网络零售额是多少？例如：3200万",
    example: "3200万",
    reader: "yuan",
    after: ["newShop", "relocatedShop"],
  },
  {
    fact: "relocatedShopRetailYuan",
    text: () => "请问那家回迁店铺的年度网络零售额是多少？例如：3200万",
    example: "3200万",
    reader: "yuan",
    after: ["relocatedShop"],
  },
  {
    fact: "mcn",
    text: () => `请问贵公司是 MCN 机构吗（即孵化、签约、运营主播的直播机构）？${YES_NO}`,
    example: "否",
    reader: "yesNo",
  },
  {
    fact: "independentLegalEntity",
    text: () => `请问贵机构是独立法人吗（有自己的营业执照）？${YES_NO}`,
    example: "是",
    reader: "yesNo",
    after: ["mcn"],
  },
  {
    fact: "mcnAwardedBefore",
    text: () => `2022 年 10 月政策实施以来，贵机构是否已经获得过 MCN 机构奖励？${YES_NO}`,
    example: "否",
    reader: "yesNo",
    after: ["mcn"],
  },
  {
    fact: "counted",
    text: () => `请问贵公司的网络零售额是否已纳统（即已纳入第三方大数据公司的统计）？${YES_NO}`,
    example: "是",
    reader: "yesNo",
    after: ["newShop", "mcn"],
  },
  {
    fact: "selfLiveRetailYuan",
    text: () =>
      "请问贵公司通过自播（自己开直播）销售产品，年度纳统的直播网络零售额是多少？例如：2500万（没有自播可回复 0）",
    example: "2500万",
    reader: "yuan",
  },
  {
    fact: "selfLiveFirstTime",
    text: () => `政策期内，这是贵公司第一次达到这一档直播销售额吗？${YES_NO}`,
    example: "是",
    reader: "yesNo",
    after: ["selfLiveRetailYuan"],
  },
  {
    fact: "monthsInDatabase",
    text: () => "请问贵公司在统计库中已经存续多长时间（即在库存续时间）？例如：2年 或 18个月",
    example: "2年",
    reader: "months",
    after: ["selfLiveRetailYuan", "mcn"],
  },
  {
    fact: "growingWell",
    text: () => `请问贵公司近期是否成长良好（如销售额、经营规模稳定增长）？${YES_NO}`,
    example: "是",
    reader: "yesNo",
    after: ["selfLiveRetailYuan", "mcn"],
  },
  {
    fact: "productionEnterprise",
    text: () => `请问贵公司是生产企业吗（自己生产所销售的产品）？${YES_NO}`,
    example: "是",
    reader: "yesNo",
  },
  {
    fact: "thirdPartyLiveRetailYuan",
    text: () =>
      "请问贵公司与第三方直播机构合作，年度纳统的直播网络零售额是多少？例如：2200万（没有合作可回复 0）",
    example: "2200万",
    reader: "yuan",
    after: ["productionEnterprise"],
  },
  {
    fact: "fiveUnified",
    text: () =>
      `请问贵公司是否建设运营县域快递物流配送中心，并实现了仓储、分拣、运输、配送、揽件“五统一”？${YES_NO}（没有配送中心请回复「否」）`,
    example: "否",
    reader: "yesNo",
  },
  {
    fact: "expressCompanies",
    text: () => "请问配送中心整合了几家全国性快递物流企业？例如：6家",
    example: "6家",
    reader: "count",
    after: ["fiveUnified"],
  },
  {
    fact: "priceComparison",
    text: () =>
      `请问贵公司是否运营县域快递物流信息平台，且平台提供实时比价服务？${YES_NO}（没有信息平台请回复「否」）`,
    example: "否",
    reader: "yesNo",
  },
  {
    fact: "matchmaking",
    text: () => `请问该信息平台是否提供撮合对接服务？${YES_NO}`,
    example: "是",
    reader: "yesNo",
    after: ["priceComparison"],
  },
  {
    fact: "parcelSharePercent",
    text: () => "请问该平台整合的快递单量，占全县（区）快递单量的百分之多少？例如：85%",
    example: "85%",
    reader: "percent",
    after: ["priceComparison"],
  },
  {
    fact: "hostsEvent",
    text: () => `请问贵单位是否承办直播电商论坛、大赛等活动？${YES_NO}`,
    example: "否",
    reader: "yesNo",
  },
  {
    fact: "eventInfluence",
    text: () => "请问活动的影响力属于哪一级？回复数字即可：\n1. 全国影响力\n2. 全省影响力\n3. 其他",
    example: "2",
    reader: "influence",
    after: ["hostsEvent"],
  },
  {
    fact: "loanAmountYuan",
    text: () =>
      "请问贵公司是否需要“齐鲁电商贷”融资？如需要，请告诉我想申请的额度，例如：200万（不需要请回复「不需要」）",
    example: "200万",
    reader: "yuan",
  },
];

export const QUESTION_BY_FACT: Readonly<Record<AskableFact, Question>> = Object.fromEntries(
  QUESTIONS.map((q) => [q.fact, q]),
) as Record<AskableFact, Question>;

export type AnswerValue = Facts[AskableFact];

/** Reads an answer to the question about `fact`; null when the text does not clearly say it. */
export function readAnswer(fact: AskableFact, text: string): NonNullable<AnswerValue> | null {
  switch (QUESTION_BY_FACT[fact].reader) {
    case "subjectType":
      return parseSubjectType(text);
    case "yuan":
      return parseAmountOrNone(text);
    case "yesNo":
      // 「比去年涨了30%」「增长挺快的」 answer 「是否成长良好」.
      return parseYesNo(text) ?? (fact === "growingWell" ? parseGrowth(text) : null);
    case "count":
      return parseCount(text);
    case "months":
      return parseMonths(text);
    case "percent":
      return parsePercent(text);
    case "influence":
      return parseInfluence(text);
  }
}
