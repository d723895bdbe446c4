// The engine's public entry points (contract §4): it evaluates any policy value; the city's by default.

export { assess, assessValid, assessClause } from "./assess.ts";
export type { Assessment, AssessOptions, ClauseResult, Status } from "./assess.ts";
export { parseYuan, parseNumber } from "./parse-yuan.ts";
export {
  parseYesNo,
  plainYesNo,
  parseCount,
  parseMonths,
  parsePercent,
  parseSubjectType,
  parseInfluence,
  parseAmountOrNone,
} from "./answers.ts";
export { factsPatchSchema, factsSchema, parseFacts, toIssues, FactsError } from "./schema.ts";
export type { Issue, ParseResult } from "./schema.ts";
export { cityTotalled, clauseParameters } from "./clauses.ts";
export type { Clause, ClauseId, ClauseKind } from "./clauses.ts";
export {
  FACT_KEYS,
  FACT_TYPES,
  SUBJECT_TYPES,
  SUBJECT_LABELS,
  EVENT_INFLUENCES,
  EVENT_INFLUENCE_LABELS,
} from "./facts.ts";
export type { Facts, FactKey, AskableFact, SubjectType, EventInfluence, FactDefinition } from "./facts.ts";
export { BUREAU, valueIn, valuesIn } from "./parameters.ts";
export type { Parameter, ParameterName, ParameterOverrides, DatedValue } from "./parameters.ts";
export { inForceOn, shanghaiDate, summaryOf } from "./policy.ts";
export type { Policy, KnowledgeEntry } from "./policy.ts";
export type { PolicyWords } from "./policy-files.ts";
export { loadPolicy, PolicyFolderError } from "./load-policy.ts";
export { cityPolicy, loadRegistry, policiesFor, policyById, registry } from "./registry.ts";
export { barsOf, requirementOf } from "./describe.ts";
export type { Registry } from "./registry.ts";
export {
  ARTICLES,
  CLAUSES,
  CLAUSES_BY_ID,
  CLAUSE_IDS,
  FACTS,
  formatFactValue,
  MATERIALS,
  materialsFor,
  parameterAt,
  parametersAt,
  PARAMETERS,
  POLICY,
  QUESTION_BY_FACT,
  QUESTIONS,
  readAnswer,
} from "./city.ts";
export { readWith } from "./questions.ts";
export type { Question, Reader } from "./questions.ts";
export { nextQuestion, openFacts } from "./planner.ts";
export type { PlanOptions } from "./planner.ts";
export { articleName, formatBeijingTime, formatChineseDate, formatWan, formatYuanExact } from "./format.ts";
export { usccCheckCharacter, usccProblem, normalizeUscc, USCC_PROBLEM_MESSAGES } from "./uscc.ts";
export type { UsccProblem } from "./uscc.ts";
export { DISTRICTS, readDistrict } from "./districts.ts";
export type { District } from "./districts.ts";
export { normalizePhone, maskPhone } from "./phone.ts";
export type { Article } from "./articles.ts";
export { factsOf, sameOn } from "./logic.ts";
export type { Condition } from "./logic.ts";
export { materialsIn } from "./materials.ts";
export {
  moneyParameters,
  figuresDate,
  figuresYearSpan,
  standardProblems,
  withStandards,
} from "./standards.ts";
export type { Standards } from "./standards.ts";
