// How an application is shown by the API: a summary for lists, the detail with its clauses (each
// with what was approved for it), its facts, assessment and decision history.

import { CLAUSES_BY_ID, FACT_KEYS, FACTS, type Assessment, type ClauseId } from "../../rules/index.ts";
import { DECISION_LABELS, STATUS_LABELS } from "../../contract/labels.ts";
import type { Prisma } from "../db/database.ts";
import type { ClauseRow } from "./insert-application.ts";
import { fixedLimit } from "../review/approval.ts";
import { showValue } from "./claims.ts";

export const INCLUDE = {
  clauses: true,
  decisions: { orderBy: { createdAt: "asc" as const } },
  applicant: true,
  // Only whether the filer is a mini-program user (a decision is sent as a subscribe message).
  chatUser: { select: { kind: true } },
  // What the files are, never their bytes.
  materials: {
    select: { id: true, name: true, contentType: true, size: true, uploadedAt: true, uploadedBy: true },
    orderBy: { uploadedAt: "asc" as const },
  },
  round: { select: { id: true, title: true, figuresYear: true } },
  // The 公示 it is on and its transfer (contract §14), as the applicant sees their progress.
  publicationItems: {
    select: {
      withdrawnAt: true,
      publication: { select: { roundId: true, startsOn: true, endsOn: true } },
    },
  },
  payments: { select: { payableYuan: true, paidOn: true } },
};

/** Where a material opens (inline); `?download=1` sends it as an attachment. */
export const materialUrl = (id: string) => `/api/materials/${id}`;

type Row = NonNullable<Awaited<ReturnType<Prisma["application"]["findFirst"]>>>;
export type DetailRow = Row & {
  clauses: (ClauseRow & { approvedAmountYuan?: number | null })[];
  decisions: {
    id: string;
    decision: string;
    note: string;
    approvedAmountYuan: number | null;
    decidedBy: string;
    createdAt: Date;
  }[];
  materials?: {
    id: string;
    name: string;
    contentType: string;
    size: number;
    uploadedAt: Date;
    uploadedBy: string;
  }[];
};

/**
 * The applicant's own figures as filed, with their Chinese labels and as a person reads them (a loan
 * asked of 800 万 is 800 万, never the clause's ceiling); facts not given are left out, never "null".
 */
export function claimedFacts(facts: Record<string, unknown>) {
  return FACT_KEYS.filter(
    (k) => k !== "assessedOn" && k !== "subjectType" && facts[k] !== undefined && facts[k] !== null,
  ).map((k) => ({ key: k, label: FACTS[k].label, value: facts[k], text: showValue(k, facts[k]) }));
}

export function presentSummary(a: Row & { clauses: DetailRow["clauses"] }) {
  const snapshot = a.applicantSnapshot as Record<string, string>;
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    applicantName: snapshot.name ?? "",
    district: a.district,
    subjectType: a.subjectType,
    clauses: a.clauses.map((c) => c.clause),
    requestedAmountYuan: a.requestedAmountYuan,
    // A loan takes no budget money, so requestedAmountYuan leaves it out; the queue shows it from here.
    loanAmountYuan: a.clauses.some((c) => c.kind === "loan")
      ? (((a.facts as Record<string, unknown>).loanAmountYuan as number | undefined) ?? null)
      : null,
    approvedAmountYuan: a.approvedAmountYuan,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function presentDetail(a: DetailRow) {
  const facts = a.facts as Record<string, unknown>;
  return {
    ...presentSummary(a),
    applicant: a.applicantSnapshot,
    /** The policy it was filed under (contract §15). */
    policyId: a.policyId,
    /** The round it was filed into (contract §13), or null. */
    round: (a as { round?: { id: string; title: string; figuresYear: number } | null }).round ?? null,
    facts: a.facts,
    claimed: {
      facts: Object.fromEntries(Object.entries(facts).filter(([k]) => k !== "assessedOn")),
      items: claimedFacts(facts),
    },
    assessment: a.assessment,
    materials: (a.materials ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      contentType: m.contentType,
      size: m.size,
      uploadedBy: m.uploadedBy,
      uploadedAt: m.uploadedAt.toISOString(),
      url: materialUrl(m.id),
    })),
    clauseResults: a.clauses.map((c) => ({
      clause: c.clause,
      article: c.article,
      kind: c.kind,
      name: CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause,
      status: c.status,
      maxAmountYuan: c.maxAmountYuan,
      estimatedAmountYuan: c.estimatedAmountYuan,
      approvedAmountYuan: c.approvedAmountYuan ?? null,
      // The most the server lets staff approve under it (null: a loan, or case by case).
      approvalLimitYuan: fixedLimit(c),
      // What the applicant asked for in their own figures: the loan's amount, not its ceiling.
      askedAmountYuan: c.kind === "loan" ? ((facts.loanAmountYuan as number | undefined) ?? null) : null,
    })),
    decisions: a.decisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      note: d.note,
      approvedAmountYuan: d.approvedAmountYuan,
      decidedBy: d.decidedBy,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}

/**
 * An application as its own applicant sees it (GET /api/me/applications): status and decisions in
 * Chinese, no staff names, no facts.
 */
export function presentOwn(a: DetailRow) {
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status] ?? a.status,
    applicantName: (a.applicantSnapshot as Record<string, string>).name ?? "",
    clauses: a.clauses.map((c) => ({
      id: c.clause,
      name: CLAUSES_BY_ID[c.clause as ClauseId]?.name ?? c.clause,
      estimatedAmountYuan: c.estimatedAmountYuan,
      maxAmountYuan: c.maxAmountYuan,
    })),
    requestedAmountYuan: a.requestedAmountYuan,
    approvedAmountYuan: a.approvedAmountYuan,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    decisions: a.decisions.map((d) => ({
      decision: d.decision,
      decisionLabel: DECISION_LABELS[d.decision] ?? d.decision,
      note: d.note,
      approvedAmountYuan: d.approvedAmountYuan,
      at: d.createdAt.toISOString(),
    })),
    ...progressOf(a),
  };
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Published (公示) and paid (拨付): where the application stands after its approval. */
function progressOf(a: DetailRow) {
  const on = (
    a as {
      publicationItems?: {
        withdrawnAt: Date | null;
        publication: { roundId: string; startsOn: Date; endsOn: Date };
      }[];
    }
  ).publicationItems?.find((i) => !i.withdrawnAt);
  const paid = (a as { payments?: { payableYuan: number; paidOn: Date | null }[] }).payments?.find(
    (p) => p.paidOn,
  );
  return {
    publication: on
      ? {
          startsOn: ymd(on.publication.startsOn),
          endsOn: ymd(on.publication.endsOn),
          url: `/gongshi/${on.publication.roundId}`,
        }
      : null,
    payment: paid ? { payableYuan: paid.payableYuan, paidOn: ymd(paid.paidOn!) } : null,
  };
}

/** What the applicant may expect: the formula's estimate where there is one, else the cap; never the loan. */
export function requestedAmount(assessment: Assessment, clauses: readonly ClauseId[]): number {
  let sum = 0;
  for (const r of assessment.results)
    if (clauses.includes(r.clause) && r.kind !== "loan") sum += r.estimatedAmountYuan ?? r.maxAmountYuan ?? 0;
  return sum;
}
