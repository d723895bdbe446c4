// The queue for a real year, in Chromium: the pending oldest first, sorted by amount from the
// column, a page size and a page jump, a prefix search on the code, filters kept in the address so a
// reload shows the same page, an empty result said plainly; a district account sees its district
// only; and the first page's JavaScript stays within 400 KB gzipped.

import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { application, STAFF, usccFor, useTestApi } from "../support/api.ts";
import { addAccount, PASSWORD } from "../support/staff.ts";

const WAN = 10_000;

describe.skipIf(!hasChromium)("the queue in Chromium", () => {
  const ctx = useTestApi();
  let browser: Browser;
  const numbers: string[] = [];

  beforeAll(async () => {
    await addAccount(ctx.api, "wangfang", "approver");
    await addAccount(ctx.api, "zc", "reviewer", { district: "淄川区" });
    // 25 pending: 22 in 张店区, 3 in 淄川区; sales (so amounts) rising with the filing order.
    for (let i = 0; i < 25; i++) {
      const r = await ctx.api.call("POST", "/api/applications", {
        token: STAFF,
        body: application(
          { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: (5000 + i * 100) * WAN } },
          {
            uscc: usccFor(880_000 + i),
            name: `队列测试${String(i).padStart(2, "0")}号电商公司`,
            district: i % 8 === 0 ? "淄川区" : "张店区",
          },
        ),
        headers: { "idempotency-key": `queue-${i}` },
      });
      expect(r.status).toBe(201);
      numbers.push(r.body.number);
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signedIn(
    username: string,
    path = "/console",
  ): Promise<{ page: Page; js: Map<string, Buffer> }> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const js = new Map<string, Buffer>();
    page.on("response", async (r) => {
      if (r.url().endsWith(".js")) js.set(r.url(), await r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${ctx.api.url}${path}`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    return { page, js };
  }
  const firstNumber = (page: Page) =>
    page.locator(".el-table__body tr").first().getByRole("link").textContent();

  it("shows the pending oldest first, 20 a page, and loads at most 400 KB of JavaScript gzipped", async () => {
    const { page, js } = await signedIn("wangfang");
    await page.getByRole("link", { name: numbers[0]! }).waitFor();
    expect(await firstNumber(page)).toBe(numbers[0]);
    expect(await page.locator(".el-table__body tr").count()).toBe(20);
    expect(await page.getByText("共 25 份，第 1–20 份").count()).toBe(1);
    await page.waitForLoadState("networkidle");
    const gzipped = [...js.values()].reduce((s, b) => s + gzipSync(b).length, 0);
    console.log(`第一页的 JavaScript：${js.size} 个文件，gzip 后 ${(gzipped / 1024).toFixed(1)} KB`);
    expect(gzipped).toBeLessThanOrEqual(400 * 1024);
    await page.screenshot({ path: `${SHOTS}queue-oldest-first.png`, fullPage: true });
    await page.close();
  });

  it("sorts by amount from the column, keeps it in the address, and a reload shows the same page", async () => {
    const { page } = await signedIn("wangfang");
    await page.getByRole("link", { name: numbers[0]! }).waitFor();
    const header = page.locator(".el-table__header th", { hasText: "申请金额" });
    await header.locator(".sort-caret.descending").click();
    await page.waitForURL(/sort=amount&order=desc/);
    await expect.poll(() => firstNumber(page)).toBe(numbers[24]);
    await page.reload();
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    await expect.poll(() => firstNumber(page)).toBe(numbers[24]);
    await page.close();
  });

  it("sorts by district ascending (the city's order) on the first click of its header, descending on the second", async () => {
    const { page } = await signedIn("wangfang");
    await page.getByRole("link", { name: numbers[0]! }).waitFor();
    const districtOfFirst = () => page.locator(".el-table__body tr td:nth-child(3)").first().textContent();
    const header = () => page.locator(".el-table__header th", { hasText: "区县" }).locator(".cell");
    await header().click();
    await page.waitForURL(/sort=district&order=asc/);
    await expect.poll(districtOfFirst).toBe("张店区");
    await header().click();
    await page.waitForURL(/sort=district&order=desc/);
    await expect.poll(districtOfFirst).toBe("淄川区");
    await page.close();
  });

  it("goes to a page by its number and by a page size", async () => {
    const { page } = await signedIn("wangfang", "/console?size=10");
    await page.getByText("共 25 份，第 1–10 份").waitFor();
    const jump = page.locator(".el-pagination__jump input");
    await jump.fill("3");
    await jump.press("Enter");
    await page.getByText("共 25 份，第 21–25 份").waitFor();
    expect(page.url()).toContain("page=3");
    expect(await firstNumber(page)).toBe(numbers[20]);
    await page.close();
  });

  it("finds by the first digits of the code, and says so plainly when nothing matches", async () => {
    const { page } = await signedIn("wangfang");
    const code = usccFor(880_007);
    await page.getByLabel("搜索").fill("91370303");
    await page.getByRole("button", { name: "查询" }).click();
    await page.waitForURL(/q=91370303/);
    await page.getByText("共 25 份，第 1–20 份").waitFor();
    await page.getByLabel("搜索").fill(code.slice(0, 17));
    await page.getByRole("button", { name: "查询" }).click();
    await page.getByText("共 1 份，第 1–1 份").waitFor();
    expect(await firstNumber(page)).toBe(numbers[7]);
    await page.getByLabel("搜索").fill("91370300ZZZ");
    await page.getByRole("button", { name: "查询" }).click();
    await page.getByText("没有符合条件的申报。").waitFor();
    expect(await page.getByText(/共 0 份/).count()).toBe(0);
    expect(page.url()).toContain("q=91370300ZZZ");
    await page.screenshot({ path: `${SHOTS}queue-empty.png`, fullPage: true });
    await page.close();
  });

  it("shows a district account its own district only, and says so", async () => {
    const { page } = await signedIn("zc");
    await page.getByText("本账号为淄川区账号，只显示淄川区的申报").waitFor();
    // The search box's hint fits the box at office size (1366×768).
    const box = page.getByLabel("搜索");
    expect(await box.getAttribute("placeholder")).toBe("信用代码、编号开头或名称");
    expect(
      await box.evaluate((e) => (e as HTMLInputElement).scrollWidth <= (e as HTMLInputElement).clientWidth),
    ).toBe(true);
    await page.getByText("共 4 份，第 1–4 份").waitFor();
    const districts = await page.locator(".el-table__body tr td:nth-child(3)").allTextContents();
    expect(districts).toEqual(["淄川区", "淄川区", "淄川区", "淄川区"]);
    await page.screenshot({ path: `${SHOTS}queue-district.png`, fullPage: true });
    // The budget it reads is its district's, and the page says so.
    await page.goto(`${ctx.api.url}/console/budget`);
    await page.getByRole("heading", { name: /预算 · \d+ 年 · 淄川区/ }).waitFor();
    await page.getByText("以下申报份数和金额均为淄川区的申报").waitFor();
    await page.screenshot({ path: `${SHOTS}budget-district.png`, fullPage: true });
    await page.close();
  });
});
