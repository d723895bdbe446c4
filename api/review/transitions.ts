// Which decision may follow which status. A decided application (approved or rejected) changes
// only after it is reopened; a request for more information can be followed by any decision.

import { STATUS_LABELS } from "../../contract/labels.ts";

export type ApplicationStatus = "submitted" | "approved" | "rejected" | "needs_more_info";
export type DecisionKind = "approved" | "rejected" | "needs_more_info" | "reopened";

const ALLOWED: Record<ApplicationStatus, readonly DecisionKind[]> = {
  submitted: ["approved", "rejected", "needs_more_info"],
  needs_more_info: ["approved", "rejected", "needs_more_info"],
  approved: ["reopened"],
  rejected: ["reopened"],
};

const RESULT: Record<DecisionKind, ApplicationStatus> = {
  approved: "approved",
  rejected: "rejected",
  needs_more_info: "needs_more_info",
  reopened: "submitted",
};

/** Every decision there is (each is written to the audit log as `application.<decision>`). */
export const DECISION_KINDS = Object.keys(RESULT) as DecisionKind[];

export type Transition = { ok: true; status: ApplicationStatus } | { ok: false; message: string };

export function nextTransition(from: ApplicationStatus, decision: DecisionKind): Transition {
  if (ALLOWED[from].includes(decision)) return { ok: true, status: RESULT[decision] };
  const hint = from === "approved" || from === "rejected" ? "；如需改变决定，请先重新打开（reopened）" : "";
  return { ok: false, message: `该申报当前状态为「${STATUS_LABELS[from]}」，不能执行 ${decision}${hint}` };
}

export { STATUS_LABELS };
