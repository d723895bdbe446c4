// The facts an assessment reads (contract §2): their keys, types and the values of the enumerations.
// The Chinese words for each fact belong to a policy (policies/<id>/facts.yaml).

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

/**
 * The facts every policy may read and how each is typed (contract §2): the vocabulary the bot
 * understands and the API validates. Each policy's folder gives their words (facts.yaml).
 */
export const FACT_TYPES = {
  subjectType: "subjectType",
  assessedOn: "date",
  counted: "boolean",
  onlineRetailYuan: "yuan",
  activeShops: "count",
  ecommerceVillages: "count",
  physicalGoodsRetailYuan: "yuan",
  newShop: "boolean",
  relocatedShop: "boolean",
  relocatedFirstTime: "boolean",
  shopRetailYuan: "yuan",
  relocatedShopRetailYuan: "yuan",
  nationalDemoNewlyRecognized: "boolean",
  selfLiveRetailYuan: "yuan",
  selfLiveFirstTime: "boolean",
  monthsInDatabase: "months",
  growingWell: "boolean",
  productionEnterprise: "boolean",
  thirdPartyLiveRetailYuan: "yuan",
  mcn: "boolean",
  independentLegalEntity: "boolean",
  mcnAwardedBefore: "boolean",
  expressCompanies: "count",
  fiveUnified: "boolean",
  priceComparison: "boolean",
  matchmaking: "boolean",
  parcelSharePercent: "percent",
  hostsEvent: "boolean",
  eventInfluence: "influence",
  loanAmountYuan: "yuan",
} as const satisfies Record<string, FactType>;

/** A policy's facts: each key's type with the policy's words for it. */
export type FactTable = Readonly<Record<FactKey, FactDefinition>>;

export type FactKey = keyof typeof FACT_TYPES;
export const FACT_KEYS = Object.keys(FACT_TYPES) as FactKey[];

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
