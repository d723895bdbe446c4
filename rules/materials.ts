// The materials an application usually needs, per clause. The commerce bureau sets the list in each
// year's notice; this is the list the bot shows until then, always said to be subject to the notice.

import type { ClauseId } from "./clauses.ts";

const LICENCE = "营业执照（或统一社会信用代码证书）复印件";
const COUNTED = "第三方大数据公司出具的网络零售额纳统数据";

export const MATERIALS: Readonly<Record<ClauseId, readonly string[]>> = {
  village: ["村民委员会统一社会信用代码证书", COUNTED, "村内活跃网店清单"],
  town: ["镇人民政府统一社会信用代码证书", COUNTED, "镇内电商村认定文件或活跃网店清单"],
  "leading-enterprise": [LICENCE, "当年实物商品网络零售额证明（平台后台数据或纳统数据）"],
  "new-shop": [LICENCE, "店铺注册时间证明（平台截图）", COUNTED],
  "relocated-shop": [LICENCE, "店铺回迁前后的平台登记信息", COUNTED],
  "national-demo": [LICENCE, "商务部门的认定文件"],
  "self-live": [LICENCE, "年度纳统自播直播网络零售额数据"],
  "third-party-live": [LICENCE, "与第三方直播机构的合作协议及佣金支付凭证", "年度纳统直播网络零售额数据"],
  mcn: [LICENCE, COUNTED, "签约主播及运营情况说明"],
  event: [LICENCE, "活动方案、预算及影响力说明"],
  "delivery-center": [LICENCE, "与全国性快递物流企业的合作协议", "“五统一”运营情况说明"],
  "logistics-platform": [LICENCE, "平台功能说明（实时比价、撮合对接）", "县域快递单量占比数据"],
  loan: [LICENCE, "近一年经营流水", "贷款用途说明"],
};

/** The materials for a set of clauses, each named once, in the clauses' order. */
export function materialsFor(clauses: readonly ClauseId[]): string[] {
  const out: string[] = [];
  for (const c of clauses) for (const m of MATERIALS[c]) if (!out.includes(m)) out.push(m);
  return out;
}
