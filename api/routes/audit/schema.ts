import { z } from "zod";

export const auditQuery = z.object({
  limit: z.coerce.number({ error: "limit 须为 1–500 的整数" }).int().min(1).max(500).default(100),
  before: z.iso.datetime({ error: "before 须为 ISO 时间，例如 2026-11-29T08:00:00.000Z" }).optional(),
  action: z.string().max(50).optional(),
});

export const auditList = z
  .object({
    items: z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        applicationNumber: z.string().optional(),
        address: z.string().optional(),
        detail: z.unknown(),
      }),
    ),
  })
  .meta({ id: "AuditList" });
