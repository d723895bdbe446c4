// Application numbers: ZB-<year>-<six digits>, from a per-year counter row, taken in the filing's
// transaction right before the application is written (the row is locked only for that last
// statement). A number taken by a filing that then fails is not reused: unique and increasing.

import type { Db } from "../db/database.ts";

export function formatNumber(year: number, seq: number): string {
  return `ZB-${year}-${String(seq).padStart(6, "0")}`;
}

export async function nextNumber(prisma: Db, year: number): Promise<string> {
  const [row] = await prisma.$queryRaw<{ last: number }[]>`
    INSERT INTO "application_sequences" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "application_sequences"."last" + 1
    RETURNING "last"`;
  return formatNumber(year, row!.last);
}
