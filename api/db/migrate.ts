// Applies prisma/migrations/*/migration.sql in order, recording each in `_prisma_migrations` exactly
// as Prisma Migrate does, so `prisma migrate deploy` on a connected machine agrees about what is
// applied. Prisma's CLI cannot run here (it downloads its engine), hence this runner. A migration
// whose file changed after it was applied stops the start: the database no longer matches the code.

import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { projectPath } from "../../config/paths.ts";
import type { SqlRunner } from "./database.ts";

export const MIGRATIONS_DIR = projectPath("prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface Applied {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Applies what is pending; returns the names applied now. */
export async function migrate(sql: SqlRunner, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return sql.withLock(async () => {
    await sql.exec(CREATE_TABLE);
    const rows = await sql.query<Applied>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    for (const r of rows)
      if (r.finished_at === null)
        throw new MigrationError(`迁移 ${r.migration_name} 曾经开始但未完成，请人工检查数据库后再启动`);
    const done: string[] = [];
    for (const m of all) {
      const row = applied.get(m.name);
      if (row) {
        if (row.checksum !== m.checksum)
          throw new MigrationError(`迁移 ${m.name} 在应用之后被修改过（校验和不一致），拒绝启动`);
        continue;
      }
      const id = randomUUID();
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, m.checksum, m.name],
      );
      // Each migration in its own transaction: it applies whole or not at all.
      await sql.execAtomically(m.sql).catch(async (e: Error) => {
        await sql.query(`DELETE FROM "_prisma_migrations" WHERE id = $1`, [id]);
        throw new MigrationError(`迁移 ${m.name} 执行失败：${e.message}`);
      });
      await sql.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      done.push(m.name);
    }
    for (const name of applied.keys())
      if (!all.some((m) => m.name === name))
        throw new MigrationError(`数据库中有代码里不存在的迁移 ${name}，请确认部署的版本`);
    return done;
  });
}
