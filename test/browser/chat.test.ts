// The mobile chat page (/chat) in a real browser at a phone's size (Debian's Chromium driven by
// playwright-core): the greeting and its buttons, a tap and a typed answer, a reload that goes on
// where it was, text that is never read as HTML, and a refusal that keeps what was typed. A
// screenshot is written to test-output/screenshots/. Without /usr/bin/chromium the suite skips.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SHOTS } from "../support/browser.ts";
import { useTestApi } from "../support/api.ts";

describe.skipIf(!hasChromium)("the mobile chat page in Chromium", () => {
  const ctx = useTestApi("pglite", { conversationRate: { burst: 4, perSecond: 0.001 } });
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const bubbles = () => page.locator(".bubble").allTextContents();

  it("greets with the menu and offers it as buttons", async () => {
    await page.goto(`${ctx.api.url}/chat`);
    await page.locator(".bubble.bot").first().waitFor();
    expect((await bubbles())[0]).toContain("政策通");
    await expect.poll(() => page.locator(".choices button").allTextContents()).toContain("自测");
  });

  it("answers a tapped button and a typed sentence, and shows the next question's buttons", async () => {
    await page.locator(".choices button", { hasText: "自测" }).click();
    await page.locator(".choices button", { hasText: "企业" }).waitFor();
    await page.locator(".choices button", { hasText: "企业" }).click();
    await expect.poll(async () => (await bubbles()).at(-1)).toContain("实物商品网络零售额");
    await page.locator("#text").fill("8000万");
    await page.locator("#text").press("Enter");
    await expect.poll(async () => (await bubbles()).join("\n")).toContain("8000");
    await page.screenshot({ path: `${SHOTS}chat-phone.png` });
  });

  it("goes on where it was after a reload", async () => {
    const before = await bubbles();
    await page.reload();
    await page.locator(".bubble").first().waitFor();
    expect(await bubbles()).toEqual(before);
    await expect.poll(() => page.locator(".choices button").allTextContents()).toContain("是");
  });

  it("keeps typed text in the box and says why when the server refuses it (too many messages)", async () => {
    const typed = "<img src=x onerror=alert(1)>我们是网店";
    let refused = false;
    for (let i = 0; i < 5 && !refused; i++) {
      await page.locator("#text").fill(typed);
      await page.locator("#send").click();
      await expect.poll(() => page.locator("#send").isDisabled()).toBe(false);
      refused = await page.locator("#notice").isVisible();
    }
    expect(refused).toBe(true);
    expect(await page.locator("#notice").textContent()).toContain("太快");
    expect(await page.locator("#text").inputValue()).toBe(typed);
    // Sent text is shown as text, never as markup.
    expect(await page.locator(".bubble img").count()).toBe(0);
  });
});
