// npm run staff for a day's work (contract §9): two-letter usernames, district accounts, enable,
// unlock, reset-password (from standard input) and set-role — on the embedded database and through a
// running npm start; every refusal is said in Chinese with exit 2.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../support/processes.ts";

const root = new URL("../..", import.meta.url).pathname;
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_config_")),
);
const dataDir = mkdtempSync(join(tmpdir(), "zibo-staff-day-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function staff(
  args: string[],
  stdin = "",
  dir = dataDir,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/staff.ts", ...args], {
      cwd: root,
      env: { ...env, DATA_DIR: dir, DATABASE_URL: "" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

describe("npm run staff for a day's work", () => {
  it("adds a two-letter district account, changes its role and password, disables and re-enables it", async () => {
    const add = await staff(
      ["add", "li", "--name", "李", "--role", "reviewer", "--district", "张店区", "--password-stdin"],
      "a long secret pass\n",
    );
    expect(add.code).toBe(0);
    expect(add.out).toContain("已添加账号 li（李）");
    expect(add.out).toContain("区县账号（张店区）");
    expect((await staff(["list"])).out).toMatch(/^li\t李\treviewer\t正常\t张店区\t/m);

    const role = await staff(["set-role", "li", "approver"]);
    expect(role.code).toBe(0);
    expect(role.out).toContain("审批");
    const pw = await staff(["reset-password", "li", "--password-stdin"], "another long pass\n");
    expect(pw.code).toBe(0);
    expect(pw.out).toContain("已重设账号 li（李）的密码");
    expect(pw.out + pw.err).not.toContain("another long pass");
    expect((await staff(["disable", "li"])).code).toBe(0);
    expect((await staff(["list"])).out).toMatch(/^li\t李\tapprover\t已停用/m);
    const on = await staff(["enable", "li"]);
    expect(on.code).toBe(0);
    expect(on.out).toContain("已重新启用账号 li（李）");
    expect((await staff(["unlock", "li"])).out).toContain("已解除账号 li（李）的锁定");
  }, 120_000);

  it("refuses a district outside Zibo, a missing role or --password-stdin, and demoting the last admin, with exit 2", async () => {
    await staff(
      ["add", "boss", "--name", "局长", "--role", "admin", "--password-stdin"],
      "the admin password\n",
    );
    const cases = [
      [
        ["add", "wu", "--name", "吴", "--role", "reviewer", "--district", "历下区", "--password-stdin"],
        "a long pass 123\n",
        "历下区",
      ],
      [["set-role", "boss"], "", "set-role 需要新角色"],
      [["set-role", "boss", "boss"], "", "角色「boss」不对"],
      [["reset-password", "boss"], "", "--password-stdin"],
      [["reset-password", "boss", "--password-stdin"], "short\n", "至少 10 位"],
      [["set-role", "boss", "reviewer"], "", "最后一个可用的管理员"],
      [["disable", "boss"], "", "最后一个可用的管理员"],
      [["unlock", "nobody"], "", "没有用户名为 nobody"],
      [
        ["add", "w", "--name", "吴", "--role", "reviewer", "--password-stdin"],
        "a long pass 123\n",
        "2–32 位",
      ],
    ] as const;
    for (const [args, stdin, said] of cases) {
      const r = await staff([...args], stdin);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain(said);
    }
  }, 180_000);

  it("unlocks a locked account through a running npm start, which then lets it sign in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zibo-staff-unlock-"));
    const api = await startApiProcess({ DATA_DIR: dir, DATABASE_URL: "" });
    try {
      const add = await staff(
        ["add", "xu", "--name", "徐", "--role", "reviewer", "--password-stdin"],
        "xu's long password\n",
        dir,
      );
      expect(add.code).toBe(0);
      const signIn = (password: string) =>
        fetch(`${api.url}/api/session`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "xu", password }),
        });
      for (let i = 0; i < 5; i++) expect((await signIn("wrong password")).status).toBe(401);
      expect((await signIn("xu's long password")).status).toBe(429);
      expect((await staff(["list"], "", dir)).out).toMatch(/^xu\t徐\treviewer\t已锁定（至 /m);
      const unlock = await staff(["unlock", "xu"], "", dir);
      expect(unlock.code).toBe(0);
      expect(unlock.out).toContain("由正在运行的 npm start 完成");
      expect((await signIn("xu's long password")).status).toBe(200);
    } finally {
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
