// The database: a real PostgreSQL server when DATABASE_URL is set, otherwise embedded PGlite
// (PostgreSQL compiled to WebAssembly, in-process) with its data under DATA_DIR. Both are reached
// through Prisma with a driver adapter; migrations run on the raw driver (migrate.ts).

import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { projectPath } from "../../config/paths.ts";
import { LOCK_FILE, lockDataDir } from "./data-dir-lock.ts";

export type Prisma = InstanceType<typeof PrismaClient>;
/** The client, or the client inside an interactive transaction: what a statement runs on. */
export type Db = Omit<Prisma, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** What migrations need: run a script, run a parameterised query, hold a lock across processes. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  /** Runs a script in one transaction: all of it, or none of it. */
  execAtomically(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` while holding a database-wide lock (an advisory lock on a server). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
}

export interface Database {
  kind: "postgres" | "pglite";
  prisma: Prisma;
  sql: SqlRunner;
  /** Closes the client and the driver; call after in-flight requests have finished. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** PGlite's data directory; "memory://" for an in-memory database (tests). */
  dataDir: string;
  /** No statement may run longer: a plan gone wrong fails fast instead of holding everything. */
  statementTimeoutMs?: number;
}

/** The database cannot be reached or used as configured: said plainly, no stack. */
export class DatabaseUnavailableError extends Error {}

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "连接被拒绝（数据库没有运行，或地址、端口不对）",
  ENOTFOUND: "找不到数据库主机",
  ETIMEDOUT: "连接超时",
  "28P01": "用户名或密码不对",
  "28000": "没有访问权限",
  "3D000": "数据库不存在",
  "42501": "没有在该数据库中建立 schema 的权限",
};

// Interactive transactions wait their turn on PGlite's single connection: allow for a queue.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

/** postgres://…?schema=name → the URL without it, and the schema (Prisma's convention). */
export function splitSchema(url: string): { connectionString: string; schema: string | undefined } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), schema };
}

const MIGRATION_LOCK_ID = 727_073_690; // any constant shared by every process of this app

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.statementTimeoutMs);
  return openPGlite(options.dataDir, options.statementTimeoutMs);
}

async function openPostgres(url: string, statementTimeoutMs = 30_000): Promise<Database> {
  const { connectionString, schema } = splitSchema(url);
  const poolConfig: pg.PoolConfig = {
    connectionString,
    max: 10,
    statement_timeout: statementTimeoutMs,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path="${schema.replace(/"/g, "")}"` } : {}),
  };
  const adapter = new PrismaPg(poolConfig, schema ? { schema } : undefined);
  const prisma = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  const pool = new pg.Pool({ ...poolConfig, max: 2 });
  try {
    // A schema named in the URL (Prisma's ?schema=) is made when it is new, so a fresh one just works.
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, "")}"`);
    else await pool.query("SELECT 1");
  } catch (e) {
    await pool.end().catch(() => undefined);
    const code = (e as { code?: string }).code ?? "";
    const why = UNREACHABLE[code] ?? (e as Error).message;
    throw new DatabaseUnavailableError(
      `无法使用 DATABASE_URL 指向的数据库（${new URL(connectionString).host}）：${why}`,
    );
  }
  const sql: SqlRunner = {
    async exec(text) {
      await pool.query(text);
    },
    async execAtomically(text) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(text);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async query(text, params = []) {
      return (await pool.query(text, params)).rows;
    },
    async withLock(fn) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
        try {
          return await fn();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
        }
      } finally {
        client.release();
      }
    },
  };
  return {
    kind: "postgres",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** An initialised, migrated empty database directory, built at install (scripts/pglite-template.ts). */
export const PGLITE_TEMPLATE = pathToFileURL(`${projectPath("generated", "pglite-template")}/`);

async function openPGlite(dataDir: string, statementTimeoutMs = 30_000): Promise<Database> {
  let lock: { release(): void } | null = null;
  if (!dataDir.startsWith("memory://")) {
    mkdirSync(dataDir, { recursive: true });
    // The lock first: nothing, not even the first copy below, touches a directory another owns.
    lock = lockDataDir(dataDir);
    const template = fileURLToPath(PGLITE_TEMPLATE);
    // A new directory starts as a copy of the template when there is one: initdb is the slow part
    // of a first start, and a file copy costs no WebAssembly memory.
    const empty = readdirSync(dataDir).every((f) => f === LOCK_FILE);
    if (empty && existsSync(join(template, "PG_VERSION"))) cpSync(template, dataDir, { recursive: true });
  }
  // PostgreSQL's default 128 MB of shared buffers would all be resident in the WebAssembly heap;
  // an embedded database of this size is served as well by 16 MB, for about 110 MB less memory.
  const options = {
    postgresqlconf: ["shared_buffers=16MB", "wal_buffers=512kB", `statement_timeout=${statementTimeoutMs}`],
  };
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, options);
  } catch (e) {
    lock?.release();
    throw e;
  }
  const prisma = new PrismaClient({
    adapter: new PrismaPGlite(client),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  const sql: SqlRunner = {
    async exec(text) {
      await client.exec(text);
    },
    async execAtomically(text) {
      await client.transaction(async (tx) => {
        await tx.exec(text);
      });
    },
    async query(text, params = []) {
      return (await client.query(text, params)).rows as never[];
    },
    // One process owns a PGlite directory, and PGlite runs one query at a time: nothing to lock.
    withLock: (fn) => fn(),
  };
  return {
    kind: "pglite",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await client.close();
      lock?.release();
    },
  };
}
