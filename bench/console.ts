// The console with 10,000 applications (issue 10): the list API's median time for the queue's first
// page, against /healthz on the same process (the floor of one request); and, where Debian's
// Chromium is installed, the time from opening /console (signed in) to the first page of the queue
// drawn, against the sign-in page drawn with no data.

import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { seedApplications } from "./seed.ts";

export interface ConsoleBenchDeps {
  startApi: (env: Record<string, string>) => Promise<{ url: string; stop: () => Promise<void> }>;
  freshSchemaUrl: () => Promise<{ url: string; drop: () => Promise<void> }>;
  application: () => object;
  rows: number;
  requests: number;
}

const CHROMIUM = "/usr/bin/chromium";
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function benchConsole(d: ConsoleBenchDeps) {
  const db = await d.freshSchemaUrl();
  const token = "bench-staff-token";
  const api = await d.startApi({ DATABASE_URL: db.url, STAFF_TOKEN: token, BOT_TOKEN: "bench-bot" });
  try {
    await seedApplications(api.url, db.url, d.application(), d.rows);

    const auth = { authorization: `Bearer ${token}` };
    const list = () =>
      fetch(`${api.url}/api/applications?status=submitted&limit=20`, { headers: auth }).then((r) => r.json());
    const health = () => fetch(`${api.url}/healthz`).then((r) => r.json());
    for (let i = 0; i < 20; i++) await Promise.all([list(), health()]);
    const listMs: number[] = [];
    const healthMs: number[] = [];
    for (let i = 0; i < d.requests; i++) {
      listMs.push(await timed(list));
      healthMs.push(await timed(health));
    }

    let page: { queueMs: number; signInMs: number } | null = null;
    if (existsSync(CHROMIUM)) {
      await fetch(`${api.url}/api/staff`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({
          username: "bench",
          name: "基准",
          role: "approver",
          password: "bench password 1",
        }),
      });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--disable-gpu"],
      });
      try {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const p = await context.newPage();
        const signInMs: number[] = [];
        for (let i = 0; i < 5; i++) {
          await context.clearCookies();
          signInMs.push(
            await timed(async () => {
              await p.goto(`${api.url}/console`);
              await p.getByLabel("用户名").waitFor();
            }),
          );
        }
        await p.getByLabel("用户名").fill("bench");
        await p.getByLabel("密码").fill("bench password 1");
        await p.getByRole("button", { name: "登录" }).click();
        await p.locator("tbody tr").nth(19).waitFor();
        const queueMs: number[] = [];
        for (let i = 0; i < 5; i++)
          queueMs.push(
            await timed(async () => {
              await p.goto(`${api.url}/console`);
              await p.locator("tbody tr").nth(19).waitFor();
            }),
          );
        page = { queueMs: median(queueMs), signInMs: median(signInMs) };
      } finally {
        await browser.close();
      }
    }
    return { listMs: median(listMs), healthMs: median(healthMs), page };
  } finally {
    await api.stop();
    await db.drop();
  }
}
