// The audit log (contract §9): append-only — entries are only ever created; read newest first by
// admins, a page at a time, filtered by who acted, what was done, which application, which account
// and which days (Asia/Shanghai), and exported as CSV or Excel. Decisions, sign-ins (and failed ones),
// exports and account changes are written where they happen; this is the one place that reads them
// back and records acts with no row of their own.

import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { formatBeijingTime } from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import { auditDetailText } from "./audit-detail.ts";
import { auditActionLabel } from "./audit-labels.ts";

export interface AuditItem {
  at: string;
  actor: string;
  action: string;
  /** The action in Chinese. */
  actionLabel: string;
  applicationNumber?: string;
  /** The staff account an account act touched (added, disabled, unlocked, …). */
  account?: string;
  address?: string;
  detail: unknown;
  /** The detail in Chinese words, for the console's 内容 and the export's 详情. */
  detailText: string;
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  /** An application's number (ZB-2025-000001). */
  application?: string | undefined;
  /** The staff account touched. */
  account?: string | undefined;
  /** Days in Asia/Shanghai, YYYY-MM-DD, both included. */
  from?: string | undefined;
  to?: string | undefined;
  /** An ISO time: only entries before it (older pages, kept for earlier clients). */
  before?: string | undefined;
}

/** The first instant of a Beijing day, and of the day after it. */
export const shanghaiDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
export const shanghaiDayEnd = (day: string) => new Date(shanghaiDayStart(day).getTime() + 86_400_000);

/** The account an entry names: `detail.account`, or the username of the account acts written before it. */
function accountOf(action: string, details: unknown): string | undefined {
  const d = (details ?? {}) as { account?: unknown; username?: unknown };
  if (typeof d.account === "string") return d.account;
  if (action.startsWith("account_") && typeof d.username === "string") return d.username;
  return undefined;
}

export const AUDIT_EXPORT_HEADERS = [
  "时间（北京时间）",
  "操作人",
  "操作",
  "涉及账号",
  "申报编号",
  "来源地址",
  "详情",
] as const;

const EXPORT_PAGE = 500;

export function createAudit(deps: { prisma: Prisma; clock: () => Date }) {
  const { prisma } = deps;

  async function record(actor: string, action: string, detail: object, address: string | null = null) {
    await prisma.auditEntry.create({
      data: { actor, action, address, details: detail, createdAt: deps.clock() },
    });
  }

  function where(f: AuditFilter) {
    const createdAt = {
      ...(f.from ? { gte: shanghaiDayStart(f.from) } : {}),
      ...(f.to || f.before
        ? {
            lt: new Date(
              Math.min(
                f.to ? shanghaiDayEnd(f.to).getTime() : Infinity,
                f.before ? new Date(f.before).getTime() : Infinity,
              ),
            ),
          }
        : {}),
    };
    return {
      ...(Object.keys(createdAt).length > 0 ? { createdAt } : {}),
      ...(f.actor ? { actor: f.actor } : {}),
      ...(f.action ? { action: f.action } : {}),
      ...(f.application ? { application: { number: f.application.toUpperCase() } } : {}),
      ...(f.account
        ? {
            OR: [
              { details: { path: ["account"], equals: f.account } },
              { action: { startsWith: "account_" }, details: { path: ["username"], equals: f.account } },
            ],
          }
        : {}),
    };
  }

  type Row = Awaited<ReturnType<typeof page>>[number];
  const page = (f: AuditFilter, take: number, skip: number) =>
    prisma.auditEntry.findMany({
      where: where(f),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      skip,
      include: { application: { select: { number: true } } },
    });

  const present = (r: Row): AuditItem => {
    const account = accountOf(r.action, r.details);
    return {
      at: r.createdAt.toISOString(),
      actor: r.actor,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      ...(r.application ? { applicationNumber: r.application.number } : {}),
      ...(account ? { account } : {}),
      ...(r.address ? { address: r.address } : {}),
      detail: r.details,
      detailText: auditDetailText(r.action, r.details, account),
    };
  };

  /** Newest first, a page at a time, with how many there are in all. */
  async function list(opts: AuditFilter & { limit: number; offset?: number | undefined }) {
    const offset = opts.offset ?? 0;
    const [rows, total] = await Promise.all([
      page(opts, opts.limit, offset),
      prisma.auditEntry.count({ where: where(opts) }),
    ]);
    return { items: rows.map(present), total, limit: opts.limit, offset };
  }

  /** Every entry the filter finds, newest first, as cells of the export (times as Dates). */
  async function* rows(f: AuditFilter): AsyncGenerator<(string | Date)[]> {
    // Paged by time: an entry written meanwhile (this export's own, say) does not shift the pages.
    const until = f.before ? new Date(f.before) : deps.clock();
    const fixed = { ...f, before: until.toISOString() };
    for (let skip = 0; ; skip += EXPORT_PAGE) {
      const got = await page(fixed, EXPORT_PAGE, skip);
      for (const r of got.map(present))
        yield [
          new Date(r.at),
          r.actor,
          r.actionLabel,
          r.account ?? "",
          r.applicationNumber ?? "",
          r.address ?? "",
          r.detailText,
        ];
      if (got.length < EXPORT_PAGE) return;
    }
  }

  /** CSV with a BOM, formula-like cells made inert (csv-stringify's escape_formulas), Beijing times. */
  function csv(f: AuditFilter): Readable {
    const cells = async function* () {
      yield [...AUDIT_EXPORT_HEADERS];
      for await (const r of rows(f)) yield r.map((v) => (v instanceof Date ? formatBeijingTime(v) : v));
    };
    return Readable.from(cells()).pipe(stringify({ bom: true, escape_formulas: true }));
  }

  /** Excel (exceljs's streaming writer); the time column holds Beijing wall time as a date cell. */
  function xlsx(f: AuditFilter): Readable {
    const out = new PassThrough();
    void (async () => {
      const { default: ExcelJS } = await import("exceljs");
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const sheet = book.addWorksheet("审计日志");
      sheet.columns = AUDIT_EXPORT_HEADERS.map((h) => ({ header: h, width: h === "详情" ? 60 : 20 }));
      sheet.getRow(1).font = { bold: true };
      sheet.getColumn(1).numFmt = "yyyy-mm-dd hh:mm:ss";
      for await (const r of rows(f))
        sheet.addRow(r.map((v) => (v instanceof Date ? new Date(v.getTime() + 8 * 3_600_000) : v))).commit();
      sheet.commit();
      await book.commit();
    })().catch((err: unknown) => out.destroy(err as Error));
    return out;
  }

  return { record, list, csv, xlsx };
}

export type Audit = ReturnType<typeof createAudit>;
