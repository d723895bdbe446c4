// Test databases: an in-memory PGlite, or a fresh schema on the machine's PostgreSQL
// (127.0.0.1:5432, database `test`, or TEST_DATABASE_URL), dropped afterwards so runs never collide.

import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../api/db/database.ts";
import { migrate } from "../../api/db/migrate.ts";

export type DbKind = "pglite" | "postgres";

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  db: Database;
  /** For PostgreSQL: the URL with its schema, to start a process on the same database. */
  url?: string;
  /** The URL or data dir to open the same database again (restart tests). */
  reopen: () => Promise<Database>;
  dispose: () => Promise<void>;
}

export async function createTestDatabase(kind: DbKind, dataDir = "memory://"): Promise<TestDatabase> {
  if (kind === "pglite") {
    const db = await openDatabase({ dataDir });
    await migrate(db.sql);
    return { db, reopen: () => openDatabase({ dataDir }), dispose: () => Promise.resolve() };
  }
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const url = `${POSTGRES_URL}${POSTGRES_URL.includes("?") ? "&" : "?"}schema=${schema}`;
  const db = await openDatabase({ databaseUrl: url, dataDir: "unused" });
  await migrate(db.sql);
  return {
    db,
    url,
    reopen: () => openDatabase({ databaseUrl: url, dataDir: "unused" }),
    dispose: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    },
  };
}
