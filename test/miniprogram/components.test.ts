// @vitest-environment jsdom
// The visual parts, rendered by miniprogram-simulate from their .wxml/.wxss/.json and the .js the
// TypeScript compiles to: the chat's bubbles and buttons, a result card, an application card.

import simulate from "miniprogram-simulate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMiniprogram, freshLoad, type BuiltMiniprogram } from "./support/build.ts";

let mp: BuiltMiniprogram;
beforeAll(() => {
  mp = buildMiniprogram();
});
afterAll(() => mp.remove());

function render(name: string, properties: Record<string, unknown>) {
  const comp = simulate.render(freshLoad(mp, name), properties);
  comp.attach(document.createElement("parent-wrapper"));
  return comp;
}

const text = (node: { dom?: Element } | undefined) => node?.dom?.textContent?.trim() ?? "";

/** The details of every `name` event the component emits from now on. */
function events(comp: object, name: string): unknown[] {
  const seen: unknown[] = [];
  // j-component has addEventListener, though its typings leave it out.
  (comp as { addEventListener(n: string, h: (e: { detail: unknown }) => void): void }).addEventListener(
    name,
    (e) => seen.push(e.detail),
  );
  return seen;
}

describe("the message list", () => {
  const messages = [
    { id: 1, from: "bot", text: "您好！请问您以什么身份申报？" },
    { id: 2, from: "user", text: "企业" },
    { id: 3, from: "bot", text: "请问贵公司是否有今年新注册的网店？\n请回复「是」或「否」" },
  ];
  const choices = [
    { label: "是", text: "是" },
    { label: "否", text: "否" },
    { label: "不清楚", text: "不清楚" },
  ];

  it("shows the bot's bubbles on the left and the person's on the right, line breaks kept", () => {
    const list = render("components/message-list/index", { messages, choices });
    const bubbles = list.querySelectorAll(".bubble");
    expect(bubbles.map((b) => (b.dom!.className.includes("bot") ? "bot" : "user"))).toEqual([
      "bot",
      "user",
      "bot",
    ]);
    expect(list.querySelectorAll(".row.user")).toHaveLength(1);
    expect(bubbles[2]!.dom!.textContent).toBe("请问贵公司是否有今年新注册的网店？\n请回复「是」或「否」");
  });

  it("shows the current question's buttons under the last reply, and a tap emits its text", async () => {
    const list = render("components/message-list/index", { messages, choices });
    const buttons = list.querySelectorAll(".choice");
    expect(buttons.map(text)).toEqual(["是", "否", "不清楚"]);
    const chosen = events(list, "choose");
    buttons[2]!.dispatchEvent("tap");
    await simulate.sleep(0);
    expect(chosen).toEqual([{ text: "不清楚" }]);
  });

  it("sends a button's text, which may differ from its label", async () => {
    const list = render("components/message-list/index", {
      messages,
      choices: [{ label: "直播带货", text: "1" }],
    });
    const chosen = events(list, "choose");
    list.querySelector(".choice")!.dispatchEvent("tap");
    await simulate.sleep(0);
    expect(chosen).toEqual([{ text: "1" }]);
  });

  it("while a message is on its way, shows that a reply is coming and ignores taps", async () => {
    const list = render("components/message-list/index", { messages, choices, busy: true });
    expect(text(list.querySelector(".typing"))).toBe("正在回复…");
    const chosen = events(list, "choose");
    list.querySelector(".choice")!.dispatchEvent("tap");
    await simulate.sleep(0);
    expect(chosen).toEqual([]);
    list.setData({ busy: false, choices: [] });
    expect(list.querySelectorAll(".choice")).toHaveLength(0);
    expect(list.querySelector(".typing")).toBeUndefined();
  });
});

describe("a result card", () => {
  const item = {
    clause: "leading-enterprise",
    title: "第二条 电商龙头企业流量补贴",
    status: "eligible",
    statusLabel: "✅ 符合条件",
    amountText: "最高 10 万元，按政策测算约 4 万元",
    reasons: ["当年实物商品网络零售额 8000 万元，达到 3000 万元（含）以上"],
    missingText: "",
    citation: "对当年实现实物商品网络零售额3000万元（含）以上的企业……",
    note: "",
  };

  it("shows the item, its status, amount and reason", () => {
    const card = render("components/clause-result/index", { item });
    expect(text(card.querySelector(".title"))).toBe("第二条 电商龙头企业流量补贴");
    expect(text(card.querySelector(".status"))).toBe("✅ 符合条件");
    expect(text(card.querySelector(".amount"))).toBe("最高 10 万元，按政策测算约 4 万元");
    expect(card.querySelectorAll(".reason").map(text)).toEqual([
      "· 当年实物商品网络零售额 8000 万元，达到 3000 万元（含）以上",
    ]);
    expect(card.querySelector(".missing")).toBeUndefined();
    expect(card.querySelector(".result.eligible")).toBeDefined();
    expect(card.querySelector(".result.ineligible")).toBeUndefined();
  });

  it("shows the policy's sentence on a tap, and hides it on the next", async () => {
    const card = render("components/clause-result/index", { item });
    expect(card.querySelector(".citation")).toBeUndefined();
    card.querySelector(".toggle")!.dispatchEvent("tap");
    await simulate.sleep(0);
    expect(card.data.expanded).toBe(true);
    expect(text(card.querySelector(".citation"))).toBe(item.citation);
    expect(text(card.querySelector(".toggle"))).toBe("收起政策原文");
    card.querySelector(".toggle")!.dispatchEvent("tap");
    await simulate.sleep(0);
    expect(card.data.expanded).toBe(false);
  });

  it("says what is still needed for an item waiting for an answer", () => {
    const card = render("components/clause-result/index", {
      item: {
        ...item,
        status: "needs_info",
        statusLabel: "❓ 还需补充信息",
        amountText: "",
        reasons: [],
        missingText: "还需了解：活跃网店数量",
      },
    });
    expect(text(card.querySelector(".missing"))).toBe("还需了解：活跃网店数量");
    expect(card.querySelector(".amount")).toBeUndefined();
  });
});

describe("an application card", () => {
  const item = {
    id: "a1",
    number: "ZB-2026-000007",
    status: "approved",
    statusLabel: "已通过",
    clausesText: "电商龙头企业流量补贴",
    createdText: "2026-03-01 09:30",
    decisions: [
      {
        label: "通过",
        note: "材料齐全",
        amountText: "核定金额 4 万元（40,000 元）",
        atText: "2026-03-05 14:15",
      },
    ],
  };

  it("shows the number, status, items and each decision", () => {
    const card = render("components/application-card/index", { item });
    expect(text(card.querySelector(".number"))).toBe("申报编号 ZB-2026-000007");
    expect(text(card.querySelector(".status"))).toBe("已通过");
    expect(text(card.querySelector(".clauses"))).toBe("申报项目：电商龙头企业流量补贴");
    expect(text(card.querySelector(".decision .amount"))).toBe("核定金额 4 万元（40,000 元）");
    expect(text(card.querySelector(".decision .note"))).toBe("说明：材料齐全");
    expect(card.querySelector(".waiting")).toBeUndefined();
  });

  it("says the result will come when nothing is decided yet, and copies the number on a tap", async () => {
    const card = render("components/application-card/index", {
      item: { ...item, status: "submitted", statusLabel: "待审核", decisions: [] },
    });
    expect(text(card.querySelector(".waiting"))).toBe("市商务局审核后，结果会显示在这里。");
    const copied = events(card, "copy");
    card.querySelector(".number")!.dispatchEvent("tap");
    await simulate.sleep(0);
    expect(copied).toEqual([{ number: "ZB-2026-000007" }]);
  });
});
