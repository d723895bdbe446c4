// The API as a real process on loopback (`node scripts/start.mjs`, as `npm start` runs it), for process-level
// tests: start it, find its URL in its log, stop it with SIGTERM or kill it with SIGKILL.

import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { BOT, STAFF } from "./api.ts";

const root = new URL("../..", import.meta.url).pathname;

/** Node's arguments for the API exactly as `npm start` runs it (package.json's start script). */
export const START_ARGS: string[] = (
  JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((w) => w !== "exec")
  .slice(1);

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

export const TOKENS = { BOT_TOKEN: BOT, STAFF_TOKEN: STAFF };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export async function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
  fixedPort?: number,
): Promise<ApiProcess> {
  const port = fixedPort ?? (await freePort());
  const child = spawn(process.execPath, START_ARGS, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...TOKENS, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  // Ready when /healthz answers, whatever the log level.
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${out}`);
    if (Date.now() > until) {
      child.kill("SIGKILL");
      throw new Error(`no start within ${timeoutMs} ms:\n${out}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    child,
    url,
    output: () => out,
    exited,
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/** POST /api/applications with the bot's token; never throws on a dropped connection. */
export async function postApplication(url: string, body: unknown, key: string, token = BOT) {
  try {
    const res = await fetch(`${url}/api/applications`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "idempotency-key": key,
        "content-type": "application/json",
      },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json().catch(() => null)) as { id: string; number: string } | null,
    };
  } catch {
    return { status: 0, body: null };
  }
}
