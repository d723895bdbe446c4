// `npm start` as a process: starts on an empty DATA_DIR, keeps what it acknowledged across a
// restart, stops cleanly on SIGTERM, and refuses bad configuration with a clear message.

import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { application, STAFF } from "../support/api.ts";
import { postApplication, startApiProcess, TOKENS } from "../support/processes.ts";
import { createTestDatabase } from "../support/databases.ts";

const root = new URL("../..", import.meta.url).pathname;
const start = (env: Record<string, string>) => startApiProcess(env);
const tokens = TOKENS;
const post = async (url: string, body: unknown, key: string) => {
  const r = await postApplication(url, body, key);
  return { status: r.status, body: r.body! };
};

describe("npm start", () => {
  it("keeps acknowledged applications across a SIGTERM and restart on the same DATA_DIR", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "zb-data-"));
    const first = await start({ ...tokens, DATA_DIR: dataDir });
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    const body = application();
    const a = await post(first.url, body, "restart-1");
    expect(a.status).toBe(201);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("API stopped");

    const second = await start({ ...tokens, DATA_DIR: dataDir });
    const detail = await fetch(`${second.url}/api/applications/${a.body.id}`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    expect(detail.status).toBe(200);
    // The key is remembered: a retry after the restart replays, and numbering continues.
    const retry = await post(second.url, body, "restart-1");
    expect(retry.body.number).toBe(a.body.number);
    const b = await post(second.url, application(), "restart-2");
    expect(Number(b.body.number.slice(-6))).toBe(Number(a.body.number.slice(-6)) + 1);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 90_000);

  it("keeps acknowledged applications across a restart on PostgreSQL (DATABASE_URL)", async () => {
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    try {
      const first = await start({ ...tokens, DATABASE_URL: tdb.url! });
      const body = application();
      const a = await post(first.url, body, "pg-restart-1");
      expect(a.status).toBe(201);
      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
      const second = await start({ ...tokens, DATABASE_URL: tdb.url! });
      expect((await post(second.url, body, "pg-restart-1")).body.number).toBe(a.body.number);
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    } finally {
      await tdb.dispose();
    }
  }, 90_000);

  it("finishes a request in flight when SIGTERM arrives, then exits", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "zb-data-"));
    const p = await start({ ...tokens, DATA_DIR: dataDir });
    const inFlight = Promise.all(
      Array.from({ length: 10 }, (_, i) => post(p.url, application(), `inflight-${i}`)),
    );
    await new Promise((r) => setTimeout(r, 5));
    p.child.kill("SIGTERM");
    const results = await inFlight.catch(() => null);
    expect(await p.exited).toBe(0);
    // Whatever was acknowledged must be there after a restart.
    const again = await start({ ...tokens, DATA_DIR: dataDir });
    for (const r of results ?? []) {
      if (r.status !== 201) continue;
      const res = await fetch(`${again.url}/api/applications/${r.body.id}`, {
        headers: { authorization: `Bearer ${STAFF}` },
      });
      expect(res.status).toBe(200);
    }
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
  }, 90_000);

  it("refuses bad configuration with a clear message and exit status 2", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "mysql://x" },
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("PORT");
    expect(r.stderr).toContain("DATABASE_URL");
  });
});
