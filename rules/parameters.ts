// Every number of the policy — thresholds, caps, rates — as dated values, in the manner of OpenFisca's
// parameters: the policy lets the commerce bureau set each year's standards within its budget
// (「具体申报及实际执行标准由市商务局依据预算安排情况按年度另行确定」), so a new year's figure is a new
// entry here with the date it takes effect, and no logic changes. Money is whole yuan.

export interface DatedValue {
  /** First day (YYYY-MM-DD, Asia/Shanghai) on which the value applies. */
  from: string;
  value: number;
  /** Where the value comes from: the policy's own sentence, or the bureau's notice that changed it. */
  source: string;
}

export interface Parameter {
  description: string;
  unit: "yuan" | "count" | "months" | "percent" | "yuanPerUnit";
  values: DatedValue[];
  /**
   * Money the budget pays (an award, a cap, a rate, a total): what a round's yearly standard may
   * lower. A threshold is never money, however it is measured.
   */
  money?: true;
}

const P = "《关于支持全市电子商务高质量发展》";
const START = "2022-10-01";
/** A value the policy leaves to the bureau: its source says so and quotes the sentence it rests on. */
export const BUREAU = "市商务局设定";

function since(value: number, source: string): DatedValue[] {
  return [{ from: START, value, source: `${P}：${source}` }];
}

export const PARAMETERS = {
  // Article 1
  "village.minOnlineRetailYuan": {
    description: "电商村：年度网络零售额下限",
    unit: "yuan",
    values: since(10_000_000, "年度网络零售额达到1000万元以上"),
  },
  "village.minActiveShops": {
    description: "电商村：村内活跃网店数量下限",
    unit: "count",
    values: since(20, "村内活跃网店数量达到20家以上"),
  },
  "village.award": {
    description: "电商村奖励上限",
    unit: "yuan",
    money: true,
    values: since(300_000, "对电商村、电商镇分别给予不超过30万元、50万元奖励"),
  },
  "town.ecommerceVillagesAbove": {
    description: "电商镇：电商村数量须大于此数",
    unit: "count",
    values: since(3, "一个乡镇的电商村大于3个"),
  },
  "town.onlineRetailAboveYuan": {
    description: "电商镇：年度网络零售额须超过此数",
    unit: "yuan",
    values: since(100_000_000, "一个乡镇年度网络零售额超过1亿元"),
  },
  "town.comboOnlineRetailAboveYuan": {
    description: "电商镇（组合条件）：年度网络零售额须超过此数",
    unit: "yuan",
    values: since(60_000_000, "一个乡镇年度网络零售额超过6000万元且活跃网店超过100个"),
  },
  "town.comboActiveShopsAbove": {
    description: "电商镇（组合条件）：活跃网店须超过此数",
    unit: "count",
    values: since(100, "一个乡镇年度网络零售额超过6000万元且活跃网店超过100个"),
  },
  "town.award": {
    description: "电商镇奖励上限",
    unit: "yuan",
    money: true,
    values: since(500_000, "对电商村、电商镇分别给予不超过30万元、50万元奖励"),
  },
  // Article 2
  "leading.minPhysicalRetailYuan": {
    description: "电商龙头企业：当年实物商品网络零售额下限",
    unit: "yuan",
    values: since(30_000_000, "对当年实现实物商品网络零售额3000万元（含）以上的企业"),
  },
  "leading.unitYuan": {
    description: "流量补贴的计量单位（每实现 1 万元）",
    unit: "yuan",
    values: since(10_000, "每实现1万元，市财政最高给予5元流量补贴"),
  },
  "leading.yuanPerUnit": {
    description: "每个计量单位的流量补贴",
    unit: "yuanPerUnit",
    money: true,
    values: since(5, "每实现1万元，市财政最高给予5元流量补贴"),
  },
  "leading.capPerEnterprise": {
    description: "每家企业流量补贴上限",
    unit: "yuan",
    money: true,
    values: since(100_000, "每家企业最高补贴10万元"),
  },
  "leading.cityTotalCap": {
    description: "全市流量补贴总额上限（每年）",
    unit: "yuan",
    money: true,
    values: since(5_000_000, "全市补贴总额不超过500万元"),
  },
  // Article 3
  "newShop.tier1MinYuan": {
    description: "新注册店铺：高档网络零售额下限",
    unit: "yuan",
    values: since(50_000_000, "注册当年实现纳统并且网络零售额5000万元（含）以上的企业"),
  },
  "newShop.tier1Award": {
    description: "新注册店铺：高档奖励上限",
    unit: "yuan",
    money: true,
    values: since(200_000, "市财政给予不超过20万元奖励"),
  },
  "newShop.tier2MinYuan": {
    description: "新注册店铺：低档网络零售额下限",
    unit: "yuan",
    values: since(30_000_000, "实现纳统网络零售额3000万元（含）以上"),
  },
  "newShop.tier2Award": {
    description: "新注册店铺：低档奖励上限",
    unit: "yuan",
    money: true,
    values: since(100_000, "市财政给予不超过10万元奖励"),
  },
  "relocatedShop.minYuan": {
    description: "回迁店铺：年度网络零售额下限",
    unit: "yuan",
    values: since(30_000_000, "回迁后首次实现年度网络零售额3000万元（含）以上的店铺"),
  },
  "relocatedShop.award": {
    description: "回迁店铺奖励上限",
    unit: "yuan",
    money: true,
    values: since(100_000, "市财政给予不超过10万元奖励"),
  },
  // Article 4
  "nationalDemo.award": {
    description: "国家级电子商务示范园区（基地）、示范企业奖励上限",
    unit: "yuan",
    money: true,
    values: since(500_000, "给予不超过50万元奖励"),
  },
  // Article 5
  "selfLive.tier1MinYuan": {
    description: "自播：第一档年度纳统直播网络零售额",
    unit: "yuan",
    values: since(50_000_000, "年度纳统直播网络零售额首次达到5000万元、3000万元、2000万元"),
  },
  "selfLive.tier1Award": {
    description: "自播：第一档奖励上限",
    unit: "yuan",
    money: true,
    values: since(300_000, "分别给予不超过30万元、20万元、10万元奖励"),
  },
  "selfLive.tier2MinYuan": {
    description: "自播：第二档年度纳统直播网络零售额",
    unit: "yuan",
    values: since(30_000_000, "年度纳统直播网络零售额首次达到5000万元、3000万元、2000万元"),
  },
  "selfLive.tier2Award": {
    description: "自播：第二档奖励上限",
    unit: "yuan",
    money: true,
    values: since(200_000, "分别给予不超过30万元、20万元、10万元奖励"),
  },
  "selfLive.tier3MinYuan": {
    description: "自播：第三档年度纳统直播网络零售额",
    unit: "yuan",
    values: since(20_000_000, "年度纳统直播网络零售额首次达到5000万元、3000万元、2000万元"),
  },
  "selfLive.tier3Award": {
    description: "自播：第三档奖励上限",
    unit: "yuan",
    money: true,
    values: since(100_000, "分别给予不超过30万元、20万元、10万元奖励"),
  },
  "live.minMonthsInDatabase": {
    description: "直播类奖励：在库存续期下限（月）",
    unit: "months",
    values: since(12, "在库存续期满1年以上且成长良好"),
  },
  "thirdPartyLive.minYuan": {
    description: "第三方直播合作：年度纳统直播网络零售额下限",
    unit: "yuan",
    values: since(20_000_000, "对年度纳统的直播网络零售额达到2000万元以上的"),
  },
  "thirdPartyLive.cap": {
    description: "第三方直播合作：佣金补助上限",
    unit: "yuan",
    money: true,
    values: since(200_000, "对生产企业产生的佣金给予适当补助，最高不超过20万元"),
  },
  "mcn.tier1MinYuan": {
    description: "MCN：第一档纳统网络零售额",
    unit: "yuan",
    values: since(100_000_000, "当年实现纳统网络零售额1亿元、5000万元、2000万元"),
  },
  "mcn.tier1Award": {
    description: "MCN：第一档奖励上限",
    unit: "yuan",
    money: true,
    values: since(500_000, "分别给予不超过50万元、30万元和20万元奖励"),
  },
  "mcn.tier2MinYuan": {
    description: "MCN：第二档纳统网络零售额",
    unit: "yuan",
    values: since(50_000_000, "当年实现纳统网络零售额1亿元、5000万元、2000万元"),
  },
  "mcn.tier2Award": {
    description: "MCN：第二档奖励上限",
    unit: "yuan",
    money: true,
    values: since(300_000, "分别给予不超过50万元、30万元和20万元奖励"),
  },
  "mcn.tier3MinYuan": {
    description: "MCN：第三档纳统网络零售额",
    unit: "yuan",
    values: since(20_000_000, "当年实现纳统网络零售额1亿元、5000万元、2000万元"),
  },
  "mcn.tier3Award": {
    description: "MCN：第三档奖励上限",
    unit: "yuan",
    money: true,
    values: since(200_000, "分别给予不超过50万元、30万元和20万元奖励"),
  },
  // Article 6
  "event.approvalCeiling": {
    description: "活动补助（一事一议）单次核定金额上限",
    unit: "yuan",
    money: true,
    // The policy sets no amount (「按照一事一议原则，对承办主体给予适当补助扶持」): this is the bureau's own
    // ceiling for one approval, so that no typing slip approves millions; a notice changes it by date.
    values: [
      {
        from: START,
        value: 500_000,
        source: `${BUREAU}（默认取政策中最高的单项奖励 50 万元）；政策原文：按照一事一议原则，对承办主体给予适当补助扶持`,
      },
    ],
  },
  // Article 7
  "deliveryCenter.minExpressCompanies": {
    description: "县域快递物流配送中心：整合全国性快递物流企业数下限",
    unit: "count",
    values: since(5, "对整合全国性快递物流企业5家以上"),
  },
  "deliveryCenter.support": {
    description: "县域快递物流配送中心支持金额",
    unit: "yuan",
    money: true,
    values: since(500_000, "市财政给予50万元的支持"),
  },
  "logisticsPlatform.minParcelSharePercent": {
    description: "快递物流信息平台：整合县域快递单量占比下限（%）",
    unit: "percent",
    values: since(80, "整合县域80%以上快递单量的快递物流信息平台"),
  },
  "logisticsPlatform.support": {
    description: "快递物流信息平台支持金额",
    unit: "yuan",
    money: true,
    values: since(500_000, "市财政给予50万元的支持"),
  },
  // Article 8
  "loan.minYuan": {
    description: "“齐鲁电商贷”单户贷款额度下限",
    unit: "yuan",
    values: since(100_000, "单户贷款额度为10万元至1000万元"),
  },
  "loan.maxYuan": {
    description: "“齐鲁电商贷”单户贷款额度上限",
    unit: "yuan",
    values: since(10_000_000, "单户贷款额度为10万元至1000万元"),
  },
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;

/** Values that replace or extend the table, e.g. a year's standards loaded from the bureau's notice. */
export type ParameterOverrides = Partial<Record<ParameterName, readonly DatedValue[]>>;

/** The value in force on `date` (YYYY-MM-DD): the latest entry that has started; the first before any. */
export function parameterAt(
  name: ParameterName,
  date: string,
  overrides: ParameterOverrides | undefined = undefined,
): number {
  const values = overrides?.[name] ?? PARAMETERS[name].values;
  let started: DatedValue | undefined;
  let earliest: DatedValue | undefined;
  for (const v of values) {
    if (v.from <= date && (started === undefined || v.from >= started.from)) started = v;
    if (earliest === undefined || v.from < earliest.from) earliest = v;
  }
  const chosen = started ?? earliest;
  if (chosen === undefined) throw new Error(`参数 ${name} 没有任何取值`);
  return chosen.value;
}

/** Resolves every parameter once for a date, so evaluation reads plain numbers. */
const resolvedByDate = new Map<string, Readonly<Record<ParameterName, number>>>();

export function parametersAt(
  date: string,
  overrides?: ParameterOverrides,
): Readonly<Record<ParameterName, number>> {
  // The table is constant, so a date's values are resolved once; overrides are resolved every time.
  const cached = overrides === undefined ? resolvedByDate.get(date) : undefined;
  if (cached) return cached;
  const out = {} as Record<ParameterName, number>;
  for (const name of Object.keys(PARAMETERS) as ParameterName[])
    out[name] = parameterAt(name, date, overrides);
  if (overrides === undefined) {
    if (resolvedByDate.size > 1000) resolvedByDate.clear();
    resolvedByDate.set(date, Object.freeze(out));
  }
  return out;
}
