import { afterAll, beforeAll, describe, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, SHOTS } from "../support/browser.ts";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";
describe("scratch", () => {
  const ctx = useTestApi();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    await ctx.api.call("POST", "/api/staff", {
      token: STAFF,
      body: { username: "admin", name: "管理员", role: "admin", password: "correct horse battery" },
    });
    await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(),
      headers: { "idempotency-key": "s-1", "x-wechat-id": "wxid_abc" },
    });
  });
  afterAll(async () => browser?.close());
  it("looks", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on("console", (m) => console.log("CONSOLE", m.type(), m.text()));
    page.on(
      "response",
      async (r) =>
        r.status() >= 400 && console.log("HTTP", r.status(), r.url(), await r.text().catch(() => "")),
    );
    await page.goto(`${ctx.api.url}/console`);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill("correct horse battery");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${SHOTS}scratch-queue.png`, fullPage: true });
  }, 60000);
});
