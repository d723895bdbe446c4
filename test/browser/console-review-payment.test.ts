// From district review to payment in the console, in Chromium (issue 24): in a district-first round a
// district officer (张店区) sees only their district's applications waiting for their first review and is
// offered 「区县初审通过」 (never 「通过」); the city approver then approves, sees the round's progress at
// each step and its money by clause (a chart and a table), starts the 公示, previews the public page,
// answers an objection, withdraws an application with a reason, and after the period builds the payment
// list: approvals of 600,000 over a budget of 500,000 scaled by 0.833333, whole yuan, the remainder of 1
// yuan stated, the Excel exported, and one transfer recorded once.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { STAFF, useTestApi } from "../support/api.ts";
import { addAccount, PASSWORD } from "../support/staff.ts";
import { beijing, openRound, village } from "../review/support.ts";

const state = { now: beijing("2026-03-10T10:00:00") };

describe.skipIf(!hasChromium)("district review, 公示 and payment in the console", () => {
  const t = useTestApi("pglite", { clock: () => state.now });
  let browser: Browser;
  let roundId = "";
  const apps: { id: string; number: string; name: string }[] = [];
  let other: { id: string; number: string };

  async function file(district: string) {
    const body = { ...village({}, { district }), roundId };
    const r = await t.api.call("POST", "/api/applications", {
      token: STAFF,
      body,
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return { id: r.body.id as string, number: r.body.number as string, name: body.applicant.name as string };
  }
  async function decide(id: string, body: Record<string, unknown>, headers?: Record<string, string>) {
    const r = await t.api.call("POST", `/api/applications/${id}/decision`, {
      ...(headers ? { headers } : { token: STAFF }),
      body,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  async function signedIn(username: string, path: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(`${t.api.url}/console${path}`);
    await signInHere(page, username);
    return page;
  }
  async function signInHere(page: Page, username: string) {
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
  }

  beforeAll(async () => {
    roundId = await openRound(t.api, { budgetYuan: 500_000, districtReview: true, clauses: ["village"] });
    for (let i = 0; i < 4; i++) apps.push(await file("张店区"));
    other = await file("淄川区");
    expect((await addAccount(t.api, "zhangdian", "approver", { district: "张店区" })).status).toBe(201);
    expect((await addAccount(t.api, "city", "approver")).status).toBe(201);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows a district officer only their district's applications waiting, and offers 「区县初审通过」", async () => {
    const page = await signedIn("zhangdian", "/");
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    await page.getByText("本账号为张店区账号").waitFor();
    const table = page.locator(".el-table__body");
    await table.getByText(apps[0]!.number).waitFor();
    const text = await table.textContent();
    for (const a of apps) expect(text).toContain(a.number);
    expect(text).not.toContain(other.number);
    await page.screenshot({ path: `${SHOTS}review-district-queue.png`, fullPage: true });

    await table.getByRole("link", { name: apps[0]!.number }).click();
    await page.getByRole("heading", { name: `申报 ${apps[0]!.number}` }).waitFor();
    const form = page.getByRole("form", { name: "审核决定" });
    await form.getByRole("button", { name: "区县初审通过" }).waitFor();
    expect(await form.getByRole("button", { name: "驳回" }).count()).toBe(1);
    expect(await form.getByRole("button", { name: "补材料" }).count()).toBe(1);
    expect(await form.getByRole("button", { name: "通过", exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}review-district-decision.png`, fullPage: true });
    await form.getByRole("button", { name: "区县初审通过" }).click();
    await page.getByText("状态：区县初审通过").waitFor();
    // Once passed, the district may only withdraw its pass; approval is the city's.
    await form.getByRole("button", { name: "重新打开" }).waitFor();
    expect(await form.getByRole("button", { name: "通过", exact: true }).count()).toBe(0);

    // Another district's application is not this account's to see.
    await page.goto(`${t.api.url}/console/applications/${other.id}`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("heading", { name: `申报 ${other.number}` }).count()).toBe(0);
    await page.context().close();
  });

  it("lets the city approve only what the district passed, then shows the round's progress", async () => {
    // The other three are passed by the district through the API.
    const session = await t.api.call("POST", "/api/session", {
      body: { username: "zhangdian", password: PASSWORD },
      headers: { "x-forwarded-for": "10.9.0.9" },
    });
    const district = {
      cookie: (session.headers.get("set-cookie") ?? "").split(";")[0]!,
      "x-csrf-token": session.body.csrfToken as string,
    };
    for (const a of apps.slice(1)) await decide(a.id, { decision: "district_passed" }, district);

    const page = await signedIn("city", "/?status=district_passed");
    await page.getByRole("heading", { name: "申报列表" }).waitFor();
    await page.getByRole("radio", { name: /区县初审通过/ }).waitFor();
    await page.locator(".el-table__body").getByText(apps[0]!.number).waitFor();
    // The city's 区县初审通过 holds the four the district passed, not the one still waiting for it.
    expect(await page.locator(".el-table__body").textContent()).not.toContain(other.number);

    await page.goto(`${t.api.url}/console/applications/${other.id}`);
    const waiting = page.getByRole("form", { name: "审核决定" });
    await waiting.getByText("该申报尚待区县初审").waitFor();
    expect(await waiting.getByRole("button", { name: "通过", exact: true }).count()).toBe(0);

    await page.goto(`${t.api.url}/console/applications/${apps[0]!.id}`);
    const form = page.getByRole("form", { name: "审核决定" });
    await form.getByLabel("核定金额（元）").fill("300000");
    await form.getByRole("button", { name: "通过", exact: true }).click();
    await page.getByText("状态：已通过").waitFor();
    for (const [k, amount] of [200_000, 100_000, 50_000].entries())
      await decide(apps[k + 1]!.id, { decision: "approved", approvedAmountYuan: amount });

    await page.goto(`${t.api.url}/console/rounds/${roundId}`);
    const progress = page.getByRole("region", { name: /进度一览/ });
    const steps = progress.getByRole("table").first();
    await progress.getByText("已公示（在名单中）").waitFor();
    const row = (name: string) => progress.locator("tr", { hasText: name }).first().locator("td");
    expect((await row("已通过").allTextContents())[1]).toBe("4");
    expect((await row("申报总数").allTextContents())[1]).toBe("5");
    expect((await row("待审核").allTextContents())[1]).toBe("1");
    expect(await steps.count()).toBe(1);
    await progress.getByRole("img", { name: /各条款申请与核定金额/ }).waitFor();
    expect(await progress.getByRole("table").last().textContent()).toContain("65 万元");
    await page.screenshot({ path: `${SHOTS}review-round-progress.png`, fullPage: true });
    await page.context().close();
  });

  it("starts the 公示, links the public page, answers an objection and withdraws an application", async () => {
    const page = await signedIn("city", `/rounds/${roundId}`);
    const pub = page.getByRole("region", { name: "公示" });
    await pub.getByText("本批次尚未公示").waitFor();
    await pub.getByLabel("公示开始日期").fill("2026-03-10");
    await pub.getByLabel("公示天数").fill("5");
    await pub.getByRole("button", { name: "开始公示" }).click();
    await pub.getByText("公示中").waitFor();
    await pub.getByText("2026-03-10 至 2026-03-14（5 天）").waitFor();
    const link = pub.getByRole("link", { name: "预览公示页" });
    expect(await link.getAttribute("href")).toBe(`/gongshi/${roundId}`);
    const gongshi = await page.request.get(`${t.api.url}/gongshi/${roundId}`);
    expect(gongshi.status()).toBe(200);
    expect(await gongshi.text()).toContain(apps[0]!.name);

    const o = await t.api.call("POST", `/api/rounds/${roundId}/objections`, {
      body: { text: "该村活跃网店数量不足二十家，请核查", number: apps[3]!.number },
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    await page.reload();
    const objection = pub.getByRole("list", { name: "异议" }).getByRole("listitem").first();
    await objection.getByText("该村活跃网店数量不足二十家").waitFor();
    await objection.getByLabel("答复内容").fill("经核查，异议属实，该项目撤出名单");
    await objection.getByRole("button", { name: "答复" }).click();
    await objection.getByText("答复（city，").waitFor();

    const withdrawal = pub.getByRole("form", { name: "撤出公示名单" });
    await withdrawal.getByLabel("撤出理由").fill("异议属实，取消拟奖励");
    await withdrawal.getByRole("button", { name: "撤出名单" }).click();
    await pub.getByText("请填写要撤出的申报编号").waitFor();
    await withdrawal.getByLabel("申报编号").fill(apps[3]!.number);
    await withdrawal.getByRole("button", { name: "撤出名单" }).click();
    await pub.getByText(`已将 ${apps[3]!.number} 撤出公示名单`).waitFor();
    await pub.getByText("已撤出 1 项").waitFor();

    // Before the period ends, the payment list is refused with the API's own words.
    const pay = page.getByRole("region", { name: "拨付" });
    await pay.getByRole("button", { name: "生成拨付清单" }).click();
    await pay.getByRole("status").filter({ hasText: "2026-03-14" }).waitFor();
    await page.screenshot({ path: `${SHOTS}review-publication.png`, fullPage: true });
    await page.context().close();
  });

  it("after the period builds the payment list scaled to the budget, exports it, records a transfer once", async () => {
    state.now = beijing("2026-03-15T09:00:00");
    const page = await signedIn("city", `/rounds/${roundId}`);
    const pay = page.getByRole("region", { name: "拨付" });
    await pay.getByRole("button", { name: "生成拨付清单" }).click();
    await pay.getByText("系数 0.833333").waitFor();
    const facts = await pay.locator("dl").textContent();
    expect(facts).toContain("600,000 元（3 项）");
    expect(facts).toContain("499,999 元");
    expect(facts).toMatch(/舍去的余额\s*1 元/);
    expect(await pay.locator(".note").textContent()).toContain("余额 1 元");
    const table = pay.getByRole("table").last();
    await table.getByText(apps[0]!.number).waitFor();
    const rows = async (n: string) =>
      (await table.locator("tr", { hasText: n }).locator("td").allTextContents()).map((s) => s.trim());
    expect((await rows(apps[0]!.number)).slice(3, 6)).toEqual(["300,000", "250,000", "50,000"]);
    expect((await rows(apps[1]!.number)).slice(3, 6)).toEqual(["200,000", "166,666", "33,334"]);
    expect((await rows(apps[2]!.number)).slice(3, 6)).toEqual(["100,000", "83,333", "16,667"]);
    expect(await table.textContent()).not.toContain(apps[3]!.number);

    const xlsx = await page.request.get(
      `${t.api.url}${await pay.getByRole("link", { name: "导出 Excel（交财务）" }).getAttribute("href")}`,
    );
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

    const transfer = pay.getByRole("form", { name: `登记拨付：${apps[0]!.number}` });
    await transfer.getByLabel("拨付日期").fill("2026-03-15");
    await transfer.getByRole("button", { name: "登记" }).click();
    await transfer.getByText("请填写凭证号").waitFor();
    await transfer.getByLabel("凭证号").fill("CZ-2026-0315-01");
    await transfer.getByRole("button", { name: "登记" }).click();
    await pay.getByText("已拨付 2026-03-15，凭证 CZ-2026-0315-01").waitFor();
    expect(await pay.getByRole("form", { name: `登记拨付：${apps[0]!.number}` }).count()).toBe(0);
    await pay.getByText("1 项，250,000 元").waitFor();
    const progress = page.getByRole("region", { name: /进度一览/ });
    await progress.locator("tr", { hasText: "已拨付" }).getByText("250,000 元").waitFor();
    await page.screenshot({ path: `${SHOTS}review-payment.png`, fullPage: true });
    await page.context().close();
  });
});
