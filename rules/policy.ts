// The policy as a document: its id, title and the dates it is in force.

export const POLICY = {
  id: "zibo-ecommerce-2022",
  title: "关于支持全市电子商务高质量发展",
  issuer: "淄博市",
  /** First and last day in force, inclusive (「有效期为2022年10月1日至2027年9月30日」). */
  validFrom: "2022-10-01",
  validTo: "2027-09-30",
  /** Sentences that bear on every clause. */
  notes: {
    counted: "本措施所指的网络零售额纳统，指的是纳入第三方大数据公司的网络零售额数据统计。",
    budget:
      "本文件奖励政策资金实行年度总额控制，每年由市商务局在批复的专项资金预算控制数范围内，统筹确定全市电子商务高质量发展政策奖励资金总额，并依据总额上限分项确定政策条款具体兑现标准。具体申报及实际执行标准由市商务局依据预算安排情况按年度另行确定。",
    interpretation:
      "本政策由市商务局负责解释，有效期为2022年10月1日至2027年9月30日，实施期内如遇上级政策调整，将依据新政策做出相应调整。",
  },
} as const;

export function inForceOn(date: string): boolean {
  return date >= POLICY.validFrom && date <= POLICY.validTo;
}

/** Today's date in Asia/Shanghai (UTC+8 all year, no daylight saving) as YYYY-MM-DD. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
