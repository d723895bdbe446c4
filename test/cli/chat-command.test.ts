import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BOT, useTestApi } from "../support/api.ts";
import { SHOP_SUBMISSION } from "../support/conversations.ts";

const root = new URL("../..", import.meta.url).pathname;
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_config_")),
);

function chat(
  lines: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "chat"], {
      cwd: root,
      env: { ...env, API_URL: "", BOT_TOKEN: "", ...extraEnv },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
    child.stdin.end(lines.join("\n") + "\n");
  });
}

const APPLY = SHOP_SUBMISSION;

describe("npm run chat with piped input", () => {
  const ctx = useTestApi();

  it("answers each line and exits at the end of input", async () => {
    const r = await chat(["你好", "自测", "行政村", "1200万", "25家"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("> 1200万");
    expect(r.out).toContain("收到：1200 万元");
    expect(r.out).toContain("最高 30 万元");
  }, 30_000);

  it("says plainly that nothing is submitted when no API is configured", async () => {
    const r = await chat(APPLY);
    expect(r.code).toBe(0);
    expect(r.out).toContain("没有连接市商务局的申报系统");
  }, 30_000);

  it("submits to the API when API_URL and BOT_TOKEN are set", async () => {
    const r = await chat([...APPLY, "查询进度"], { API_URL: ctx.api.url, BOT_TOKEN: BOT });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/申报已提交，编号 ZB-\d{4}-\d{6}/);
    expect(r.out).toMatch(/您的申报：\nZB-/);
    expect(await ctx.tdb.db.prisma.application.count()).toBe(1);
  }, 30_000);
});
