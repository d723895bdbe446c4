// The names the console shows, made from the rules and the contract so the page names facts,
// clauses, states and decisions exactly as the bot and the notices do (served as labels.json).

import { articleName, CLAUSES, cityTotalled, clauseParameters, DISTRICTS, FACTS } from "../../rules/index.ts";
import { EVENT_INFLUENCE_LABELS, SUBJECT_LABELS } from "../../rules/facts.ts";
import { ASSESSMENT_STATUS_LABELS, DECISION_LABELS, STATUS_LABELS } from "../../contract/labels.ts";
import { ROLE_LABELS } from "./accounts.ts";
import { AUDIT_ACTION_LABELS } from "./audit-labels.ts";
import { CALL_OUTCOME_LABELS } from "../matching/calls.ts";

export function consoleLabels() {
  const clauseName = (c: (typeof CLAUSES)[number]) => `${articleName(c.article)} ${c.name}`;
  return {
    statuses: STATUS_LABELS,
    decisions: DECISION_LABELS,
    assessmentStatuses: ASSESSMENT_STATUS_LABELS,
    roles: ROLE_LABELS,
    roleNames: { reviewer: "初审", approver: "审批", admin: "管理员" },
    actions: AUDIT_ACTION_LABELS,
    /** A call's outcome (政策找人), worded as the API's call list words it. */
    callOutcomes: CALL_OUTCOME_LABELS,
    facts: Object.fromEntries(Object.entries(FACTS).map(([k, d]) => [k, d.label])),
    /** How a fact's number reads: yuan, months, percent or a plain count. */
    factTypes: Object.fromEntries(Object.entries(FACTS).map(([k, d]) => [k, d.type])),
    clauses: CLAUSES.map((c) => ({ id: c.id, name: clauseName(c), kind: c.kind })),
    /** The parameters each clause reads (its tiers, formula, city total, ceiling), for a round's standards. */
    clauseParameters: Object.fromEntries(CLAUSES.map((c) => [c.id, clauseParameters(c)])),
    citations: Object.fromEntries(CLAUSES.map((c) => [c.id, c.citation])),
    clauseNames: Object.fromEntries(CLAUSES.map((c) => [c.id, clauseName(c)])),
    /** The clause counted against a yearly city total (the budget's and a run's `article2`), named. */
    cityTotalClause: cityTotalled(CLAUSES).map(clauseName)[0] ?? null,
    districts: [...DISTRICTS],
    /** Facts whose values are words: shown by their Chinese names. */
    words: { subjectType: SUBJECT_LABELS, eventInfluence: EVENT_INFLUENCE_LABELS },
  };
}
