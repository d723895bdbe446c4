// Claimed against counted (政策找人, issue 12): an application's facts set beside the figures the
// bureau's statistics counted for the same subject, fact by fact — 「申报 8,000 万元，纳统 7,200 万元」.
// Pure: the rows come in, the differences go out.

import { FACTS, type FactKey } from "../../rules/index.ts";

export interface Difference {
  fact: string;
  label: string;
  claimed: unknown;
  counted: unknown;
  /** In Chinese, as staff read it. */
  text: string;
}

/** A figure as a person reads it: 8,000 万元, 25 家, 是. */
export function showValue(fact: string, value: unknown): string {
  const def = FACTS[fact as FactKey];
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value !== "number" || !def) return String(value);
  switch (def.type) {
    case "yuan":
      return value >= 10_000
        ? `${(value / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 4 })} 万元`
        : `${value.toLocaleString("zh-CN")} 元`;
    case "count":
      return `${value.toLocaleString("zh-CN")} ${def.unit ?? ""}`.trim();
    case "months":
      return `${value} 个月`;
    case "percent":
      return `${value}%`;
    default:
      return String(value);
  }
}

/** The facts both give and give differently (the assessment date aside). */
export function differences(
  claimed: Record<string, unknown>,
  counted: Record<string, unknown>,
): Difference[] {
  const out: Difference[] = [];
  for (const [fact, value] of Object.entries(counted)) {
    if (fact === "assessedOn" || !(fact in claimed)) continue;
    const mine = claimed[fact];
    if (mine === undefined || mine === null || value === undefined || value === null || mine === value)
      continue;
    const label = FACTS[fact as FactKey]?.label ?? fact;
    out.push({
      fact,
      label,
      claimed: mine,
      counted: value,
      text: `${label}：申报 ${showValue(fact, mine)}，纳统 ${showValue(fact, value)}`,
    });
  }
  return out;
}
