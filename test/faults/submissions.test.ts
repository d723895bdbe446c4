// Faults at the process level, on loopback, bounded in count and time: concurrent retries, kill -9
// mid-load, two API processes on one PostgreSQL.

import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../api/db/database.ts";
import { application } from "../support/api.ts";
import { createTestDatabase } from "../support/databases.ts";
import { postApplication, startApiProcess } from "../support/processes.ts";

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]!();
      }
    }),
  );
  return out;
}

describe("fault: 1,000 concurrent submissions, 10% reusing another request's key", () => {
  it("stores exactly one application per key, and every request with a key gets that key's answer", async () => {
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const api = await startApiProcess({ DATABASE_URL: tdb.url!, LOG_LEVEL: "warn" });
    try {
      const keys = Array.from({ length: 900 }, () => randomUUID());
      const plan = [...keys, ...keys.slice(0, 100)].sort(() => Math.random() - 0.5);
      // One enterprise per key: a repeated key is the same request again, byte for byte.
      const bodies = new Map(keys.map((key) => [key, application()]));
      const results = await pool(
        plan.map((key) => async () => ({ key, ...(await postApplication(api.url, bodies.get(key)!, key)) })),
        100,
      );
      expect(results.every((r) => r.status === 201)).toBe(true);
      const byKey = new Map<string, Set<string>>();
      for (const r of results) byKey.set(r.key, (byKey.get(r.key) ?? new Set()).add(r.body!.number));
      expect([...byKey.values()].every((numbers) => numbers.size === 1)).toBe(true);
      const db = await openDatabase({ databaseUrl: tdb.url!, dataDir: "unused" });
      expect(await db.prisma.application.count()).toBe(900);
      const numbers = await db.prisma.application.findMany({ select: { number: true } });
      expect(new Set(numbers.map((n) => n.number)).size).toBe(900);
      await db.close();
    } finally {
      await api.stop();
      await tdb.dispose();
    }
  }, 120_000);
});

async function killMidLoad(env: Record<string, string>, reopen: () => ReturnType<typeof openDatabase>) {
  const first = await startApiProcess({ ...env, LOG_LEVEL: "warn" });
  const acknowledged: { key: string; id: string; number: string }[] = [];
  let stop = false;
  const load = pool(
    Array.from({ length: 400 }, (_, i) => async () => {
      if (stop) return;
      const key = `kill-${i}`;
      const r = await postApplication(first.url, application(), key);
      if (r.status === 201) acknowledged.push({ key, id: r.body!.id, number: r.body!.number });
    }),
    20,
  );
  // Let some submissions through, then kill the process without warning.
  while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
  await first.kill();
  stop = true;
  await load;

  const second = await startApiProcess({ ...env, LOG_LEVEL: "warn" });
  await second.stop();
  const db = await reopen();
  try {
    const apps = await db.prisma.application.findMany({
      include: { clauses: true, auditEntries: true, notifications: true },
    });
    const ids = new Set(apps.map((a) => a.id));
    for (const a of acknowledged) expect(ids.has(a.id), `acknowledged ${a.number} is present`).toBe(true);
    // None half-written: every application has its clauses, audit entry, notification and key.
    for (const a of apps) {
      expect(a.clauses.length).toBeGreaterThan(0);
      expect(a.auditEntries.length).toBe(1);
      expect(a.notifications.length).toBeGreaterThan(0);
    }
    const keys = await db.prisma.idempotencyKey.findMany();
    expect(keys.length).toBe(apps.length);
    // No enterprise left behind without the application it came with.
    expect(await db.prisma.applicant.count({ where: { applications: { none: {} } } })).toBe(0);
    expect(new Set(apps.map((a) => a.number)).size).toBe(apps.length);
    return { acknowledged: acknowledged.length, stored: apps.length };
  } finally {
    await db.close();
  }
}

describe("fault: kill -9 of the API during a submission load, then a restart", () => {
  it("on PostgreSQL: every acknowledged application is there, none half-written, no applicant without one, numbers unique", async () => {
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    try {
      const r = await killMidLoad({ DATABASE_URL: tdb.url! }, () =>
        openDatabase({ databaseUrl: tdb.url!, dataDir: "unused" }),
      );
      expect(r.stored).toBeGreaterThanOrEqual(r.acknowledged);
    } finally {
      await tdb.dispose();
    }
  }, 120_000);

  it("on embedded PGlite: the same holds after the process is killed (the machine stays up)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "zb-kill-"));
    const r = await killMidLoad({ DATA_DIR: dataDir }, () => openDatabase({ dataDir }));
    expect(r.stored).toBeGreaterThanOrEqual(r.acknowledged);
  }, 120_000);
});

describe("fault: two API processes on one PostgreSQL", () => {
  it("share submissions without a duplicate number or a lost application", async () => {
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const a = await startApiProcess({ DATABASE_URL: tdb.url!, LOG_LEVEL: "warn" });
    const b = await startApiProcess({ DATABASE_URL: tdb.url!, LOG_LEVEL: "warn" });
    try {
      const bodies = Array.from({ length: 300 }, () => application());
      const results = await pool(
        Array.from(
          { length: 300 },
          (_, i) => () => postApplication(i % 2 ? a.url : b.url, bodies[i], `two-${i}`),
        ),
        40,
      );
      expect(results.every((r) => r.status === 201)).toBe(true);
      expect(new Set(results.map((r) => r.body!.number)).size).toBe(300);
      // The same keys sent again to the other process are replayed, not filed again.
      const replays = await pool(
        Array.from(
          { length: 50 },
          (_, i) => () => postApplication(i % 2 ? b.url : a.url, bodies[i], `two-${i}`),
        ),
        20,
      );
      expect(replays.map((r) => r.body!.number)).toEqual(results.slice(0, 50).map((r) => r.body!.number));
      const db = await openDatabase({ databaseUrl: tdb.url!, dataDir: "unused" });
      expect(await db.prisma.application.count()).toBe(300);
      await db.close();
    } finally {
      await a.stop();
      await b.stop();
      await tdb.dispose();
    }
  }, 120_000);
});
