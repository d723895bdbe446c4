// An API on an ephemeral port over a test database, with a tiny client for it.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../../api/app.ts";
import type { Database } from "../../api/db/database.ts";
import { createLogger } from "../../config/logger.ts";
import { createServices, type ServiceDeps } from "../../api/services.ts";
import { afterAll, beforeAll } from "vitest";
import { usccCheckCharacter } from "../../rules/index.ts";
import { createTestDatabase, type TestDatabase } from "./databases.ts";

export const BOT = "bot-token-for-tests";
export const STAFF = "staff-token-for-tests";
export const STAFF_2 = "second-staff-token";

export interface TestApi {
  url: string;
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    headers: Headers;
    body: any;
  }>;
  close(): Promise<void>;
}

/** What a test may set of the API's settings (the database is given apart). */
export type TestApiOptions = Partial<Omit<ServiceDeps, "db">> & {
  shutdown?: AbortSignal;
  /** TRUSTED_PROXIES: whose X-Forwarded-For is believed (tests that play several addresses say loopback). */
  trustedProxies?: string[];
  /** PUBLIC_URL: an https one makes the session cookie Secure. */
  publicUrl?: string;
};

export async function startTestApi(db: Database, extra: TestApiOptions = {}, port = 0): Promise<TestApi> {
  const clock = extra.clock ?? (() => new Date());
  const services = createServices({ ...extra, db, clock });
  const app = createApp({
    services,
    logger: createLogger("silent"),
    auth: { botToken: BOT, staffTokens: [STAFF, STAFF_2] },
    clock,
    ...(extra.shutdown ? { shutdown: extra.shutdown } : {}),
    ...(extra.assessOptions ? { assessOptions: extra.assessOptions } : {}),
    ...(extra.trustedProxies ? { trustedProxies: extra.trustedProxies } : {}),
    ...(extra.publicUrl ? { publicUrl: extra.publicUrl } : {}),
  });
  const server: Server = createServer(app.callback());
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      let body: string | undefined = opts.raw;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers["content-type"] ??= "application/json";
      }
      const res = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: res.status, headers: res.headers, body: parsed };
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export const VALID_USCC = "91350100M000100Y43";

/** A valid 统一社会信用代码 of its own for each number (the check character computed). */
export function usccFor(n: number): string {
  const first17 = `91370303MA${String(n % 10_000_000).padStart(7, "0")}`;
  return first17 + usccCheckCharacter(first17)!;
}
// Each application() is a different enterprise unless a test names one: the API refuses a second
// filing of the same clause by one enterprise in a year (409), which most tests are not about.
let nextEnterprise = Math.floor(Math.random() * 1_000_000) * 7;

export function application(
  overrides: Record<string, unknown> = {},
  applicant: Record<string, unknown> = {},
) {
  return {
    applicant: {
      name: "淄博某某电子商务有限公司",
      uscc: usccFor(nextEnterprise++),
      district: "张店区",
      contactName: "张三",
      contactPhone: "13800000000",
      wechatId: "wxid_abc",
      ...applicant,
    },
    facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 },
    clauses: ["leading-enterprise"],
    ...overrides,
  };
}

/**
 * A test API over a fresh database for the enclosing describe block: started before its tests,
 * closed after them. Read `.api` and `.tdb` inside the tests.
 */
export function useTestApi(kind: "pglite" | "postgres" = "pglite", extra: TestApiOptions = {}) {
  const ctx = {} as { api: TestApi; tdb: TestDatabase };
  beforeAll(async () => {
    ctx.tdb = await createTestDatabase(kind);
    ctx.api = await startTestApi(ctx.tdb.db, extra);
  });
  afterAll(async () => {
    await ctx.api?.close();
    await ctx.tdb?.db.close();
    await ctx.tdb?.dispose();
  });
  return ctx;
}
