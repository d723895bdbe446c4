// Whole conversations as tables: message → fragments the reply must hold, and the state after it.

import { describe, expect, it } from "vitest";
import {
  handleMessage,
  handleSubmitOutcome,
  startConversation,
  type DialogState,
  type Turn,
} from "../../bot/dialog.ts";

type Step = [message: string, fragments: string[], state?: Partial<DialogState>];

const NOW = new Date("2025-06-01T02:00:00Z");

function play(
  steps: Step[],
  start: DialogState = startConversation({ id: "t", wechatId: "wxid_t", now: NOW }),
): Turn {
  let turn: Turn = { state: start, replies: [], effects: [] };
  for (const [message, fragments, state] of steps) {
    turn = handleMessage(turn.state, message, { now: NOW });
    const text = turn.replies.join("\n");
    for (const f of fragments) expect(text, `reply to 「${message}」`).toContain(f);
    if (state) expect(turn.state, `state after 「${message}」`).toMatchObject(state);
  }
  return turn;
}

describe("a village official's self-assessment", () => {
  it("greets, offers the menu, asks only the village's two questions and shows the award", () => {
    play([
      ["你好", ["政策通", "1. 自测", "5. 人工服务"], { mode: "menu", asking: null }],
      ["1", ["开始自测", "以什么身份申报"], { asking: "subjectType" }],
      [
        "行政村",
        ["行政村", "年度网络零售额"],
        { asking: "onlineRetailYuan", facts: { subjectType: "village" } },
      ],
      [
        "1200万",
        ["收到：1200 万元", "活跃网店"],
        { asking: "activeShops", facts: { onlineRetailYuan: 12_000_000 } },
      ],
      [
        "25家",
        ["符合 1 项", "电商村奖励", "最高 30 万元", "以当年申报通知和审核结果为准"],
        { asking: null, mode: "results" },
      ],
    ]);
  });

  it("says which condition failed and by how much when a village falls short", () => {
    play([
      ["自测", ["以什么身份申报"]],
      ["2", ["年度网络零售额"]],
      // Below 1000万 the village is decided at once: no question about its shops.
      ["800万", ["暂时没有完全符合条件的项目", "还差 200 万元"], { mode: "results", asking: null }],
    ]);
  });
});

describe("an enterprise's self-assessment and application", () => {
  const assess: Step[] = [
    ["自测", ["身份"]],
    ["我们是一家公司", ["实物商品网络零售额"], { asking: "physicalGoodsRetailYuan" }],
    [
      "8千万",
      ["收到：8000 万元（80,000,000 元）"],
      { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 } },
    ],
    ["否", []],
    ["没有", []],
    ["不是", []],
    ["不是", []],
    ["否", []],
    ["否", []],
    ["否", []],
    ["不需要", []],
    ["0", []],
    ["没有", ["符合 1 项", "最高 10 万元", "约 4 万元", "回复「申报」"], { mode: "results", asking: null }],
  ];

  it("reads every everyday answer into the facts and ends with the amounts", () => {
    const t = play(assess);
    expect(t.state.facts).toMatchObject({
      subjectType: "enterprise",
      physicalGoodsRetailYuan: 80_000_000,
      nationalDemoNewlyRecognized: false,
      newShop: false,
      loanAmountYuan: 0,
      selfLiveRetailYuan: 0,
    });
  });

  it("collects the applicant's details with consent, verifies the USCC, and submits once with a fixed key", () => {
    const t = play([
      ...assess,
      ["详情 1", ["电商龙头企业流量补贴", "政策原文", "每实现1万元"]],
      ["申报", ["同意", "仅用于本次申报"], { mode: "apply", applyStep: "consent" }],
      ["同意", ["全称"], { applyStep: "name" }],
      ["淄博某某电子商务有限公司", ["统一社会信用代码"], { applyStep: "uscc" }],
      ["91350100M000100Y44", ["校验位不符"], { applyStep: "uscc" }],
      [
        "9135 0100 m000 100y 43",
        ["所属区县"],
        { applyStep: "district", applicant: { uscc: "91350100M000100Y43" } },
      ],
      ["张店", ["联系人姓名"], { applicant: { district: "张店区" } }],
      ["张三", ["手机号"]],
      [
        "138-0000-0000",
        ["请核对申报信息", "张三 13800000000", "4 万元（40,000 元", "确认提交"],
        { mode: "confirm" },
      ],
      [
        "修改 零售额 9000万",
        ["已修改", "4.5 万元"],
        { mode: "confirm", facts: { physicalGoodsRetailYuan: 90_000_000 } },
      ],
      ["确认提交", ["正在提交"], { mode: "submitting" }],
    ]);
    expect(t.effects).toHaveLength(1);
    const effect = t.effects[0]!;
    expect(effect.type).toBe("submit");
    if (effect.type !== "submit") return;
    expect(effect.application).toMatchObject({
      applicant: {
        uscc: "91350100M000100Y43",
        district: "张店区",
        contactPhone: "13800000000",
        wechatId: "wxid_t",
      },
      clauses: ["leading-enterprise"],
      facts: { physicalGoodsRetailYuan: 90_000_000 },
    });
    // A repeated 「确认提交」 while submitting retries with the very same key.
    const again = handleMessage(t.state, "确认提交");
    expect(again.effects[0]).toMatchObject({ type: "submit", idempotencyKey: effect.idempotencyKey });
    const done = handleSubmitOutcome(again.state, { kind: "submitted", id: "x", number: "ZB-2025-000001" });
    expect(done.replies.join()).toContain("ZB-2025-000001");
    expect(done.state.idempotencyKey).toBeNull();
    expect(done.state.submitted).toHaveLength(1);
  });

  it("asks again kindly when an amount cannot be read, and offers a way out after three tries", () => {
    play([
      ["自测", []],
      ["企业", []],
      ["很多", ["没能看懂", "3500万"], { asking: "physicalGoodsRetailYuan", failures: 1 }],
      ["不少", ["没能看懂"], { failures: 2 }],
      ["挺多的", ["跳过", "人工"], { failures: 3, asking: "physicalGoodsRetailYuan" }],
      ["3000万", ["收到：3000 万元"], { failures: 0 }],
    ]);
  });
});

describe("corrections and navigation", () => {
  it("「返回」 goes back to the previous question and forgets its answer", () => {
    play([
      ["自测", []],
      ["村", []],
      ["1200万", ["活跃网店"]],
      [
        "返回",
        ["回到上一题", "年度网络零售额"],
        { asking: "onlineRetailYuan", facts: { subjectType: "village" } },
      ],
      ["900万", ["收到：900 万元"]],
    ]);
  });

  it("「修改 X 值」 corrects an earlier answer and re-plans: a village becomes eligible", () => {
    play([
      ["自测", []],
      ["行政村", []],
      ["800万", ["暂时没有"], { mode: "results" }],
      // The correction re-plans: the shops now matter, so they are asked, then the award shows.
      ["修改 零售额 1500万", ["已修改", "年度网络零售额：1500 万元", "活跃网店"], { asking: "activeShops" }],
      ["25家", ["符合 1 项", "最高 30 万元"], { facts: { onlineRetailYuan: 15_000_000, activeShops: 25 } }],
    ]);
  });

  it("「改一下零售额」 asks that question again", () => {
    play([
      ["自测", []],
      ["行政村", []],
      ["800万", []],
      ["改一下零售额", ["重新回答", "年度网络零售额"], { asking: "onlineRetailYuan" }],
      ["2000万", ["收到：2000 万元", "活跃网店"]],
    ]);
  });

  it("「重新开始」 starts over with no facts", () => {
    play([
      ["自测", []],
      ["企业", []],
      ["重新开始", ["从头开始", "身份"], { facts: {}, asking: "subjectType" }],
    ]);
  });

  it("「不清楚」 skips a question, never asks it again, and the result says what is missing", () => {
    const t = play([
      ["自测", []],
      ["行政村", []],
      ["不清楚", ["先跳过", "活跃网店"], { skipped: ["onlineRetailYuan"], asking: "activeShops" }],
      ["25", ["还需了解年度网络零售额"], { mode: "results" }],
    ]);
    expect(t.state.facts.onlineRetailYuan).toBeUndefined();
  });

  it("changing the subject type starts the questions afresh", () => {
    play([
      ["自测", []],
      ["行政村", []],
      ["1200万", []],
      ["修改 身份 乡镇", ["已修改"], { facts: { subjectType: "town" }, asking: "ecommerceVillages" }],
    ]);
  });
});

describe("the menu, help and everything else", () => {
  it("queries status and calls a person through effects", () => {
    const status = handleMessage(startConversation({ wechatId: "wxid_q" }), "查询进度");
    expect(status.effects).toEqual([{ type: "query_status", wechatId: "wxid_q" }]);
    const human = handleMessage(startConversation({ wechatId: "wxid_q" }), "人工");
    expect(human.effects[0]).toMatchObject({ type: "notify_staff", wechatId: "wxid_q" });
    expect(human.replies.join()).toContain("工作人员");
  });

  it("shows the policy's articles and an article in full", () => {
    play([
      ["政策原文", ["共八条", "培育电商龙头企业"]],
      ["原文 2", ["二、培育电商龙头企业", "每家企业最高补贴10万元"]],
    ]);
  });

  it("answers empty text, emoji, stickers and pasted essays politely and keeps the question", () => {
    play([
      ["自测", []],
      ["", ["请用文字回复", "身份"], { asking: "subjectType" }],
      ["😀👍", ["😊", "身份"], { asking: "subjectType" }],
      ["[微笑]", ["😊", "身份"], { asking: "subjectType" }],
      ["很长".repeat(400), ["有点长"], { asking: "subjectType", failures: 0 }],
    ]);
  });

  it("does not start an application before a self-assessment, but offers one", () => {
    play([["申报", ["先用一两分钟做个自测", "身份"], { mode: "assess", asking: "subjectType" }]]);
  });

  it("answers off-topic text in the menu with the menu", () => {
    play([
      ["你好", []],
      ["今天天气怎么样", ["没太明白", "1. 自测"], { mode: "menu" }],
    ]);
  });
});
