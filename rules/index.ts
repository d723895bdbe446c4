// The policy as code: the public entry points of rules/ (contract §4).

export { assess, assessValid, assessClause } from "./assess.ts";
export type { Assessment, AssessOptions, ClauseResult, Status } from "./assess.ts";
export { parseYuan, parseNumber } from "./parse-yuan.ts";
export {
  parseYesNo,
  parseCount,
  parseMonths,
  parsePercent,
  parseSubjectType,
  parseInfluence,
  parseAmountOrNone,
} from "./answers.ts";
export { factsPatchSchema, factsSchema, parseFacts, toIssues, FactsError } from "./schema.ts";
export type { Issue, ParseResult } from "./schema.ts";
export { CLAUSES, CLAUSES_BY_ID, CLAUSE_IDS } from "./clauses.ts";
export type { Clause, ClauseId, ClauseKind } from "./clauses.ts";
export {
  FACTS,
  FACT_KEYS,
  SUBJECT_TYPES,
  SUBJECT_LABELS,
  EVENT_INFLUENCES,
  EVENT_INFLUENCE_LABELS,
} from "./facts.ts";
export type { Facts, FactKey, AskableFact, SubjectType, EventInfluence } from "./facts.ts";
export { BUREAU, PARAMETERS, parameterAt, parametersAt } from "./parameters.ts";
export type { ParameterName, ParameterOverrides, DatedValue } from "./parameters.ts";
export { POLICY, inForceOn, shanghaiDate } from "./policy.ts";
export { QUESTIONS, QUESTION_BY_FACT, readAnswer } from "./questions.ts";
export type { Question, Reader } from "./questions.ts";
export { nextQuestion, openFacts } from "./planner.ts";
export type { PlanOptions } from "./planner.ts";
export { formatBeijingTime, formatChineseDate, formatWan, formatYuanExact } from "./format.ts";
export { usccCheckCharacter, usccProblem, normalizeUscc, USCC_PROBLEM_MESSAGES } from "./uscc.ts";
export type { UsccProblem } from "./uscc.ts";
export { DISTRICTS, readDistrict } from "./districts.ts";
export type { District } from "./districts.ts";
export { normalizePhone, maskPhone } from "./phone.ts";
export { ARTICLES } from "./articles.ts";
export type { Article } from "./articles.ts";
export { factsOf } from "./logic.ts";
export { MATERIALS, materialsFor } from "./materials.ts";
export {
  MONEY_PARAMETERS,
  figuresDate,
  figuresYearSpan,
  standardProblems,
  withStandards,
} from "./standards.ts";
export type { Standards } from "./standards.ts";
