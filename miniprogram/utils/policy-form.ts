// The self-test form, built from the policy document (GET /api/policy) alone: first the subject
// type, then only the facts the clauses for that subject read, in the order the bot asks them. A
// follow-up appears once the question it follows is answered 「是」 or with a figure above zero (a
// shop's turnover once there is a new or relocated shop), or when an assessment says it is missing.
// Amounts are typed in 万元 and sent in whole 元; a field left empty or 「不清楚」 stays unknown.

import { parseWan } from "./money.js";
import type { Facts, PolicyDocument, PolicyFact, PolicyQuestion, SubjectType } from "./types.js";

export type FieldKind = "yuan" | "count" | "months" | "percent" | "yesNo" | "choice";

export interface Option {
  value: string;
  label: string;
}

export interface FormField {
  key: string;
  kind: FieldKind;
  /** The question in everyday words: 「请问贵公司是否有今年新注册的网店？」. */
  title: string;
  /** The policy's own term for the fact, shown small beside the question. */
  term: string;
  /** Shown after the input: 万元, 家, 个月, %. */
  unit: string;
  placeholder: string;
  /** The answers of a yes/no or a choice, the last one 「不清楚」 (value ""). */
  options: Option[];
  /** The raw value: the typed text, or an option's value. */
  value: string;
  /** For a picker: the index of the value among the options. */
  index: number;
  /** What is wrong with the value, or "". */
  error: string;
}

/** The raw values of the form, by fact key (typed text, "yes"/"no", an option's value). */
export type FormValues = Record<string, string>;

export const UNKNOWN_LABEL = "不清楚";
export const YES_NO_OPTIONS: readonly Option[] = [
  { value: "yes", label: "是" },
  { value: "no", label: "否" },
  { value: "", label: UNKNOWN_LABEL },
];

const SUBJECT_KEY = "subjectType";

const MESSAGES: Record<Exclude<FieldKind, "yesNo" | "choice">, string> = {
  yuan: "请填写数字，单位为万元，例如 3500（即 3500 万元），最多 4 位小数",
  count: "请填写整数，例如 25",
  months: "请填写整月数，例如 24（即 2 年）",
  percent: "请填写 0 到 100 之间的数，例如 85",
};

/** The subject types a person may choose, with their Chinese names. */
export function subjectOptions(doc: PolicyDocument): Option[] {
  const fact = doc.facts.find((f) => f.key === SUBJECT_KEY);
  return (fact?.enum ?? []).map((value) => ({ value, label: fact?.labels?.[value] ?? value }));
}

export function isSubjectType(doc: PolicyDocument, value: string): value is SubjectType {
  return subjectOptions(doc).some((o) => o.value === value);
}

function kindOf(f: PolicyFact): FieldKind | null {
  if (f.type === "boolean") return "yesNo";
  if (f.type === "string") return f.enum && f.enum.length > 0 ? "choice" : null;
  if (f.unit === "元") return "yuan";
  if (f.unit === "月") return "months";
  if (f.unit === "%" || f.type === "number") return "percent";
  return "count";
}

/** The facts the clauses for this subject read, in the order the bot asks them. */
export function factsForSubject(doc: PolicyDocument, subject: SubjectType): PolicyFact[] {
  const clauses = doc.clauses.filter((c) => c.subjects.includes(subject));
  const keys = new Set<string>();
  if (clauses.length > 0 && clauses.every((c) => Array.isArray(c.facts))) {
    for (const c of clauses) for (const k of c.facts ?? []) keys.add(k);
  } else {
    // Without each clause's facts, the articles of the subject's clauses decide.
    const articles = new Set(clauses.map((c) => c.article));
    for (const f of doc.facts) if (f.articles.some((a) => articles.has(a))) keys.add(f.key);
  }
  const order = new Map<string, number>();
  doc.questions.forEach((q, i) => order.set(q.fact, i));
  return doc.facts
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.key !== SUBJECT_KEY && keys.has(f.key) && kindOf(f) !== null)
    .sort((a, b) => (order.get(a.f.key) ?? 1000 + a.i) - (order.get(b.f.key) ?? 1000 + b.i))
    .map(({ f }) => f);
}

/** The question for the subject up to its question mark: the plain words, without chat instructions. */
function titleOf(q: PolicyQuestion | undefined, subject: SubjectType, f: PolicyFact): string {
  const text = q?.text[subject];
  if (!text) return f.label;
  const end = text.indexOf("？");
  return end >= 0 ? text.slice(0, end + 1) : (text.split("\n")[0] ?? f.label);
}

function unitOf(kind: FieldKind, q: PolicyQuestion | undefined): string {
  switch (kind) {
    case "yuan":
      return "万元";
    case "months":
      return "个月";
    case "percent":
      return "%";
    case "count":
      return /[^\d.\s]+$/.exec(q?.example ?? "")?.[0] ?? "";
    default:
      return "";
  }
}

function placeholderOf(kind: FieldKind, q: PolicyQuestion | undefined): string {
  if (kind === "months") return "例如 24（即 2 年）";
  if (kind === "yesNo" || kind === "choice") return "";
  const n = /\d+(?:\.\d+)?/.exec(q?.example ?? "")?.[0];
  return n ? `例如 ${n}，不清楚可不填` : "不清楚可不填";
}

function optionsOf(kind: FieldKind, f: PolicyFact): Option[] {
  if (kind === "yesNo") return YES_NO_OPTIONS.map((o) => ({ ...o }));
  if (kind === "choice")
    return [
      ...(f.enum ?? []).map((value) => ({ value, label: f.labels?.[value] ?? value })),
      { value: "", label: UNKNOWN_LABEL },
    ];
  return [];
}

type Parsed = { ok: true; value: number | boolean | string | undefined } | { ok: false; error: string };

/** Reads one raw value: undefined when left unknown. */
function parseValue(kind: FieldKind, f: PolicyFact, raw: string): Parsed {
  const t = raw.trim();
  if (t === "") return { ok: true, value: undefined };
  switch (kind) {
    case "yesNo":
      return t === "yes"
        ? { ok: true, value: true }
        : t === "no"
          ? { ok: true, value: false }
          : { ok: true, value: undefined };
    case "choice":
      return (f.enum ?? []).includes(t) ? { ok: true, value: t } : { ok: true, value: undefined };
    case "yuan": {
      const yuan = parseWan(t);
      return yuan === null ? { ok: false, error: MESSAGES.yuan } : { ok: true, value: yuan };
    }
    case "count":
    case "months": {
      const digits = t.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
      return /^\d{1,9}$/.test(digits)
        ? { ok: true, value: Number(digits) }
        : { ok: false, error: MESSAGES[kind] };
    }
    case "percent": {
      const n = /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : NaN;
      return Number.isFinite(n) && n >= (f.minimum ?? 0) && n <= (f.maximum ?? 100)
        ? { ok: true, value: n }
        : { ok: false, error: MESSAGES.percent };
    }
  }
}

/** A 「是」, a figure above zero or a chosen option: what opens the questions that follow it. */
function opens(kind: FieldKind, f: PolicyFact, raw: string): boolean {
  const p = parseValue(kind, f, raw);
  if (!p.ok) return false;
  return p.value === true || (typeof p.value === "number" && p.value > 0) || typeof p.value === "string";
}

/**
 * The fields shown for the subject and the values so far. `reveal` names facts to show whatever
 * their follow-up rule says (those an assessment reported missing); `errors` are shown per field.
 */
export function formFields(
  doc: PolicyDocument,
  subject: SubjectType,
  values: FormValues,
  reveal: readonly string[] = [],
  errors: Readonly<Record<string, string>> = {},
): FormField[] {
  const facts = factsForSubject(doc, subject);
  const byKey = new Map(facts.map((f) => [f.key, f]));
  const questions = new Map(doc.questions.map((q) => [q.fact, q]));
  const memo = new Map<string, boolean>();
  const shown = (key: string, seen: readonly string[]): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (reveal.includes(key)) result = true;
    else {
      const after = (questions.get(key)?.after ?? []).filter((k) => byKey.has(k) && !seen.includes(k));
      result =
        after.length === 0 ||
        after.some((k) => {
          const f = byKey.get(k)!;
          return shown(k, [...seen, key]) && opens(kindOf(f)!, f, values[k] ?? "");
        });
    }
    memo.set(key, result);
    return result;
  };
  return facts
    .filter((f) => shown(f.key, []))
    .map((f) => {
      const kind = kindOf(f)!;
      const q = questions.get(f.key);
      const options = optionsOf(kind, f);
      const value = values[f.key] ?? "";
      const index = options.findIndex((o) => o.value === value);
      return {
        key: f.key,
        kind,
        title: titleOf(q, subject, f),
        term: f.label,
        unit: unitOf(kind, q),
        placeholder: placeholderOf(kind, q),
        options,
        value,
        index: index >= 0 ? index : options.length - 1,
        error: errors[f.key] ?? "",
      };
    });
}

/** The facts of the form (contract §2) from the fields shown, or what is wrong with each bad value. */
export function readForm(
  doc: PolicyDocument,
  subject: SubjectType,
  values: FormValues,
  reveal: readonly string[] = [],
): { facts: Facts; errors: Record<string, string> } {
  const facts: Facts = { subjectType: subject };
  const errors: Record<string, string> = {};
  const defs = new Map(doc.facts.map((f) => [f.key, f]));
  for (const field of formFields(doc, subject, values, reveal)) {
    const p = parseValue(field.kind, defs.get(field.key)!, field.value);
    if (!p.ok) errors[field.key] = p.error;
    else if (p.value !== undefined) facts[field.key] = p.value;
  }
  return { facts, errors };
}
