// Applications as CSV or Excel for staff, filtered like the list, streamed: rows are read in pages of
// a few hundred (keyset on the number) and written out as they come, so memory stays flat however
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
import type { Logger } from "../logger.ts";
import { listWhere } from "./applications.ts";
import { DECISION_LABELS } from "./notifications.ts";
import { STATUS_LABELS } from "./transitions.ts";

type Filter = Omit<ListQuery, "limit" | "offset">;
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
  /** Every matching application, page by page, in number order. */
  async function* applications(q: Filter) {
    const where = listWhere(q);
    let after: string | undefined;
    for (;;) {
      const page = await deps.prisma.application.findMany({
        where: after === undefined ? where : { AND: [where, { number: { gt: after } }] },
        include: { clauses: true, decisions: { orderBy: { createdAt: "desc" }, take: 1 } },
        orderBy: { number: "asc" },
        take: PAGE,
      });
      yield* page;
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.number;
    }
  }

  /** One row of cells; times as Dates (the writer shows them in Beijing time). */
  async function* rows(q: Filter): AsyncGenerator<Cell[]> {
    for await (const a of applications(q)) {
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
  function csv(q: Filter): Readable {
    const out = new PassThrough();
    out.write("\uFEFF");
    const cells = async function* () {
      yield [...EXPORT_HEADERS];
      for await (const r of rows(q))
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
  function xlsx(q: Filter): Readable {
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
      for await (const r of rows(q)) {
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
