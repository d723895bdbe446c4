// The console is served by the API itself (built by Vite at npm ci, nothing from a CDN): every path
// under /console gives the app's page (its history-mode routes survive a reload), under a
// Content-Security-Policy of its own scripts only; its hashed assets are cached for good; its labels
// come from the rules; and the fields and buttons the contract names (§9) are in its scripts.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../support/api.ts";
// @ts-expect-error: a plain-JavaScript build script, without type declarations
import { ensureConsoleBuilt } from "../../scripts/build-console.mjs";

const SOURCES = new URL("../../web/console/src/", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("the console's files", () => {
  const ctx = useTestApi();
  let built: string;
  beforeAll(async () => {
    built = await (ensureConsoleBuilt as () => Promise<string>)();
  }, 120_000);

  it.each([
    "/console",
    "/console/",
    "/console/applications/x",
    "/console/audit?actor=li&page=2",
    "/console/accounts",
    "/console/budget",
    "/console/matching",
    "/console/matching/x/calls",
    "/console/no/such/page",
  ])("serves the app's page at %s with a policy of its own scripts only", async (path) => {
    const r = await ctx.api.call("GET", path);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/html");
    expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(r.body).toMatch(/<script type="module" crossorigin src="\/console\/assets\/index-[\w-]+\.js">/);
    expect(r.body).not.toMatch(/https?:\/\//);
  });

  it("serves every built asset with its type and a cache for good, and no file outside them", async () => {
    const names = readdirSync(join(built, "assets"));
    const js = names.find((n) => n.endsWith(".js"))!;
    const css = names.find((n) => n.endsWith(".css"))!;
    const a = await ctx.api.call("GET", `/console/assets/${js}`);
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toContain("javascript");
    expect(a.headers.get("cache-control")).toContain("immutable");
    expect((await ctx.api.call("GET", `/console/assets/${css}`)).headers.get("content-type")).toContain(
      "text/css",
    );
    expect((await ctx.api.call("GET", "/console/assets/nothing-here.js")).status).toBe(404);
    expect((await ctx.api.call("GET", "/console/assets/..%2F..%2Fpackage.json")).status).toBe(404);
  });

  it("names the fields and buttons of contract §9 in the app's scripts", () => {
    const js = readdirSync(join(built, "assets"))
      .filter((n) => n.endsWith(".js"))
      .map((n) => readFileSync(join(built, "assets", n), "utf8"))
      .join("\n");
    for (const label of ["用户名", "密码", "登录", "核定金额（元）", "说明", "通过", "驳回", "补材料"])
      expect(js).toContain(label);
  });

  it("never sets text as markup in its own sources (applicants' words stay words)", () => {
    for (const file of sourceFiles(SOURCES))
      expect(readFileSync(file, "utf8"), file).not.toMatch(
        /v-html|innerHTML|insertAdjacentHTML|document\.write/,
      );
  });

  it("calls only paths the OpenAPI document declares, with those methods", async () => {
    const { paths } = (await ctx.api.call("GET", "/openapi.json")).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const calls: string[] = [];
    for (const file of sourceFiles(SOURCES)) {
      const text = readFileSync(file, "utf8");
      // api.GET("/api/…"), api.POST(`/api/…/${verb}`); href("/api/…") and upload paths are GETs and POSTs.
      for (const m of text.matchAll(/api\.(GET|POST)\(\s*["`](\/[^"`]+)["`]/g)) calls.push(`${m[1]} ${m[2]}`);
      for (const m of text.matchAll(/href\(\s*["'](\/api\/[^"']+)["']/g)) calls.push(`GET ${m[1]}`);
      for (const m of text.matchAll(/path: "(\/api\/[^"]+)"/g)) calls.push(`POST ${m[1]}`);
    }
    expect(calls.length).toBeGreaterThan(15);
    const verbs = ["enable", "disable", "unlock"]; // the account acts, called as `/api/staff/{username}/${verb}`
    const missing = calls
      .flatMap((c) => (c.includes("${verb}") ? verbs.map((v) => c.replace("${verb}", v)) : [c]))
      .filter((c) => {
        const [method, path] = c.split(" ") as [string, string];
        return !paths[path]?.[method.toLowerCase()];
      });
    expect(missing).toEqual([]);
  });

  it("makes its labels from the rules", async () => {
    const r = await ctx.api.call("GET", "/console/labels.json");
    expect(r.status).toBe(200);
    const L = r.body;
    expect(L.facts.physicalGoodsRetailYuan).toBe("当年实物商品网络零售额");
    expect(L.factTypes.physicalGoodsRetailYuan).toBe("yuan");
    expect(L.statuses.needs_more_info).toBe("待补材料");
    expect(L.clauseNames["leading-enterprise"]).toContain("第二条");
    expect(L.words.subjectType.village).toBe("行政村");
    expect(L.actions.account_disabled).toBe("停用账号");
  });
});
