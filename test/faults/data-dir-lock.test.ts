// One process at a time on an embedded data directory: a second `npm start` on the same DATA_DIR is
// refused with a clear message and exit 2 while the first serves, and a start after kill -9 works.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, lockDataDir } from "../../api/db/data-dir-lock.ts";
import { application, STAFF } from "../support/api.ts";
import { freePort, postApplication, START_ARGS, startApiProcess, TOKENS } from "../support/processes.ts";

const root = new URL("../..", import.meta.url).pathname;

/** Runs `npm start`'s command to its end; its exit code and what it printed. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return freePort().then(
    (port) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, START_ARGS, {
          cwd: root,
          env: { ...process.env, ...TOKENS, PORT: String(port), HOST: "127.0.0.1", ...env },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        child.on("exit", (code) => {
          clearTimeout(timer);
          resolve({ code, out });
        });
      }),
  );
}

describe("fault: two processes on one embedded data directory", () => {
  it("refuses the second with a clear message and exit 2, loses nothing, and starts again after kill -9", async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), "zb-lock-")), LOG_LEVEL: "error" };
    let first = await startApiProcess(env);
    try {
      const filed = await postApplication(first.url, application(), "lock-1");
      expect(filed.status).toBe(201);
      const second = await runToExit(env);
      expect(second.code).toBe(2);
      expect(second.out).toContain("正被另一个进程使用");
      expect(second.out).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
      // The first still serves, with what it had.
      const r = await fetch(`${first.url}/api/applications/${filed.body!.id}`, {
        headers: { authorization: `Bearer ${STAFF}` },
      });
      expect(r.status).toBe(200);
      await first.kill();
      expect(existsSync(join(env.DATA_DIR, LOCK_FILE))).toBe(true); // left behind by the killed owner
      first = await startApiProcess(env);
      const again = await fetch(`${first.url}/api/applications/${filed.body!.id}`, {
        headers: { authorization: `Bearer ${STAFF}` },
      });
      expect(again.status).toBe(200);
    } finally {
      await first.stop();
    }
    expect(existsSync(join(env.DATA_DIR, LOCK_FILE))).toBe(false); // a clean stop lets it go
  }, 90_000);

  it("refuses a second holder, in this process too, until the first lets go", () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-lock-unit-"));
    const a = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/正被另一个进程使用/);
    a.release();
    const b = lockDataDir(dir);
    b.release();
  });
});
