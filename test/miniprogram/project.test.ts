// The mini-program's project files: every page app.json lists is there with its four files, the
// tab bar holds the four pages people use, every component a page uses exists, and WeChat DevTools
// is told to compile the TypeScript.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "fast-png";
import { configFor, environments } from "../../miniprogram/config.ts";
import { MINIPROGRAM } from "./support/paths.ts";

const json = (rel: string) => JSON.parse(readFileSync(join(MINIPROGRAM, rel), "utf8"));
const app = json("app.json") as {
  pages: string[];
  tabBar: { list: { pagePath: string; text: string; iconPath: string; selectedIconPath: string }[] };
  sitemapLocation: string;
  darkmode: boolean;
  themeLocation: string;
  __usePrivacyCheck__: boolean;
  window: Record<string, string>;
};
const theme = json("theme.json") as Record<"light" | "dark", Record<string, string>>;

describe("the mini-program project", () => {
  it("has every page listed in app.json, each with its .ts, .wxml, .wxss and .json", () => {
    const missing = app.pages.flatMap((p) =>
      [".ts", ".wxml", ".wxss", ".json"]
        .filter((ext) => !existsSync(join(MINIPROGRAM, p + ext)))
        .map((ext) => p + ext),
    );
    expect(missing).toEqual([]);
    expect(app.pages).toContain("pages/apply/index");
  });

  it("opens on the chat, and its tab bar lists the four pages: 对话, 政策, 表单自测, 我的申报", () => {
    expect(app.pages[0]).toBe("pages/chat/index");
    expect(app.tabBar.list.map(({ pagePath, text }) => ({ pagePath, text }))).toEqual([
      { pagePath: "pages/chat/index", text: "对话" },
      { pagePath: "pages/policy/index", text: "政策" },
      { pagePath: "pages/form/index", text: "表单自测" },
      { pagePath: "pages/mine/index", text: "我的申报" },
    ]);
    for (const tab of app.tabBar.list) expect(app.pages).toContain(tab.pagePath);
  });

  it("has every component a page or component uses, each with its four files", () => {
    const owners = [
      ...app.pages,
      "components/message-list/index",
      "components/clause-result/index",
      "components/application-card/index",
      "components/privacy-popup/index",
    ];
    const used = owners.flatMap((o) =>
      Object.values((json(`${o}.json`).usingComponents ?? {}) as Record<string, string>),
    );
    expect(used.length).toBeGreaterThanOrEqual(3);
    const missing = used.flatMap((c) =>
      [".ts", ".wxml", ".wxss", ".json"]
        .filter((ext) => !existsSync(join(MINIPROGRAM, c.replace(/^\//, "") + ext)))
        .map((ext) => c + ext),
    );
    expect(missing).toEqual([]);
    for (const c of used) expect(json(`${c.replace(/^\//, "")}.json`).component).toBe(true);
  });

  it("tells WeChat DevTools where the mini-program is and to compile its TypeScript", () => {
    const project = json("project.config.json");
    expect(project.miniprogramRoot).toBe("./");
    expect(project.compileType).toBe("miniprogram");
    expect(project.setting.useCompilerPlugins).toEqual(["typescript"]);
    expect(existsSync(join(MINIPROGRAM, app.sitemapLocation))).toBe(true);
    expect(existsSync(join(MINIPROGRAM, "app.ts"))).toBe(true);
    expect(existsSync(join(MINIPROGRAM, "app.wxss"))).toBe(true);
    const tsconfig = json("tsconfig.json");
    expect(tsconfig.compilerOptions.strict).toBe(true);
    expect(tsconfig.compilerOptions.types).toEqual(["miniprogram-api-typings"]);
  });

  it("reaches the API at the address of its version: develop the local npm start, trial and release HTTPS", () => {
    expect(configFor("develop").apiBase).toBe("http://127.0.0.1:3000");
    expect(configFor("trial")).toBe(environments.trial);
    expect(configFor("release")).toBe(environments.release);
    expect(configFor(undefined)).toBe(environments.release);
    expect(configFor("something-new")).toBe(environments.release);
    for (const v of ["trial", "release"] as const)
      expect(environments[v].apiBase).toMatch(/^https:\/\/[^/]+$/);
    const readme = readFileSync(join(MINIPROGRAM, "README.md"), "utf8");
    for (const word of ["envVersion", "develop", "trial", "release", "config.ts"])
      expect(readme).toContain(word);
  });

  it("declares the privacy check, dark mode with a theme for both, and tab bar icons it drew itself", () => {
    expect(app.__usePrivacyCheck__).toBe(true);
    expect(app.darkmode).toBe(true);
    expect(app.themeLocation).toBe("theme.json");
    // Every @variable app.json uses is set in both themes.
    const used = [...JSON.stringify(app).matchAll(/"@(\w+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    for (const v of used) {
      expect(theme.light[v], v).toBeTruthy();
      expect(theme.dark[v], v).toBeTruthy();
    }
    const icons = Object.values(theme).flatMap((t) =>
      Object.entries(t).filter(([k]) => k.endsWith("Icon") || k.endsWith("IconSelected")),
    );
    expect(icons).toHaveLength(16);
    for (const [, path] of icons) {
      const png = decode(readFileSync(join(MINIPROGRAM, path)));
      // WeChat: at most 40 KB, 81×81 recommended; drawn on transparency.
      expect([png.width, png.height, png.channels]).toEqual([81, 81, 4]);
      expect(readFileSync(join(MINIPROGRAM, path)).length).toBeLessThan(40 * 1024);
      const alpha = [...png.data].filter((_, i) => i % 4 === 3);
      expect(alpha.some((a) => a === 0) && alpha.some((a) => a === 255)).toBe(true);
    }
  });

  it("handles WeChat's privacy flow with a popup whose agree button WeChat accepts", () => {
    const wxml = readFileSync(join(MINIPROGRAM, "components/privacy-popup/index.wxml"), "utf8");
    expect(wxml).toMatch(
      /<button[^>]*open-type="agreePrivacyAuthorization"[^>]*bindagreeprivacyauthorization="onAgree"/,
    );
    const ts = readFileSync(join(MINIPROGRAM, "utils/privacy.ts"), "utf8");
    expect(ts).toContain("onNeedPrivacyAuthorization");
    expect(ts).toContain("requirePrivacyAuthorize");
    // Every page that collects details, copies or picks files has the popup.
    for (const page of ["chat", "apply", "mine", "materials"])
      expect(json(`pages/${page}/index.json`).usingComponents["privacy-popup"]).toBe(
        "/components/privacy-popup/index",
      );
  });

  it("has a privacy guideline in Chinese naming what is collected, why, who sees it and how long it is kept", () => {
    const text = readFileSync(join(MINIPROGRAM, "PRIVACY.md"), "utf8");
    for (const word of [
      "统一社会信用代码",
      "联系电话",
      "申报材料",
      "剪切板",
      "市商务局",
      "保存期限",
      "openid",
    ])
      expect(text).toContain(word);
  });
});
