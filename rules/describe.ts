// A policy in Chinese for people who read it without code (`npm run policy -- show`): each clause with
// its conditions and amounts as in force on a day, then every parameter with its value and source.

import { SUBJECT_LABELS } from "./facts.ts";
import { articleName, formatWan } from "./format.ts";
import { formatValue, type Condition } from "./logic.ts";
import { valuesIn } from "./parameters.ts";
import type { Policy } from "./policy.ts";

const KIND = { award: "奖励", subsidy: "补贴", loan: "贷款（银行发放）", case_by_case: "一事一议" } as const;
const INFLUENCE = { national: "全国", provincial: "全省", other: "其他" } as const;

function conditionText(c: Condition, params: Readonly<Record<string, number>>): string {
  switch (c.kind) {
    case "all":
      return c.of.map((p) => conditionText(p, params)).join("，且");
    case "any":
      return `（${c.of.map((p) => conditionText(p, params)).join("；或")}）`;
    case "is":
      return (c.value ? c.def.yes : c.def.no) ?? c.def.label;
    case "oneOf":
      return `${c.def.label}为${c.values.map((v) => INFLUENCE[v]).join("或")}`;
    case "compare":
      return `${c.def.label}${c.wording.pass} ${formatValue(c.def, params[c.param]!)}${c.wording.suffix ?? ""}`;
  }
}

/**
 * What a clause asks of one fact, in words (「达到 20 家以上」), from its conditions and lowest tier on a day:
 * said beside a fact still needed, so a person knows the bar without reading the article.
 */
export function requirementOf(
  clause: Pick<Policy["clauses"][number], "when" | "tiers">,
  fact: string,
  params: Readonly<Record<string, number>>,
): string | null {
  const found: string[] = [];
  const walk = (c: Condition) => {
    if (c.kind === "all" || c.kind === "any") c.of.forEach(walk);
    else if (c.kind === "compare" && c.fact === fact)
      found.push(`${c.wording.pass} ${formatValue(c.def, params[c.param]!)}${c.wording.suffix ?? ""}`);
  };
  walk(clause.when);
  const lowest = clause.tiers.at(-1)?.when;
  if (found.length === 0 && lowest) walk(lowest);
  return found.length > 0 ? [...new Set(found)].join("或") : null;
}

/** The bars a clause sets on a fact (its conditions and its lowest tier's), each with whether it is met at the bar itself. */
export function barsOf(
  clause: Pick<Policy["clauses"][number], "when" | "tiers">,
  fact: string,
  params: Readonly<Record<string, number>>,
): { value: number; inclusive: boolean }[] {
  const found: { value: number; inclusive: boolean }[] = [];
  const walk = (c: Condition) => {
    if (c.kind === "all" || c.kind === "any") c.of.forEach(walk);
    else if (c.kind === "compare" && c.fact === fact && c.op !== "lte")
      found.push({ value: params[c.param]!, inclusive: c.op === "gte" });
  };
  walk(clause.when);
  for (const t of clause.tiers) if (t.when) walk(t.when);
  return found;
}

export function describePolicy(policy: Policy, date: string): string[] {
  const params = valuesIn(policy.parameters, date);
  const money = (name: string) => {
    const p = policy.parameters[name]!;
    return p.unit === "yuan" ? formatWan(params[name]!) : `${params[name]}`;
  };
  const inForce = date >= policy.validFrom && date <= policy.validTo;
  const out = [
    `《${policy.title}》`,
    `编号：${policy.id}　发文：${policy.issuer}　适用：${policy.districts.join("、")}`,
    `有效期：${policy.validFrom} 至 ${policy.validTo}（${date} ${inForce ? "在有效期内" : "不在有效期内"}）`,
    "",
    `条款（${policy.clauses.length} 个，按 ${date} 的参数）：`,
  ];
  for (const c of policy.clauses) {
    out.push(`${articleName(c.article)} ${c.name}（${c.id}，${KIND[c.kind]}）`);
    out.push(`  适用：${c.subjects.map((s) => SUBJECT_LABELS[s]).join("、")}`);
    out.push(`  条件：${conditionText(c.when, params)}`);
    for (const t of c.tiers)
      out.push(
        `  ${t.when ? `${conditionText(t.when, params)}：` : ""}${c.fixedAmount ? "给予" : "最高"} ${money(t.amount)}`,
      );
    if (c.estimate)
      out.push(
        `  测算：每 ${money(c.estimate.unit)}最高给予 ${params[c.estimate.rate]} 元，每家最高 ${money(c.estimate.cap)}`,
      );
    if (c.cityTotal) out.push(`  全市总额：不超过 ${money(c.cityTotal)}`);
    if (c.oncePerPolicy) out.push("  政策期内不重复奖励");
    if (c.highestTierOnly) out.push("  只奖励首次达到的档次");
    if (c.approvalCeiling) out.push(`  市商务局设定的单次核定上限：${money(c.approvalCeiling)}`);
  }
  out.push("", `参数（${date} 有效的取值）：`);
  for (const [name, p] of Object.entries(policy.parameters)) {
    const current = [...p.values].filter((v) => v.from <= date).at(-1) ?? p.values[0]!;
    out.push(`${name}　${p.description}：${money(name)}（自 ${current.from}；依据：${current.source}）`);
  }
  return out;
}
