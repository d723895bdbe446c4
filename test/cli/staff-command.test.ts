// npm run staff: accounts on the same embedded database as npm start, the password read from
// standard input; clear messages and exit 2 for every refusal; a second process on a DATA_DIR in use
// is told so.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDir } from "../../api/db/data-dir-lock.ts";
import { startApiProcess } from "../support/processes.ts";

const root = new URL("../..", import.meta.url).pathname;
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_config_")),
);
const dataDir = mkdtempSync(join(tmpdir(), "zibo-staff-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function staff(args: string[], stdin = ""): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/staff.ts", ...args], {
      cwd: root,
      env: { ...env, DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

describe("npm run staff", () => {
  it("adds, lists and disables accounts, reading the password from standard input and never printing it", async () => {
    const add = await staff(
      ["add", "zhangsan", "--name", "张三", "--role", "approver", "--password-stdin"],
      "a long secret pass\n",
    );
    expect(add.code).toBe(0);
    expect(add.out).toContain("已添加账号 zhangsan（张三");
    expect(add.out + add.err).not.toContain("a long secret pass");
    const list = await staff(["list"]);
    expect(list.out).toMatch(/zhangsan\t张三\tapprover\t正常/);
    const off = await staff(["disable", "zhangsan"]);
    expect(off.code).toBe(0);
    expect((await staff(["list"])).out).toMatch(/zhangsan\t张三\tapprover\t已停用/);
  }, 60_000);

  it("refuses a taken name, a short password, an unknown role and a missing --password-stdin, with exit 2", async () => {
    await staff(
      ["add", "lisi", "--name", "李四", "--role", "reviewer", "--password-stdin"],
      "another long pass\n",
    );
    const cases = [
      [
        ["add", "lisi", "--name", "李四", "--role", "reviewer", "--password-stdin"],
        "another long pass\n",
        "已存在",
      ],
      [
        ["add", "wangwu", "--name", "王五", "--role", "reviewer", "--password-stdin"],
        "short\n",
        "至少 10 位",
      ],
      [
        ["add", "wangwu", "--name", "王五", "--role", "boss", "--password-stdin"],
        "another long pass\n",
        "角色",
      ],
      [["add", "wangwu", "--name", "王五", "--role", "reviewer"], "", "--password-stdin"],
      [["disable", "nobody"], "", "没有用户名为 nobody"],
    ] as const;
    for (const [args, stdin, said] of cases) {
      const r = await staff([...args], stdin);
      expect(r.code).toBe(2);
      expect(r.err).toContain(said);
    }
  }, 90_000);

  it("says plainly that npm start holds the embedded database, instead of waiting or failing obscurely", async () => {
    const lock = lockDataDir(dataDir);
    try {
      const r = await staff(["list"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("正被另一个进程使用");
    } finally {
      lock.release();
    }
  }, 60_000);

  it("adds an account through a running npm start on the same embedded database, which then signs it in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zibo-staff-live-"));
    const api = await startApiProcess({ DATA_DIR: dir, DATABASE_URL: "" });
    try {
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/staff.ts",
          "add",
          "live-admin",
          "--name",
          "值班管理员",
          "--role",
          "admin",
          "--password-stdin",
        ],
        {
          cwd: root,
          env: { ...env, DATA_DIR: dir, DATABASE_URL: "" },
        },
      );
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.stdin.end("a long live password\n");
      const code = await new Promise((r) => child.on("exit", r));
      expect(code).toBe(0);
      expect(out).toContain("由正在运行的 npm start 完成");
      const r = await fetch(`${api.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "live-admin", password: "a long live password" }),
      });
      expect(r.status).toBe(200);
    } finally {
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
