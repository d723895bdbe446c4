// Applications as CSV or Excel for staff, with Chinese headers, filtered like the list.
// CSV by csv-stringify with a BOM (so Excel opens the Chinese correctly); XLSX by exceljs.

import { stringify } from "csv-stringify/sync";
import { CLAUSES_BY_ID, SUBJECT_LABELS, type ClauseId, type SubjectType } from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import type { ListQuery } from "../../contract/index.ts";
import { STATUS_LABELS, type ApplicationStatus } from "./transitions.ts";

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
  "提交时间",
  "更新时间",
] as const;

const MAX_ROWS = 20_000;

export function createExportService(deps: { prisma: Prisma }) {
  async function rows(q: Omit<ListQuery, "limit" | "offset">): Promise<(string | number | null)[][]> {
    const apps = await deps.prisma.application.findMany({
      where: {
        ...(q.status ? { status: q.status } : {}),
        ...(q.district ? { district: q.district } : {}),
        ...(q.year ? { year: q.year } : {}),
        ...(q.clause ? { clauses: { some: { clause: q.clause } } } : {}),
      },
      include: { clauses: true },
      orderBy: [{ year: "asc" }, { number: "asc" }],
      take: MAX_ROWS,
    });
    return apps.map((a) => {
      const p = a.applicantSnapshot as Record<string, string>;
      return [
        a.number,
        STATUS_LABELS[a.status as ApplicationStatus],
        p.name ?? "",
        p.uscc ?? "",
        a.district,
        SUBJECT_LABELS[a.subjectType as SubjectType] ?? a.subjectType,
        p.contactName ?? "",
        p.contactPhone ?? "",
        a.clauses.map((c) => CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause).join("；"),
        a.requestedAmountYuan,
        a.approvedAmountYuan,
        a.createdAt.toISOString(),
        a.updatedAt.toISOString(),
      ];
    });
  }

  async function csv(q: Omit<ListQuery, "limit" | "offset">): Promise<string> {
    // Spreadsheet programs run cells starting with = + - @ as formulas: quote them out.
    const safe = (await rows(q)).map((r) =>
      r.map((v) => (typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v)),
    );
    return `\uFEFF${stringify([[...EXPORT_HEADERS], ...safe])}`;
  }

  async function xlsx(q: Omit<ListQuery, "limit" | "offset">): Promise<Buffer> {
    // exceljs takes a while to import; most starts never export.
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("申报");
    sheet.addRow([...EXPORT_HEADERS]).font = { bold: true };
    for (const r of await rows(q)) sheet.addRow(r);
    sheet.columns.forEach((c) => (c.width = 18));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  return { rows, csv, xlsx };
}
