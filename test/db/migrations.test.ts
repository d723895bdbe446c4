// The migrations create exactly what prisma/schema.prisma describes, on PGlite and on PostgreSQL,
// are recorded as Prisma Migrate records them, and a changed applied migration stops the start.

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MigrationError, readMigrations } from "../../api/db/migrate.ts";
import { createTestDatabase, type DbKind, type TestDatabase } from "../support/databases.ts";

interface Column {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

/** The scalar columns schema.prisma declares, with the PostgreSQL types Prisma maps them to. */
function columnsFromSchema(text: string): { columns: Column[]; enums: Record<string, string[]> } {
  const enums: Record<string, string[]> = {};
  for (const m of text.matchAll(/^enum (\w+) \{\n([\s\S]*?)\n\}/gm))
    enums[m[1]!] = m[2]!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("//"));
  const models = [...text.matchAll(/^model (\w+) \{\n([\s\S]*?)\n\}/gm)].map((m) => m[1]!);
  const columns: Column[] = [];
  for (const m of text.matchAll(/^model (\w+) \{\n([\s\S]*?)\n\}/gm)) {
    const body = m[2]!;
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? m[1]!;
    for (const line of body.split("\n").map((l) => l.trim())) {
      const f = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!f || line.startsWith("//") || line.startsWith("@@")) continue;
      const [, name, type, list, optional, rest] = f;
      if (models.includes(type!)) continue; // relation fields have no column
      const column = /@map\("([^"]+)"\)/.exec(rest!)?.[1] ?? name!;
      const db = /@db\.(\w+)(?:\((\d+)\))?/.exec(rest!);
      let pgType: string;
      if (list)
        pgType = "ARRAY"; // a list of scalars (String[]) is a PostgreSQL array
      else if (type! in enums) pgType = type!;
      else if (type === "String")
        pgType = db?.[1] === "VarChar" ? `character varying(${db[2]})` : db?.[1] === "Uuid" ? "uuid" : "text";
      else if (type === "Int") pgType = "integer";
      else if (type === "BigInt") pgType = "bigint";
      else if (type === "Boolean") pgType = "boolean";
      else if (type === "Json") pgType = "jsonb";
      else if (type === "Bytes") pgType = "bytea";
      else if (type === "DateTime")
        pgType =
          db?.[1] === "Timestamptz"
            ? `timestamp with time zone(${db[2] ?? 6})`
            : db?.[1] === "Date"
              ? "date"
              : "timestamp without time zone(3)";
      else throw new Error(`unmapped type ${type}`);
      columns.push({ table, column, type: pgType, nullable: Boolean(optional) });
    }
  }
  return { columns, enums };
}

const schemaText = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");

function suite(kind: DbKind) {
  describe(`migrations on ${kind}`, () => {
    let tdb: TestDatabase;
    beforeAll(async () => {
      tdb = await createTestDatabase(kind);
    });
    afterAll(async () => {
      await tdb?.db.close();
      await tdb?.dispose();
    });

    it("create every model and field of schema.prisma with its type and nullability, and nothing else", async () => {
      const { columns, enums } = columnsFromSchema(schemaText);
      const rows = await tdb.db.sql.query<{
        table_name: string;
        column_name: string;
        data_type: string;
        udt_name: string;
        is_nullable: string;
        character_maximum_length: number | null;
        datetime_precision: number | null;
      }>(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable, character_maximum_length, datetime_precision
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
      );
      const actual = rows.map((r) => ({
        table: r.table_name,
        column: r.column_name,
        type:
          r.data_type === "USER-DEFINED"
            ? r.udt_name
            : r.data_type === "character varying"
              ? `character varying(${r.character_maximum_length})`
              : r.data_type.startsWith("timestamp")
                ? `${r.data_type}(${r.datetime_precision})`
                : r.data_type,
        nullable: r.is_nullable === "YES",
      }));
      const sort = (a: Column[]) =>
        [...a].sort((x, y) => `${x.table}.${x.column}`.localeCompare(`${y.table}.${y.column}`));
      expect(sort(actual)).toEqual(sort(columns));

      const enumRows = await tdb.db.sql.query<{ typname: string; enumlabel: string }>(
        `SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`,
      );
      const actualEnums: Record<string, string[]> = {};
      for (const r of enumRows) (actualEnums[r.typname] ??= []).push(r.enumlabel);
      expect(actualEnums).toEqual(enums);
    });

    it("record each migration in _prisma_migrations with its SHA-256 checksum, as Prisma Migrate does", async () => {
      const files = await readMigrations();
      const rows = await tdb.db.sql.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        applied_steps_count: number;
      }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((m) => [m.name, m.checksum]));
      expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    });

    it("apply nothing the second time", async () => {
      expect(await migrate(tdb.db.sql)).toEqual([]);
    });

    it("refuse to start on an applied migration whose file has changed", async () => {
      const files = await readMigrations();
      const changed = files.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
      await expect(migrate(tdb.db.sql, changed)).rejects.toThrow(MigrationError);
      await expect(migrate(tdb.db.sql, changed)).rejects.toThrow(/校验和/);
    });

    it("roll back a failing migration whole and leave no record of it", async () => {
      const files = await readMigrations();
      const broken = [
        ...files,
        { name: "99999999999999_broken", sql: 'CREATE TABLE "half" (id int); SELECT nope;', checksum: "x" },
      ];
      await expect(migrate(tdb.db.sql, broken)).rejects.toThrow(/99999999999999_broken/);
      const half = await tdb.db.sql.query(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'half' AND table_schema = current_schema()`,
      );
      expect(half).toHaveLength(0);
      const rec = await tdb.db.sql.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`,
      );
      expect(rec).toHaveLength(0);
    });
  });
}

suite("pglite");
suite("postgres");
