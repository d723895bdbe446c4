// The mini-program sized for a finger and a phone, read from its own style sheets as WeChat reads
// them: every control a person taps is at least 88rpx (44 px on a 375-px-wide phone) high — and the
// round ones as wide; the bars pinned to the bottom keep clear of the home indicator
// (env(safe-area-inset-bottom)); each page and component has its dark-mode colours; every control in
// the markup has an aria-label.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MINIPROGRAM } from "./support/paths.ts";

const read = (rel: string) => readFileSync(join(MINIPROGRAM, rel), "utf8");

/** The declarations of a selector in a style sheet (outside media queries), merged. */
function rule(css: string, selector: string): Record<string, string> {
  const top = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, "");
  const out: Record<string, string> = {};
  for (const m of top.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1]!.split(",").map((s) => s.trim());
    if (!selectors.includes(selector)) continue;
    for (const d of m[2]!.split(";")) {
      const [k, ...v] = d.split(":");
      if (k && v.length > 0) out[k.trim()] = v.join(":").trim();
    }
  }
  return out;
}

const rpx = (value: string | undefined) =>
  value && /^(\d+)rpx$/.test(value) ? Number(value.slice(0, -3)) : 0;

/** The tap targets: [style sheet, selector, also as wide]. */
const TARGETS: [string, string, boolean][] = [
  ["components/message-list/index.wxss", ".choice", true],
  ["pages/chat/index.wxss", ".send", true],
  ["pages/chat/index.wxss", ".restart", true],
  ["pages/chat/index.wxss", ".input", false],
  ["pages/chat/index.wxss", ".waiting-button", true],
  ["pages/form/index.wxss", ".segment", true],
  ["pages/form/index.wxss", ".picker", false],
  ["pages/form/index.wxss", ".input", false],
  ["pages/form/index.wxss", ".link", false],
  ["pages/apply/index.wxss", ".check", false],
  ["pages/apply/index.wxss", ".input", false],
  ["pages/apply/index.wxss", ".submit", false],
  ["pages/apply/index.wxss", ".duplicate-actions button", false],
  ["pages/mine/index.wxss", ".subscribe-button", false],
  ["pages/materials/index.wxss", ".pick button", false],
  ["pages/materials/index.wxss", ".retry", false],
  ["pages/policy/index.wxss", ".retry", false],
  ["components/application-card/index.wxss", ".upload", false],
  ["components/application-card/index.wxss", ".number", false],
  ["components/clause-result/index.wxss", ".toggle", false],
  ["components/privacy-popup/index.wxss", ".actions button", false],
  ["components/privacy-popup/index.wxss", ".link", false],
  ["app.wxss", "button", false],
];

describe("the mini-program on a phone", () => {
  it.each(TARGETS)("%s %s is at least 88rpx (44 px) to tap", (sheet, selector, wide) => {
    const r = rule(read(sheet), selector);
    expect(Math.max(rpx(r["min-height"]), rpx(r["height"])), `${sheet} ${selector}`).toBeGreaterThanOrEqual(
      88,
    );
    if (wide) expect(rpx(r["min-width"]), `${sheet} ${selector} width`).toBeGreaterThanOrEqual(88);
  });

  it("reads sizes below 88rpx as too small (the check can fail)", () => {
    expect(rpx(rule(".a { min-height: 72rpx; }", ".a")["min-height"])).toBeLessThan(88);
    expect(rpx(rule(".a { min-height: 88rpx; }", ".a")["min-height"])).toBe(88);
    expect(rule("@media (x) { .a { min-height: 88rpx; } }", ".a")).toEqual({});
  });

  it.each([
    ["pages/chat/index.wxss", ".composer"],
    ["components/privacy-popup/index.wxss", ".sheet"],
    ["pages/materials/index.wxss", ".container"],
  ])("%s %s, pinned to the bottom, keeps clear of the home indicator", (sheet, selector) => {
    expect(read(sheet)).toMatch(
      new RegExp(
        `${selector.replace(".", "\\.")} \\{[^}]*padding-bottom: calc\\([^)]*env\\(safe-area-inset-bottom\\)\\)`,
      ),
    );
  });

  it("gives every page and component its dark-mode colours", () => {
    const sheets = [
      "app.wxss",
      ...["chat", "form", "apply", "materials"].map((p) => `pages/${p}/index.wxss`),
      ...readdirSync(join(MINIPROGRAM, "components")).map((c) => `components/${c}/index.wxss`),
    ];
    for (const s of sheets) expect(read(s), s).toContain("@media (prefers-color-scheme: dark)");
  });

  it("labels every control for screen readers (aria-label on each tap handler, input, picker and button)", () => {
    const files = [
      ...["chat", "policy", "form", "apply", "mine", "materials"].map((p) => `pages/${p}/index.wxml`),
      ...readdirSync(join(MINIPROGRAM, "components")).map((c) => `components/${c}/index.wxml`),
    ];
    const unlabelled: string[] = [];
    for (const f of files)
      for (const m of read(f).matchAll(/<(\w[\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
        const [, tag, attrs] = m;
        const control =
          /\bbindtap=|\bbindchange=|\bbindinput=/.test(attrs!) ||
          ["button", "input", "picker"].includes(tag!);
        if (control && !/\baria-label=/.test(attrs!)) unlabelled.push(`${f}: <${tag}${attrs!.slice(0, 60)}`);
      }
    expect(unlabelled).toEqual([]);
  });
});
