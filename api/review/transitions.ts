// The statuses and decisions of review, named for the other domains; which decision may follow which
// status, by whom, is the table (table.ts).

import { ACTIONS, type ApplicationStatus, type ReviewAction } from "./table.ts";
import { STATUS_LABELS } from "../../contract/labels.ts";

export type { ApplicationStatus };
export type DecisionKind = ReviewAction;

/** Every decision there is (each is written to the audit log as `application.<decision>`). */
export const DECISION_KINDS: DecisionKind[] = [...ACTIONS];

export { STATUS_LABELS };
