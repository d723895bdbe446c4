// The queue of a real year (issue 22): 100,000 applications seeded as the other list benchmarks do
// (one filed through the API, copied in SQL), then spread over 20,000 enterprises, the districts, the
// statuses and a range of amounts, so each sort and search has real work to do. Measured: the median
// time of the first page (50 rows, with the total) sorted each way and searched by a prefix, against
// GET /healthz on the same process (the floor of one request), measured in the same run.

import pg from "pg";
import { DISTRICTS } from "../rules/index.ts";
import { seedApplications } from "./seed.ts";

export interface QueueBenchDeps {
  startApi: (env: Record<string, string>) => Promise<{ url: string; stop: () => Promise<void> }>;
  freshSchemaUrl: () => Promise<{ url: string; drop: () => Promise<void> }>;
  application: () => object;
  rows: number;
  requests: number;
}

const ENTERPRISES = 20_000;
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;

/** Spreads the copies over enterprises, districts, statuses and amounts (one UPDATE, then ANALYZE). */
async function spread(dbUrl: string) {
  const schema = new URL(dbUrl).searchParams.get("schema")!;
  const client = new pg.Client({ connectionString: dbUrl.split("?")[0] });
  await client.connect();
  const districts = `ARRAY[${DISTRICTS.map((d) => `'${d}'`).join(", ")}]`;
  try {
    await client.query(`SET search_path TO "${schema}"`);
    await client.query(`
      INSERT INTO "applicants" ("id", "uscc", "name", "district", "contact_name", "contact_phone", "created_at", "updated_at")
      SELECT gen_random_uuid(), '91370303MB' || lpad(g::text, 7, '0') || 'X', '淄博第' || g || '号电子商务有限公司',
        (${districts})[1 + g % ${DISTRICTS.length}], '张三', '13800000000', now(), now()
      FROM generate_series(1, ${ENTERPRISES}) g`);
    await client.query(`
      WITH a AS (SELECT "id", row_number() OVER (ORDER BY "number") AS n FROM "applications"),
           p AS (SELECT "id", "district", row_number() OVER (ORDER BY "uscc") AS n FROM "applicants"
                 WHERE "uscc" LIKE '91370303MB%')
      UPDATE "applications" x SET "applicant_id" = p."id", "district" = p."district",
        "status" = (ARRAY['submitted', 'approved', 'rejected', 'needs_more_info'])[1 + a.n % 4]::"ApplicationStatus",
        "requested_amount_yuan" = (a.n * 7919) % 100000,
        "approved_amount_yuan" = CASE WHEN a.n % 4 = 1 THEN (a.n * 7919) % 100000 / 2 END
      FROM a JOIN p ON p.n = 1 + a.n % ${ENTERPRISES} WHERE x."id" = a."id"`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

export const QUEUE_CASES: [string, string][] = [
  ["submittedAt", "limit=50"],
  ["submittedAt.asc", "limit=50&order=asc"],
  ["pending", "limit=50&status=submitted,needs_more_info"],
  ["amount", "limit=50&sort=amount"],
  ["amount.asc", "limit=50&sort=amount&order=asc"],
  ["district", "limit=50&sort=district"],
  ["status", "limit=50&sort=status"],
  ["district.filter", `limit=50&district=${encodeURIComponent("张店区")}`],
  ["search.uscc", "limit=50&q=91370303mb00012"],
  // The number's year is the filing's: filled in from the first application (see NUMBER_PREFIX).
  ["search.number", "limit=50&q=NUMBER_PREFIX"],
  ["search.name", `limit=50&q=${encodeURIComponent("第123号")}`],
];

export async function benchQueue(d: QueueBenchDeps) {
  const db = await d.freshSchemaUrl();
  const token = "bench-staff-token";
  const api = await d.startApi({ DATABASE_URL: db.url, STAFF_TOKEN: token, BOT_TOKEN: "bench-bot" });
  try {
    await seedApplications(api.url, db.url, d.application(), d.rows);
    await spread(db.url);
    const auth = { authorization: `Bearer ${token}` };
    const timed = async (path: string) => {
      const t = process.hrtime.bigint();
      const r = await fetch(api.url + path, { headers: auth });
      const body = (await r.json()) as { total?: number };
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status} ${JSON.stringify(body)}`);
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, total: body.total ?? 0 };
    };
    const first = (await (await fetch(`${api.url}/api/applications?limit=10`, { headers: auth })).json()) as {
      items: { number: string }[];
    };
    // ZB-2026-1999 of ZB-2026-199999: the 100 newest numbers.
    const numberPrefix = first.items[0]!.number.slice(0, 12).toLowerCase();
    const queryOf = (q: string) => q.replace("NUMBER_PREFIX", numberPrefix);
    const health: number[] = [];
    const cases = new Map(QUEUE_CASES.map(([name]) => [name, [] as number[]]));
    const totals = new Map<string, number>();
    for (let i = 0; i < 5; i++)
      for (const [, q] of QUEUE_CASES) await timed(`/api/applications?${queryOf(q)}`);
    for (let i = 0; i < d.requests; i++) {
      health.push((await timed("/healthz")).ms);
      for (const [name, q] of QUEUE_CASES) {
        const r = await timed(`/api/applications?${queryOf(q)}`);
        cases.get(name)!.push(r.ms);
        totals.set(name, r.total);
      }
    }
    return {
      healthMs: median(health),
      cases: QUEUE_CASES.map(([name, query]) => ({
        name,
        query: queryOf(query),
        ms: median(cases.get(name)!),
        worstMs: Math.max(...cases.get(name)!),
        total: totals.get(name)!,
      })),
    };
  } finally {
    await api.stop();
    await db.drop();
  }
}
