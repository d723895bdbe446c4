// What a question is: for each fact, the question in everyday words with an example answer, how the
// answer is read, and which screening questions come first (a shop's turnover is asked only after
// we know there is a new or relocated shop). The questions themselves are a policy's
// (policies/<id>/questions.yaml); the order of its table breaks ties in the planner.

import {
  parseAmountOrNone,
  parseCount,
  parseInfluence,
  parseMonths,
  parsePercent,
  parseSubjectType,
  parseGrowth,
  parseYesNo,
} from "./answers.ts";
import type { AskableFact, Facts, SubjectType } from "./facts.ts";

export type Reader = "subjectType" | "yuan" | "yesNo" | "count" | "months" | "percent" | "influence";

export interface Question {
  fact: AskableFact;
  /** The question for this subject type. */
  text: (subject: SubjectType | undefined) => string;
  /** A sample answer, shown when an answer cannot be read. */
  example: string;
  reader: Reader;
  /** Screening facts to settle first, when they still matter. */
  after?: readonly AskableFact[];
}

export type AnswerValue = Facts[AskableFact];

/** Reads an answer to a question with `reader`; null when the text does not clearly say it. */
export function readWith(reader: Reader, fact: AskableFact, text: string): NonNullable<AnswerValue> | null {
  switch (reader) {
    case "subjectType":
      return parseSubjectType(text);
    case "yuan":
      return parseAmountOrNone(text);
    case "yesNo":
      // 「比去年涨了30%」「增长挺快的」 answer 「是否成长良好」.
      return parseYesNo(text) ?? (fact === "growingWell" ? parseGrowth(text) : null);
    case "count":
      return parseCount(text);
    case "months":
      return parseMonths(text);
    case "percent":
      return parsePercent(text);
    case "influence":
      return parseInfluence(text);
  }
}
