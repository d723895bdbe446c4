// The audit log (contract §9): append-only — entries are only ever created; read newest first by
// admins. Decisions, sign-ins (and failed ones), exports and account changes are written where
// they happen; this is the one place that reads them back and records acts with no row of their own.

import type { Prisma } from "../db/database.ts";

export interface AuditItem {
  at: string;
  actor: string;
  action: string;
  applicationNumber?: string;
  address?: string;
  detail: unknown;
}

export function createAudit(deps: { prisma: Prisma; clock: () => Date }) {
  const { prisma } = deps;

  async function record(actor: string, action: string, detail: object, address: string | null = null) {
    await prisma.auditEntry.create({
      data: { actor, action, address, details: detail, createdAt: deps.clock() },
    });
  }

  /** Newest first; `before` (an ISO time) pages back. */
  async function list(opts: { limit: number; before?: string | undefined; action?: string | undefined }) {
    const rows = await prisma.auditEntry.findMany({
      where: {
        ...(opts.before ? { createdAt: { lt: new Date(opts.before) } } : {}),
        ...(opts.action ? { action: opts.action } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit,
      include: { application: { select: { number: true } } },
    });
    const items: AuditItem[] = rows.map((r) => ({
      at: r.createdAt.toISOString(),
      actor: r.actor,
      action: r.action,
      ...(r.application ? { applicationNumber: r.application.number } : {}),
      ...(r.address ? { address: r.address } : {}),
      detail: r.details,
    }));
    return { items };
  }

  return { record, list };
}

export type Audit = ReturnType<typeof createAudit>;
