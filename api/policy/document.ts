// The policy as data for other clients (GET /api/policy): clauses, facts with Chinese labels and
// types, questions, the districts, and the dates, so a mini-program can build its own form.

import {
  cityPolicy,
  EVENT_INFLUENCE_LABELS,
  factsOf,
  SUBJECT_LABELS,
  shanghaiDate,
  valuesIn,
  type ParameterOverrides,
  type Policy,
} from "../../rules/index.ts";

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

/** A policy as data on a day, with the bureau's dated values (POLICY_PARAMETERS_FILE) in force. */
export function policyDocument(
  today: Date = new Date(),
  overrides?: ParameterOverrides,
  POLICY: Policy = cityPolicy(),
) {
  const date = shanghaiDate(today);
  const params = valuesIn(POLICY.parameters, date, overrides);
  return {
    id: POLICY.id,
    title: POLICY.title,
    issuer: POLICY.issuer,
    validFrom: POLICY.validFrom,
    validTo: POLICY.validTo,
    notes: POLICY.notes,
    clauses: POLICY.clauses.map((c) => ({
      id: c.id,
      article: c.article,
      name: c.name,
      kind: c.kind,
      subjects: c.subjects,
      citation: c.citation,
      tiersAmountYuan: c.tiers.map((t) => params[t.amount]!),
      /** The facts the clause reads (a form asks only these for it). */
      facts: [
        ...new Set([c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].flatMap((w) => factsOf(w))),
      ].filter((f) => f !== "assessedOn"),
      ...(c.note ? { note: c.note } : {}),
    })),
    facts: Object.entries(POLICY.facts).map(([key, def]) => ({
      key,
      label: def.label,
      required: key === "subjectType",
      ...FACT_JSON_TYPES[def.type],
      articles: def.articles,
    })),
    questions: POLICY.questions.map((q) => ({
      fact: q.fact,
      text: Object.fromEntries(Object.keys(SUBJECT_LABELS).map((s) => [s, q.text(s as never)])),
      example: q.example,
      after: q.after ?? [],
    })),
    asOf: date,
    parameters: Object.fromEntries(
      Object.entries(POLICY.parameters).map(([name, p]) => [
        name,
        {
          description: p.description,
          unit: p.unit,
          /** Money a round's standard may lower (contract §13); otherwise a threshold. */
          money: p.money === true,
          /** The value in force on `asOf`. */
          value: params[name]!,
          values: overrides?.[name] ?? p.values,
        },
      ]),
    ),
    districts: POLICY.districts,
  };
}
