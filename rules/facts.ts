// The facts an assessment reads (contract §2): one entry per key, with the Chinese words a person
// reads in reasons, questions and the API's policy document. Everything else derives from this table.

export const SUBJECT_TYPES = ["enterprise", "village", "town", "park"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const SUBJECT_LABELS: Record<SubjectType, string> = {
  enterprise: "企业",
  village: "行政村",
  town: "乡镇",
  park: "电商产业园区（基地）",
};

export const EVENT_INFLUENCES = ["national", "provincial", "other"] as const;
export type EventInfluence = (typeof EVENT_INFLUENCES)[number];

export const EVENT_INFLUENCE_LABELS: Record<EventInfluence, string> = {
  national: "全国影响力",
  provincial: "全省影响力",
  other: "其他（区县或本地影响力）",
};

/** How a fact's value is typed and shown. */
export type FactType =
  "yuan" | "count" | "months" | "percent" | "boolean" | "subjectType" | "influence" | "date";

export interface FactDefinition {
  type: FactType;
  /** Noun phrase used in reasons: 「年度网络零售额 8000 万元」. */
  label: string;
  /** For booleans: how a true and a false value read in a reason. */
  yes?: string;
  no?: string;
  /** For counts: the measure word (家、个). */
  unit?: string;
  /** Articles of the policy whose clauses read this fact (informational, for the policy document). */
  articles: number[];
}

export const FACTS = {
  subjectType: { type: "subjectType", label: "申报主体类型", articles: [] },
  assessedOn: { type: "date", label: "评估日期", articles: [] },
  counted: {
    type: "boolean",
    label: "网络零售额已纳统（纳入第三方大数据公司统计）",
    yes: "网络零售额已纳统",
    no: "网络零售额未纳统（未纳入第三方大数据公司统计）",
    articles: [3, 5],
  },
  onlineRetailYuan: { type: "yuan", label: "年度网络零售额", articles: [1, 5] },
  activeShops: { type: "count", label: "活跃网店数量", unit: "家", articles: [1] },
  ecommerceVillages: { type: "count", label: "乡镇内电商村数量", unit: "个", articles: [1] },
  physicalGoodsRetailYuan: { type: "yuan", label: "当年实物商品网络零售额", articles: [2] },
  newShop: {
    type: "boolean",
    label: "店铺为当年新注册",
    yes: "店铺为当年新注册",
    no: "店铺不是当年新注册",
    articles: [3],
  },
  relocatedShop: {
    type: "boolean",
    label: "店铺由市外回迁至市内",
    yes: "店铺已由市外回迁至市内",
    no: "店铺不是由市外回迁",
    articles: [3],
  },
  relocatedFirstTime: {
    type: "boolean",
    label: "回迁后首次实现该年度网络零售额",
    yes: "为回迁后首次实现该年度网络零售额",
    no: "并非回迁后首次实现该年度网络零售额",
    articles: [3],
  },
  shopRetailYuan: { type: "yuan", label: "该店铺年度网络零售额", articles: [3] },
  relocatedShopRetailYuan: {
    type: "yuan",
    label: "回迁店铺的年度网络零售额（同时有新注册店铺时）",
    articles: [3],
  },
  nationalDemoNewlyRecognized: {
    type: "boolean",
    label: "被商务部门新认定为国家级电子商务示范园区（基地）或示范企业",
    yes: "已被商务部门新认定为国家级电子商务示范园区（基地）或示范企业",
    no: "未被商务部门新认定为国家级电子商务示范园区（基地）或示范企业",
    articles: [4],
  },
  selfLiveRetailYuan: { type: "yuan", label: "年度纳统自播直播网络零售额", articles: [5] },
  selfLiveFirstTime: {
    type: "boolean",
    label: "首次达到该档",
    yes: "为政策期内首次达到该档",
    no: "政策期内已达到过该档，不属于首次",
    articles: [5],
  },
  monthsInDatabase: { type: "months", label: "在库存续时间", articles: [5] },
  growingWell: {
    type: "boolean",
    label: "成长良好",
    yes: "成长良好",
    no: "成长情况未达到“成长良好”",
    articles: [5],
  },
  productionEnterprise: {
    type: "boolean",
    label: "为生产企业",
    yes: "为生产企业",
    no: "不是生产企业",
    articles: [5],
  },
  thirdPartyLiveRetailYuan: {
    type: "yuan",
    label: "与第三方直播机构合作的年度纳统直播网络零售额",
    articles: [5],
  },
  mcn: {
    type: "boolean",
    label: "为 MCN 机构（多渠道网络服务商）",
    yes: "为 MCN 机构",
    no: "不是 MCN 机构",
    articles: [5],
  },
  independentLegalEntity: {
    type: "boolean",
    label: "为独立法人",
    yes: "为独立法人直播电商企业",
    no: "不是独立法人",
    articles: [5],
  },
  mcnAwardedBefore: {
    type: "boolean",
    label: "政策期内已获 MCN 奖励",
    yes: "政策期内已获得过 MCN 奖励（不重复奖励）",
    no: "政策期内未获得过 MCN 奖励",
    articles: [5],
  },
  expressCompanies: {
    type: "count",
    label: "配送中心整合的全国性快递物流企业数",
    unit: "家",
    articles: [7],
  },
  fiveUnified: {
    type: "boolean",
    label: "实现仓储、分拣、运输、配送、揽件“五统一”",
    yes: "已实现仓储、分拣、运输、配送、揽件“五统一”",
    no: "未实现仓储、分拣、运输、配送、揽件“五统一”",
    articles: [7],
  },
  priceComparison: {
    type: "boolean",
    label: "信息平台提供实时比价服务",
    yes: "信息平台提供实时比价服务",
    no: "信息平台不提供实时比价服务",
    articles: [7],
  },
  matchmaking: {
    type: "boolean",
    label: "信息平台提供撮合对接服务",
    yes: "信息平台提供撮合对接服务",
    no: "信息平台不提供撮合对接服务",
    articles: [7],
  },
  parcelSharePercent: { type: "percent", label: "信息平台整合的县域快递单量占比", articles: [7] },
  hostsEvent: {
    type: "boolean",
    label: "承办直播电商论坛、大赛等活动",
    yes: "承办直播电商论坛、大赛等活动",
    no: "未承办直播电商论坛、大赛等活动",
    articles: [6],
  },
  eventInfluence: { type: "influence", label: "活动影响力", articles: [6] },
  loanAmountYuan: { type: "yuan", label: "申请的“齐鲁电商贷”额度", articles: [8] },
} as const satisfies Record<string, FactDefinition>;

export type FactKey = keyof typeof FACTS;
export const FACT_KEYS = Object.keys(FACTS) as FactKey[];

/** The facts of an assessment: only subjectType is required; a missing key means "not known yet". */
export interface Facts {
  subjectType: SubjectType;
  assessedOn?: string;
  counted?: boolean;
  onlineRetailYuan?: number;
  activeShops?: number;
  ecommerceVillages?: number;
  physicalGoodsRetailYuan?: number;
  newShop?: boolean;
  relocatedShop?: boolean;
  relocatedFirstTime?: boolean;
  shopRetailYuan?: number;
  /** An enterprise with a new shop and a moved-back one: the moved-back shop's figure (article 3). */
  relocatedShopRetailYuan?: number;
  nationalDemoNewlyRecognized?: boolean;
  selfLiveRetailYuan?: number;
  selfLiveFirstTime?: boolean;
  monthsInDatabase?: number;
  growingWell?: boolean;
  productionEnterprise?: boolean;
  thirdPartyLiveRetailYuan?: number;
  mcn?: boolean;
  independentLegalEntity?: boolean;
  mcnAwardedBefore?: boolean;
  expressCompanies?: number;
  fiveUnified?: boolean;
  priceComparison?: boolean;
  matchmaking?: boolean;
  parcelSharePercent?: number;
  hostsEvent?: boolean;
  eventInfluence?: EventInfluence;
  loanAmountYuan?: number;
}

/** Facts a person can be asked about (every key but the subject type and the date). */
export type AskableFact = Exclude<FactKey, "assessedOn">;
