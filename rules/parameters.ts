// Every number of a policy — thresholds, caps, rates — as dated values, in the manner of OpenFisca's
// parameters: the policy lets the commerce bureau set each year's standards within its budget
// (「具体申报及实际执行标准由市商务局依据预算安排情况按年度另行确定」), so a new year's figure is a new
// entry in the policy's parameters.yaml with the date it takes effect, and no logic changes. Money is
// whole yuan. The values live in policies/<id>/parameters.yaml; this module reads them by date.

export interface DatedValue {
  /** First day (YYYY-MM-DD, Asia/Shanghai) on which the value applies. */
  from: string;
  value: number;
  /** Where the value comes from: the policy's own sentence, or the bureau's notice that changed it. */
  source: string;
}

export interface Parameter {
  description: string;
  unit: "yuan" | "count" | "months" | "percent" | "yuanPerUnit";
  values: readonly DatedValue[];
  /**
   * Money the budget pays (an award, a cap, a rate, a total): what a round's yearly standard may
   * lower. A threshold is never money, however it is measured.
   */
  money?: true;
}

/** A parameter's name in its policy's table, e.g. 「village.award」. */
export type ParameterName = string;
export type ParameterTable = Readonly<Record<ParameterName, Parameter>>;

/** A value the policy leaves to the bureau: its source says so and quotes the sentence it rests on. */
export const BUREAU = "市商务局设定";

/** Values that replace or extend the table, e.g. a year's standards loaded from the bureau's notice. */
export type ParameterOverrides = Partial<Record<ParameterName, readonly DatedValue[]>>;

/** The value in force on `date` (YYYY-MM-DD): the latest entry that has started; the first before any. */
export function valueOn(name: ParameterName, values: readonly DatedValue[], date: string): number {
  let started: DatedValue | undefined;
  let earliest: DatedValue | undefined;
  for (const v of values) {
    if (v.from <= date && (started === undefined || v.from >= started.from)) started = v;
    if (earliest === undefined || v.from < earliest.from) earliest = v;
  }
  const chosen = started ?? earliest;
  if (chosen === undefined) throw new Error(`参数 ${name} 没有任何取值`);
  return chosen.value;
}

export function valueIn(
  table: ParameterTable,
  name: ParameterName,
  date: string,
  overrides: ParameterOverrides | undefined = undefined,
): number {
  const values = overrides?.[name] ?? table[name]?.values;
  if (values === undefined) throw new Error(`没有参数 ${name}`);
  return valueOn(name, values, date);
}

/** Every table's values resolved once per date, so evaluation reads plain numbers. */
const resolved = new WeakMap<ParameterTable, Map<string, Readonly<Record<ParameterName, number>>>>();

export function valuesIn(
  table: ParameterTable,
  date: string,
  overrides?: ParameterOverrides,
): Readonly<Record<ParameterName, number>> {
  // A table is constant, so a date's values are resolved once; overrides are resolved every time.
  let byDate = resolved.get(table);
  const cached = overrides === undefined ? byDate?.get(date) : undefined;
  if (cached) return cached;
  const out: Record<ParameterName, number> = {};
  for (const name of Object.keys(table)) out[name] = valueIn(table, name, date, overrides);
  if (overrides === undefined) {
    if (!byDate) resolved.set(table, (byDate = new Map()));
    if (byDate.size > 1000) byDate.clear();
    byDate.set(date, Object.freeze(out));
  }
  return out;
}
