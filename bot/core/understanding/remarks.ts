// What is said back about figures that were heard but not written (contract §8: never 「没能看懂」 when
// something was understood): why each was left out, in one short line. Pure.

import type { Remark, RemarkWhy } from "./grammar.ts";

const WHY: Record<RemarkWhy, (said: string, kind?: string, subject?: string) => string> = {
  hypothetical: (x) => `「${x}」是设想的数字，我没有记下；自测按实际的数字算。`,
  award: (x) => `「${x}」说的是已经拿过的奖励，我没有当作今年的数字记下。`,
  "other-subject": (x) => `「${x}」是别人（别的村镇、单位或个人）的数字，我没有记下，这里只记您自己的。`,
  "not-a-fact": (x) => `「${x}」不是要填的销售额（网络零售额）或数量，我没有记下。`,
  part: (x, kind) =>
    kind === "yuan"
      ? `「${x}」是总数里的一部分，我没有单独记下；如果它是自播或合作直播的金额，请说明，例如「自播${x}」。`
      : `「${x}」是总数里的一部分，我没有单独记下。`,
  "in-total": (x) => `「${x}」已经算在您说的合计里，我按合计的数记。`,
  "part-of-year": (x) =>
    `「${x}」不是全年的数（只是几个月、一个月或一天的），我没有记下；政策按全年的数算，有全年的数请告诉我。`,
  "older-year": (x) =>
    `「${x}」是前年或更早的数，我没有记下；政策按最近一个年度的数算，请告诉我最近一年的数字。`,
  bar: (x) => `「${x}」是政策的标准或上限，我没有当作您的数字记下。`,
  replaced: (x) => `「${x}」按您说的改掉了，不再用。`,
  pending: (x) => `「${x}」还在申请或评审中，没有定下来，我没有算进去；以已经认定的为准。`,
  added: (x) => `「${x}」是新增的数，我没有单独记下；要填的是总数。`,
  joint: (x) => `「${x}」是和别的村镇或单位合起来的数，我没有记下；这里只记您自己的。`,
  compared: (x) => `「${x}」是用来比较的数（往年的数或多出来、少了的数），我没有记下；要填的是现在的总数。`,
  "earlier-year": (x) => `「${x}」是更早年份的数，我按您说的最近一年的数记。`,
  "last-year": (x) => `「${x}」是去年的数，我按您说的今年的数记。`,
  "enterprise-figure": (x, _kind, subject) =>
    subject === "village" || subject === "town"
      ? `「${x}」是直播或企业的销售额；直播、实物商品这几项奖励是给企业的。${subject === "town" ? "镇按全镇" : "村按全村"}网上卖的总数算，直播卖的也算在内，所以我没有单独记下。`
      : `「${x}」是企业的销售额（直播、实物商品等），这几项奖励按企业申报，我没有记在${subject === "park" ? "园区（基地）" : "贵单位"}名下。如果是贵单位的运营公司自己卖的，可以回复「重新开始」，以企业身份另测一次。`,
  "enterprise-loan": (x) =>
    `「${x}」是想申请的齐鲁电商贷额度；齐鲁电商贷面向电商企业，村里的合作社、企业可以以自己的名义申请：回复「重新开始」，以企业身份测一次。`,
  "enterprise-item": (x, _kind, subject) =>
    `您说的「${x}」这类快递物流配送中心、信息平台的支持（第七条）按运营它的企业申报，我没有记在${subject === "park" ? "园区（基地）" : subject === "town" ? "镇" : "村"}名下；如果是您的运营公司建的，可以回复「重新开始」，以企业身份测一次。`,
  "not-active": (x) =>
    `「${x}」是网店的总数；活跃网店只算正常经营、有持续销售的，不怎么开张的不算，所以我没有记下。请告诉我真正在卖的有多少家，例如「活跃的12家」。`,
  growth: (x) => `「${x}」是增长的幅度，不是要填的数，我没有记下；「成长良好」由市商务局认定。`,
  below: (x) => `您提到了「${x}」附近的数，我需要一个确定的数才能记下。`,
  question: (x) => `「${x}」是在问政策，我没有当作您的数字记下。`,
  gap: (x) => `「${x}」是离标准还差的数，不是您的数字，我没有记下。`,
  "one-shop": (x, _kind, subject) =>
    `「${x}」是一家店（一个人）的销售额，已经算在${subject === "town" ? "全镇" : "全村"}的网络零售额里，不单独记，也不能单独按${subject === "town" ? "电商镇" : "电商村"}申报。`,
  unbound: (x) => `您提到了「${x}」，我还不确定它是哪一项，没有记下。`,
};

/** One line for the first remark, or null when there is none. */
export function remarkLine(remarks: readonly Remark[]): string | null {
  const r = remarks.find((x) => x.why !== "question") ?? remarks[0];
  return r ? WHY[r.why](r.said, r.kind, r.subject) : null;
}
