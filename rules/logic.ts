// Conditions as data and their three-valued evaluation (true / false / unknown).
// A condition on a fact that is not known yet is unknown; `all` is false as soon as one part is false
// and `any` is true as soon as one part is true, whatever the unknown parts are. An unknown result
// carries exactly the facts whose answers could still change it.

import {
  EVENT_INFLUENCE_LABELS,
  type EventInfluence,
  type FACT_TYPES,
  type FactDefinition,
  type FactKey,
  type Facts,
} from "./facts.ts";
import { formatCount, formatMonths, formatPercent, formatWan } from "./format.ts";
import type { ParameterName } from "./parameters.ts";

export type NumericFact = {
  [K in FactKey]: (typeof FACT_TYPES)[K] extends "yuan" | "count" | "months" | "percent" ? K : never;
}[FactKey];
export type BooleanFact = {
  [K in FactKey]: (typeof FACT_TYPES)[K] extends "boolean" ? K : never;
}[FactKey];

/** How a comparison reads: 「达到 … 以上」, 「满 …」, 「超过 …」, 「大于 …」. */
export interface Wording {
  pass: string;
  fail: string;
  /** Appended after the threshold, e.g. 「（含）以上」. */
  suffix?: string;
}

/** A leaf carries its fact's words (`def`), bound when the policy is loaded, so reasons need no lookup. */
export type Condition =
  | {
      kind: "compare";
      fact: NumericFact;
      op: "gte" | "gt" | "lte";
      param: ParameterName;
      wording: Wording;
      def: FactDefinition;
    }
  | { kind: "is"; fact: BooleanFact; value: boolean; def: FactDefinition }
  | { kind: "oneOf"; fact: "eventInfluence"; values: readonly EventInfluence[]; def: FactDefinition }
  | { kind: "all"; of: readonly Condition[] }
  | { kind: "any"; of: readonly Condition[] };

export type Truth = true | false | null;

// ---- builders, used by the policy loader ----

/** The default wording of each comparison: 「达到 … 以上」「超过 …」「未超过上限 …」. */
export const DEFAULT_WORDING: Readonly<Record<"gte" | "gt" | "lte", Wording>> = {
  gte: { pass: "达到", fail: "未达到", suffix: "以上" },
  gt: { pass: "超过", fail: "未超过" },
  lte: { pass: "未超过上限", fail: "超过上限" },
};

/**
 * Every condition object gets the same fields in the same order, unused ones undefined: the
 * evaluator then reads one object shape, which V8 optimises far better than five.
 */
function node(
  fields: Partial<
    Record<"kind" | "fact" | "op" | "param" | "wording" | "value" | "values" | "of" | "def", unknown>
  >,
): Condition {
  return {
    kind: fields.kind,
    fact: fields.fact,
    op: fields.op,
    param: fields.param,
    wording: fields.wording,
    value: fields.value,
    values: fields.values,
    of: fields.of,
    def: fields.def,
    // A one-entry memo of the threshold's wording (thresholds change only with the date).
    memoT: undefined,
    memoText: undefined,
  } as Condition;
}

export const compare = (
  fact: NumericFact,
  op: "gte" | "gt" | "lte",
  param: ParameterName,
  def: FactDefinition,
  wording: Wording = DEFAULT_WORDING[op],
): Condition => node({ kind: "compare", fact, op, param, wording, def });
export const is = (fact: BooleanFact, value: boolean, def: FactDefinition): Condition =>
  node({ kind: "is", fact, value, def });
export const oneOf = (
  fact: "eventInfluence",
  values: readonly EventInfluence[],
  def: FactDefinition,
): Condition => node({ kind: "oneOf", fact, values, def });
export const all = (...of: Condition[]): Condition => node({ kind: "all", of });
export const any = (...of: Condition[]): Condition => node({ kind: "any", of });

// ---- evaluation ----

export type Params = Readonly<Record<ParameterName, number>>;

/** A fact's value as it reads in a sentence: 「8000 万元」「25 家」「14 个月」「85%」. */
export function formatValue(def: FactDefinition, value: number): string {
  switch (def.type) {
    case "yuan":
      return formatWan(value);
    case "months":
      return formatMonths(value);
    case "percent":
      return formatPercent(value);
    default:
      return formatCount(value, def.unit ?? "");
  }
}

function compareHolds(op: "gte" | "gt" | "lte", v: number, t: number): boolean {
  return op === "gte" ? v >= t : op === "gt" ? v > t : v <= t;
}

function explainCompare(
  c: Extract<Condition, { kind: "compare" }>,
  v: number,
  t: number,
  ok: boolean,
): string {
  const label = c.def.label;
  const memo = c as unknown as { memoT?: number; memoText?: string };
  if (memo.memoT !== t) {
    memo.memoText = `${formatValue(c.def, t)}${c.wording.suffix ?? ""}`;
    memo.memoT = t;
  }
  const threshold = memo.memoText!;
  const head = `${label} ${formatValue(c.def, v)}`;
  if (ok) return `${head}，${c.wording.pass} ${threshold}`;
  // Say by how much it fell short, where that is meaningful.
  if (c.op === "gte") return `${head}，${c.wording.fail} ${threshold}（还差 ${formatValue(c.def, t - v)}）`;
  if (c.op === "gt" && c.def.type === "count")
    return `${head}，${c.wording.fail} ${formatValue(c.def, t)}（须至少 ${formatValue(c.def, t + 1)}）`;
  return `${head}，${c.wording.fail} ${threshold}`;
}

/** The truth of a condition, without building any text: the fast path. */
export function truth(c: Condition, facts: Facts, params: Params): Truth {
  switch (c.kind) {
    case "compare": {
      const v = facts[c.fact];
      return v === undefined ? null : compareHolds(c.op, v, params[c.param]!);
    }
    case "is": {
      const v = facts[c.fact];
      return v === undefined ? null : v === c.value;
    }
    case "oneOf": {
      const v = facts[c.fact];
      return v === undefined ? null : c.values.includes(v);
    }
    case "all":
    case "any": {
      // all: one false settles it; any: one true settles it.
      const decisive = c.kind === "any";
      let unknown = false;
      for (const part of c.of) {
        const t = truth(part, facts, params);
        if (t === decisive) return decisive;
        if (t === null) unknown = true;
      }
      return unknown ? null : !decisive;
    }
  }
}

/**
 * Whether every comparison or test of one of `keys` in `c` comes out the same (holds, fails, unknown) for two
 * sets of facts: a changed answer that moves no bar changes no result, whatever is still unanswered.
 */
export function sameOn(c: Condition, keys: readonly string[], a: Facts, b: Facts, params: Params): boolean {
  if (c.kind === "all" || c.kind === "any") return c.of.every((p) => sameOn(p, keys, a, b, params));
  return !keys.includes(c.fact) || truth(c, a, params) === truth(c, b, params);
}

function leafReason(
  c: Exclude<Condition, { kind: "all" | "any" }>,
  facts: Facts,
  params: Params,
): string | null {
  switch (c.kind) {
    case "compare": {
      const v = facts[c.fact];
      if (v === undefined) return null;
      const t = params[c.param]!;
      return explainCompare(c, v, t, compareHolds(c.op, v, t));
    }
    case "is": {
      const v = facts[c.fact];
      if (v === undefined) return null;
      return (v ? c.def.yes : c.def.no) ?? c.def.label;
    }
    case "oneOf": {
      const v = facts[c.fact];
      if (v === undefined) return null;
      const wanted = c.values.map((x) => EVENT_INFLUENCE_LABELS[x]).join("或");
      return c.values.includes(v)
        ? `活动具有${EVENT_INFLUENCE_LABELS[v]}`
        : `活动影响力为${EVENT_INFLUENCE_LABELS[v]}，政策支持的是具有${wanted}的活动`;
    }
  }
}

/**
 * The sentences that explain a condition's truth: when a part settles it (a false part of `all`,
 * a true part of `any`), only the settling parts; otherwise every part that is known.
 */
export function explain(c: Condition, facts: Facts, params: Params, into: string[] = []): string[] {
  if (c.kind !== "all" && c.kind !== "any") {
    const r = leafReason(c, facts, params);
    if (r !== null) into.push(r);
    return into;
  }
  const decisive = c.kind === "any";
  const settled = truth(c, facts, params) === decisive;
  for (const part of c.of)
    if (!settled || truth(part, facts, params) === decisive) explain(part, facts, params, into);
  return into;
}

/** The facts that could still change an unknown condition, in reading order. */
export function missingOf(c: Condition, facts: Facts, params: Params, into: FactKey[] = []): FactKey[] {
  if (c.kind === "all" || c.kind === "any") {
    if (truth(c, facts, params) !== null) return into;
    for (const part of c.of) missingOf(part, facts, params, into);
  } else if (facts[c.fact] === undefined && !into.includes(c.fact)) into.push(c.fact);
  return into;
}

/** Every fact a condition reads, in reading order. */
export function factsOf(c: Condition, into: FactKey[] = []): FactKey[] {
  if (c.kind === "all" || c.kind === "any") for (const p of c.of) factsOf(p, into);
  else if (!into.includes(c.fact)) into.push(c.fact);
  return into;
}
