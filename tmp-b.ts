import { assess, assessValid } from "./rules/index.ts";
import { handleMessage, startConversation } from "./bot/dialog.ts";
const facts = {
  subjectType: "enterprise",
  assessedOn: "2025-06-01",
  physicalGoodsRetailYuan: 80000000,
  newShop: true,
  counted: true,
  shopRetailYuan: 52000000,
  relocatedShop: false,
  nationalDemoNewlyRecognized: false,
  selfLiveRetailYuan: 31000000,
  selfLiveFirstTime: true,
  monthsInDatabase: 26,
  growingWell: true,
  productionEnterprise: true,
  thirdPartyLiveRetailYuan: 25000000,
  mcn: false,
  hostsEvent: true,
  eventInfluence: "provincial",
  fiveUnified: false,
  priceComparison: false,
  loanAmountYuan: 3000000,
} as const;
for (const [name, fn] of [
  ["assess", () => assess(facts)],
  ["assessValid", () => assessValid(facts as any)],
] as const) {
  for (let i = 0; i < 2000; i++) fn();
  const n = 20000;
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const us = Number(process.hrtime.bigint() - t) / 1e3 / n;
  console.log(name, us.toFixed(2), "µs");
}
const msgs = [
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
  "详情 1",
  "申报",
  "同意",
  "淄博某某电子商务有限公司",
  "91350100M000100Y43",
  "张店区",
  "张三",
  "13800000000",
  "确认提交",
];
const run = () => {
  let s = startConversation({ id: "b", now: new Date("2025-06-01T00:00:00Z") });
  for (const m of msgs) s = handleMessage(s, m).state;
};
for (let i = 0; i < 50; i++) run();
const n = 300;
const t = process.hrtime.bigint();
for (let i = 0; i < n; i++) run();
console.log("turn", (Number(process.hrtime.bigint() - t) / 1e3 / n / msgs.length).toFixed(1), "µs");
