// The console in a real browser (Debian's Chromium driven by playwright-core): a wrong password and
// a right one, the queue, an application approved by hand with its amount (the applicant told
// once), who decided, what a reviewer may not do, the audit for an admin. A screenshot of each page
// is written to test-output/screenshots/. Without /usr/bin/chromium the suite says so and skips.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";

const PASSWORD = "correct horse battery";

describe.skipIf(!hasChromium)("the console in Chromium", () => {
  const ctx = useTestApi();
  let browser: Browser;
  let filed: { id: string; number: string };

  beforeAll(async () => {
    browser = await launchChromium();
    for (const [username, role] of [
      ["wangfang", "approver"],
      ["lijing", "reviewer"],
      ["admin", "admin"],
    ] as const)
      await ctx.api.call("POST", "/api/staff", {
        token: STAFF,
        body: {
          username,
          name: { wangfang: "王芳", lijing: "李静", admin: "管理员" }[username],
          role,
          password: PASSWORD,
        },
      });
    const r = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application({}, { name: "淄博浏览器测试电子商务有限公司", wechatId: "wxid_browser" }),
      headers: { "idempotency-key": "browser-1", "x-wechat-id": "wxid_browser" },
    });
    filed = r.body as { id: string; number: string };
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signedIn(username: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await page.goto(`${ctx.api.url}/console`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    return page;
  }

  it("refuses a wrong password in Chinese and lets the right one in", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${ctx.api.url}/console`);
    await page.screenshot({ path: `${SHOTS}sign-in.png` });
    await page.getByLabel("用户名").fill("wangfang");
    await page.getByLabel("密码").fill("not the password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").filter({ hasText: "用户名或密码不正确" }).waitFor({ timeout: 10_000 });
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    await page.close();
  });

  it("stops signing in after five wrong passwords for an account, and says when to try again", async () => {
    await ctx.api.call("POST", "/api/staff", {
      token: STAFF,
      body: { username: "zhaolei", name: "赵磊", role: "reviewer", password: PASSWORD },
    });
    const page = await browser.newPage();
    await page.goto(`${ctx.api.url}/console`);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("用户名").fill("zhaolei");
      await page.getByLabel("密码").fill(`wrong ${i}`);
      await page.getByRole("button", { name: "登录" }).click();
      await page.getByRole("alert").filter({ hasText: "用户名或密码不正确" }).waitFor();
      // The fourth warns of the lock, in the server's minutes; the third does not yet.
      const warned = await page.getByRole("alert").filter({ hasText: "再输错 1 次将锁定 15 分钟" }).count();
      expect(warned, `wrong password ${i + 1}`).toBe(i === 3 ? 1 : 0);
      await page.evaluate(() => (document.querySelector("[role=alert]")!.textContent = ""));
    }
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").filter({ hasText: "登录失败次数过多" }).waitFor();
    await page.screenshot({ path: `${SHOTS}throttled.png` });
    await page.close();
  });

  it("finds the new application in the queue, approves it by hand with an amount, and shows who decided", async () => {
    const page = await signedIn("wangfang");
    await page.getByRole("link", { name: filed.number }).waitFor();
    await page.screenshot({ path: `${SHOTS}queue.png`, fullPage: true });
    await page.getByRole("link", { name: filed.number }).click();
    await page.getByRole("heading", { name: `申报 ${filed.number}` }).waitFor();
    expect(await page.getByRole("region", { name: "申报项目" }).textContent()).toContain(
      "政策原文：对当年实现实物商品网络零售额",
    );
    await page.screenshot({ path: `${SHOTS}application.png`, fullPage: true });
    await page.getByLabel("核定金额（元）").fill("9999999");
    await page.getByRole("button", { name: "通过" }).click();
    expect(await page.getByRole("status").textContent()).toContain("超过政策上限");
    await page.getByLabel("核定金额（元）").fill("40000");
    await page.getByLabel("说明").fill("材料齐全，同意");
    await page.getByRole("button", { name: "通过" }).click();
    await page.getByText("状态：已通过").waitFor();
    const history = await page.getByRole("region", { name: "处理记录" }).textContent();
    expect(history).toContain("wangfang");
    expect(history).toContain("4 万元");
    await page.screenshot({ path: `${SHOTS}approved.png`, fullPage: true });
    await page.close();
    // The applicant is told once, through the bot's feed.
    const feed = await ctx.api.call("GET", "/api/notifications?wait=0", { token: BOT });
    const items = (feed.body as { items: { channel: string; applicationId: string | null; text: string }[] })
      .items;
    const told = items.filter(
      (i) => i.channel === "wechat_applicant" && i.applicationId === filed.id && i.text.includes("通过"),
    );
    expect(told.length).toBe(1);
  });

  it("shows a reviewer no button to approve or reject, and no audit or accounts", async () => {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(),
      headers: { "idempotency-key": "browser-2", "x-wechat-id": "wxid_abc" },
    });
    const page = await signedIn("lijing");
    await page.goto(`${ctx.api.url}/console/applications/${(r.body as { id: string }).id}`);
    await page.getByRole("button", { name: "补材料" }).waitFor();
    expect(await page.getByRole("button", { name: "通过" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "驳回" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "审计日志" }).isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}reviewer.png`, fullPage: true });
    await page.close();
  });

  it("shows an admin the audit with the failed sign-in and the approval", async () => {
    const page = await signedIn("admin");
    await page.getByRole("link", { name: "审计日志" }).click();
    await page.getByRole("heading", { name: "审计日志" }).waitFor();
    // (The records load after the heading: read them once the first expected one is shown.)
    const region = page.getByRole("region", { name: "审计记录" });
    await region.getByText("登录失败").first().waitFor();
    const text = await region.textContent();
    expect(text).toContain("登录失败");
    expect(text).toContain("通过");
    expect(text).toContain("wangfang");
    await page.screenshot({ path: `${SHOTS}audit.png`, fullPage: true });
    await page.close();
  });

  it("shows the budget per clause with a chart, and article 2's city cap", async () => {
    const page = await signedIn("wangfang");
    await page.getByRole("link", { name: "预算" }).click();
    await page.getByRole("heading", { name: /预算/ }).waitFor();
    await page.getByRole("region", { name: "图表" }).locator("canvas").waitFor();
    const region = await page
      .getByRole("region", { name: "第二条 电商龙头企业流量补贴：全市总额" })
      .textContent();
    expect(region).toContain("500 万元");
    expect(await page.locator("canvas").count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}budget.png`, fullPage: true });
    await page.close();
  });

  it("exports what the queue shows as CSV", async () => {
    const page = await signedIn("wangfang");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出 CSV" }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path!, "utf8")).toContain("编号");
    await page.close();
  });

  it("asks to sign in again when the session has ended, and returns to the same page", async () => {
    const page = await signedIn("wangfang");
    await page.context().clearCookies();
    await page.getByRole("link", { name: "预算" }).click();
    await page.getByRole("alert").filter({ hasText: "登录已过期，请重新登录。" }).waitFor();
    await page.getByLabel("用户名").fill("wangfang");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: /预算/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/console/budget");
    await page.close();
  });

  it("fits a phone's width", async () => {
    const page = await signedIn("admin", { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}queue-phone.png`, fullPage: true });
    await page.close();
  });
});
