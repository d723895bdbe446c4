// Matching the counted figures (政策找人, contract §11): an uploaded statistics file is streamed
// through the same rules (api/matching/), each batch of rows stored before the next is read; the run
// records the file's SHA-256, who imported it, when and for which date. A file that fails part-way
// leaves nothing behind: its run and rows are removed. Results are read back with filters, each row
// with whether the subject applied this year and whether what it claimed differs from what was counted.

import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import {
  assess,
  CLAUSE_IDS,
  CLAUSES_BY_ID,
  POLICY,
  type Facts,
  shanghaiDate,
  type Assessment,
  type ClauseId,
  type ParameterOverrides,
} from "../../rules/index.ts";
import { articleName } from "../../rules/index.ts";
import { SUBJECT_LABELS } from "../../rules/facts.ts";
import { ASSESSMENT_STATUS_LABELS } from "../../contract/labels.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { importCountedFigures, type Batch, type Source } from "./index.ts";
import { requestedAmount } from "../applications/application-views.ts";
import { differences, type Difference } from "../applications/claims.ts";
import type { StoredRow } from "./types.ts";

export interface MatchingDeps {
  prisma: Prisma;
  clock: () => Date;
  parameters?: ParameterOverrides;
}

export interface ImportRequest {
  source: AsyncIterable<Uint8Array>;
  contentType: string;
  fileName: string | null;
  /** YYYY-MM-DD; the server's date when absent. */
  assessedOn?: string | undefined;
  importedBy: string;
  address?: string | null;
  maxBytes?: number;
}

export interface ResultQuery {
  clause?: ClauseId | undefined;
  status?: string | undefined;
  district?: string | undefined;
  subjectType?: string | undefined;
  /** Subjects that have (true) or have not (false) applied in the run's year. */
  applied?: boolean | undefined;
  /** Only subjects whose application claims figures other than the counted ones. */
  differs?: boolean | undefined;
  q?: string | undefined;
  /** A district account's district: only its rows, and only its applications beside them. */
  scope?: string | undefined;
  limit: number;
  offset: number;
  /** Keyset paging for exports: rows after this row number. */
  afterRow?: number | undefined;
}

/**
 * Per clause the status and the estimate, in little space: { clause: [status, yuan | null] } for
 * the clauses that reached a verdict. A clause for the subject's type that is absent lacked figures
 * (needs_info): most rows lack most figures, and leaving them out halves what is written.
 */
function compactStatuses(a: Assessment): Record<string, [string, number | null]> {
  const out: Record<string, [string, number | null]> = {};
  for (const r of a.results)
    if (r.status !== "not_applicable" && r.status !== "needs_info")
      out[r.clause] = [r.status, r.estimatedAmountYuan ?? r.maxAmountYuan ?? null];
  return out;
}

/** The clauses that apply to a subject type, in the policy's order. */
const clausesFor = (subjectType: string) =>
  CLAUSE_IDS.filter((c) => (CLAUSES_BY_ID[c]!.subjects as readonly string[]).includes(subjectType));

/** Every clause of the subject's type with its status: the stored verdicts, needs_info for the rest. */
export function expandStatuses(subjectType: string, stored: Record<string, [string, number | null]>) {
  return clausesFor(subjectType).map((clause) => {
    const [status, amount] = stored[clause] ?? ["needs_info", null];
    return { clause, status, estimatedAmountYuan: amount };
  });
}

const ROWS_SQL = `
INSERT INTO "matching_rows" ("run_id", "row", "uscc", "name", "district", "phone", "subject_type", "facts", "statuses",
  "eligible", "estimated_yuan")
SELECT $1::uuid, r."row", r."uscc", r."name", r."district", r."phone", r."subjectType", r."facts", r."statuses",
  r."eligible", r."estimated"
FROM jsonb_to_recordset($2::jsonb) AS r("row" int, "uscc" text, "name" text, "district" text, "phone" text,
  "subjectType" text, "facts" jsonb, "statuses" jsonb, "eligible" text[], "estimated" int)`;

/** The bytes as they pass, into a hash: the run records which file it was. */
async function* hashing(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

export function createMatching(deps: MatchingDeps) {
  const { prisma, clock } = deps;

  async function store(runId: string, batch: Batch) {
    if (batch.rows.length === 0) return;
    const rows = batch.rows.map((r) => {
      const eligible = r.assessment.results.filter((x) => x.status === "eligible").map((x) => x.clause);
      return {
        row: r.row,
        uscc: r.uscc,
        name: r.name,
        district: r.district,
        phone: r.phone ?? null,
        subjectType: r.facts.subjectType,
        facts: r.facts,
        statuses: compactStatuses(r.assessment),
        eligible,
        estimated: requestedAmount(r.assessment, eligible),
      };
    });
    await prisma.$executeRawUnsafe(ROWS_SQL, runId, JSON.stringify(rows));
  }

  async function importRun(req: ImportRequest) {
    const id = randomUUID();
    const assessedOn = req.assessedOn ?? shanghaiDate(clock());
    if (
      /^\d{4}-\d{2}-\d{2}$/.test(assessedOn) &&
      (assessedOn < POLICY.validFrom || assessedOn > POLICY.validTo)
    )
      // Nothing qualifies on such a date: said plainly rather than a run of zeros.
      throw new ApiError(
        400,
        "outside_policy_period",
        `测评日期 ${assessedOn} 不在政策有效期（${POLICY.validFrom} 至 ${POLICY.validTo}）内，请选择有效期内的日期`,
        [{ path: "assessedOn", message: `须在 ${POLICY.validFrom} 至 ${POLICY.validTo} 之间` }],
      );
    const hash = createHash("sha256");
    await prisma.matchingRun.create({
      data: {
        id,
        status: "importing",
        fileName: req.fileName,
        sha256: "",
        bytes: 0,
        format: "",
        assessedOn,
        importedBy: req.importedBy,
        createdAt: clock(),
      },
    });
    let report;
    // One batch is written while the next is read and assessed (the database works while this
    // process parses), never more: memory stays at two batches.
    let writing: Promise<void> = Promise.resolve();
    try {
      report = await importCountedFigures(
        hashing(req.source, hash) as Source,
        {
          contentType: req.contentType,
          assessedOn,
          batchSize: 1000,
          ...(deps.parameters ? { parameters: deps.parameters } : {}),
          ...(req.maxBytes ? { maxBytes: req.maxBytes } : {}),
        },
        (batch) => {
          const before = writing;
          writing = before.then(() => store(id, batch));
          return before;
        },
      );
      await writing;
    } catch (e) {
      await writing.catch(() => undefined);
      // Nothing half-written: the rows stored so far go with the run.
      await prisma.matchingRun.delete({ where: { id } }).catch(() => undefined);
      throw e;
    }
    const { errors, ...summary } = report;
    const sha256 = hash.digest("hex");
    await prisma.$transaction([
      prisma.matchingRun.update({
        where: { id },
        data: {
          status: "done",
          sha256,
          bytes: report.bytes,
          format: report.format,
          encoding: report.encoding,
          rows: report.rows,
          valid: report.valid,
          invalid: report.invalid,
          summary: summary as object,
          errors: errors as object[],
          finishedAt: clock(),
        },
      }),
      prisma.auditEntry.create({
        data: {
          actor: req.importedBy,
          action: "matching.imported",
          address: req.address ?? null,
          details: { runId: id, fileName: req.fileName, sha256, rows: report.rows, assessedOn },
          createdAt: clock(),
        },
      }),
    ]);
    return present(await prisma.matchingRun.findUniqueOrThrow({ where: { id } }));
  }

  function present(run: RunRow) {
    const s = run.summary as Record<string, unknown>;
    return {
      id: run.id,
      status: run.status,
      fileName: run.fileName,
      sha256: run.sha256,
      bytes: run.bytes,
      format: run.format,
      encoding: run.encoding,
      assessedOn: run.assessedOn,
      importedBy: run.importedBy,
      createdAt: run.createdAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      rows: run.rows,
      valid: run.valid,
      invalid: run.invalid,
      errors: run.errors as unknown[],
      errorCount: (s.errorCount as number | undefined) ?? 0,
      errorsTruncated: (s.errorsTruncated as boolean | undefined) ?? false,
      duplicates: (s.duplicates as number | undefined) ?? 0,
      warnings: (s.warnings as unknown[] | undefined) ?? [],
      eligible: (s.eligible as Record<string, number> | undefined) ?? {},
      manualReview: (s.manualReview as Record<string, number> | undefined) ?? {},
      estimatedYuan: (s.estimatedYuan as number | undefined) ?? 0,
      leadingEnterprise: s.leadingEnterprise ?? null,
    };
  }

  type RunRow = NonNullable<Awaited<ReturnType<Prisma["matchingRun"]["findUnique"]>>>;

  async function run(id: string): Promise<RunRow> {
    const r = await prisma.matchingRun.findUnique({ where: { id } });
    if (!r || r.status !== "done") throw notFound("导入记录");
    return r;
  }

  async function getRun(id: string) {
    return present(await run(id));
  }

  async function listRuns(limit = 20) {
    const rows = await prisma.matchingRun.findMany({
      where: { status: "done" },
      orderBy: { createdAt: "desc" },
      take: limit,
    });
    return { items: rows.map((r) => ({ ...present(r), errors: undefined })) };
  }

  /** The SQL filter of a results query (parameters numbered from $2; $1 is the run). */
  function where(q: Omit<ResultQuery, "limit" | "offset">, year: number) {
    const parts: string[] = [`r."run_id" = $1::uuid`];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length + 1}`;
    };
    if (q.clause && q.status === "needs_info")
      parts.push(
        `r."subject_type" = ANY(${p([...CLAUSES_BY_ID[q.clause]!.subjects])}::text[]) AND NOT (r."statuses" ? ${p(q.clause)})`,
      );
    else if (q.clause && q.status) parts.push(`r."statuses"->${p(q.clause)}->>0 = ${p(q.status)}`);
    else if (q.clause) parts.push(`${p(q.clause)} = ANY(r."eligible")`);
    else if (q.status === "eligible") parts.push(`cardinality(r."eligible") > 0`);
    else if (q.status === "needs_info")
      // Some clause of the subject's type without a verdict.
      parts.push(
        `(SELECT count(*) FROM jsonb_object_keys(r."statuses")) < (CASE r."subject_type" ${Object.keys(
          SUBJECT_LABELS,
        )
          .map((t) => `WHEN '${t}' THEN ${clausesFor(t).length}`)
          .join(" ")} ELSE 0 END)`,
      );
    else if (q.status)
      parts.push(`EXISTS (SELECT 1 FROM jsonb_each(r."statuses") s WHERE s.value->>0 = ${p(q.status)})`);
    if (q.afterRow !== undefined) parts.push(`r."row" > ${p(q.afterRow)}`);
    if (q.district) parts.push(`r."district" = ${p(q.district)}`);
    if (q.scope) parts.push(`r."district" = ${p(q.scope)}`);
    if (q.subjectType) parts.push(`r."subject_type" = ${p(q.subjectType)}`);
    if (q.q)
      parts.push(
        `(r."name" LIKE ${p(`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR r."uscc" = ${p(q.q.toUpperCase())})`,
      );
    const applied = () => `SELECT 1 FROM "applications" a JOIN "applicants" ap ON ap."id" = a."applicant_id"
      WHERE ap."uscc" = r."uscc" AND a."year" = ${p(year)}${q.scope ? ` AND a."district" = ${p(q.scope)}` : ""}`;
    if (q.applied === true) parts.push(`EXISTS (${applied()})`);
    if (q.applied === false) parts.push(`NOT EXISTS (${applied()})`);
    if (q.differs)
      parts.push(`EXISTS (${applied()} AND EXISTS (SELECT 1 FROM jsonb_each(r."facts") f
        WHERE f.key <> 'assessedOn' AND a."facts" ? f.key AND a."facts"->f.key <> f.value))`);
    return { sql: parts.join(" AND "), params };
  }

  async function results(id: string, q: ResultQuery) {
    return rowsOf(await run(id), q, true);
  }

  /** A page of a run's rows: the run read once by the caller (an export reads many pages). */
  async function rowsOf(r: RunRow, q: ResultQuery, withAssessment: boolean) {
    const id = r.id;
    const year = Number(r.assessedOn.slice(0, 4));
    const w = where(q, year);
    const [{ total }] = (await prisma.$queryRawUnsafe<{ total: number }[]>(
      `SELECT count(*)::int AS "total" FROM "matching_rows" r WHERE ${w.sql}`,
      id,
      ...w.params,
    )) as [{ total: number }];
    const rows = await prisma.$queryRawUnsafe<(StoredRow & { eligible: string[]; estimatedYuan: number })[]>(
      `SELECT r."row", r."uscc", r."name", r."district", r."subject_type" AS "subjectType", r."facts", r."statuses",
         r."eligible", r."estimated_yuan" AS "estimatedYuan"
       FROM "matching_rows" r WHERE ${w.sql} ORDER BY r."row" LIMIT ${q.limit} OFFSET ${q.offset}`,
      id,
      ...w.params,
    );
    const claims = await claimsOf(
      rows.map((x) => x.uscc),
      year,
      q.scope,
    );
    return {
      total,
      limit: q.limit,
      offset: q.offset,
      items: rows.map((x) => {
        const filed = claims.get(x.uscc) ?? [];
        return {
          row: x.row,
          uscc: x.uscc,
          name: x.name,
          district: x.district,
          subjectType: x.subjectType,
          facts: x.facts,
          results: expandStatuses(x.subjectType, x.statuses).map((r) => ({
            ...r,
            name: CLAUSES_BY_ID[r.clause]!.name,
          })),
          // The whole assessment (contract §3), as the rules give it for the run's date: reasons
          // and amounts for each clause; recomputed for the page shown, not stored.
          ...(withAssessment
            ? {
                assessment: assess(
                  { ...x.facts, assessedOn: r.assessedOn } as Facts,
                  deps.parameters ? { parameters: deps.parameters } : {},
                ),
              }
            : {}),
          eligible: x.eligible,
          estimatedYuan: x.estimatedYuan,
          applied: filed.length > 0,
          applications: filed.map((a) => ({
            id: a.id,
            number: a.number,
            status: a.status,
            differences: differences(a.facts, x.facts),
          })),
          differs: filed.some((a) => differences(a.facts, x.facts).length > 0),
        };
      }),
    };
  }

  /** This year's applications of these subjects, by 统一社会信用代码. */
  async function claimsOf(usccs: string[], year: number, district?: string) {
    const found = usccs.length
      ? await prisma.application.findMany({
          where: { year, applicant: { uscc: { in: usccs } }, ...(district ? { district } : {}) },
          select: {
            id: true,
            number: true,
            status: true,
            facts: true,
            applicant: { select: { uscc: true } },
          },
          orderBy: { createdAt: "asc" },
        })
      : [];
    const by = new Map<
      string,
      { id: string; number: string; status: string; facts: Record<string, unknown> }[]
    >();
    for (const a of found)
      by.set(a.applicant.uscc, [
        ...(by.get(a.applicant.uscc) ?? []),
        { id: a.id, number: a.number, status: a.status, facts: a.facts as Record<string, unknown> },
      ]);
    return by;
  }

  /**
   * For an application's page: the latest run of its year that counted its subject, and where the
   * claimed figures differ from the counted ones. null when no run counted it.
   */
  async function countedFor(uscc: string, year: number, claimed: Record<string, unknown>) {
    const [hit] = await prisma.$queryRaw<
      {
        runId: string;
        row: number;
        facts: Record<string, unknown>;
        assessedOn: string;
        fileName: string | null;
      }[]
    >`SELECT r."run_id" AS "runId", r."row", r."facts", m."assessed_on" AS "assessedOn", m."file_name" AS "fileName"
      FROM "matching_rows" r JOIN "matching_runs" m ON m."id" = r."run_id"
      WHERE r."uscc" = ${uscc} AND m."status" = 'done' AND m."assessed_on" LIKE ${`${year}-%`}
      ORDER BY m."created_at" DESC LIMIT 1`;
    if (!hit) return null;
    return {
      runId: hit.runId,
      row: hit.row,
      assessedOn: hit.assessedOn,
      fileName: hit.fileName,
      facts: hit.facts,
      differences: differences(claimed, hit.facts) satisfies Difference[],
    };
  }

  /** Runs left "importing" by a process that died: removed (with their rows) after `olderThanMs`. */
  async function removeAbandoned(olderThanMs = 60 * 60_000) {
    const r = await prisma.matchingRun.deleteMany({
      where: { status: "importing", createdAt: { lt: new Date(clock().getTime() - olderThanMs) } },
    });
    return r.count;
  }

  /**
   * The filtered rows as a CSV for Excel (a BOM, Chinese headers, formula-like cells escaped), read a
   * page of 500 at a time by row number, so a run of 100,000 rows streams in flat memory.
   */
  function exportCsv(id: string, q: Omit<ResultQuery, "limit" | "offset" | "afterRow">) {
    return Readable.from(exportRows(id, q)).pipe(stringify({ bom: true, escape_formulas: true }));
  }

  async function* exportRows(id: string, q: Omit<ResultQuery, "limit" | "offset" | "afterRow">) {
    const r = await run(id);
    const clauses = CLAUSE_IDS.map((c) => CLAUSES_BY_ID[c]!);
    yield [
      "行号",
      "统一社会信用代码",
      "名称",
      "所属区县",
      "主体类型",
      "符合的项目",
      "测算金额（元）",
      "今年已申报",
      "申报与纳统不一致",
      ...clauses.map((c) => `${articleName(c.article)} ${c.name}`),
    ];
    let afterRow = 0;
    for (;;) {
      const page = await rowsOf(r, { ...q, afterRow, limit: 500, offset: 0 }, false);
      for (const x of page.items) {
        const by = Object.fromEntries(x.results.map((c) => [c.clause, c.status]));
        yield [
          x.row,
          x.uscc,
          x.name,
          x.district ?? "",
          SUBJECT_LABELS[x.subjectType as keyof typeof SUBJECT_LABELS] ?? x.subjectType,
          x.eligible.map((c) => CLAUSES_BY_ID[c as ClauseId]?.name ?? c).join("、"),
          x.estimatedYuan,
          x.applied ? x.applications.map((a) => a.number).join("、") : "否",
          x.applications.flatMap((a) => a.differences.map((d) => d.text)).join("；"),
          ...clauses.map((c) => ASSESSMENT_STATUS_LABELS[by[c.id] ?? ""] ?? ""),
        ];
      }
      if (page.items.length < 500) break;
      afterRow = page.items.at(-1)!.row;
    }
  }

  return { importRun, getRun, listRuns, results, countedFor, removeAbandoned, exportCsv };
}

export type Matching = ReturnType<typeof createMatching>;
