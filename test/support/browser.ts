// Debian's Chromium for the browser tests, driven by playwright-core: where it is, whether it is
// installed (the suites skip, saying so, when not), and where screenshots go.

import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = new URL("../../test-output/screenshots/", import.meta.url).pathname;
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium)
  console.warn(
    `未找到 ${CHROMIUM}：跳过浏览器测试（apt-get install -y chromium 后再运行）。 Chromium missing: browser tests skipped.`,
  );

/** A headless Chromium, with the screenshots' folder made. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}
