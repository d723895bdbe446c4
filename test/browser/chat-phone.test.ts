// The mobile chat (/chat) on a phone, in Debian's Chromium with touch, at 375×667 (iPhone SE) and
// 390×844 (iPhone 12–15): every button at least 44×44 px, measured; the header one row above the
// conversation, so a long summary stays readable; and a staff 「补材料」 request that the visitor sees
// and answers by sending a photo and a PDF, with their progress, listed after. Screenshots go to
// test-output/screenshots/. Without /usr/bin/chromium the suite skips.

import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { SHOP_APPLICATION, SHOP_ASSESSMENT } from "../support/conversations.ts";
import { FILES } from "../support/files.ts";

const SIZES = [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
];

describe.skipIf(!hasChromium)("the mobile chat on a phone", () => {
  const ctx = useTestApi("pglite", { conversationRate: { burst: 100, perSecond: 100 } });
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(SIZES)("at $width×$height with touch", (viewport) => {
    const tag = `${viewport.width}x${viewport.height}`;
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const botCount = () => page.locator(".bubble.bot").count();

    /** Types a message, sends it with the keyboard's Enter, and waits for the answer. */
    async function say(text: string) {
      const before = await botCount();
      await page.locator("#text").fill(text);
      await page.locator("#text").press("Enter");
      await expect.poll(botCount, { timeout: 10_000 }).toBeGreaterThan(before);
      await expect.poll(() => page.locator("#send").isDisabled()).toBe(false);
    }

    it("gives every button a finger's size (44×44 px at least) and keeps the header to one row above the chat", async () => {
      await page.goto(`${ctx.api.url}/chat`);
      await page.locator(".choices button").first().waitFor();
      const targets = [
        "#restart",
        "#mine-open",
        "#send",
        ...[0, 1, 2].map((i) => `.choices button >> nth=${i}`),
      ];
      for (const t of targets) {
        const b = await box(t);
        expect(b.height, `${t} height`).toBeGreaterThanOrEqual(44);
        expect(b.width, `${t} width`).toBeGreaterThanOrEqual(44);
      }
      expect((await box("#text")).height).toBeGreaterThanOrEqual(44);
      // Nothing waits for materials yet: no banner, not even an empty one.
      expect(await page.locator("#alert").isVisible()).toBe(false);
      const header = await box(".top");
      const log = await box("#log");
      expect(header.height).toBeLessThanOrEqual(60);
      expect(log.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
      // Nothing sticks out sideways on a narrow phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.screenshot({ path: `${SHOTS}chat-phone-${tag}.png` });
    });

    it("asks before 重新开始 throws the conversation away, and keeps it when the visitor says no", async () => {
      await page.goto(`${ctx.api.url}/chat`);
      await page.locator(".choices button").first().waitFor();
      await say("自测");
      const before = await page.locator(".bubble").count();
      const asked: string[] = [];
      page.once("dialog", (d) => {
        asked.push(d.message());
        void d.dismiss();
      });
      await page.locator("#restart").tap();
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]).toContain("我的申报");
      expect(await page.locator(".bubble").count()).toBe(before);
      page.once("dialog", (d) => void d.accept());
      await page.locator("#restart").tap();
      await expect.poll(() => page.locator(".bubble").count(), { timeout: 10_000 }).toBeLessThan(before);
    });

    it("follows the phone's dark mode", async () => {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await background()).toBe("rgb(17, 20, 23)");
      await page.screenshot({ path: `${SHOTS}chat-phone-dark-${tag}.png` });
      await page.emulateMedia({ colorScheme: "light" });
      expect(await background()).toBe("rgb(238, 241, 244)");
    });

    it("keeps a long summary readable: the header never covers it and the chat keeps most of the screen", async () => {
      for (const text of [...SHOP_ASSESSMENT, ...SHOP_APPLICATION]) await say(text);
      const summary = page.locator(".bubble.bot").last();
      expect(await summary.textContent()).toContain("确认提交");
      const header = await box(".top");
      const log = await box("#log");
      const choices = await box("#choices");
      expect(log.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
      // The conversation keeps at least 40 % of the screen beside the buttons and the composer.
      expect(log.height).toBeGreaterThanOrEqual(viewport.height * 0.4);
      expect(choices.height).toBeLessThanOrEqual(viewport.height * 0.35 + 1);
      // Scrolled to its end: the summary's last line is in view, inside the chat.
      const s = (await summary.boundingBox())!;
      expect(s.y + s.height).toBeLessThanOrEqual(log.y + log.height + 1);
      expect(s.y + s.height).toBeGreaterThan(log.y);
      for (const b of await page.locator(".choices button").all()) {
        const bb = (await b.boundingBox())!;
        expect(bb.height).toBeGreaterThanOrEqual(44);
      }
      await page.screenshot({ path: `${SHOTS}chat-summary-${tag}.png` });
    });

    it("shows a staff 「补材料」 request and sends a photo and a PDF from it, with progress, then lists them", async () => {
      const token = await page.evaluate(
        () => JSON.parse(localStorage.getItem("zibo-chat") ?? "{}").token as string,
      );
      const filed = await ctx.api.call("POST", "/api/applications", {
        token,
        body: application({}, { wechatId: undefined }),
        headers: { "idempotency-key": `chat-phone-${tag}` },
      });
      expect(filed.status).toBe(201);
      const note = "请补充营业执照照片和2025年纳统证明（PDF）";
      const decided = await ctx.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
        token: STAFF,
        body: { decision: "needs_more_info", note },
      });
      expect(decided.status).toBe(200);

      await page.reload();
      await page.locator("#alert").waitFor();
      expect(await page.locator("#alert").textContent()).toContain(note);
      const open = await box("#alert button");
      expect(open.height).toBeGreaterThanOrEqual(44);
      await page.locator("#alert button").tap();
      const card = page.locator(`article[data-id="${filed.body.id}"]`);
      await card.waitFor();
      expect(await card.locator(".request").textContent()).toContain(note);
      const upload = (await card.locator(".upload-button").boundingBox())!;
      expect(upload.height).toBeGreaterThanOrEqual(44);
      expect(await card.locator("input[type=file]").getAttribute("accept")).toContain("application/pdf");
      await card.locator("input[type=file]").setInputFiles([
        { name: "营业执照.png", mimeType: "image/png", buffer: FILES.png },
        { name: "2025年纳统证明.pdf", mimeType: "application/pdf", buffer: FILES.pdf },
        {
          name: "说明.docx",
          mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          buffer: Buffer.from("PK"),
        },
      ]);
      await expect.poll(() => card.locator(".upload.done").count(), { timeout: 10_000 }).toBe(2);
      expect(await card.locator(".upload-message").allTextContents()).toEqual([
        "已上传",
        "已上传",
        "未上传：只能上传 JPG、PNG 图片或 PDF 文件",
      ]);
      expect(
        await card
          .locator(".upload.done progress")
          .evaluateAll((ps) => ps.map((p) => (p as HTMLProgressElement).value)),
      ).toEqual([100, 100]);
      await expect
        .poll(() => card.locator(".sent li").allTextContents())
        .toEqual([expect.stringContaining("营业执照.png"), expect.stringContaining("2025年纳统证明.pdf")]);
      const staff = await ctx.api.call("GET", `/api/applications/${filed.body.id}/materials`, {
        token: STAFF,
      });
      expect(staff.body.items.map((m: { name: string }) => m.name)).toEqual([
        "营业执照.png",
        "2025年纳统证明.pdf",
      ]);
      await page.screenshot({ path: `${SHOTS}chat-materials-${tag}.png`, fullPage: false });
      await page.locator("#mine-close").tap();
      expect(await page.locator("#mine").isHidden()).toBe(true);
    });
  });
});
