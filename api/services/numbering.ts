// Application numbers: ZB-<year>-<six digits>, from a per-year counter row updated in its own short
// statement, so no lock is held while the application is written. A number taken by a submission
// that then fails is not reused: numbers are unique and increasing, with rare gaps.

import type { Prisma } from "../db/database.ts";

export function formatNumber(year: number, seq: number): string {
  return `ZB-${year}-${String(seq).padStart(6, "0")}`;
}

export async function nextNumber(prisma: Prisma, year: number): Promise<string> {
  const [row] = await prisma.$queryRaw<{ last: number }[]>`
    INSERT INTO "application_sequences" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "application_sequences"."last" + 1
    RETURNING "last"`;
  return formatNumber(year, row!.last);
}
