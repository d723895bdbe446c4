import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

// As a person's shell would run it: without the npm_config_* settings of an enclosing `npm test`.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_config_")),
);

function run(args: string[], input?: string) {
  const r = spawnSync("npm", ["run", "assess", "--", ...args], { cwd: root, input, env, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run assess", () => {
  const dir = mkdtempSync(join(tmpdir(), "assess-"));

  it("prints the assessment of a facts file as JSON, and nothing else on standard output", () => {
    const file = join(dir, "facts.json");
    writeFileSync(
      file,
      JSON.stringify({
        subjectType: "enterprise",
        physicalGoodsRetailYuan: 80_000_000,
        assessedOn: "2025-06-01",
      }),
    );
    const r = run([file]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.results).toHaveLength(13);
    expect(a.results[2]).toMatchObject({
      clause: "leading-enterprise",
      status: "eligible",
      estimatedAmountYuan: 40_000,
    });
  });

  it("reads facts from standard input when no file is given", () => {
    const r = run(
      [],
      JSON.stringify({
        subjectType: "village",
        onlineRetailYuan: 10_000_000,
        activeShops: 20,
        assessedOn: "2025-06-01",
      }),
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results[0].status).toBe("eligible");
  });

  it("refuses invalid facts with a clear message on standard error and exit status 2", () => {
    const r = run([], JSON.stringify({ subjectType: "enterprise", turnover: 5 }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("不认识的字段：turnover");
  });

  it("refuses text that is not JSON, and a file that does not exist, with exit status 2", () => {
    expect(run([], "{ subjectType: enterprise").status).toBe(2);
    const missing = run([join(dir, "nope.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("无法读取文件");
  });
});
