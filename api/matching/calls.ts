// The call list of 政策找人 (issue 22): invitations reach only subjects with a WeChat contact (an
// earlier application through the bot, the mini-program or /chat); every other subject a run found
// eligible, that has not applied for that clause in the run's year, is listed here to be phoned —
// one line per subject and clause, with the counted figures the clause reads, a phone where one is
// known (the import's 联系电话 column, else the applicant's contact from an earlier filing), and the latest call marked on it (outcome,
// who, when, a note). Marking a call is audited.

import { randomUUID } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import {
  CLAUSES_BY_ID,
  factsOf,
  formatBeijingTime,
  SUBJECT_LABELS,
  type ClauseId,
  type FactKey,
  type SubjectType,
} from "../../rules/index.ts";
import { articleName } from "../../rules/index.ts";
import { FACTS } from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import { notFound } from "../http/errors.ts";
import { showValue } from "../applications/claims.ts";
import type { StoredRow } from "./types.ts";

export const CALL_OUTCOMES = ["reached", "no_answer", "declined"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  reached: "已联系上",
  no_answer: "无人接听",
  declined: "不申报",
};

export interface CallQuery {
  clause?: ClauseId | undefined;
  /** true: only those called; false: only those not called yet. */
  called?: boolean | undefined;
  /** A district account's district: only its subjects. */
  district?: string | undefined;
  limit: number;
  offset: number;
}

interface CallRow extends StoredRow {
  clause: string;
  phone: string | null;
  contactName: string | null;
  outcome: string | null;
  note: string | null;
  calledBy: string | null;
  calledAt: Date | null;
}

/** The counted figures a clause reads, as staff read them on the phone. */
export function figuresFor(clause: ClauseId, facts: Record<string, unknown>) {
  return factsOf(CLAUSES_BY_ID[clause]!.when)
    .filter((k) => facts[k] !== undefined && facts[k] !== null)
    .map((k: FactKey) => ({ key: k, label: FACTS[k].label, value: facts[k], text: showValue(k, facts[k]) }));
}

export function createMatchingCalls(deps: { prisma: Prisma; clock: () => Date }) {
  const { prisma, clock } = deps;

  async function runYear(runId: string): Promise<number> {
    const run = await prisma.matchingRun.findUnique({ where: { id: runId } });
    if (!run || run.status !== "done") throw notFound("导入记录");
    return Number(run.assessedOn.slice(0, 4));
  }

  /** The SQL of the list: $1 the run, $2 the year, $3 the clauses (null: any), $4 the district (null: the city), then the called filter. */
  function listSql(called: boolean | undefined) {
    return `
      WITH cand AS (
        SELECT r."row", r."uscc", r."name", r."district", r."subject_type" AS "subjectType", r."facts", r."statuses",
          r."phone" AS "filePhone", e."clause", e."n"
        FROM "matching_rows" r CROSS JOIN LATERAL unnest(r."eligible") WITH ORDINALITY AS e("clause", "n")
        WHERE r."run_id" = $1::uuid AND ($3::text[] IS NULL OR e."clause" = ANY($3::text[]))
          AND ($4::text IS NULL OR r."district" = $4::text)
          AND NOT EXISTS (
            SELECT 1 FROM "applications" a JOIN "applicants" ap ON ap."id" = a."applicant_id"
            WHERE ap."uscc" = r."uscc" AND (a."wechat_id" IS NOT NULL OR a."chat_user_id" IS NOT NULL))
          AND NOT EXISTS (
            SELECT 1 FROM "applications" a JOIN "applicants" ap ON ap."id" = a."applicant_id"
            JOIN "application_clauses" ac ON ac."application_id" = a."id"
            WHERE ap."uscc" = r."uscc" AND a."year" = $2 AND ac."clause" = e."clause")
      )
      SELECT cand.*, COALESCE(cand."filePhone", ap."contact_phone") AS "phone", ap."contact_name" AS "contactName",
        c."outcome", c."note", c."called_by" AS "calledBy", c."called_at" AS "calledAt"
      FROM cand
      LEFT JOIN "applicants" ap ON ap."uscc" = cand."uscc"
      LEFT JOIN LATERAL (
        SELECT mc."outcome", mc."note", mc."called_by", mc."called_at" FROM "matching_calls" mc
        WHERE mc."run_id" = $1::uuid AND mc."uscc" = cand."uscc" AND mc."clause" = cand."clause"
        ORDER BY mc."called_at" DESC LIMIT 1
      ) c ON true
      ${called === true ? `WHERE c."outcome" IS NOT NULL` : called === false ? `WHERE c."outcome" IS NULL` : ""}`;
  }

  const present = (x: CallRow) => {
    const clause = x.clause as ClauseId;
    return {
      row: x.row,
      uscc: x.uscc,
      name: x.name,
      district: x.district,
      subjectType: x.subjectType,
      subjectTypeLabel: SUBJECT_LABELS[x.subjectType as SubjectType] ?? x.subjectType,
      clause,
      clauseName: CLAUSES_BY_ID[clause]?.name ?? clause,
      estimatedAmountYuan: x.statuses[clause]?.[1] ?? null,
      figures: figuresFor(clause, x.facts),
      phone: x.phone,
      contactName: x.contactName,
      called: x.outcome !== null,
      call:
        x.outcome !== null
          ? {
              outcome: x.outcome,
              outcomeLabel: CALL_OUTCOME_LABELS[x.outcome as CallOutcome] ?? x.outcome,
              note: x.note ?? "",
              calledBy: x.calledBy ?? "",
              calledAt: x.calledAt!.toISOString(),
            }
          : null,
    };
  };

  async function list(runId: string, q: CallQuery) {
    const year = await runYear(runId);
    const clauses = q.clause ? [q.clause] : null;
    const sql = listSql(q.called);
    const [[{ total }], rows] = await Promise.all([
      prisma.$queryRawUnsafe<{ total: number }[]>(
        `SELECT count(*)::int AS "total" FROM (${sql}) x`,
        runId,
        year,
        clauses,
        q.district ?? null,
      ) as Promise<[{ total: number }]>,
      prisma.$queryRawUnsafe<CallRow[]>(
        `${sql} ORDER BY cand."row", cand."n" LIMIT ${q.limit} OFFSET ${q.offset}`,
        runId,
        year,
        clauses,
        q.district ?? null,
      ),
    ]);
    return { total, limit: q.limit, offset: q.offset, items: rows.map(present) };
  }

  /** How many subjects (not lines) the call list holds for these clauses. */
  async function subjectsToCall(
    runId: string,
    clauses: readonly string[],
    district?: string,
  ): Promise<number> {
    const year = await runYear(runId);
    const [{ n }] = (await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(DISTINCT x."uscc")::int AS "n" FROM (${listSql(undefined)}) x`,
      runId,
      year,
      [...clauses],
      district ?? null,
    )) as [{ n: number }];
    return n;
  }

  /** Marks a call on a line of the list (audited); a line not on it is not found. */
  async function mark(
    runId: string,
    call: { uscc: string; clause: ClauseId; outcome: CallOutcome; note?: string | undefined },
    by: string,
    address: string | null,
    district?: string,
  ) {
    const year = await runYear(runId);
    const uscc = call.uscc.trim().toUpperCase();
    const [line] = await prisma.$queryRawUnsafe<CallRow[]>(
      `SELECT * FROM (${listSql(undefined)}) x WHERE x."uscc" = $5 LIMIT 1`,
      runId,
      year,
      [call.clause],
      district ?? null,
      uscc,
    );
    if (!line) throw notFound("电话联系名单中的该主体和项目");
    const at = clock();
    const note = (call.note ?? "").trim();
    await prisma.$transaction([
      prisma.matchingCall.create({
        data: {
          id: randomUUID(),
          runId,
          uscc,
          clause: call.clause,
          outcome: call.outcome,
          note,
          calledBy: by,
          calledAt: at,
        },
      }),
      prisma.auditEntry.create({
        data: {
          actor: by,
          action: "matching.called",
          address,
          details: { runId, uscc, name: line.name, clause: call.clause, outcome: call.outcome, note },
          createdAt: at,
        },
      }),
    ]);
    return present({ ...line, outcome: call.outcome, note, calledBy: by, calledAt: at });
  }

  const HEADERS = [
    "行号",
    "统一社会信用代码",
    "名称",
    "所属区县",
    "主体类型",
    "符合的项目",
    "测算金额（元）",
    "纳统数据",
    "联系人",
    "联系电话",
    "联系结果",
    "联系人员",
    "联系时间（北京时间）",
    "备注",
  ];

  async function* cells(runId: string, q: Omit<CallQuery, "limit" | "offset">) {
    for (let offset = 0; ; offset += 500) {
      const page = await list(runId, { ...q, limit: 500, offset });
      for (const x of page.items)
        yield [
          x.row,
          x.uscc,
          x.name,
          x.district ?? "",
          x.subjectTypeLabel,
          `${articleName(CLAUSES_BY_ID[x.clause]!.article)} ${x.clauseName}`,
          x.estimatedAmountYuan,
          x.figures.map((f) => `${f.label} ${f.text}`).join("；"),
          x.contactName ?? "",
          x.phone ?? "",
          x.call?.outcomeLabel ?? "未联系",
          x.call?.calledBy ?? "",
          x.call ? formatBeijingTime(new Date(x.call.calledAt)) : "",
          x.call?.note ?? "",
        ];
      if (page.items.length < 500) return;
    }
  }

  /** The list as CSV (a BOM, formula-like cells made inert) or Excel, the same filters. */
  async function exportFile(runId: string, q: Omit<CallQuery, "limit" | "offset">, format: "csv" | "xlsx") {
    await runYear(runId); // 404 before the download starts
    if (format === "csv") {
      const rows = async function* () {
        yield HEADERS;
        yield* cells(runId, q);
      };
      return Readable.from(rows()).pipe(stringify({ bom: true, escape_formulas: true }));
    }
    const out = new PassThrough();
    void (async () => {
      const { default: ExcelJS } = await import("exceljs");
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const sheet = book.addWorksheet("电话联系名单");
      sheet.columns = HEADERS.map((h) => ({ header: h, width: h === "纳统数据" ? 50 : 18 }));
      sheet.getRow(1).font = { bold: true };
      for await (const r of cells(runId, q)) sheet.addRow(r).commit();
      sheet.commit();
      await book.commit();
    })().catch((err: unknown) => out.destroy(err as Error));
    return out;
  }

  return { list, subjectsToCall, mark, exportFile };
}

export type MatchingCalls = ReturnType<typeof createMatchingCalls>;
