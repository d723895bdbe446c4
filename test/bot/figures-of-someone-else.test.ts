// An enterprise's figures said by a village, town or park, and questions about the policy that name a topic, ask
// for a comparison, or ask two things at once: said why and answered, never written as the speaker's own.

import { describe, expect, it } from "vitest";
import { understandAside } from "../../bot/core/understanding/index.ts";
import { after, replyTo } from "../support/dialog.ts";

const DATE = "2026-06-01";
const answer = (q: string) => {
  const a = understandAside(q, DATE);
  return a?.kind === "answer" ? a.answer.lines.join("\n") : `(${a?.kind ?? "nothing"})`;
};

describe("live sales said by a village, a town or a park", () => {
  it("tells a village that its live sales count in its total, writes nothing, and asks for the total", () => {
    const t = replyTo(after("自测", "行政村"), "村里直播卖了2000万");
    expect(t.state.facts).toEqual({ subjectType: "village" });
    expect(t.state.asking).toBe("onlineRetailYuan");
    expect(t.text).toContain("直播卖的也算在内");
    expect(t.text).not.toContain("是自己开播卖的");
  });

  it("tells a park that live awards are an enterprise's, and how to test as one", () => {
    const t = replyTo(after("我们是电商园区"), "园区运营公司自己开直播 今年自播卖了2500万");
    expect(t.state.facts).toEqual({ subjectType: "park" });
    expect(t.text).toContain("以企业身份另测一次");
    expect(t.text).toContain("园区（基地）");
  });

  it("still asks an enterprise running a base whose live room its sales were", () => {
    const t = replyTo(after(), "我们基地直播卖了3000万");
    expect(t.state.facts.subjectType).toBe("enterprise");
    expect(t.text).toContain("是自己开播卖的");
  });

  it("says why a commission paid is not written before any entry of the knowledge", () => {
    const t = replyTo(after("我们是生产企业 和第三方直播机构合作卖货"), "光给他们付佣金就付了一百八十万");
    expect(t.text.startsWith("「180万」不是要填的销售额或数量")).toBe(true);
    expect(t.state.facts.thirdPartyLiveRetailYuan).toBeUndefined();
  });
});

describe("questions about the policy", () => {
  it("answers by the topic named (自播奖励, 流量补贴) rather than by the shape of the question", () => {
    expect(answer("企业自播奖励三档分别是多少")).toContain("5000 万元");
    expect(answer("流量补贴一家最多能拿多少")).toContain("每家最高 10 万元");
  });

  it("lets a keyword of what is asked (能一起拿吗) win over the topics it names", () => {
    expect(answer("直播奖励跟龙头企业的流量补贴能一起拿吗")).toContain("商务局");
    expect(answer("直播奖励跟龙头企业的流量补贴能一起拿吗")).not.toContain("每实现 1 万元");
  });

  it("answers a comparison of two topics with both", () => {
    const a = answer("自播那个奖和MCN那个奖有啥区别");
    expect(a).toContain("「自播」指企业自己开直播");
    expect(a).toContain("MCN 机构即");
  });

  it("answers two questions in one message when each is clear on its own", () => {
    const a = answer("电商村给多少钱 是直接给30万吗");
    expect(a).toContain("最高奖励 30 万元");
    expect(a).toContain("最终以市商务局审核为准");
  });

  it("takes a tag question (「…是吧」) as a question", () => {
    const t = replyTo(after("我们公司实物商品网络零售额4.2kw"), "听说得3000万以上才给补贴 是吧");
    expect(t.text).toContain("3000 万元（含）以上");
  });
});

describe("yes-or-no words that disagree, and figures beside their words", () => {
  it("takes 「没有 还没评上国家级的」 as 否, a negation before the verb of getting it", () => {
    const t = replyTo(after("自测", "园区"), "没有 还没评上国家级的 正在申报省级");
    expect(t.state.facts.nationalDemoNewlyRecognized).toBe(false);
  });

  it("lets 「不是今年新认定的」 hold over a 国家级示范 named before it", () => {
    const t = replyTo(after(), "园区的国家级示范园区牌子是2019年就认定的 不是今年新认定的");
    expect(t.state.facts).toMatchObject({ subjectType: "park", nationalDemoNewlyRecognized: false });
  });

  it("reads 「两个数都报错了」 as no count, and corrects both figures", () => {
    const s = after("我们镇网络零售额5800万 活跃网店九十家");
    const t = replyTo(s, "刚才两个数都报错了，零售额应该是6300万，网店是一百零二个");
    expect(t.state.facts).toMatchObject({ onlineRetailYuan: 63_000_000, activeShops: 102 });
  });

  it("takes the count said beside its word over a number inside a name (三通一达)", () => {
    const s = after("自测", "企业", "不清楚", "否", "否", "否", "否", "否", "是");
    expect(s.asking).toBe("expressCompanies");
    const t = replyTo(s, "全国性的快递一共进来了七家，三通一达加上极兔、顺丰、邮政");
    expect(t.state.facts.expressCompanies).toBe(7);
  });
});
