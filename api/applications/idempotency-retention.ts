// Idempotency keys are kept for IDEMPOTENCY_TTL_HOURS (at least 24 h, as Stripe does; 30 days by
// default), then removed, so the table does not grow for ever. The applications themselves stay.

import type { Prisma } from "../db/database.ts";

export async function purgeIdempotencyKeys(prisma: Prisma, now: Date, ttlHours: number): Promise<number> {
  const cutoff = new Date(now.getTime() - Math.max(24, ttlHours) * 3600_000);
  const r = await prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return r.count;
}
