// The facts schema (contract §2), built from the fact table, with messages in Chinese that name the
// field. The API validates request bodies with the same schema.

import { z } from "zod";
import { EVENT_INFLUENCES, FACT_KEYS, FACT_TYPES, SUBJECT_TYPES, type FactKey, type Facts } from "./facts.ts";
import { cityPolicy } from "./registry.ts";

/** Messages name the field in Chinese; the issue's path names the key. */
function label(key: FactKey): string {
  return cityPolicy().facts[key].label;
}

const wholeNumber = (key: FactKey, unit: string) => {
  const msg = `${label(key)}须为不小于 0 的整数（单位：${unit}）`;
  return z
    .number({ error: msg })
    .int({ error: msg })
    .min(0, { error: msg })
    .max(Number.MAX_SAFE_INTEGER, { error: msg });
};

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function fieldSchema(key: FactKey): z.ZodType {
  const def = cityPolicy().facts[key];
  switch (def.type) {
    case "yuan":
      return wholeNumber(key, "元");
    case "count":
      return wholeNumber(key, def.unit ?? "个");
    case "months":
      return wholeNumber(key, "月");
    case "percent": {
      const msg = `${label(key)}须为 0 到 100 之间的数`;
      return z.number({ error: msg }).min(0, { error: msg }).max(100, { error: msg });
    }
    case "boolean":
      return z.boolean({ error: `${label(key)}须为 true 或 false` });
    case "subjectType":
      return z.enum(SUBJECT_TYPES, { error: `${label(key)}须为 ${SUBJECT_TYPES.join(" / ")} 之一` });
    case "influence":
      return z.enum(EVENT_INFLUENCES, { error: `${label(key)}须为 ${EVENT_INFLUENCES.join(" / ")} 之一` });
    case "date":
      return z
        .string({ error: `${label(key)}须为 YYYY-MM-DD 格式的日期` })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label(key)}须为 YYYY-MM-DD 格式的日期` })
        .refine(isRealDate, { error: `${label(key)}不是一个真实存在的日期` });
  }
}

const shape = Object.fromEntries(
  (Object.keys(FACT_TYPES) as FactKey[]).map((k) => [
    k,
    k === "subjectType" ? fieldSchema(k) : fieldSchema(k).optional(),
  ]),
) as Record<FactKey, z.ZodType>;

export const factsSchema = z
  .strictObject(shape, {
    error: (iss) => {
      if (iss.code === "unrecognized_keys") return `不认识的字段：${iss.keys.join("、")}`;
      if (iss.code === "invalid_type") return "事实（facts）须为一个 JSON 对象";
      return undefined;
    },
  })
  .meta({ id: "Facts" }) as unknown as z.ZodType<Facts>;

/**
 * Some facts, none required (no date): what an outside reader (the optional understanding model) may
 * propose, checked field by field by the same schemas as a whole set of facts.
 */
export const factsPatchSchema = z.strictObject(
  Object.fromEntries(
    FACT_KEYS.filter((k) => k !== "assessedOn").map((k) => [k, fieldSchema(k).optional()]),
  ) as Record<string, z.ZodType>,
) as unknown as z.ZodType<Partial<Omit<Facts, "assessedOn">>>;

export interface Issue {
  path: string;
  message: string;
}

/** zod's issues as the contract's `issues` ({ path, message }), one per unknown key. */
export function toIssues(error: z.ZodError, prefix = ""): Issue[] {
  const out: Issue[] = [];
  for (const iss of error.issues) {
    const base = [prefix, ...iss.path.map(String)].filter((p) => p !== "").join(".");
    if (iss.code === "unrecognized_keys") {
      for (const key of iss.keys)
        out.push({ path: base ? `${base}.${key}` : key, message: `不认识的字段：${key}` });
    } else out.push({ path: base, message: iss.message });
  }
  return out;
}

export class FactsError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(
      `事实（facts）不合法：${issues.map((i) => (i.path ? `${i.path}：${i.message}` : i.message)).join("；")}`,
    );
    this.name = "FactsError";
    this.issues = issues;
  }
}

const SUBJECTS: ReadonlySet<unknown> = new Set(SUBJECT_TYPES);
const INFLUENCES: ReadonlySet<unknown> = new Set(EVENT_INFLUENCES);
const realDates = new Set<string>();

function validValue(key: FactKey, v: unknown): boolean {
  switch (FACT_TYPES[key]) {
    case "yuan":
    case "count":
    case "months":
      return Number.isSafeInteger(v) && (v as number) >= 0;
    case "percent":
      return typeof v === "number" && v >= 0 && v <= 100;
    case "boolean":
      return typeof v === "boolean";
    case "subjectType":
      return SUBJECTS.has(v);
    case "influence":
      return INFLUENCES.has(v);
    case "date": {
      if (typeof v !== "string") return false;
      if (realDates.has(v)) return true;
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v);
      if (ok && realDates.size < 10_000) realDates.add(v);
      return ok;
    }
  }
}

/**
 * The same judgement as factsSchema, as a plain predicate: valid facts (the usual case) pass in a
 * fraction of zod's time; zod runs only to explain what is wrong. A property test keeps the two equal.
 */
export function isValidFacts(input: unknown): input is Facts {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const o = input as Record<string, unknown>;
  if (!SUBJECTS.has(o.subjectType)) return false;
  for (const key in o) {
    if (!Object.hasOwn(FACT_TYPES, key)) return false;
    const v = o[key];
    if (v === undefined) {
      if (key === "subjectType") return false;
      continue;
    }
    if (!validValue(key as FactKey, v)) return false;
  }
  return Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === null;
}

export type ParseResult = { ok: true; facts: Facts } | { ok: false; issues: Issue[] };

export function parseFacts(input: unknown): ParseResult {
  if (isValidFacts(input)) return { ok: true, facts: input };
  const r = factsSchema.safeParse(input);
  return r.success ? { ok: true, facts: r.data } : { ok: false, issues: toIssues(r.error) };
}
