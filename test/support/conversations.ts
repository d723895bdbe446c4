// Recorded conversations shared by tests: an ordinary online shop with 8000万 of physical goods
// (eligible for article 2 only), answering every other screening question with no.

/** From 「自测」 to the results: eligible for the leading-enterprise subsidy only. */
export const SHOP_ASSESSMENT = [
  "自测",
  "企业",
  "8000万",
  "否",
  "否",
  "否",
  "否",
  "否",
  "否",
  "否",
  "不需要",
  "0",
  "否",
];

/** From 「申报」 to the summary (the only eligible clause is chosen by itself). */
export const SHOP_APPLICATION = [
  "申报",
  "同意",
  "淄博某某电子商务有限公司",
  "91350100M000100Y43",
  "张店区",
  "张三",
  "13800000000",
];

/** The whole conversation, ending with 「确认提交」. */
export const SHOP_SUBMISSION = [...SHOP_ASSESSMENT, ...SHOP_APPLICATION, "确认提交"];
