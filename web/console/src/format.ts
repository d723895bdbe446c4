// How the console writes money, times and facts.

import type { Labels } from "./labels.ts";

/** Yuan as 万元, the way the bureau reads amounts; a missing amount is a dash, never 「null」. */
export const wan = (yuan: number | null | undefined): string =>
  yuan === null || yuan === undefined
    ? "—"
    : `${(yuan / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 4 })} 万元`;

/**
 * What an application asks, as the queue shows it: the budget money, and a loan asked (a referral to
 * the banks, no budget money) in the applicant's own figure — 「贷款 800 万元」, never 「0 万元」.
 */
export function asked(requestedYuan: number | null | undefined, loanYuan: number | null | undefined): string {
  const loan = loanYuan === null || loanYuan === undefined ? "" : `贷款 ${wan(loanYuan)}`;
  if (loan && !requestedYuan) return loan;
  return loan ? `${wan(requestedYuan)}＋${loan}` : wan(requestedYuan);
}

export const yuan = (n: number): string => `${n.toLocaleString("zh-CN")} 元`;

/** A moment in Beijing time. */
export const time = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—";

/** A file's size in words a person reads. */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A fact's value in the applicant's own terms (yuan as 万元, months, percent, yes or no, words). */
export function fact(labels: Labels, key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "是" : "否";
  const words = (labels.words as Record<string, Record<string, string>>)[key];
  if (words && typeof value === "string" && words[value]) return words[value];
  if (typeof value !== "number") return String(value);
  switch (labels.factTypes[key]) {
    case "yuan":
      return wan(value);
    case "months":
      return `${value} 个月`;
    case "percent":
      return `${value}%`;
    default:
      return String(value);
  }
}
