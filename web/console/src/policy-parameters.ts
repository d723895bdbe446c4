// The policy's own parameters (GET /api/policy): which are money a round's standard may lower, their
// descriptions and their dated values, and which of them each clause reads (labels.json). Nothing
// here holds a figure of the policy: every amount is read from the document.

import { shallowRef } from "vue";
import { api } from "./api/client";
import { L } from "./labels";

export interface PolicyParameter {
  name: string;
  description: string;
  unit: string;
  money: boolean;
  /** The value in force today. */
  value: number;
  values: { from: string; value: number; source?: string }[];
}

const loaded = shallowRef<Record<string, PolicyParameter> | null>(null);

/** The city's policy's parameters, read once. */
export async function loadParameters(): Promise<Record<string, PolicyParameter>> {
  if (loaded.value) return loaded.value;
  const { data, response } = await api.GET("/api/policy");
  if (!response.ok || !data) throw new Error(`/api/policy: ${response.status}`);
  // The policy route does not describe its body in the OpenAPI document; its shape is read here.
  const doc = data as unknown as { parameters: Record<string, Omit<PolicyParameter, "name">> };
  loaded.value = Object.fromEntries(
    Object.entries(doc.parameters).map(([name, p]) => [name, { ...p, name }]),
  );
  return loaded.value;
}

/** The policy's own figure for a figures year: the value in force on the year's last day. */
export function policyValue(p: PolicyParameter, figuresYear: number | null): number {
  if (!figuresYear) return p.value;
  const end = `${figuresYear}-12-31`;
  const inForce = [...p.values].filter((v) => v.from <= end).sort((a, b) => (a.from < b.from ? 1 : -1));
  return inForce[0]?.value ?? p.value;
}

/** The money parameters of these clauses, in the clauses' order, each once. */
export function moneyParametersOf(
  params: Record<string, PolicyParameter>,
  clauses: readonly string[],
): { clause: string; parameter: PolicyParameter }[] {
  const byClause = L().clauseParameters;
  const seen = new Set<string>();
  const out: { clause: string; parameter: PolicyParameter }[] = [];
  for (const clause of clauses)
    for (const name of byClause[clause] ?? []) {
      const p = params[name];
      if (!p?.money || seen.has(name)) continue;
      seen.add(name);
      out.push({ clause, parameter: p });
    }
  return out;
}

/** How a parameter's figure reads: yuan as 元 and 万元, a rate per unit as it is. */
export function figure(p: PolicyParameter, value: number): string {
  if (p.unit === "yuan")
    return `${value.toLocaleString("zh-CN")} 元（${(value / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 4 })} 万元）`;
  return `${value.toLocaleString("zh-CN")}${p.unit === "yuanPerUnit" ? " 元/单位" : ""}`;
}
