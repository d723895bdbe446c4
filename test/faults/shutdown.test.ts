// Stopping the server as a service manager does (systemd, Docker: SIGTERM, then SIGKILL if it must):
// `npm start` and its node process stop within seconds, drain, close the database and free the port and
// DATA_DIR — even with a 企业微信 webhook that never answers — and a webhook card caught mid-post by
// kill -9 is never posted twice.

import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IN_DOUBT } from "../../api/notifications/webhook-deliverer.ts";
import { application } from "../support/api.ts";
import { createTestDatabase } from "../support/databases.ts";
import { freePort, postApplication, startApiProcess, TOKENS } from "../support/processes.ts";

const root = new URL("../..", import.meta.url).pathname;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A webhook that takes every post and never answers; counts posts per event id. */
async function blackHole() {
  const seen = new Map<string, number>();
  const held: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const id = (JSON.parse(raw) as { eventId: string }).eventId;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      held.push(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        for (const res of held) res.destroy();
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(cond: () => boolean | Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await sleep(50);
  }
  return cond();
}

/** `npm start` itself, as a person or a service manager runs it; resolves once /healthz answers. */
async function npmStart(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, ...TOKENS, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const up = await waitFor(
    () =>
      fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
    60_000,
  );
  if (!up) throw new Error(`npm start did not come up:\n${out}`);
  // The node process serving the port: npm's child (npm start runs it with exec).
  const pids = await new Promise<string>((resolve) => {
    const ps = spawn("ps", ["-o", "pid=,ppid=,args=", "-A"]);
    let s = "";
    ps.stdout.on("data", (d) => (s += d));
    ps.on("close", () => resolve(s));
  });
  const server = pids
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .find(([, ppid, ...args]) => Number(ppid) === child.pid && args.join(" ").includes("scripts/start.mjs"));
  if (!server) throw new Error(`no node process under npm:\n${pids}`);
  return { child, url, port, nodePid: Number(server[0]), output: () => out };
}

describe("npm start on PGlite, stopped by its process id", () => {
  it("SIGTERM to npm stops the node process too, and the same DATA_DIR starts again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "zb-sigterm-"));
    const first = await npmStart({ DATA_DIR: dataDir });
    expect((await postApplication(first.url, application(), "before-stop")).status).toBe(201);
    first.child.kill("SIGTERM");
    expect(await waitFor(() => !alive(first.nodePid), 10_000), first.output()).toBe(true);
    expect(first.output()).toContain("API stopped");
    const second = await npmStart({ DATA_DIR: dataDir });
    second.child.kill("SIGTERM");
    expect(await waitFor(() => !alive(second.nodePid), 10_000)).toBe(true);
  }, 120_000);

  it("SIGKILL to npm (no chance to pass anything on) still ends the node process within seconds", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "zb-orphan-"));
    const s = await npmStart({ DATA_DIR: dataDir });
    s.child.kill("SIGKILL");
    expect(await waitFor(() => !alive(s.nodePid), 10_000), s.output()).toBe(true);
  }, 90_000);
});

describe("the node process on PostgreSQL with a webhook that never answers", () => {
  it("stops on SIGTERM within seconds, exit status 0, the post in flight set aside as in doubt", async () => {
    const hook = await blackHole();
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const api = await startApiProcess({
      DATABASE_URL: tdb.url!,
      NOTIFY_WEBHOOK_URL: hook.url,
      LOG_LEVEL: "warn",
    });
    try {
      expect((await postApplication(api.url, application(), "hang-1")).status).toBe(201);
      expect(await waitFor(() => hook.seen.size === 1, 15_000)).toBe(true);
      const asked = Date.now();
      api.child.kill("SIGTERM");
      const code = await Promise.race([api.exited, sleep(10_000).then(() => "still running")]);
      expect(code).toBe(0);
      expect(Date.now() - asked).toBeLessThan(10_000);
      const db = await tdb.reopen();
      const [row] = await db.prisma.notification.findMany({ where: { channel: "webhook" } });
      expect(row).toMatchObject({ status: "dead", lastError: IN_DOUBT, sendingAt: null });
      await db.close();
    } finally {
      if (api.child.exitCode === null) await api.kill();
      await hook.close();
      await tdb.dispose();
    }
  }, 90_000);
});

describe("a webhook card caught mid-post by kill -9", () => {
  it("is never posted again by the restarted server (a group robot does not drop repeats)", async () => {
    const hook = await blackHole();
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const env = {
      DATABASE_URL: tdb.url!,
      NOTIFY_WEBHOOK_URL: hook.url,
      NOTIFY_RETRY_BASE_MS: "100",
      LOG_LEVEL: "warn",
    };
    const first = await startApiProcess(env);
    const second = { api: null as Awaited<ReturnType<typeof startApiProcess>> | null };
    try {
      expect((await postApplication(first.url, application(), "kill-1")).status).toBe(201);
      expect(await waitFor(() => hook.seen.size === 1, 15_000)).toBe(true);
      await first.kill();
      second.api = await startApiProcess(env);
      // The dead sender's lease (10 s) lapses; the new server finds the row marked mid-post.
      const db = await tdb.reopen();
      const settled = await waitFor(
        async () =>
          (await db.prisma.notification.findFirst({ where: { channel: "webhook" } }))?.status === "dead",
        25_000,
      );
      expect(settled).toBe(true);
      await sleep(1_500);
      expect([...hook.seen.values()]).toEqual([1]);
      const row = await db.prisma.notification.findFirst({ where: { channel: "webhook" } });
      expect(row?.lastError).toBe(IN_DOUBT);
      await db.close();
    } finally {
      await second.api?.stop();
      await hook.close();
      await tdb.dispose();
    }
  }, 90_000);
});
