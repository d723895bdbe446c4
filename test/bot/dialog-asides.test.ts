// In a conversation: a question about the policy asked mid-self-test is answered and the pending
// question asked again (state.asking unchanged); small talk never gets 「没明白」; English gets one
// Chinese and one English line and the menu; a first message that is a question is answered.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation } from "../../bot/dialog.ts";

const now = new Date("2026-06-01T02:00:00Z");
const say = (state: ReturnType<typeof startConversation>, text: string) =>
  handleMessage(state, text, { now });

describe("asides in a conversation", () => {
  it("answers a question mid-self-test, then asks the pending question again", () => {
    let s = startConversation({ now });
    s = say(s, "自测").state;
    s = say(s, "企业").state;
    const asking = s.asking;
    expect(asking).not.toBeNull();
    const turn = say(s, "纳统是什么意思");
    expect(turn.state.asking).toBe(asking);
    expect(turn.replies.join("\n")).toContain("第三方大数据公司");
    expect(turn.replies.at(-1)).toBe(say(s, "？").replies.at(-1)); // the same pending question
    expect(turn.state.failures).toBe(s.failures);
  });

  it("answers thanks, okay and goodbye kindly and never says it did not understand", () => {
    let s = startConversation({ now });
    s = say(s, "你好").state;
    for (const text of ["谢谢", "好的", "再见", "在吗"]) {
      const r = say(s, text).replies.join("\n");
      expect(r).not.toContain("没太明白");
      expect(r).not.toContain("没能看懂");
    }
    expect(say(s, "谢谢").replies[0]).toBe("不客气，有需要随时找我。");
  });

  it("answers English with one Chinese line, one English line and the menu", () => {
    const r = say(startConversation({ now }), "Hello, I would like to ask about subsidies").replies.join(
      "\n",
    );
    expect(r).toContain("请用中文");
    expect(r).toContain("This assistant speaks Chinese");
    expect(r).toContain("自测");
  });

  it("answers a first message that is a question, then shows the menu", () => {
    const r = say(startConversation({ now }), "齐鲁电商贷怎么贷款").replies.join("\n");
    expect(r).toContain("依据第八条");
    expect(r).toContain("10 万元");
    expect(r).toContain("1000 万元");
  });
});

describe("numbered topics", () => {
  const now = new Date("2026-06-01T02:00:00Z");
  it("answers the topic picked by its number, then asks the pending question again; a later number is an answer", () => {
    let s = handleMessage(startConversation({ now }), "自测", { now }).state;
    const offered = handleMessage(s, "网店奖励多少", { now });
    expect(offered.state.asking).toBe("subjectType");
    expect(offered.replies[0]).toMatch(/^您是想问哪一个？回复编号即可：\n1\. /);
    const title = /\n2\. (.+)/.exec(offered.replies[0]!)![1]!;
    const picked = handleMessage(offered.state, "2", { now });
    expect(picked.replies[0]).toContain("依据");
    expect(picked.replies.at(-1)).toContain("请问您以什么身份申报");
    expect(picked.state.asking).toBe("subjectType");
    expect(picked.state.facts.subjectType).toBeUndefined();
    expect(title.length).toBeGreaterThan(0);
    s = handleMessage(picked.state, "2", { now }).state;
    expect(s.facts.subjectType).toBe("village");
  });
});
