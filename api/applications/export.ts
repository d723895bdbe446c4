// Applications as CSV or Excel for staff, filtered and ordered like the list, streamed: rows are read
// in pages of a few hundred (keyset on the order's keys) and written out as they come, so memory stays flat however
// many there are. Times are Beijing time (real date cells in Excel); each row carries the latest
// decision (what, why, who, when), the loan asked for and the facts with their Chinese labels.

import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { BIDI_CONTROLS } from "../../contract/inert-text.ts";
import type { ListQuery } from "../../contract/index.ts";
import {
  CLAUSES_BY_ID,
  FACT_KEYS,
  FACTS,
  formatBeijingTime,
  SUBJECT_LABELS,
  type ClauseId,
  type SubjectType,
} from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import type { Logger } from "../../config/logger.ts";
import { afterCondition, orderBy, queueSql, type QueueFilter, type QueueScope } from "./application-queue.ts";
import { DECISION_LABELS } from "../notifications/notices.ts";
import { STATUS_LABELS } from "../review/transitions.ts";

type Filter = QueueFilter & Partial<Pick<ListQuery, "sort">>;
type Cell = string | number | Date | null;

/** The facts shown as columns: every fact of the policy but the two that are not figures. */
const FACT_COLUMNS = FACT_KEYS.filter((k) => k !== "subjectType" && k !== "assessedOn");

export const EXPORT_HEADERS = [
  "申报编号",
  "状态",
  "申报主体",
  "统一社会信用代码",
  "所属区县",
  "主体类型",
  "联系人",
  "联系电话",
  "申报条款",
  "测算申请金额（元）",
  "核定金额（元）",
  "申请贷款额度（元）",
  "最近决定",
  "决定说明",
  "决定人",
  "决定时间（北京时间）",
  "提交时间（北京时间）",
  "更新时间（北京时间）",
  ...FACT_COLUMNS.map((k) => FACTS[k].label),
] as const;

const PAGE = 500;

export function createExportService(deps: { prisma: Prisma; logger?: Logger }) {
  /** Every matching application, page by page, in the list's order. */
  async function* applications(q: Filter, scope: QueueScope) {
    let after: unknown[] | null = null;
    for (;;) {
      const s = queueSql(q, scope);
      const where: string = after ? `${s.where} AND ${afterCondition(s, after)}` : s.where;
      const keys = await deps.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT a."id"::text AS "id", ${s.keys.map((k, i) => `${k} AS "k${i}"`).join(", ")}
         FROM "applications" a WHERE ${where} ORDER BY ${orderBy(s)} LIMIT ${PAGE}`,
        ...s.params,
      );
      const rows = await deps.prisma.application.findMany({
        where: { id: { in: keys.map((k) => k.id as string) } },
        include: { clauses: true, decisions: { orderBy: { createdAt: "desc" }, take: 1 } },
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const k of keys) {
        const row = byId.get(k.id as string);
        if (row) yield row;
      }
      if (keys.length < PAGE) return;
      const last = keys[keys.length - 1]!;
      after = s.keys.map((_, i) => last[`k${i}`]);
    }
  }

  /** One row of cells; times as Dates (the writer shows them in Beijing time). */
  async function* rows(q: Filter, scope: QueueScope = {}): AsyncGenerator<Cell[]> {
    for await (const a of applications(q, scope)) {
      const p = a.applicantSnapshot as Record<string, string>;
      const facts = a.facts as Record<string, unknown>;
      const last = a.decisions[0];
      yield [
        a.number,
        STATUS_LABELS[a.status] ?? a.status,
        p.name ?? "",
        p.uscc ?? "",
        a.district,
        SUBJECT_LABELS[a.subjectType as SubjectType] ?? a.subjectType,
        p.contactName ?? "",
        p.contactPhone ?? "",
        a.clauses.map((c) => CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause).join("；"),
        a.requestedAmountYuan,
        a.approvedAmountYuan,
        a.clauses.some((c) => c.clause === "loan")
          ? ((facts.loanAmountYuan as number | undefined) ?? null)
          : null,
        last ? (DECISION_LABELS[last.decision] ?? last.decision) : "",
        last?.note ?? "",
        last?.decidedBy ?? "",
        last?.createdAt ?? null,
        a.createdAt,
        a.updatedAt,
        ...FACT_COLUMNS.map((k) => {
          const v = facts[k];
          return v === undefined || v === null
            ? null
            : typeof v === "boolean"
              ? v
                ? "是"
                : "否"
              : (v as Cell);
        }),
      ];
    }
  }

  /** CSV with a BOM (Excel in China opens it as UTF-8); formulas made inert. */
  function csv(q: Filter, scope: QueueScope = {}): Readable {
    const out = new PassThrough();
    out.write("\uFEFF");
    const cells = async function* () {
      yield [...EXPORT_HEADERS];
      for await (const r of rows(q, scope))
        yield r.map((v) => {
          if (v instanceof Date) return formatBeijingTime(v);
          if (typeof v !== "string") return v;
          const shown = v.replace(BIDI_CONTROLS, ""); // rows filed before the edge took them out
          return /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
        });
    };
    pipeline(Readable.from(cells()), stringify(), out).catch((err: unknown) => {
      deps.logger?.error({ err }, "CSV export failed midway");
      out.destroy(err as Error);
    });
    return out;
  }

  /** Excel, written by exceljs's streaming writer: date cells hold Beijing wall time. */
  function xlsx(q: Filter, scope: QueueScope = {}): Readable {
    const out = new PassThrough();
    void (async () => {
      // exceljs takes a while to import; most starts never export.
      const { default: ExcelJS } = await import("exceljs");
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const sheet = book.addWorksheet("申报");
      sheet.columns = EXPORT_HEADERS.map((h) => ({ header: h, width: h.length > 8 ? 22 : 16 }));
      sheet.getRow(1).font = { bold: true };
      const timeColumns = EXPORT_HEADERS.flatMap((h, i) => (h.includes("北京时间") ? [i + 1] : []));
      for (const i of timeColumns) sheet.getColumn(i).numFmt = "yyyy-mm-dd hh:mm";
      for await (const r of rows(q, scope)) {
        // Excel's dates have no time zone: the cell holds the wall-clock time in Beijing.
        const cells = r.map((v) => (v instanceof Date ? new Date(v.getTime() + 8 * 3_600_000) : v));
        sheet.addRow(cells).commit();
      }
      sheet.commit();
      await book.commit();
    })().catch((err: unknown) => {
      deps.logger?.error({ err }, "Excel export failed midway");
      out.destroy(err as Error);
    });
    return out;
  }

  return { rows, csv, xlsx };
}
