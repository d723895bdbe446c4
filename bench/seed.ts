// Many applications in an API's PostgreSQL schema for the benchmarks of lists and exports: one filed
// through the API (as the bot would), then copied in SQL to `rows` in all.

import pg from "pg";
import { cloneApplication } from "../test/support/clone-applications.ts";

export async function seedApplications(apiUrl: string, dbUrl: string, application: object, rows: number) {
  const filed = await fetch(`${apiUrl}/api/applications`, {
    method: "POST",
    headers: {
      authorization: "Bearer bench-bot",
      "content-type": "application/json",
      "idempotency-key": "seed",
    },
    body: JSON.stringify(application),
  });
  const { number } = (await filed.json()) as { number: string };
  const schema = new URL(dbUrl).searchParams.get("schema")!;
  const client = new pg.Client({ connectionString: dbUrl.split("?")[0] });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    await cloneApplication(
      { sql: { exec: async (s: string) => void (await client.query(s)) } } as never,
      number,
      rows - 1,
    );
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
