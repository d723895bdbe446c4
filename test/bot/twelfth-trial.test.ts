// What a twelfth stranger's trial found (145 messages of six personas, through `npm run chat`): a shop registered last
// year written as new this year, a shopkeeper inside the village taken for another village, an agency said in other
// words taken for a seller of goods, growth on last year not heard as 成长良好, an award given once in the policy's
// period said without that, a figure said to stand and a gap to a bar asked mid-test.

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("whose shop, whose figure", () => {
  it("writes a shop registered last year as not new this year, and lists no new-shop award", () => {
    const t = replyTo(after(), "我是开网店的，去年10月份在拼多多新注册了个店，卖烧烤炉子");
    expect(t.state.facts.newShop).toBe(false);
    expect(t.text).not.toContain("新注册店铺奖励（最高 20 万元）");
  });

  it("keeps a shop registered last year new when its figures are of that year (「当年就纳统了」)", () => {
    const t = replyTo(after(), "店是去年新注册的 注册当年就纳统了 一年卖了5400万");
    expect(t.state.facts.newShop).toBe(true);
  });

  it("answers that a shopkeeper inside the village is part of its figure, not another village", () => {
    const s = after("我们村网上零售额一千二百六十万活跃网店二十三家");
    const t = replyTo(s, "我们村里有个李老板自己一家就卖了八百多万这个算不算村里的");
    expect(t.text).toContain("全村数字里的一部分");
    expect(t.text).not.toContain("另一个行政村");
    expect(t.state.facts.onlineRetailYuan).toBe(12_600_000);
  });

  it("still works out another village below the speaker's town for it (「我们镇下面的东庄村…这个村能评吗」)", () => {
    const t = replyTo(after(), "我们镇下面的东庄村今年卖了1500万，网店25家，这个村能评吗");
    expect(t.text).toContain("另一个行政村");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("hears 「我们是一家直播机构 孵化了二十几个主播」 as an MCN, and its 纳统零售额 as the agency's turnover", () => {
    const s = after("你好 我们是一家直播机构 孵化了二十几个主播");
    expect(s.facts.mcn).toBe(true);
    const t = replyTo(s, "今年机构的纳统零售额五千二百万 去年是四千出头");
    expect(t.state.facts.onlineRetailYuan).toBe(52_000_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("hears growth on last year as 成长良好 and keeps its percentage out of every fact", () => {
    const t = replyTo(after("你好 我们是一家直播机构"), "那就算是吧 同比涨了快30%");
    expect(t.state.facts.growingWell).toBe(true);
    expect(t.state.facts.parcelSharePercent).toBeUndefined();
    expect(t.text).not.toContain("附近的数");
  });
});

// A producer mid-test whose physical-goods figure was just changed (2600 万 → 2750 万), 自播 1200 万 standing.
const changedMidTest = () =>
  after(
    "自测",
    "1",
    "我们是生产机械配件的，2026年实物网上零售2600万，自播那块有1200万",
    "把2600万改成2750万 刚才看错行了",
  );

describe("what is said back", () => {
  it("says the MCN award is given once in the policy's period beside a tier worked out for next year", () => {
    const s = after("我们MCN公司今年纳统网络零售额4.2kw 独立法人 在库一年多 没拿过奖");
    const t = replyTo(s, "要是明年做到一个亿 能拿50万吗 今年拿了20万的明年还能再拿吗");
    expect(t.text).toContain("政策期内不重复奖励");
    expect(t.state.facts.onlineRetailYuan).toBe(42_000_000);
  });

  it("acknowledges 「自播的数是对的」 with the figure as it stands, and asks the question again", () => {
    const s = changedMidTest();
    const t = replyTo(s, "自播的数是对的");
    expect(t.text).toContain("1200 万元，不变");
    expect(t.state.asking).toBe(s.asking);
    expect(t.state.facts).toEqual(s.facts);
  });

  it("answers 「离3000万还差多少」 mid-test from the figure just changed", () => {
    const s = changedMidTest();
    const t = replyTo(s, "离3000万还差多少");
    expect(t.text).toContain("按 2750 万元算");
    expect(t.text).toContain("还差 250 万元");
    expect(t.state.asking).toBe(s.asking);
  });

  it("hears a nod with an emoji (「收到👌」) as a nod", () => {
    const t = replyTo(after("自测", "企业"), "收到👌");
    expect(t.text).not.toContain("没太明白");
    expect(t.text).not.toContain("没能看懂");
  });
});

describe("counts and plans said in passing", () => {
  it("adds a courier named as left out (「哦对还有个极兔」) to the four known", () => {
    const t = replyTo(after("我们是做县域快递分拨中心的 整合了中通圆通韵达申通四家"), "哦对还有个极兔");
    expect(t.state.facts.expressCompanies).toBe(5);
  });

  it("takes the whole said beside the names left out (「是七家 漏了极兔跟德邦」)", () => {
    const t = replyTo(after("我们配送中心整合了中通圆通韵达申通顺丰五家"), "不好意思 是七家 漏了极兔跟德邦");
    expect(t.state.facts.expressCompanies).toBe(7);
  });

  it("adds no courier still being talked to (「还有邮政在谈」)", () => {
    const t = replyTo(after("我们是做县域快递分拨中心的 整合了中通圆通韵达申通四家"), "还有邮政在谈");
    expect(t.state.facts.expressCompanies).toBe(4);
  });

  it("keeps 五统一 否 after 「那揽件统一了以后再来测」", () => {
    const s = after(
      "我们是做县域快递分拨中心的 整合了中通圆通韵达申通四家",
      "仓储分拣运输配送都统一了 揽件还没统一 下个月也能统一了",
    );
    expect(s.facts.fiveUnified).toBe(false);
    expect(replyTo(s, "那揽件统一了以后再来测").state.facts.fiveUnified).toBe(false);
  });

  it("writes no tenants' total as the park operator's own sales", () => {
    const s = after("我们是一个直播电商产业园的运营公司");
    const t = replyTo(s, "园区里入驻了60多家企业 全年网上卖了三个多亿");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("keeps a park that names its tenants as its own (「我们是…电商产业园…园区里入驻了一百二十多家企业」)", () => {
    const t = replyTo(
      after(),
      "我们是经开区的一个电商产业园，今年刚被商务部新认定为国家级电子商务示范基地，园区里入驻了一百二十多家企业，想问下能拿什么奖励",
    );
    expect(t.state.facts.subjectType).toBe("park");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(true);
  });
});

describe("what a thirteenth trial and the sets set-29 and set-30 found", () => {
  it("never reads 「负责电商这一块」 as 1 元", () => {
    const t = replyTo(after(), "您好，我是齐陵镇党委的，负责电商这一块");
    expect(t.state.facts.subjectType).toBe("town");
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("writes an MCN's own small shop as its physical goods, keeping the agency's turnover", () => {
    const s = after("我们是做MCN的 有啥扶持", "机构今年纳统的网络零售额大概五千二三百万");
    const t = replyTo(s, "我们自己也有个小店卖货，一年一百来万，不多");
    expect(t.state.facts.onlineRetailYuan).toBe(s.facts.onlineRetailYuan);
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(1_000_000);
  });

  it("denies what is 「说不上」 (「说不上成长良好」)", () => {
    const t = replyTo(after(), "入库是满一年了 可是今年销售额比去年掉了一大截 说不上成长良好");
    expect(t.state.facts.growingWell).toBe(false);
  });

  it("hears 「大赛是我们公司承办的，全省范围的」 as hosting a provincial event", () => {
    const t = replyTo(after(), "今年省里那个直播电商大赛是我们公司承办的，全省范围的");
    expect(t.state.facts.hostsEvent).toBe(true);
    expect(t.state.facts.eventInfluence).toBe("provincial");
  });

  it("hears 「回迁后前年就做到过三千万了」 as not the first time", () => {
    const t = replyTo(after(), "店铺是从济南迁回来的 回迁后前年就做到过三千万了 今年3600万");
    expect(t.state.facts.relocatedFirstTime).toBe(false);
  });

  it("answers a question asked mid-test in the A-not-A form (「包不包括」), never taking it for a skip", () => {
    const s = after("自测", "1");
    const t = replyTo(s, "问一下 这个实物商品包不包括话费充值卡这种");
    expect(t.state.asking).toBe(s.asking);
    expect(t.text).toContain("实物");
  });

  it("works out the figure supposed, not last year's beside it", () => {
    const t = replyTo(after("我们是企业"), "去年实物零售额2700万没够线 今年要是过了3000万 每一万给5块是吧");
    expect(t.text).toContain("超过 3000 万元");
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });

  it("writes no county's count as the town's (「我们县里一共有12个电商村」)", () => {
    const s = after("自测", "乡镇");
    const t = replyTo(s, "我们县里一共有12个电商村 在全市算多的吧");
    expect(t.state.facts.ecommerceVillages).toBeUndefined();
  });
});

describe("a moved-back shop's figure said while the company's is asked (thirteenth trial)", () => {
  it("gives 「迁回来以后今年头一回过了三千万 3120万」 to the shop, first time, and asks the company's figure again", () => {
    const s = after("老板让我问问 我们家天猫店原来注册在杭州 去年迁回淄博来了");
    expect(s.asking).toBe("physicalGoodsRetailYuan");
    const t = replyTo(s, "迁回来以后今年头一回过了三千万 3120万");
    expect(t.state.facts.shopRetailYuan).toBe(31_200_000);
    expect(t.state.facts.relocatedFirstTime).toBe(true);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
    expect(t.state.asking).toBe("physicalGoodsRetailYuan");
  });
});
