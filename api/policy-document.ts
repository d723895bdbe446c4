// The policy as data for other clients (GET /api/policy): clauses, facts with Chinese labels and
// types, questions, the districts, and the dates, so a mini-program can build its own form.

import {
  CLAUSES,
  DISTRICTS,
  EVENT_INFLUENCE_LABELS,
  factsOf,
  FACTS,
  PARAMETERS,
  parametersAt,
  POLICY,
  QUESTIONS,
  SUBJECT_LABELS,
  shanghaiDate,
  type ParameterName,
  type ParameterOverrides,
} from "../rules/index.ts";

const FACT_JSON_TYPES = {
  yuan: { type: "integer", minimum: 0, unit: "元" },
  count: { type: "integer", minimum: 0 },
  months: { type: "integer", minimum: 0, unit: "月" },
  percent: { type: "number", minimum: 0, maximum: 100, unit: "%" },
  boolean: { type: "boolean" },
  subjectType: { type: "string", enum: Object.keys(SUBJECT_LABELS), labels: SUBJECT_LABELS },
  influence: { type: "string", enum: Object.keys(EVENT_INFLUENCE_LABELS), labels: EVENT_INFLUENCE_LABELS },
  date: { type: "string", format: "date" },
} as const;

/** The policy as data on a day, with the bureau's dated values (POLICY_PARAMETERS_FILE) in force. */
export function policyDocument(today: Date = new Date(), overrides?: ParameterOverrides) {
  const date = shanghaiDate(today);
  const params = parametersAt(date, overrides);
  return {
    id: POLICY.id,
    title: POLICY.title,
    issuer: POLICY.issuer,
    validFrom: POLICY.validFrom,
    validTo: POLICY.validTo,
    notes: POLICY.notes,
    clauses: CLAUSES.map((c) => ({
      id: c.id,
      article: c.article,
      name: c.name,
      kind: c.kind,
      subjects: c.subjects,
      citation: c.citation,
      tiersAmountYuan: c.tiers.map((t) => params[t.amount]),
      /** The facts the clause reads (a form asks only these for it). */
      facts: [
        ...new Set([c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].flatMap((w) => factsOf(w))),
      ].filter((f) => f !== "assessedOn"),
      ...(c.note ? { note: c.note } : {}),
    })),
    facts: Object.entries(FACTS).map(([key, def]) => ({
      key,
      label: def.label,
      required: key === "subjectType",
      ...FACT_JSON_TYPES[def.type],
      articles: def.articles,
    })),
    questions: QUESTIONS.map((q) => ({
      fact: q.fact,
      text: Object.fromEntries(Object.keys(SUBJECT_LABELS).map((s) => [s, q.text(s as never)])),
      example: q.example,
      after: q.after ?? [],
    })),
    asOf: date,
    parameters: Object.fromEntries(
      Object.entries(PARAMETERS).map(([name, p]) => [
        name,
        {
          description: p.description,
          unit: p.unit,
          /** Money a round's standard may lower (contract §13); otherwise a threshold. */
          money: (p as { money?: true }).money === true,
          /** The value in force on `asOf`. */
          value: params[name as ParameterName],
          values: overrides?.[name as ParameterName] ?? p.values,
        },
      ]),
    ),
    districts: DISTRICTS,
  };
}
