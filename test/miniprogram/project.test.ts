// The mini-program's project files: every page app.json lists is there with its four files, the
// tab bar holds the four pages people use, every component a page uses exists, and WeChat DevTools
// is told to compile the TypeScript.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "../../miniprogram/config.ts";
import { MINIPROGRAM } from "./support/paths.ts";

const json = (rel: string) => JSON.parse(readFileSync(join(MINIPROGRAM, rel), "utf8"));
const app = json("app.json") as {
  pages: string[];
  tabBar: { list: { pagePath: string; text: string }[] };
  sitemapLocation: string;
};

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
    expect(app.tabBar.list).toEqual([
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

  it("reaches the API at a configurable address, by default the local one of npm start", () => {
    expect(config.apiBase).toBe("http://127.0.0.1:3000");
    expect(readFileSync(join(MINIPROGRAM, "README.md"), "utf8")).toContain("apiBase");
  });
});
