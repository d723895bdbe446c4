// Builds generated/pglite-template/ at install: an embedded database directory already initialised
// and migrated. A first start on an empty DATA_DIR copies it (a plain file copy, well under a
// second) instead of running initdb (about 2 s). Pending migrations still run at start, so an old
// template is only slower, never wrong.

import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PGLITE_TEMPLATE } from "../api/db/database.ts";
import { migrate } from "../api/db/migrate.ts";

const dir = fileURLToPath(PGLITE_TEMPLATE);
await rm(dir, { recursive: true, force: true });
const db = await PGlite.create(dir);
await migrate({
  exec: async (sql) => void (await db.exec(sql)),
  execAtomically: async (sql) => void (await db.transaction(async (tx) => void (await tx.exec(sql)))),
  query: async (sql, params = []) => (await db.query(sql, params)).rows as never[],
  withLock: (fn) => fn(),
});
await db.exec("CHECKPOINT");
await db.close();
console.log(`PGlite 模板已生成：${dir}`);
