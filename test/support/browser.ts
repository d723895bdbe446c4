// Debian's Chromium for the browser tests, driven by playwright-core: where it is, whether it is
// installed (the suites skip, saying so, when not), and where screenshots go. The console is built
// first when its sources changed (scripts/build-console.mjs), so a test sees the code as it is.

import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
// @ts-expect-error: a plain-JavaScript build script, without type declarations
import { ensureConsoleBuilt } from "../../scripts/build-console.mjs";

const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = new URL("../../test-output/screenshots/", import.meta.url).pathname;
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium)
  console.warn(
    `未找到 ${CHROMIUM}：跳过浏览器测试（apt-get install -y chromium 后再运行）。 Chromium missing: browser tests skipped.`,
  );

/** A headless Chromium, with the screenshots' folder made and the console built. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  await (ensureConsoleBuilt as () => Promise<string>)();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

/**
 * Chooses an option of an Element Plus select named `label`. Its combobox input sits under the
 * select's wrapper, so the click goes to the wrapper's place (force), as a person's click would.
 */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click({ force: true });
  await page.getByRole("option", { name: option, exact: true }).click();
}
