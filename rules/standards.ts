// A round's yearly standards (「依据总额上限分项确定政策条款具体兑现标准」), in the manner of an OpenFisca
// reform: a standard replaces one money parameter for the round's figures year, applied as one dated
// override on the policy's parameters — never a second copy of the rules. Only money may be lowered (an
// award, a cap, a rate, a total), never above the policy's own figure; a threshold is not a standard.

import { valueIn, type DatedValue, type ParameterName, type ParameterOverrides } from "./parameters.ts";
import type { Policy } from "./policy.ts";
import { cityPolicy } from "./registry.ts";
import type { Issue } from "./schema.ts";

export type Standards = Readonly<Record<ParameterName, number>>;

/** The parameters a round may set a standard for. */
export function moneyParameters(policy: Pick<Policy, "parameters"> = cityPolicy()): ParameterName[] {
  return Object.keys(policy.parameters).filter((n) => policy.parameters[n]!.money === true);
}

type Period = Pick<Policy, "validFrom" | "validTo">;

/** The first and the last day of the figures year inside the policy's period (null: no day of it is). */
export function figuresYearSpan(
  year: number,
  policy: Period = cityPolicy(),
): { from: string; to: string } | null {
  const from = `${year}-01-01` < policy.validFrom ? policy.validFrom : `${year}-01-01`;
  const to = `${year}-12-31` > policy.validTo ? policy.validTo : `${year}-12-31`;
  return from <= to ? { from, to } : null;
}

/** The day a round's figures are assessed on: the last day of the figures year the policy covers. */
export function figuresDate(year: number, policy: Period = cityPolicy()): string {
  const span = figuresYearSpan(year, policy);
  if (!span) throw new Error(`${year} 年不在政策有效期内`);
  return span.to;
}

/** What is wrong with these standards for this figures year (empty: nothing). */
export function standardProblems(
  standards: Record<string, unknown>,
  figuresYear: number,
  base?: ParameterOverrides,
  policy: Policy = cityPolicy(),
): Issue[] {
  const issues: Issue[] = [];
  const date = figuresYearSpan(figuresYear, policy)?.to;
  for (const [name, value] of Object.entries(standards)) {
    const path = `standards.${name}`;
    if (!Object.hasOwn(policy.parameters, name)) {
      issues.push({ path, message: `不认识的参数：${name}` });
      continue;
    }
    const p = policy.parameters[name]!;
    if (!p.money) {
      issues.push({ path, message: `${name}（${p.description}）是条件门槛，不是兑现标准，不能按年度调整` });
      continue;
    }
    const whole = p.unit !== "yuanPerUnit";
    if (
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      value < 0 ||
      (whole && !Number.isInteger(value))
    ) {
      issues.push({ path, message: `${name} 须为${whole ? "不小于 0 的整数（元）" : "不小于 0 的数"}` });
      continue;
    }
    if (date !== undefined) {
      const own = valueIn(policy.parameters, name, date, base);
      if (value > own)
        issues.push({
          path,
          message: `${name}（${p.description}）的标准 ${value} 高于政策规定的 ${own}，不能上调`,
        });
    }
  }
  return issues;
}

/** The overrides that apply a round's standards from the first day of its figures year, on top of `base`. */
export function withStandards(
  standards: Standards,
  figuresYear: number,
  source: string,
  base?: ParameterOverrides,
  policy: Policy = cityPolicy(),
): ParameterOverrides {
  const span = figuresYearSpan(figuresYear, policy);
  const out: Record<string, readonly DatedValue[]> = { ...(base as Record<string, readonly DatedValue[]>) };
  if (!span) return out as ParameterOverrides;
  for (const [name, value] of Object.entries(standards) as [ParameterName, number][]) {
    const own = base?.[name] ?? policy.parameters[name]?.values ?? [];
    // The standard holds for the figures year; from the next year the figure in force then applies again.
    const next = `${figuresYear + 1}-01-01`;
    const resumed = own.filter((v) => v.from <= next).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
    out[name] = [
      ...own.filter((v) => v.from < span.from),
      { from: span.from, value, source },
      ...(resumed ? [{ ...resumed, from: next }] : []),
      ...own.filter((v) => v.from > next),
    ];
  }
  return out as ParameterOverrides;
}
