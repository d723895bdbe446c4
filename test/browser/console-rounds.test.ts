// Application rounds in the console, in Chromium: an admin creates a round with one standard beside
// the policy's own figure (a standard above it is refused beside its field, in Chinese), sees it
// listed with its status and budget, opens it, finds the application filed into it, and runs the
// simulation: the cost by clause against the budget as a chart and a table, then under another budget.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";
import { addAccount, PASSWORD } from "../support/staff.ts";

type Param = { description: string; money: boolean; value: number; unit: string };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)("application rounds in the console", () => {
  const ctx = useTestApi();
  let browser: Browser;
  let page: Page;
  const TITLE = "浏览器测试申报批次";
  // The clause the test application files under, and its cap per enterprise, read from the API.
  const clause = application().clauses[0]!;
  let clauseName = "";
  let cap: Param & { name: string };

  beforeAll(async () => {
    await addAccount(ctx.api, "admin", "admin");
    const labels = (await ctx.api.call("GET", "/console/labels.json")).body as {
      clauseNames: Record<string, string>;
      clauses: { id: string; name: string }[];
      clauseParameters: Record<string, string[]>;
    };
    clauseName = labels.clauses.find((c) => c.id === clause)!.name;
    const policy = (await ctx.api.call("GET", "/api/policy")).body as { parameters: Record<string, Param> };
    const money = labels.clauseParameters[clause]!.map((name) => ({ name, ...policy.parameters[name]! }));
    // The largest money figure that is whole yuan per enterprise: the cap an estimate is held under.
    cap = money.filter((p) => p.money && p.unit === "yuan").sort((a, b) => a.value - b.value)[0]!;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${ctx.api.url}/console/rounds`);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "申报批次" }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates a round with one standard beside the policy's figure, refusing one above it", async () => {
    await page.getByRole("button", { name: "新建批次" }).click();
    const dialog = page.getByRole("dialog", { name: "新建申报批次" });
    await dialog.getByLabel("批次名称").fill(TITLE);
    await dialog.getByLabel("开始受理").fill(day(-1));
    await dialog.getByLabel("截止受理").fill(day(30));
    await dialog.getByText(clauseName, { exact: true }).click();
    await dialog.getByLabel("预算（元）").fill("5000000");
    await dialog.getByText("即 500 万元").waitFor();
    const standard = dialog.getByLabel(`${cap.description}：本批次标准`);
    await standard.fill(String(cap.value * 2));
    await dialog.getByRole("button", { name: "创建批次" }).click();
    await dialog.getByRole("alert").filter({ hasText: "不能上调" }).first().waitFor();
    await page.screenshot({ path: `${SHOTS}rounds-standard-refused.png` });
    await standard.fill(String(cap.value / 10));
    await dialog.getByRole("button", { name: "创建批次" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = page.locator(".el-table__body tr", { hasText: TITLE });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain("受理中");
    expect(text).toContain("500 万元");
    expect(text).toContain(clauseName);
    await page.screenshot({ path: `${SHOTS}rounds.png`, fullPage: true });
  });

  it("changes a round: its form opens with what was set, the standard kept", async () => {
    await page.getByRole("button", { name: `修改：${TITLE}` }).click();
    const dialog = page.getByRole("dialog", { name: `修改批次：${TITLE}` });
    expect(await dialog.getByLabel(`${cap.description}：本批次标准`).inputValue()).toBe(
      String(cap.value / 10),
    );
    await dialog.getByLabel("预算（元）").fill("6000000");
    await dialog.getByRole("button", { name: "保存修改" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.locator(".el-table__body tr", { hasText: TITLE }).filter({ hasText: "600 万元" }).waitFor();
  });

  it("opens the round: its settings, its application, and the simulation as a chart and a table", async () => {
    const rounds = (await ctx.api.call("GET", "/api/rounds")).body as {
      items: { id: string; title: string }[];
    };
    const roundId = rounds.items.find((r) => r.title === TITLE)!.id;
    const filed = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application({ roundId }, { name: "淄博批次测试电子商务有限公司", wechatId: "wxid_round" }),
      headers: { "idempotency-key": "round-browser-1", "x-wechat-id": "wxid_round" },
    });
    expect(filed.status).toBe(201);
    // Filed into the round: the list filtered by round finds it.
    const listed = await ctx.api.call("GET", `/api/applications?roundId=${roundId}`, { token: STAFF });
    expect(listed.body.total).toBe(1);

    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { name: TITLE }).waitFor();
    await page.getByRole("heading", { name: "本批次的申报（共 1 份）" }).waitFor();
    expect(await page.getByLabel("本批次的申报", { exact: true }).textContent()).toContain(
      "淄博批次测试电子商务有限公司",
    );
    expect(await page.getByLabel("本批次兑现标准", { exact: true }).textContent()).toContain(cap.description);

    const table = page.getByLabel("各条款测算花费", { exact: true });
    await table.waitFor();
    await page.getByRole("img", { name: /各条款测算花费与预算/ }).waitFor();
    const held = `${(cap.value / 10 / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 4 })} 万元`;
    expect(await table.textContent()).toContain(held);
    await page.getByText("预算余量").waitFor();
    await page.screenshot({ path: `${SHOTS}round-simulation.png`, fullPage: true });

    // Another budget, smaller than the cost: the page says by how much it is over; nothing is saved.
    await page.getByLabel("测算预算（元）").fill("1000");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await page.getByText("超出预算").waitFor();
    const after = (await ctx.api.call("GET", "/api/rounds/settings", { token: STAFF })).body as {
      items: { id: string; budgetYuan: number }[];
    };
    expect(after.items.find((r) => r.id === roundId)!.budgetYuan).toBe(6_000_000);
    await page.screenshot({ path: `${SHOTS}round-simulation-over.png`, fullPage: true });
  });
});
