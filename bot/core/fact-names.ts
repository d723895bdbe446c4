// The words people use for each fact and applicant field, so 「修改 零售额 9000万」 or 「改一下电话」
// finds what they mean.

import type { AskableFact } from "../../rules/index.ts";
import type { ApplyStep } from "./state.ts";

/** Aliases, most specific first; matched against what follows 「修改」. */
export const FACT_ALIASES: Record<AskableFact, readonly string[]> = {
  subjectType: ["申报主体", "主体类型", "身份", "主体"],
  physicalGoodsRetailYuan: [
    "实物商品网络零售额",
    "实物商品零售额",
    "实物零售额",
    "实物商品",
    "网络零售额",
    "零售额",
    "销售额",
  ],
  onlineRetailYuan: ["年度网络零售额", "网络零售额", "零售额", "销售额"],
  activeShops: ["活跃网店数量", "活跃网店", "网店数量", "网店数", "网店"],
  ecommerceVillages: ["电商村数量", "电商村"],
  counted: ["纳统"],
  newShop: ["新注册店铺", "新注册", "新店"],
  relocatedShop: ["回迁店铺", "回迁", "迁店", "迁回"],
  relocatedFirstTime: ["首次实现", "回迁后首次"],
  relocatedShopRetailYuan: ["回迁店铺零售额", "回迁店零售额", "回迁店铺销售额", "回迁店"],
  shopRetailYuan: [
    "店铺零售额",
    "店铺网络零售额",
    "新店零售额",
    "店铺销售额",
    "店的流水",
    "店铺流水",
    "店的销售额",
    "店的零售额",
    "零售额",
  ],
  nationalDemoNewlyRecognized: ["国家级示范", "示范企业", "示范园区", "示范"],
  selfLiveRetailYuan: ["自播零售额", "自播销售额", "直播零售额", "自播", "直播"],
  selfLiveFirstTime: ["首次达到", "首次"],
  monthsInDatabase: ["在库存续时间", "在库时间", "入库时间", "存续时间", "在库", "入库", "存续"],
  growingWell: ["成长良好", "成长"],
  productionEnterprise: ["生产企业", "生产"],
  thirdPartyLiveRetailYuan: [
    "第三方直播零售额",
    "第三方直播",
    "合作直播",
    "第三方",
    "达人那块",
    "达人那边",
    "达人带货",
    "达人带的",
  ],
  mcn: ["mcn机构", "mcn"],
  independentLegalEntity: ["独立法人", "法人"],
  mcnAwardedBefore: ["mcn奖励", "已获奖励", "获奖", "mcn的奖励", "mcn的奖", "mcn奖"],
  expressCompanies: ["快递物流企业数", "快递企业", "快递物流企业", "快递"],
  fiveUnified: ["五统一", "配送中心"],
  priceComparison: ["实时比价", "比价", "信息平台"],
  matchmaking: ["撮合对接", "撮合"],
  parcelSharePercent: ["快递单量占比", "单量占比", "占比", "单量"],
  hostsEvent: ["承办活动", "活动", "论坛", "大赛"],
  eventInfluence: ["活动影响力", "影响力"],
  loanAmountYuan: ["齐鲁电商贷", "贷款额度", "贷款", "电商贷", "额度"],
};

export const FIELD_ALIASES: Record<Exclude<ApplyStep, "reuse" | "consent" | "clauses">, readonly string[]> = {
  name: ["单位名称", "企业名称", "公司名称", "名称", "名字", "单位"],
  uscc: ["统一社会信用代码", "信用代码", "社会信用代码", "代码"],
  district: ["所属区县", "区县", "地区", "区"],
  contactName: ["联系人姓名", "联系人"],
  contactPhone: ["联系电话", "手机号", "手机", "电话"],
};

function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, "");
}

/** The longest alias at the start of `text`, with what follows it. */
function matchAlias<K extends string>(text: string, table: Record<K, readonly string[]>, keys: readonly K[]) {
  const t = normalize(text);
  let best: { key: K; rest: string; length: number } | null = null;
  for (const key of keys)
    for (const alias of table[key]) {
      const a = normalize(alias);
      if (t.startsWith(a) && (!best || a.length > best.length))
        best = { key, rest: t.slice(a.length), length: a.length };
    }
  return best;
}

export interface FactMatch {
  candidates: AskableFact[];
  rest: string;
}

/**
 * Facts whose alias starts `text`. Among facts sharing the longest alias, those `preferred`
 * (answered already) come first; if exactly one is preferred, it is the only candidate.
 */
export function findFact(text: string, preferred: readonly AskableFact[]): FactMatch | null {
  const keys = Object.keys(FACT_ALIASES) as AskableFact[];
  const best = matchAlias(text, FACT_ALIASES, keys);
  if (!best) return null;
  const same = keys.filter((k) =>
    FACT_ALIASES[k].some(
      (a) => normalize(a).length === best.length && normalize(text).startsWith(normalize(a)),
    ),
  );
  const answered = same.filter((k) => preferred.includes(k));
  return { candidates: answered.length > 0 ? answered : same, rest: best.rest };
}

export function findField(text: string) {
  return matchAlias(text, FIELD_ALIASES, Object.keys(FIELD_ALIASES) as (keyof typeof FIELD_ALIASES)[]);
}
