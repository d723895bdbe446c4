// People are told the truth about timing (issue 23, contract §13): whether a round is open for their
// items, until when, and which year's figures to give; outside a round, when the next one opens or that
// the bureau announces rounds — in the core, and over /chat with rounds the bureau really created.

import { describe, expect, it } from "vitest";
import { handleMessage, startConversation, type DialogState, type RoundNotice } from "../../bot/dialog.ts";
import { STAFF, useTestApi } from "../support/api.ts";
import { roundBody } from "../support/rounds.ts";

const ROUNDS: RoundNotice[] = [
  {
    id: "r1",
    title: "2025年度电子商务奖励资金申报",
    figuresYear: 2025,
    opensOn: "2026-03-01",
    closesOn: "2026-03-31",
    clauses: ["village", "town", "leading-enterprise"],
    standards: { "village.award": 200_000 },
  },
  {
    id: "r2",
    title: "2025年度直播电商奖励申报",
    figuresYear: 2025,
    opensOn: "2026-05-01",
    closesOn: "2026-05-20",
    clauses: ["self-live", "mcn"],
  },
];

/** The replies to `messages` on a day (Beijing noon), with these rounds known to the shell. */
function talk(day: string, messages: string[], rounds?: RoundNotice[]): string[] {
  const now = new Date(`${day}T04:00:00Z`);
  let s: DialogState = startConversation({ now });
  const out: string[] = [];
  for (const m of messages) {
    const t = handleMessage(s, m, { now, ...(rounds ? { rounds } : {}) });
    s = t.state;
    out.push(t.replies.join("\n"));
  }
  return out;
}

describe("the core on timing", () => {
  it("says a round is open, until when, and which year's figures to give — on its first and last day", () => {
    for (const day of ["2026-03-01", "2026-03-31"]) {
      const [reply] = talk(day, ["现在能申报吗"], ROUNDS);
      expect(reply).toContain(
        "「2025年度电子商务奖励资金申报」正在受理，受理期为2026年3月1日至2026年3月31日",
      );
      expect(reply).toContain("请提供2025年全年的网络零售额");
      expect(reply).toContain("自测");
    }
  });

  it("says when the next round opens the day before one opens and the day after one closed", () => {
    expect(talk("2026-02-28", ["什么时候申报"], ROUNDS)[0]).toContain(
      "下一批次「2025年度电子商务奖励资金申报」将于2026年3月1日至2026年3月31日受理",
    );
    expect(talk("2026-04-01", ["申报截止时间"], ROUNDS)[0]).toContain(
      "下一批次「2025年度直播电商奖励申报」将于2026年5月1日至2026年5月20日受理",
    );
  });

  it("says the bureau announces rounds when none is open or scheduled, and still offers the self-test", () => {
    const [reply] = talk("2026-06-01", ["还能申报吗"], ROUNDS);
    expect(reply).toContain("下一批次的时间由市商务局另行通知");
    expect(reply).toContain("回复「自测」");
  });

  it("says before any round that applications are taken all year, and without rounds known says nothing of dates", () => {
    expect(talk("2026-06-01", ["现在能申报吗"], [])[0]).toContain("还没有开设申报批次，系统全年受理申报");
    const unknown = talk("2026-06-01", ["现在能申报吗"])[0]!;
    expect(unknown).toContain("以市商务局发布的年度申报通知为准");
    expect(unknown).not.toMatch(/正在受理|下一批次/);
  });

  it("names in the results the person's items in the open round, its figures year and a standard below the policy's", () => {
    const [, results] = talk("2026-03-10", ["现在能申报吗", "我们村去年网上卖了1200万，网店25家"], ROUNDS);
    expect(results).toContain("您可申报的「电商村奖励」在其中");
    expect(results).toContain("1. 第一条 电商村奖励：不超过 20 万元（本批次标准，政策最高 30 万元；");
    expect(results).toContain("合计最高 20 万元");
    expect(results).toContain("请提供2025年全年的网络零售额");
  });

  it("says an item is out of its round's period in the results, and asks for the round's year when the self-test starts", () => {
    const [results] = talk("2026-04-10", ["我们村去年网上卖了1200万，网店25家"], ROUNDS);
    expect(results).toContain("「电商村奖励」现在不在申报期");
    expect(talk("2026-03-10", ["自测"], ROUNDS)[0]).toContain("本批次申报的是2025年度数据");
    expect(talk("2026-04-10", ["自测"], ROUNDS)[0]).not.toContain("本批次");
  });

  it("keeps a question's place: asked mid-test, the timing is said and the pending question asked again", () => {
    const [, reply] = talk("2026-03-10", ["自测", "现在能申报吗"], ROUNDS);
    expect(reply).toContain("正在受理");
    expect(reply).toContain("请问您以什么身份申报");
  });
});

describe("/chat with the bureau's rounds", () => {
  const now = new Date("2026-03-10T02:00:00Z");
  const ctx = useTestApi("pglite", { clock: () => now });

  it("answers 「现在能申报吗」 before any round, then from the round the bureau created", async () => {
    const visitor = (await ctx.api.call("POST", "/api/chat/visitors")).body.token as string;
    const c = await ctx.api.call("POST", "/api/conversations", { token: visitor });
    const say = async (text: string) =>
      (
        await ctx.api.call("POST", `/api/conversations/${c.body.id}/messages`, {
          token: visitor,
          body: { text },
        })
      ).body.replies.join("\n") as string;
    expect(await say("现在能申报吗")).toContain("还没有开设申报批次");
    const created = await ctx.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: roundBody({ title: "2025年度电子商务奖励资金申报" }),
    });
    expect(created.status).toBe(201);
    const reply = await say("现在能申报吗");
    expect(reply).toContain("「2025年度电子商务奖励资金申报」正在受理");
    expect(reply).toContain("请提供2025年全年的网络零售额");
  });
});
