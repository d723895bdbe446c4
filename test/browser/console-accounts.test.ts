// An admin's accounts page in Chromium: a district account added, a locked account shown as 已锁定
// with the time the lock lifts and unlocked, a password reset (the new one signs in), a role
// changed, an account disabled and enabled again, each after a confirmation; the API's own Chinese
// message when it refuses; and the audit naming the account each act touched.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { useTestApi } from "../support/api.ts";
import { addAccount, PASSWORD, signIn } from "../support/staff.ts";

describe.skipIf(!hasChromium)("the accounts page in Chromium", () => {
  const ctx = useTestApi();
  let browser: Browser;
  let page: Page;
  const row = (username: string) => page.locator(".el-table__body tr", { hasText: username });

  beforeAll(async () => {
    await addAccount(ctx.api, "admin", "admin");
    await addAccount(ctx.api, "wu", "reviewer");
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${ctx.api.url}/console/accounts`);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "账号" }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("adds a district account with a two-letter name, and shows the API's message for a short password", async () => {
    await page.getByRole("button", { name: "添加账号" }).click();
    const dialog = page.getByRole("dialog", { name: "添加账号" });
    await dialog.getByLabel("新账号用户名").fill("li");
    await dialog.getByLabel("显示名").fill("李明");
    await chooseOption(page, "所属区县（区县账号只看本区县；不选为全市）", "淄川区");
    await dialog.getByLabel("初始密码（至少 10 位）").fill("short");
    await dialog.getByRole("button", { name: "添加" }).click();
    await dialog.getByRole("alert").filter({ hasText: "密码" }).waitFor();
    await page.screenshot({ path: `${SHOTS}accounts-add-refused.png` });
    await dialog.getByLabel("初始密码（至少 10 位）").fill(PASSWORD);
    await dialog.getByRole("button", { name: "添加" }).click();
    await row("李明").waitFor();
    expect(await row("李明").textContent()).toContain("淄川区");
  });

  it("shows a locked account as 已锁定 until when, and unlocks it after a confirmation", async () => {
    for (let i = 0; i < 5; i++) await signIn(ctx.api, "wu", `wrong ${i}`);
    expect((await signIn(ctx.api, "wu")).res.status).toBe(429);
    await page.reload();
    await row("wu").filter({ hasText: "已锁定（至" }).waitFor();
    await page.screenshot({ path: `${SHOTS}accounts-locked.png`, fullPage: true });
    await row("wu").getByRole("button", { name: "解锁" }).click();
    await page.getByRole("dialog", { name: "解锁账号" }).getByRole("button", { name: "解锁" }).click();
    await row("wu").filter({ hasText: "正常" }).waitFor();
    expect((await signIn(ctx.api, "wu")).res.status).toBe(200);
  });

  it("resets a password: the new one signs in, the old one no longer", async () => {
    await row("wu").getByRole("button", { name: "重置密码" }).click();
    const dialog = page.getByRole("dialog", { name: "重置密码：wu" });
    await dialog.getByLabel("新密码（至少 10 位）").fill("a new long password");
    await dialog.getByRole("button", { name: "重置" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await signIn(ctx.api, "wu", "a new long password")).res.status).toBe(200);
    expect((await signIn(ctx.api, "wu", PASSWORD)).res.status).toBe(401);
  });

  it("changes a role", async () => {
    await row("wu").getByRole("button", { name: "修改角色" }).click();
    const dialog = page.getByRole("dialog", { name: "修改角色：wu" });
    await chooseOption(page, "新角色", "审批（还可通过、驳回、重新打开）");
    await dialog.getByRole("button", { name: "保存" }).click();
    await row("wu").filter({ hasText: "审批" }).waitFor();
  });

  it("disables an account after a confirmation and enables it again", async () => {
    await row("wu").getByRole("button", { name: "停用" }).click();
    await page.getByRole("dialog", { name: "停用账号" }).getByRole("button", { name: "停用" }).click();
    await row("wu").filter({ hasText: "已停用" }).waitFor();
    expect((await signIn(ctx.api, "wu", "a new long password")).res.status).toBe(401);
    await row("wu").getByRole("button", { name: "启用" }).click();
    await page.getByRole("dialog", { name: "启用账号" }).getByRole("button", { name: "启用" }).click();
    await row("wu").filter({ hasText: "正常" }).waitFor();
    expect((await signIn(ctx.api, "wu", "a new long password")).res.status).toBe(200);
    await page.screenshot({ path: `${SHOTS}accounts.png`, fullPage: true });
  });

  it("finds each act in the audit by the account it touched", async () => {
    await page.goto(`${ctx.api.url}/console/audit?account=wu`);
    const log = page.getByRole("region", { name: "审计记录" });
    await log.getByText("解除锁定").waitFor();
    const text = await log.textContent();
    for (const act of ["解除锁定", "重设密码", "更改角色", "停用账号", "启用账号"])
      expect(text).toContain(act);
    expect(text).not.toContain("账号 li");
    expect(text).toContain("账号 wu");
    await page.screenshot({ path: `${SHOTS}audit-account.png`, fullPage: true });
    // Dates: a range holding today lists them; one wholly in the future says plainly there is nothing.
    await page.goto(`${ctx.api.url}/console/audit?account=wu&from=2020-01-01&to=2099-12-31`);
    await log.getByText("解除锁定").waitFor();
    expect(await page.getByPlaceholder("开始日期").inputValue()).toBe("2020-01-01");
    await page.goto(`${ctx.api.url}/console/audit?account=wu&from=2099-01-01&to=2099-12-31`);
    await log.getByText("没有符合条件的记录。").waitFor();
    // The export holds what is filtered.
    await page.goto(`${ctx.api.url}/console/audit?account=wu`);
    await log.getByText("解除锁定").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出 CSV" }).click(),
    ]);
    const { readFileSync } = await import("node:fs");
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain("解除锁定");
    expect(csv).not.toContain("李明");
  });
});
