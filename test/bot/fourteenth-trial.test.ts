// What a fourteenth stranger's trial found (116 messages of six personas, through `npm run chat`): the shops truly
// selling said after all the shops, 「我们没做直播」 taken as a 「否」 to another question, a service still being made
// taken as there, and answers put right in other words (a yes-or-no in a sentence, 「准确的是…」, 「自己不卖货」).

import { describe, expect, it } from "vitest";
import { after, replyTo } from "../support/dialog.ts";

describe("the fourteenth trial's wrong facts", () => {
  it("takes 「正经卖货的二十来家」 over all the shops, and asks it back beside the bar of 20", () => {
    const s = after("你好", "俺是西河村的支书 想问问咱村能评上电商村不", "咱村今年电上卖了一千二百来万");
    const t = replyTo(s, "网店的话三十几家吧 不过正经卖货的二十来家");
    expect(t.state.facts.activeShops).toBeUndefined();
    expect(t.text).toContain("20 家的标准很近");
  });

  it("hears 「我们没做直播」 as no live sales, never as 「否」 to the pending question", () => {
    const s = after("自测", "企业", "公司实物零售额5000万");
    expect(s.asking).toBe("nationalDemoNewlyRecognized");
    const t = replyTo(s, "我们没做直播");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBeUndefined();
    expect(t.state.facts.selfLiveRetailYuan).toBe(0);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBe(0);
    expect(t.state.asking).toBe("nationalDemoNewlyRecognized");
  });

  it("writes a service still being made (「撮合对接还在做」) as not there yet", () => {
    const s = after("自测", "企业", "整合了中通圆通韵达申通 还有个极兔");
    const t = replyTo(s, "信息平台也有 能比价 撮合对接还在做 回头撮合上线了再来测");
    expect(t.state.facts.priceComparison).toBe(true);
    expect(t.state.facts.matchmaking).toBe(false);
  });
});

describe("the fourteenth trial's answers put right in other words", () => {
  it("turns an award had back to 「否」 when the speaker says it was another policy's", () => {
    const s = after("我们是做MCN的", "前年拿过MCN 5000万那档的奖了 还能拿吗");
    expect(s.facts.mcnAwardedBefore).toBe(true);
    const t = replyTo(s, "哦不对 记岔了 前年拿的是区里的扶持 不是这个政策的");
    expect(t.state.facts.mcnAwardedBefore).toBe(false);
    expect(t.text).not.toContain("没能看懂");
  });

  it("takes 「准确的是103家」 for the one count known", () => {
    const s = after(
      "自测",
      "乡镇",
      "我们镇去年全镇网络零售额是8,600万元",
      "活跃网店的话统计口径是一百零几家",
    );
    const t = replyTo(s, "准确的是103家");
    expect(t.state.facts.activeShops).toBe(103);
  });

  it("hears an agency's 「我们自己不卖货 都是给品牌方带」 as no physical goods of its own, mid-test", () => {
    const s = after(
      "我们是做MCN的 有啥扶持",
      "机构纳统网络零售额1.2个亿 公司成立三年多了",
      "是独立法人",
      "入库的话是2022年6月",
      "成长挺好的 今年又签了四十多个主播",
    );
    const t = replyTo(s, "我们自己不卖货 都是给品牌方带");
    expect(t.state.facts.physicalGoodsRetailYuan).toBe(0);
    expect(t.text).not.toContain("没能看懂");
  });
});
