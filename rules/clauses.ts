// The policy's thirteen clauses (contract §3), each with the sentence it comes from. A clause is
// data: who may apply, the conditions, the tiers (highest first) with the parameter that holds each
// tier's amount, and for article 2 the subsidy formula. Numbers live in parameters.ts, never here.

import type { SubjectType } from "./facts.ts";
import { above, all, any, atLeast, atMost, isFalse, isTrue, oneOf, type Condition } from "./logic.ts";
import type { ParameterName } from "./parameters.ts";

export const CLAUSE_IDS = [
  "village",
  "town",
  "leading-enterprise",
  "new-shop",
  "relocated-shop",
  "national-demo",
  "self-live",
  "third-party-live",
  "mcn",
  "event",
  "delivery-center",
  "logistics-platform",
  "loan",
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export type ClauseKind = "award" | "subsidy" | "loan" | "case_by_case";

export interface Tier {
  /** What reaching this tier needs beyond the clause's own conditions; none for a single-tier clause. */
  when?: Condition;
  /** The parameter holding the amount: a cap (「不超过」), a fixed support, or the loan ceiling. */
  amount: ParameterName;
}

/** A subsidy computed per unit of a fact: floor(fact / unit) × rate, capped. */
export interface PerUnitFormula {
  fact: "physicalGoodsRetailYuan";
  unit: ParameterName;
  rate: ParameterName;
  cap: ParameterName;
}

export interface Clause {
  id: ClauseId;
  article: number;
  /** Plain name for people: 「电商龙头企业流量补贴」. */
  name: string;
  kind: ClauseKind;
  subjects: readonly SubjectType[];
  /** The sentence(s) of the policy this clause encodes, verbatim. */
  citation: string;
  when: Condition;
  tiers: readonly Tier[];
  /** Case-by-case clauses are never `eligible`: when their conditions hold, staff decide. */
  decidedByStaff?: boolean;
  estimate?: PerUnitFormula;
  /** The parameter holding a yearly total for the whole city that this clause's money counts against. */
  cityTotal?: ParameterName;
  /** A note shown with the result: what the amount means, what else to know. */
  note?: string;
  /**
   * Where `from` is known the clause reads it as `as`: an enterprise with a new shop and a moved-back
   * one keeps both figures, and the moved-back shop's award reads its own.
   */
  reads?: { from: "relocatedShopRetailYuan"; as: "shopRetailYuan" };
  /** The policy gives the amount outright (「市财政给予50万元的支持」), not up to it. */
  fixedAmount?: boolean;
}

const MONTHS_FULL = { pass: "满", fail: "未满", suffix: "以上" };
const INCLUSIVE = { pass: "达到", fail: "未达到", suffix: "（含）以上" };
const REACHES_EXACTLY = { pass: "达到", fail: "未达到" };
const MORE_THAN = { pass: "大于", fail: "不大于" };

const inDatabaseAndGrowing = all(
  atLeast("monthsInDatabase", "live.minMonthsInDatabase", MONTHS_FULL),
  isTrue("growingWell"),
);

export const CLAUSES: readonly Clause[] = [
  {
    id: "village",
    article: 1,
    name: "电商村奖励",
    kind: "award",
    subjects: ["village"],
    citation:
      "打造电商村、电商镇，以行政村为单元，年度网络零售额达到1000万元以上，村内活跃网店数量达到20家以上，认定为电商村。……对电商村、电商镇分别给予不超过30万元、50万元奖励。",
    when: all(
      atLeast("onlineRetailYuan", "village.minOnlineRetailYuan"),
      atLeast("activeShops", "village.minActiveShops"),
    ),
    tiers: [{ amount: "village.award" }],
  },
  {
    id: "town",
    article: 1,
    name: "电商镇奖励",
    kind: "award",
    subjects: ["town"],
    citation:
      "一个乡镇的电商村大于3个,或者一个乡镇年度网络零售额超过1亿元,或者一个乡镇年度网络零售额超过6000万元且活跃网店超过100个,可认定为电商镇。对电商村、电商镇分别给予不超过30万元、50万元奖励。",
    when: any(
      above("ecommerceVillages", "town.ecommerceVillagesAbove", MORE_THAN),
      above("onlineRetailYuan", "town.onlineRetailAboveYuan"),
      all(
        above("onlineRetailYuan", "town.comboOnlineRetailAboveYuan"),
        above("activeShops", "town.comboActiveShopsAbove"),
      ),
    ),
    tiers: [{ amount: "town.award" }],
  },
  {
    id: "leading-enterprise",
    article: 2,
    name: "电商龙头企业流量补贴",
    kind: "subsidy",
    subjects: ["enterprise"],
    citation:
      "对当年实现实物商品网络零售额3000万元（含）以上的企业，每实现1万元，市财政最高给予5元流量补贴，每家企业最高补贴10万元，全市补贴总额不超过500万元。",
    when: atLeast("physicalGoodsRetailYuan", "leading.minPhysicalRetailYuan", INCLUSIVE),
    cityTotal: "leading.cityTotalCap",
    tiers: [{ amount: "leading.capPerEnterprise" }],
    estimate: {
      fact: "physicalGoodsRetailYuan",
      unit: "leading.unitYuan",
      rate: "leading.yuanPerUnit",
      cap: "leading.capPerEnterprise",
    },
    note: "按每 1 万元最高 5 元测算；全市补贴总额不超过 500 万元，超出时按比例兑现。",
  },
  {
    id: "new-shop",
    article: 3,
    name: "新注册店铺奖励",
    kind: "award",
    subjects: ["enterprise"],
    citation:
      "对新注册店铺，注册当年实现纳统并且网络零售额5000万元（含）以上的企业，市财政给予不超过20万元奖励；实现纳统网络零售额3000万元（含）以上，市财政给予不超过10万元奖励。",
    when: all(isTrue("newShop"), isTrue("counted")),
    tiers: [
      { when: atLeast("shopRetailYuan", "newShop.tier1MinYuan", INCLUSIVE), amount: "newShop.tier1Award" },
      { when: atLeast("shopRetailYuan", "newShop.tier2MinYuan", INCLUSIVE), amount: "newShop.tier2Award" },
    ],
  },
  {
    id: "relocated-shop",
    article: 3,
    name: "回迁店铺奖励",
    kind: "award",
    subjects: ["enterprise"],
    citation:
      "引导市内生产经营的企业将设在市外的网络店铺回迁，回迁后首次实现年度网络零售额3000万元（含）以上的店铺，市财政给予不超过10万元奖励。",
    when: all(
      isTrue("relocatedShop"),
      isTrue("relocatedFirstTime"),
      atLeast("shopRetailYuan", "relocatedShop.minYuan", INCLUSIVE),
    ),
    tiers: [{ amount: "relocatedShop.award" }],
    reads: { from: "relocatedShopRetailYuan", as: "shopRetailYuan" },
  },
  {
    id: "national-demo",
    article: 4,
    name: "国家级电子商务示范奖励",
    kind: "award",
    subjects: ["enterprise", "park"],
    citation: "对商务部门新认定的国家级电子商务示范园区（基地）、示范企业，给予不超过50万元奖励。",
    when: isTrue("nationalDemoNewlyRecognized"),
    tiers: [{ amount: "nationalDemo.award" }],
  },
  {
    id: "self-live",
    article: 5,
    name: "自播直播奖励",
    kind: "award",
    subjects: ["enterprise"],
    citation:
      "对通过自播方式销售产品，政策期内，年度纳统直播网络零售额首次达到5000万元、3000万元、2000万元，在库存续期满1年以上且成长良好，分别给予不超过30万元、20万元、10万元奖励。",
    when: all(isTrue("selfLiveFirstTime"), inDatabaseAndGrowing),
    tiers: [
      {
        when: atLeast("selfLiveRetailYuan", "selfLive.tier1MinYuan", REACHES_EXACTLY),
        amount: "selfLive.tier1Award",
      },
      {
        when: atLeast("selfLiveRetailYuan", "selfLive.tier2MinYuan", REACHES_EXACTLY),
        amount: "selfLive.tier2Award",
      },
      {
        when: atLeast("selfLiveRetailYuan", "selfLive.tier3MinYuan", REACHES_EXACTLY),
        amount: "selfLive.tier3Award",
      },
    ],
  },
  {
    id: "third-party-live",
    article: 5,
    name: "生产企业第三方直播佣金补助",
    kind: "subsidy",
    subjects: ["enterprise"],
    citation:
      "鼓励生产企业与第三方直播机构合作，通过直播方式销售产品，对年度纳统的直播网络零售额达到2000万元以上的，对生产企业产生的佣金给予适当补助，最高不超过20万元。",
    when: all(isTrue("productionEnterprise"), atLeast("thirdPartyLiveRetailYuan", "thirdPartyLive.minYuan")),
    tiers: [{ amount: "thirdPartyLive.cap" }],
    note: "按实际产生的佣金给予适当补助，具体比例以市商务局当年标准为准。",
  },
  {
    id: "mcn",
    article: 5,
    name: "MCN 机构奖励",
    kind: "award",
    subjects: ["enterprise"],
    citation:
      "对MCN机构当年实现纳统网络零售额1亿元、5000万元、2000万元的独立法人直播电商企业，在库存续期满1年以上且成长良好，分别给予不超过50万元、30万元和20万元奖励，政策期内不重复奖励。",
    when: all(
      isTrue("mcn"),
      isTrue("independentLegalEntity"),
      isFalse("mcnAwardedBefore"),
      isTrue("counted"),
      inDatabaseAndGrowing,
    ),
    tiers: [
      { when: atLeast("onlineRetailYuan", "mcn.tier1MinYuan", REACHES_EXACTLY), amount: "mcn.tier1Award" },
      { when: atLeast("onlineRetailYuan", "mcn.tier2MinYuan", REACHES_EXACTLY), amount: "mcn.tier2Award" },
      { when: atLeast("onlineRetailYuan", "mcn.tier3MinYuan", REACHES_EXACTLY), amount: "mcn.tier3Award" },
    ],
  },
  {
    id: "event",
    article: 6,
    name: "直播电商活动补助",
    kind: "case_by_case",
    subjects: ["enterprise", "park"],
    citation:
      "鼓励举办具有全国或全省影响力的直播电商论坛、大赛等活动，按照一事一议原则，对承办主体给予适当补助扶持。",
    when: all(isTrue("hostsEvent"), oneOf("eventInfluence", ["national", "provincial"])),
    tiers: [],
    decidedByStaff: true,
    note: "按照一事一议原则，由市商务局审核确定补助金额。",
  },
  {
    id: "delivery-center",
    article: 7,
    name: "县域快递物流配送中心支持",
    kind: "subsidy",
    subjects: ["enterprise"],
    citation:
      "对整合全国性快递物流企业5家以上,实现县域内仓储、分拣、运输、配送、揽件“五统一”的县域快递物流配送中心，……市财政给予50万元的支持。",
    when: all(isTrue("fiveUnified"), atLeast("expressCompanies", "deliveryCenter.minExpressCompanies")),
    tiers: [{ amount: "deliveryCenter.support" }],
    fixedAmount: true,
  },
  {
    id: "logistics-platform",
    article: 7,
    name: "快递物流信息平台支持",
    kind: "subsidy",
    subjects: ["enterprise"],
    citation:
      "……以及能够提供实时比价和撮合对接服务、整合县域80%以上快递单量的快递物流信息平台，市财政给予50万元的支持。",
    when: all(
      isTrue("priceComparison"),
      isTrue("matchmaking"),
      atLeast("parcelSharePercent", "logisticsPlatform.minParcelSharePercent"),
    ),
    tiers: [{ amount: "logisticsPlatform.support" }],
    fixedAmount: true,
  },
  {
    id: "loan",
    article: 8,
    name: "“齐鲁电商贷”融资支持",
    kind: "loan",
    subjects: ["enterprise"],
    citation:
      "落实“齐鲁电商贷”业务，通过政府提供电商大数据、政府性融资担保公司担保、银行发放贷款的方式，为电商企业提供融资服务，单户贷款额度为10万元至1000万元。",
    when: all(
      atLeast("loanAmountYuan", "loan.minYuan", { pass: "不低于", fail: "低于下限" }),
      atMost("loanAmountYuan", "loan.maxYuan", { pass: "不超过上限", fail: "超过单户上限" }),
    ),
    tiers: [{ amount: "loan.maxYuan" }],
    note: "贷款由合作银行审批发放，政府性融资担保公司提供担保；此处仅为额度范围的初步判断。",
  },
];

export const CLAUSES_BY_ID: Readonly<Record<ClauseId, Clause>> = Object.fromEntries(
  CLAUSES.map((c) => [c.id, c]),
) as Record<ClauseId, Clause>;
