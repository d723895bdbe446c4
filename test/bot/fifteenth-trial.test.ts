// What a fifteenth stranger's trial found (107 messages of six personas, through `npm run chat`): after the results,
// last year's line of a sheet, shops said not to count and one person's sales taken as the village's; a correction of
// e-commerce villages taken as shops; an MCN's turnover supposed as self-live sales; 「两个都弄成了」 read as two couriers.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

const village = () => after("自测", "行政村", "1286万", "23家");

describe("the fifteenth trial's wrong facts", () => {
  it("keeps this year's figure when last year's line is read out after it (「表上还有一行去年的 九百六十来万」)", () => {
    const t = replyTo(village(), "等下 表上还有一行去年的 九百六十来万");
    expect(t.state.facts.onlineRetailYuan).toBe(12_860_000);
  });

  it("writes no shops the speaker says do not count (「登记的网店四十来家 那个不算吧」)", () => {
    expect(replyTo(village(), "表上还有登记的网店四十来家 那个不算吧").state.facts.activeShops).toBe(23);
  });

  it("answers that one person's sales are part of the village's, and keeps the village's figure", () => {
    const t = replyTo(village(), "我们村有个张老板 他自己一年网上卖了六百多万 算不算村里的");
    expect(t.state.facts.onlineRetailYuan).toBe(12_860_000);
    expect(t.text).toContain("全村数字里的一部分");
  });

  it("puts right the e-commerce villages, not the shops, when a village was recognised (「又认定了一个 现在是四个」)", () => {
    const t = replyTo(after("自测", "3", "3个", "8000万", "121家"), "不对不对 上个月又认定了一个 现在是四个");
    expect(t.state.facts.ecommerceVillages).toBe(4);
    expect(t.state.facts.activeShops).toBe(121);
  });

  it("works out an MCN's supposed turnover for the MCN award, not self-live sales", () => {
    const t = replyTo(after("我们是MCN机构 纳统零售额1.2个亿 独立法人"), "那一个多亿是不是能拿50万");
    expect(t.text).toContain("MCN 机构奖励");
    expect(t.text).not.toContain("自播直播奖励");
  });

  it("reads 「要是两个都弄成了」 as both items, never as two courier companies", () => {
    const s = after("我们是县里的配送中心 整合了5家快递 揽件还没统一 信息平台能比价也能撮合 单量占比80%");
    const t = replyTo(s, "要是两个都弄成了 是不是能拿100万");
    expect(t.text).not.toContain("2 家");
    expect(t.state.facts.expressCompanies).toBe(5);
  });
});
