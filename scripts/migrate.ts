// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the PGlite data in DATA_DIR.

import { ConfigError, loadConfig } from "../api/config.ts";
import { DataDirLockedError } from "../api/db/data-dir-lock.ts";
import { DatabaseUnavailableError, openDatabase } from "../api/db/database.ts";
import { migrate, MigrationError } from "../api/db/migrate.ts";

try {
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  });
  try {
    const applied = await migrate(db.sql);
    console.log(applied.length > 0 ? `已应用迁移：${applied.join("、")}` : "数据库已是最新，无需迁移。");
  } finally {
    await db.close();
  }
} catch (e) {
  if (
    e instanceof ConfigError ||
    e instanceof MigrationError ||
    e instanceof DataDirLockedError ||
    e instanceof DatabaseUnavailableError
  ) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
