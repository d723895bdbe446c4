// Figures read against the other figures of the message and of the conversation: this year's after last year's,
// a bar someone heard of, 「快一个亿」 near a bar, a share said as two volumes, more of what is known (再多两家,
// 漏算了3家), a yes-or-no denied with its replacement, a cap asked about beside stated figures, and a message that
// opens by naming what the speaker is.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation, type DialogState } from "../../bot/dialog.ts";
import { shareOfTwo } from "../../bot/core/understanding/shares.ts";

const now = new Date("2026-06-01T02:00:00Z");
const say = (s: DialogState, text: string) => handleMessage(s, text, { now });
const after = (...messages: string[]) =>
  messages.reduce((s, m) => say(s, m).state, startConversation({ now }));
const replyTo = (s: DialogState, text: string) => {
  const t = say(s, text);
  return { state: t.state, text: t.replies.join("\n") };
};
/** The self-test up to the question of the platform's share of parcels. */
const atShare = () => after("自测", "企业", "3500万", "否", "否", "否", "否", "否", "否", "是");

describe("this year's figure and last year's", () => {
  it("writes this year's figure said after last year's, and says last year's back", () => {
    const t = replyTo(startConversation({ now }), "去年零售额才800万 今年咱村涨到1250万了 网店22家");
    expect(t.state.facts).toMatchObject({
      subjectType: "village",
      onlineRetailYuan: 12_500_000,
      activeShops: 22,
    });
    expect(t.text).toContain("「800万」是去年的数");
  });

  it("does not write what this year is only hoped to reach (今年能到3500万)", () => {
    const t = replyTo(after("自测", "企业"), "去年卖了2800万，今年能到3500万");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(28_000_000);
  });
});

describe("bars that are no one's figure", () => {
  it("takes 「要3000万才有补贴」 as the bar and the speaker's own figure after it as theirs", () => {
    const t = replyTo(
      startConversation({ now }),
      "听说实物商品网络零售额要3000万才有补贴 我们公司今年才1800万",
    );
    expect(t.state.facts).toMatchObject({ subjectType: "enterprise", physicalGoodsRetailYuan: 18_000_000 });
    expect(t.text).toContain("「3000万」是要达到的标准");
  });

  it("asks back 「快一个亿了」 instead of writing 1 亿, and never reads 快递 as 快", () => {
    const near = replyTo(startConversation({ now }), "俺们镇网络零售额快一个亿了");
    expect(near.state.facts.onlineRetailYuan).toBeUndefined();
    expect(near.text).toContain("还不到 1 亿元吗");
    const s = after("自测", "企业", "5000万", "否", "否", "否", "否", "否", "是");
    expect(s.asking).toBe("expressCompanies");
    const named = say(s, "中通 圆通 申通 韵达 极兔 还有邮政快递");
    expect(named.state.facts.expressCompanies).toBe(6);
  });
});

describe("a share said as two volumes", () => {
  it("reads the part of a whole (十单里头有九单, 一天两万单 一万七走我们平台) as the share asked for", () => {
    expect(say(atShare(), "县里十单里头有九单走我们平台").state.facts.parcelSharePercent).toBe(90);
    expect(say(atShare(), "一天两万单 一万七走我们平台").state.facts.parcelSharePercent).toBe(85);
  });

  it("finds a share only where exactly two volumes are said", () => {
    expect(shareOfTwo("日均八千单 我们占六千五")).toBeCloseTo(81.3, 1);
    expect(shareOfTwo("全县一天大概3万件快递，我们平台处理2.6万件")).toBeCloseTo(86.7, 1);
    expect(shareOfTwo("我们有20家网店")).toBeNull();
    expect(shareOfTwo("三百多单")).toBeNull();
  });

  it("says a share that is part of another back, without 没能看懂", () => {
    const s = after("我们信息平台整合了县域85%的快递单量");
    const t = replyTo(s, "顺丰那块占了其中的30%");
    expect(t.state.facts.parcelSharePercent).toBe(85);
    expect(t.text).toContain("「30%」是总数里的一部分");
    expect(t.text).not.toContain("没能看懂");
  });
});

describe("more or less than what is known", () => {
  it("works out 「再多两家网店」 on the shops known, and says the figure known that still fails", () => {
    const s = after("咱村网络零售额九百万 活跃网店十八家");
    const t = replyTo(s, "如果俺们村再多两家网店 能评上电商村不");
    expect(t.text).toContain("活跃网店数量 20 家");
    expect(t.text).toContain("还差 100 万元");
    expect(t.state.facts.activeShops).toBe(18);
  });

  it("corrects by the difference said (漏算了13家, 多报了500万), and by the total when one is said", () => {
    const town = "我们镇电商村有2个，网络零售额6500万，活跃网店95个";
    expect(say(after(town), "活跃网店漏算了13家").state.facts.activeShops).toBe(108);
    expect(say(after(town), "零售额多报了500万").state.facts.onlineRetailYuan).toBe(60_000_000);
    expect(say(after(town), "活跃网店漏算了，一共是108个").state.facts.activeShops).toBe(108);
  });
});

describe("corrections in words of their own", () => {
  it("turns round a shop moved back into a new one (不是迁回来的，是今年新注册的店)", () => {
    const s = after("店铺是从外地迁回淄博的，店铺今年零售额3300万");
    const t = replyTo(s, "不是迁回来的，是今年新注册的店");
    expect(t.state.facts).toMatchObject({ relocatedShop: false, newShop: true, shopRetailYuan: 33_000_000 });
    expect(t.text).not.toContain("没能看懂");
  });

  it("changes the only live figure known when the correction names 直播 alone", () => {
    const s = after("我们是生产企业，跟第三方直播机构合作，直播零售额1900万");
    const t = say(s, "直播那块核完账了，实际是2050万");
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(20_500_000);
    expect(t.state.facts.physicalGoodsRetailYuan).toBeUndefined();
  });
});

describe("who is speaking, and what is asked", () => {
  it("reads a message that opens with 「MCN机构，」 as an MCN's, its turnover as the MCN's", () => {
    const s = after("MCN机构，政策期内已经拿过一次MCN奖励了，今年零售额1.5亿");
    expect(s.facts).toMatchObject({ mcn: true, mcnAwardedBefore: true, onlineRetailYuan: 150_000_000 });
    expect(after("MCN机构奖励标准是多少").facts.mcn).toBeUndefined();
  });

  it("takes a base that states its own live-streaming sales as the company running it", () => {
    const s = after("我们基地自己播的，自播直播网络零售额今年3100万，是头一回过三千万");
    expect(s.facts).toMatchObject({ subjectType: "enterprise", selfLiveRetailYuan: 31_000_000 });
  });

  it("answers a cap asked about (最多能贷1000万吗) and writes only the figures stated after it", () => {
    const t = replyTo(
      startConversation({ now }),
      "齐鲁电商贷最多能贷1000万吗 我们公司实物商品网络零售额5000万",
    );
    expect(t.state.facts.loanAmountYuan).toBeUndefined();
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(50_000_000);
    expect(t.text).toContain("1000 万元");
  });

  it("works out an MCN's what-if on its own turnover (假如明年做到一个亿 → 50 万)", () => {
    const t = replyTo(after("MCN机构，网络零售额6000万"), "假如明年做到一个亿 奖励是不是就变成50万了");
    expect(t.text).toContain("MCN 机构奖励");
    expect(t.text).toContain("50 万元");
    expect(t.state.facts.onlineRetailYuan).toBe(60_000_000);
  });
});
