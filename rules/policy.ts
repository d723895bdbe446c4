// A policy as a value: what its folder (policies/<id>/) holds, loaded and checked (load-policy.ts).
// Everything that evaluates, plans or answers takes one of these; none names a policy of its own.

import type { Article } from "./articles.ts";
import type { Clause, ClauseId } from "./clauses.ts";
import type { AskableFact, FactTable } from "./facts.ts";
import type { ParameterTable } from "./parameters.ts";
import type { PolicyWords } from "./policy-files.ts";
import type { Question } from "./questions.ts";

/** One entry of a policy's knowledge base (knowledge.json): an answer to a common question. */
export interface KnowledgeEntry {
  id: string;
  title: string;
  /** The article it rests on; 0 where the policy says nothing. */
  article: number;
  /** Lines of the answer: {p:name} is a parameter's amount, {above:name} the least whole count above it (「超过 3 个」 → 4),
   * {validFrom}/{validTo} the policy's dates. */
  answer: string[];
  questions: string[];
  /** Everyday phrasings of what is asked (「一起拿」 for stacking): said whole, they name the entry. */
  keywords?: string[];
  /** Words naming the entry's subject (自播奖励, 流量补贴): ranked on, but they yield to a keyword of another entry. */
  topics?: string[];
  /** About no subject in particular (「有啥政策」): a topic said beside its keywords narrows the question. */
  generic?: boolean;
  /** The facts whose question it explains: asked mid-test about one of them, a question near it means it. */
  facts?: string[];
}

export interface Policy {
  id: string;
  title: string;
  issuer: string;
  /** The districts it serves (a district's own policy names one). */
  districts: readonly string[];
  /** First and last day in force, inclusive. */
  validFrom: string;
  validTo: string;
  /** Sentences that bear on every clause (纳统, the yearly total, who interprets it). */
  notes: Readonly<Record<string, string>>;
  /** The policy's text as issued. */
  text: string;
  articles: readonly Article[];
  clauses: readonly Clause[];
  clausesById: Readonly<Record<ClauseId, Clause>>;
  clauseIds: readonly ClauseId[];
  parameters: ParameterTable;
  facts: FactTable;
  questions: readonly Question[];
  questionByFact: Readonly<Record<AskableFact, Question>>;
  materials: Readonly<Record<ClauseId, readonly string[]>>;
  knowledge: readonly KnowledgeEntry[];
  /** The words people use for its facts (words.yaml), which the bot's grammar reads; null when it has none. */
  words: PolicyWords | null;
}

/** The manifest's part of a policy: what `GET /api/policies` lists. */
export function summaryOf(p: Policy) {
  return {
    id: p.id,
    title: p.title,
    issuer: p.issuer,
    districts: [...p.districts],
    from: p.validFrom,
    to: p.validTo,
  };
}

export function inForceOn(date: string, policy: Pick<Policy, "validFrom" | "validTo">): boolean {
  return date >= policy.validFrom && date <= policy.validTo;
}

/** Today's date in Asia/Shanghai (UTC+8 all year, no daylight saving) as YYYY-MM-DD. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
