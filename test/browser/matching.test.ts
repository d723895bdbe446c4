// 政策找人 in the console, in Chromium: an approver uploads a GBK CSV of counted figures (the progress
// bar and the totals), sees its bad row by number, filters the rows that qualify for article 2, finds
// the claim that differs, and sees the counted figures on that application's page. Screenshots go to
// test-output/screenshots/. Without /usr/bin/chromium the suite skips.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";
import { csvText, gbk, subject, uscc } from "../matching/helpers.ts";

const PASSWORD = "correct horse battery";
const WAN = 10_000;

describe.skipIf(!hasChromium)("政策找人 in the console in Chromium", () => {
  const ctx = useTestApi("pglite", { clock: () => new Date("2026-06-01T02:00:00Z") });
  let browser: Browser;
  let page: Page;
  let filed: { id: string; number: string };
  let file: string;

  beforeAll(async () => {
    await ctx.api.call("POST", "/api/staff", {
      token: STAFF,
      body: { username: "sunli", name: "孙丽", role: "approver", password: PASSWORD },
    });
    filed = (
      await ctx.api.call("POST", "/api/applications", {
        token: BOT,
        body: application(
          { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 8000 * WAN } },
          { uscc: uscc(501) },
        ),
        headers: { "idempotency-key": "browser-matching" },
      })
    ).body;
    const rows = [
      subject(501, "企业", { 当年实物商品网络零售额: 7200 * WAN }, "淄博申报过的电商公司"),
      subject(502, "企业", { 当年实物商品网络零售额: 3000 * WAN }, "淄博未申报的电商公司"),
      { ...subject(503, "企业", { 当年实物商品网络零售额: 100 * WAN }), 统一社会信用代码: "坏的代码" },
      subject(504, "行政村", { 年度网络零售额: 1200 * WAN, 活跃网店数量: 25 }, "某某村"),
    ];
    file = join(mkdtempSync(join(tmpdir(), "matching-")), "纳统数据.csv");
    writeFileSync(file, gbk(csvText(rows)));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${ctx.api.url}/console`);
    await page.getByLabel("用户名").fill("sunli");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("uploads the file and shows the totals and the bad row by its number", async () => {
    await page.getByRole("link", { name: "政策找人" }).click();
    await page.getByRole("heading", { name: "政策找人" }).waitFor();
    await page.getByLabel("纳统数据文件").setInputFiles(file);
    await page.getByRole("button", { name: "导入" }).click();
    await page.getByText("导入完成：3 行有效，1 行有问题。").waitFor();
    const errors = page.getByRole("region", { name: "有问题的行" });
    expect(await errors.locator("tbody tr").first().locator("td").first().textContent()).toBe("4");
    await page.screenshot({ path: `${SHOTS}matching-import.png`, fullPage: true });
    // The import history lists it at once, never 「还没有导入过」.
    const history = page.getByRole("region", { name: "导入记录" });
    await history.getByRole("link", { name: "纳统数据.csv" }).waitFor();
    expect(await history.textContent()).not.toContain("还没有导入过");
  });

  it("filters the rows that qualify for article 2 and shows the claim that differs", async () => {
    await page.getByRole("link", { name: "查看逐行结果 →" }).click();
    await chooseOption(page, "条款", "第二条 电商龙头企业流量补贴");
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    const rows = page.getByRole("region", { name: "逐行结果" }).locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByText("申报 8,000 万元，纳统 7,200 万元").waitFor();
    await page.screenshot({ path: `${SHOTS}matching-results.png`, fullPage: true });
  });

  it("shows the counted figures on the application's page", async () => {
    await page.getByRole("link", { name: filed.number }).click();
    await page.getByRole("heading", { name: "纳统数据对比" }).waitFor();
    expect(await page.getByRole("region", { name: "纳统数据对比" }).textContent()).toContain(
      "纳统 7,200 万元",
    );
  });

  it("invites for article 2 and lists the subject with no WeChat contact for a call, marked when called", async () => {
    await page.goBack();
    await page.getByRole("button", { name: "邀请符合「第二条 电商龙头企业流量补贴」且未申报的主体" }).click();
    await page.getByRole("dialog", { name: "发送申报邀请" }).getByRole("button", { name: "发送" }).click();
    await page.getByText("没有微信联系方式的 1 家已列入电话联系名单").waitFor();
    await page.getByRole("link", { name: /电话联系名单/ }).click();
    await page.getByRole("heading", { name: "电话联系名单" }).waitFor();
    const row = page.locator(".el-table__body tr", { hasText: "淄博未申报的电商公司" });
    expect(await row.textContent()).toContain("3,000 万元");
    expect(await row.textContent()).toContain("第二条");
    await row.getByRole("button", { name: "记录联系" }).click();
    const dialog = page.getByRole("dialog", { name: "记录联系：淄博未申报的电商公司" });
    // The dialog words the outcomes as the list and the export do.
    for (const word of ["已联系上", "无人接听", "不申报"])
      await dialog.getByText(word, { exact: true }).waitFor();
    await dialog.getByText("无人接听").click();
    await dialog.getByLabel("备注（选填）").fill("下午再打");
    await dialog.getByRole("button", { name: "保存" }).click();
    await row.filter({ hasText: "无人接听：下午再打" }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    expect(await row.textContent()).toContain("sunli");
    await page.screenshot({ path: `${SHOTS}matching-calls.png`, fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出 CSV" }).click(),
    ]);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync((await download.path())!, "utf8")).toContain("淄博未申报的电商公司");
  });
});
