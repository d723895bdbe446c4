// The console is served by the API itself (no CDN, no build step): every page path gives the page,
// under a Content-Security-Policy of its own scripts only; its labels come from the rules; and the
// fields and buttons the contract names (§9) are there, labelled.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../support/api.ts";

describe("the console's files", () => {
  const ctx = useTestApi();

  it.each(["/console", "/console/applications/x", "/console/audit", "/console/accounts", "/console/budget"])(
    "serves the page at %s with a policy of its own scripts only",
    async (path) => {
      const r = await ctx.api.call("GET", path);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain("text/html");
      expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(r.body).toContain('<script type="module" src="/console/app.js">');
      expect(r.body).not.toMatch(/https?:\/\//);
    },
  );

  it("serves Chart.js from the installed package, not a CDN", async () => {
    const r = await ctx.api.call("GET", "/console/vendor/chart.umd.min.js");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("javascript");
    expect(String(r.body)).toContain("Chart.js");
  });

  it("names the fields and buttons of contract §9 in the page's script", async () => {
    const js = (await ctx.api.call("GET", "/console/app.js")).body as string;
    for (const label of ["用户名", "密码", "登录", "核定金额（元）", "说明", "通过", "驳回", "补材料"])
      expect(js).toContain(`"${label}"`);
    // Applicant text is set as text, never as markup.
    expect(js).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  it("makes its labels from the rules, as a module that loads", async () => {
    const text = (await ctx.api.call("GET", "/console/labels.js")).body as string;
    const dir = mkdtempSync(join(tmpdir(), "labels-"));
    try {
      const file = join(dir, "labels.mjs");
      writeFileSync(file, text);
      const L = (await import(pathToFileURL(file).href)).default;
      expect(L.facts.physicalGoodsRetailYuan).toBe("当年实物商品网络零售额");
      expect(L.statuses.needs_more_info).toBe("待补材料");
      expect(L.clauseNames["leading-enterprise"]).toContain("第二条");
      expect(L.format("physicalGoodsRetailYuan", 80_000_000)).toBe("8,000 万元");
      expect(L.format("counted", true)).toBe("是");
      expect(L.format("subjectType", "village")).toBe("行政村");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
