// Many rows in one statement: the rows sent as one JSON text and rebuilt by json_to_recordset() in the
// database. Prisma's createMany sends a parameter per value, which for 10,000 rows of a 公示 or a payment
// list takes seconds; this is one parameter and one round trip. Columns left out take their defaults.

import type { Prisma } from "./database.ts";

type Runner = Pick<Prisma, "$executeRawUnsafe">;

export interface BulkColumn {
  name: string;
  /** The column's PostgreSQL type: "uuid", "text", "integer", "jsonb", "text[]", an enum's quoted name. */
  type: string;
}

export async function bulkInsert(
  db: Runner,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map((c) => `"${c.name}"`).join(", ");
  const types = columns.map((c) => `"${c.name}" ${c.type}`).join(", ");
  const json = JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, r[i] ?? null]))),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_to_recordset($1::json) AS x(${types})`,
    json,
  );
}
