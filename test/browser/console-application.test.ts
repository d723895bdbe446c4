// An application's page in Chromium, opened from a link as a notice gives it: the facts in the
// applicant's own figures (a loan asked of 800 万 shows 800 万, not the 1,000 万 ceiling), never a
// literal 「null」; materials uploaded on the applicant's behalf, listed with name, size, who and
// when, an image previewed, a PDF opened inline in a new tab, a file downloaded under its name.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { FILES } from "../support/files.ts";
import { addAccount, PASSWORD } from "../support/staff.ts";

describe.skipIf(!hasChromium)("an application's page in Chromium", () => {
  const ctx = useTestApi();
  let browser: Browser;
  let page: Page;
  let filed: { id: string; number: string };
  const dir = mkdtempSync(join(tmpdir(), "materials-"));
  const materials = () => page.getByRole("region", { name: "申报材料" });

  beforeAll(async () => {
    await addAccount(ctx.api, "wangfang", "approver");
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({
        facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, loanAmountYuan: 8_000_000 },
        clauses: ["leading-enterprise", "loan"],
      }),
      headers: { "idempotency-key": "page-loan" },
    });
    filed = r.body;
    writeFileSync(join(dir, "营业执照.png"), FILES.png);
    writeFileSync(join(dir, "银行流水.pdf"), FILES.pdf);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    // The link a notice gives: the sign-in page first, then this application.
    await page.goto(`${ctx.api.url}/console/applications/${filed.id}`);
    await page.getByLabel("用户名").fill("wangfang");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: `申报 ${filed.number}` }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the loan asked in the applicant's own figure, beside the ceiling, and no 「null」", async () => {
    expect(await page.getByRole("region", { name: "申报数据" }).textContent()).toContain("800 万元");
    const loan = page.getByRole("region", { name: "申报项目" }).locator("tr", { hasText: "齐鲁电商贷" });
    const cells = await loan.locator("td").allTextContents();
    expect(cells[1]).toBe("800 万元（贷款）");
    expect(cells[2]).toBe("1,000 万元");
    expect(await page.locator("main").textContent()).not.toMatch(/null|undefined|NaN/);
    await page.screenshot({ path: `${SHOTS}application-loan.png`, fullPage: true });
  });

  it("uploads an image and a PDF on the applicant's behalf and lists them with size, who and when", async () => {
    await materials().getByText("还没有上传材料。").waitFor();
    const input = materials().locator("input[type=file]");
    await input.setInputFiles(join(dir, "营业执照.png"));
    await materials().getByText("已上传「营业执照.png」。").waitFor();
    await input.setInputFiles(join(dir, "银行流水.pdf"));
    await materials().locator("tr", { hasText: "银行流水.pdf" }).waitFor();
    const png = await materials().locator("tr", { hasText: "营业执照.png" }).textContent();
    expect(png).toContain(`${FILES.png.length} 字节`);
    expect(png).toContain("wangfang");
    expect(png).toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}/);
  });

  it("previews the image on the page", async () => {
    const img = materials().locator("tr", { hasText: "营业执照.png" }).locator("img");
    await expect.poll(() => img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await img.click();
    await page.locator(".el-image-viewer__wrapper").waitFor();
    await page.screenshot({ path: `${SHOTS}material-preview.png` });
    await page.keyboard.press("Escape");
    await page.locator(".el-image-viewer__wrapper").waitFor({ state: "hidden" });
  });

  it("opens the PDF inline in a new tab and downloads a file under its own name", async () => {
    const row = materials().locator("tr", { hasText: "银行流水.pdf" });
    const open = row.getByRole("link", { name: "在新标签页打开" });
    expect(await open.getAttribute("target")).toBe("_blank");
    const inline = await page.request.get(new URL((await open.getAttribute("href"))!, ctx.api.url).href);
    expect(inline.headers()["content-type"]).toBe("application/pdf");
    expect(inline.headers()["content-disposition"]).toMatch(/^inline/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row.getByRole("link", { name: "下载" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("银行流水.pdf");
    await page.screenshot({ path: `${SHOTS}application-materials.png`, fullPage: true });
  });
});
