// The words of the grammar, as data beside the fact each one names: one table per fact (its cue words,
// the unit words a count takes, the plausible range, what it says about the subject). Adding a synonym is
// one line here, never code. Cues are matched in the normalised message, the longest first, and also by
// their pinyin where the characters differ (voice input: 自波 for 自播, 电上 for 电商).

import type { AskableFact, SubjectType } from "../../../rules/index.ts";

export type MentionKind = "yuan" | "count" | "percent" | "months";

export interface FactWords {
  fact: AskableFact | "sales" | "live";
  /** What kind of figure binds to it. */
  kind: MentionKind;
  cues: readonly string[];
  /** Unit words a count of it takes (家、个、户…). */
  units?: readonly string[];
  /** A figure outside this range is asked back, never written. */
  range?: readonly [number, number];
  /** Naming the fact says who the subject is. */
  implies?: SubjectType;
  /** Matched by pinyin too (voice input). */
  sounds?: boolean;
  /** A cue that suggests the fact without naming it: the reading is asked back, never written. */
  weak?: boolean;
}

/**
 * 「sales」 is the subject's own sales figure: a village's, town's or MCN's online retail, an
 * enterprise's physical goods, a new or moved-back shop's own figure — settled once the subject is.
 */
export const FACT_WORDS: readonly FactWords[] = [
  {
    fact: "sales",
    kind: "yuan",
    cues: [
      "网络零售额",
      "网络销售额",
      "网上零售额",
      "网上销售额",
      "线上销售额",
      "线上零售额",
      "零售额",
      "销售额",
      "营业额",
      "成交额",
      "交易额",
      "营收",
      "流水",
      "gmv",
      "GMV",
      "销量",
      "网上卖",
      "线上卖",
      "网上",
      "线上",
      "电商",
      "网络",
      "卖了",
      "卖",
      "销售",
      "做了",
      "做到",
      "成交",
    ],
    range: [1, 999_999_999_999],
    sounds: true,
  },
  { fact: "physicalGoodsRetailYuan", kind: "yuan", cues: ["实物商品", "实物"], implies: "enterprise" },
  {
    fact: "selfLiveRetailYuan",
    kind: "yuan",
    cues: ["自播直播", "自播", "自己播", "自己直播", "自己开播", "自营直播", "店播", "自己带货"],
    implies: "enterprise",
    sounds: true,
  },
  {
    fact: "thirdPartyLiveRetailYuan",
    kind: "yuan",
    cues: [
      "第三方直播",
      "第三方",
      "直播机构",
      "合作直播",
      "找主播",
      "主播带",
      "达人带",
      "带货",
      "跟主播",
      "和主播",
      "主播合作",
      "达人",
    ],
    implies: "enterprise",
  },
  // 「直播卖了3000万」: live sales, but whose live room — asked back (自播 or with an agency), never guessed.
  { fact: "live", kind: "yuan", cues: ["直播带货", "直播间", "直播"], implies: "enterprise" },
  {
    fact: "loanAmountYuan",
    kind: "yuan",
    cues: ["齐鲁电商贷", "电商贷", "贷款", "贷"],
    implies: "enterprise",
  },
  {
    fact: "activeShops",
    kind: "count",
    cues: ["活跃网店", "网店", "店铺", "网商", "商户", "店"],
    units: ["家", "个", "户", "间"],
    range: [0, 5_000],
    sounds: true,
  },
  {
    fact: "ecommerceVillages",
    kind: "count",
    cues: ["电商村", "淘宝村", "电商专业村"],
    units: ["个", "家"],
    range: [0, 100],
    implies: "town",
    sounds: true,
  },
  {
    fact: "expressCompanies",
    kind: "count",
    cues: ["快递企业", "快递公司", "物流企业", "快递", "物流"],
    units: ["家", "个"],
    range: [0, 30],
    implies: "enterprise",
  },
  {
    fact: "monthsInDatabase",
    kind: "months",
    cues: ["在库", "入库", "进库", "存续", "纳统", "进统计库"],
    range: [0, 360],
    implies: "enterprise",
  },
  // 「公司成立三年多了」: how long the company has existed, likely also how long it is in the database.
  { fact: "monthsInDatabase", kind: "months", cues: ["成立", "干了"], weak: true },
  {
    fact: "parcelSharePercent",
    kind: "percent",
    cues: ["单量", "占比"],
    range: [0, 100],
    implies: "enterprise",
  },
];

/**
 * Cues of figures that are no fact of the applicant: what was paid to a streamer (佣金), what the policy
 * gives (奖励、补贴、给), an award already received (拿过). A figure bound to one is a remark.
 */
export const REMARK_WORDS: readonly string[] = [
  "佣金",
  "提成",
  "服务费",
  "坑位费",
  "奖励",
  "奖金",
  "补贴",
  "补助",
  "资助",
  "扶持",
  "奖",
  "给",
  "拿",
  "领",
  "档",
  "成本",
  "投入",
  "利润",
  "纳税",
  "税",
  "工资",
  "房租",
  "注册资本",
  "要求",
  "门槛",
  "标准",
  "条件",
  "上限",
  "最高",
  "最多",
];

/**
 * Yes-or-no facts said in a sentence: the words that state each, read as false when a negation comes just
 * before them (「不是生产企业」「没有纳统」). `needs` are words that must also be in the sentence.
 */
export const BOOLEAN_WORDS: readonly {
  fact: AskableFact;
  words: readonly string[];
  needs?: readonly string[][];
}[] = [
  // 「纳统的GMV」「已经纳统」 beside a figure (「没有纳统」 is read as 否 by the negation before it).
  {
    fact: "counted",
    words: [
      "已纳统",
      "已经纳统",
      "纳统了",
      "纳统的gmv",
      "纳统gmv",
      "纳统的零售",
      "纳统零售",
      "纳统的销售",
      "纳统销售",
    ],
  },
  { fact: "fiveUnified", words: ["五统一", "5个都统一", "5个统一", "5项统一", "5项都统一", "5个方面都统一"] },
  { fact: "priceComparison", words: ["比价", "比较价格", "价格比较"], needs: [["平台", "快递", "物流"]] },
  { fact: "matchmaking", words: ["撮合", "对接"], needs: [["平台", "快递", "物流"]] },
  {
    fact: "growingWell",
    words: [
      "成长良好",
      "成长得挺好",
      "成长得很好",
      "成长得不错",
      "成长挺好",
      "成长很好",
      "发展良好",
      "成长性好",
    ],
  },
  // 「政策期内还没拿过MCN的奖励」: an MCN award received before (negated: 否).
  { fact: "mcnAwardedBefore", words: ["拿过mcn", "领过mcn", "得过mcn", "获得过mcn", "拿过这个mcn"] },
  // 「头一回」「第一次」: the first time — of the moved-back shop's figure, or of the self-live figure.
  {
    fact: "relocatedFirstTime",
    words: ["头一回", "头一次", "第一次", "第一回", "首次"],
    needs: [["迁回", "回迁", "搬回", "挪回"]],
  },
  {
    fact: "selfLiveFirstTime",
    words: ["头一回", "头一次", "第一次", "第一回", "首次"],
    needs: [["自播", "自己播", "自己直播", "自己开播", "店播"]],
  },
  { fact: "productionEnterprise", words: ["生产企业", "自己生产", "自产自销", "工厂", "自己的厂", "生产型"] },
  { fact: "newShop", words: ["新店", "新开", "新注册", "开了个新", "开了一个新", "开了家新", "新开的店"] },
  { fact: "relocatedShop", words: ["迁回", "回迁", "搬回", "迁回来", "搬回来", "挪回"] },
  { fact: "independentLegalEntity", words: ["独立法人", "独立的法人", "独立核算法人"] },
  {
    fact: "nationalDemoNewlyRecognized",
    words: ["国家级"],
    needs: [["示范"]],
  },
];

/** Words naming a subject that is not the speaker (隔壁村): figures in their clause are someone else's. */
export const OTHER_SUBJECT_WORDS: readonly string[] = [
  "隔壁",
  "邻近的",
  "隔壁村",
  "邻村",
  "别的村",
  "其他村",
  "人家村",
  "隔壁镇",
  "邻镇",
  "别的镇",
  "其他镇",
  "隔壁公司",
  "别的公司",
  "人家公司",
  "同行",
  "别人家",
];

/**
 * Words voice input types for a cue (same sound, other characters): read as the cue before the yes-or-no
 * facts are looked for. One line per pair.
 */
export const SOUND_ALIKE: readonly (readonly [heard: string, meant: string])[] = [
  ["那统", "纳统"],
  ["纳桶", "纳统"],
];

/** Words before a subject that make it the speaker's own (我们村, 咱镇). */
export const OWN_WORDS: readonly string[] = ["我们", "咱们", "咱", "俺们", "俺", "我", "本", "我司"];

/** Subject words: a word naming who the speaker is. Longest first is applied by the finder. */
export const SUBJECT_WORDS: readonly { word: string; subject: SubjectType }[] = [
  // 「能评上电商村吗」: the title asked for says who would hold it.
  ...["评电商村", "评上电商村", "评为电商村", "当电商村"].map((word) => ({
    word,
    subject: "village" as const,
  })),
  ...["评电商镇", "评上电商镇", "评为电商镇", "当电商镇"].map((word) => ({ word, subject: "town" as const })),
  ...["行政村", "村委会", "村委", "村子", "村里", "村上", "咱村", "俺村", "本村", "全村", "村"].map(
    (word) => ({
      word,
      subject: "village" as const,
    }),
  ),
  ...["乡镇", "镇政府", "镇里", "镇上", "全镇", "本镇", "街道", "乡里", "全乡", "镇", "乡"].map((word) => ({
    word,
    subject: "town" as const,
  })),
  ...["电商产业园", "产业园", "园区", "基地"].map((word) => ({ word, subject: "park" as const })),
  ...[
    "公司",
    "企业",
    "工厂",
    "厂里",
    "厂子",
    "厂",
    "网店老板",
    "我们店",
    "店里",
    "mcn",
    "MCN",
    "机构",
    "商家",
    "个体户",
  ].map((word) => ({ word, subject: "enterprise" as const })),
];

/**
 * Words that hold a subject's or a cue's characters without being one (places in Zibo, 乡村, 村民): the
 * segmenter keeps them whole, and a cue found inside one is dropped.
 */
export const NOT_CUES: readonly string[] = [
  "张店",
  "张店区",
  "周村",
  "周村区",
  "淄川",
  "博山",
  "临淄",
  "桓台",
  "高青",
  "沂源",
  "乡村",
  "乡村振兴",
  "城乡",
  "村民",
  "店长",
  "商店",
  "书店",
  "饭店",
  "门店",
  "实体店",
  "上一年",
  "一年",
  "机构奖励",
  "直播电商",
  "电商平台",
  "网络直播",
  "镇长",
  "乡长",
  "村长",
  "村支书",
  "书记",
];

/** Markers: each a word list; the grammar's stronger rules look for them. */
export const MARKERS = {
  negation: ["不是", "没有", "没", "未", "不", "无", "并非"],
  hypothetical: [
    "如果",
    "要是",
    "假如",
    "假设",
    "假使",
    "万一",
    "后年",
    "明年",
    "打算",
    "计划",
    "争取",
    "目标",
    "想要",
    "能做到",
    "要做到",
    "听说",
    "据说",
  ],
  partOfWhole: ["其中", "包含在", "包括在", "含在", "算在", "里面", "里头", "之中", "包含", "包括"],
  pastAward: ["拿过", "获过", "得过", "领过", "已经拿", "已获", "获得过", "拿到过", "评过"],
  whole: ["一共", "总共", "共计", "合计", "全年", "总额", "加起来", "全部"],
  /** Near a figure but not at it: asked back, never rounded up. */
  /** 「具体是3150万」: the exact figure, beside a round one it passed (「过了三千万」). */
  exact: ["具体是", "具体", "准确说", "准确地说", "确切是", "实际是"],
  below: ["将近", "接近", "差一点", "差点", "快到", "不到", "不足", "没到", "没达到", "还差"],
  /** Approximately: the figure as said. */
  hedge: ["左右", "上下", "大概", "大约", "约", "差不多", "估计", "可能", "好像", "应该"],
  question: [
    "吗",
    "呢",
    "么",
    "?",
    "多少",
    "几",
    "能不能",
    "可不可以",
    "是否",
    "有没有",
    "怎么",
    "什么",
    "啥",
    "咋",
  ],
} as const;
