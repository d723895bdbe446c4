// The city's policy under the names the code used before policies were folders: its clauses,
// parameters, facts, questions and articles, and the readers that default to it. Every one is read
// from policies/<city id>/ through the registry; another policy is used by passing its value.

import type { ClauseId } from "./clauses.ts";
import type { AskableFact, FactKey } from "./facts.ts";
import { formatValue } from "./logic.ts";
import { materialsIn } from "./materials.ts";
import { valueIn, valuesIn, type ParameterName, type ParameterOverrides } from "./parameters.ts";
import type { Policy } from "./policy.ts";
import { readWith, type AnswerValue } from "./questions.ts";
import { cityPolicy } from "./registry.ts";

const city = cityPolicy();

export const POLICY = city;
export const CLAUSES = city.clauses;
export const CLAUSES_BY_ID = city.clausesById;
export const CLAUSE_IDS = city.clauseIds;
export const PARAMETERS = city.parameters;
export const FACTS = city.facts;
export const QUESTIONS = city.questions;
export const QUESTION_BY_FACT = city.questionByFact;
export const ARTICLES = city.articles;
export const MATERIALS = city.materials;

/** A parameter's value on a date, in the city's policy unless another is given. */
export function parameterAt(
  name: ParameterName,
  date: string,
  overrides?: ParameterOverrides,
  policy: Pick<Policy, "parameters"> = city,
): number {
  return valueIn(policy.parameters, name, date, overrides);
}

/** Every parameter's value on a date. */
export function parametersAt(
  date: string,
  overrides?: ParameterOverrides,
  policy: Pick<Policy, "parameters"> = city,
): Readonly<Record<ParameterName, number>> {
  return valuesIn(policy.parameters, date, overrides);
}

/** A fact's value as it reads in a sentence, in the policy's words: 「8000 万元」「25 家」. */
export function formatFactValue(fact: FactKey, value: number, policy: Pick<Policy, "facts"> = city): string {
  return formatValue(policy.facts[fact], value);
}

/** Reads an answer to the question about `fact`; null when the text does not clearly say it. */
export function readAnswer(
  fact: AskableFact,
  text: string,
  policy: Pick<Policy, "questionByFact"> = city,
): NonNullable<AnswerValue> | null {
  return readWith(policy.questionByFact[fact].reader, fact, text);
}

/** The materials for a set of clauses, each named once, in the clauses' order. */
export function materialsFor(
  clauses: readonly ClauseId[],
  policy: Pick<Policy, "materials"> = city,
): string[] {
  return materialsIn(policy, clauses);
}
