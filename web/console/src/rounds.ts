// Application rounds (申报批次, contract §13) as the console reads them: the round with its budget
// (GET /api/rounds/settings, staff), the words for its status, and the API's issues found by field.

import type { ApiErrorBody } from "./api/client";

export type RoundStatus = "scheduled" | "open" | "closed";

export interface Round {
  id: string;
  policyId: string;
  title: string;
  figuresYear: number;
  opensOn: string;
  closesOn: string;
  clauses: string[];
  standards: Record<string, number>;
  districtReview: boolean;
  status: RoundStatus;
  budgetYuan: number;
  frozen: boolean;
  createdBy: string;
}

export const ROUND_STATUS: Record<RoundStatus, string> = {
  scheduled: "未开始",
  open: "受理中",
  closed: "已截止",
};

export const STATUS_TAG: Record<RoundStatus, "info" | "success" | "warning"> = {
  scheduled: "info",
  open: "success",
  closed: "warning",
};

/** The API's issues by field: `clauses.2` files under `clauses`, `standards.village.award` under itself. */
export function issuesByField(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of (error as ApiErrorBody | undefined)?.error?.issues ?? []) {
    const path = i.path ?? "";
    const key = path.startsWith("standards.") ? path : path.split(".")[0] || "";
    out[key] = out[key] ? `${out[key]}；${i.message}` : i.message;
  }
  return out;
}

/** The standards as typed (name → text) turned to numbers; empty means the policy's figure. */
export function standardsFrom(texts: Record<string, string>): {
  standards: Record<string, number>;
  bad: Record<string, string>;
} {
  const standards: Record<string, number> = {};
  const bad: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) {
    const t = text.replace(/[,，\s]/g, "");
    if (t === "") continue;
    const n = Number(t);
    if (Number.isFinite(n) && n >= 0) standards[name] = n;
    else bad[`standards.${name}`] = "请填写不小于 0 的数字（元），或留空按政策规定。";
  }
  return { standards, bad };
}

/** A round's standards as the inputs show them. */
export const textsFrom = (standards: Record<string, number>): Record<string, string> =>
  Object.fromEntries(Object.entries(standards).map(([k, v]) => [k, String(v)]));

/** Only the standards of parameters still shown (a clause unticked takes its standards with it). */
export const onlyShown = (standards: Record<string, number>, shown: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(standards).filter(([k]) => shown.has(k)));
