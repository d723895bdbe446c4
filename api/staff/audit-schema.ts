import { z } from "zod";

const day = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${name} 须为日期 YYYY-MM-DD（北京时间）` })
    .refine((d) => !Number.isNaN(new Date(`${d}T00:00:00+08:00`).getTime()), {
      error: `${name} 不是有效的日期`,
    })
    .optional();

/** The filters of the audit log and of its export. */
export const auditFilter = z.object({
  /** Who acted: an account's username, `staff-N`, `cli:…`. */
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(50).optional(),
  /** An application's number (ZB-2025-000001). */
  application: z.string().trim().max(20).optional(),
  /** The staff account an account act touched. */
  account: z.string().trim().max(50).optional(),
  /** Days in Asia/Shanghai, both included. */
  from: day("from"),
  to: day("to"),
  before: z.iso.datetime({ error: "before 须为 ISO 时间，例如 2026-11-29T08:00:00.000Z" }).optional(),
});

export const auditQuery = auditFilter.extend({
  limit: z.coerce.number({ error: "limit 须为 1–500 的整数" }).int().min(1).max(500).default(100),
  offset: z.coerce.number({ error: "offset 须为不小于 0 的整数" }).int().min(0).default(0),
});

export const auditExportQuery = auditFilter.extend({
  format: z.enum(["csv", "xlsx"], { error: "format 须为 csv 或 xlsx" }).default("csv"),
});

export const auditList = z
  .object({
    items: z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        /** The action in Chinese. */
        actionLabel: z.string(),
        applicationNumber: z.string().optional(),
        /** The staff account an account act touched. */
        account: z.string().optional(),
        address: z.string().optional(),
        detail: z.unknown(),
        /** The detail in Chinese words (the amount approved, the note, the file …), as the export's 详情. */
        detailText: z.string(),
      }),
    ),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "AuditList" });
