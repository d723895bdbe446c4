// Builds generated/pglite-template.tar.gz at install: an embedded database already initialised and
// migrated. A first start on an empty DATA_DIR unpacks it (about 0.6 s) instead of running initdb
// (about 2 s). Pending migrations still run at start, so an old template is only slower, never wrong.

import { mkdir, writeFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { migrate } from "../api/db/migrate.ts";
import { PGLITE_TEMPLATE } from "../api/db/database.ts";

const db = await PGlite.create("memory://");
await migrate({
  exec: async (sql) => void (await db.exec(sql)),
  execAtomically: async (sql) => void (await db.transaction(async (tx) => void (await tx.exec(sql)))),
  query: async (sql, params = []) => (await db.query(sql, params)).rows as never[],
  withLock: (fn) => fn(),
});
const dump = await db.dumpDataDir("gzip");
await db.close();
await mkdir(new URL(".", PGLITE_TEMPLATE), { recursive: true });
await writeFile(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
console.log(`PGlite 模板已生成：${PGLITE_TEMPLATE.pathname}（${Math.round(dump.size / 1024)} KB）`);
