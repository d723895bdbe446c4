// Review as one table (contract §14, issue 24): status × action × who (a city or a district account,
// and its role) × the round's review levels → the next status and the notices it sends, or the refusal.
// The decision service, the routes (and through GET /api/review/table the console and the staff room)
// and the tests all read this one file; test/review walks every cell.

import { DECISION_LABELS, STATUS_LABELS } from "../../contract/labels.ts";

export const STATUSES = ["submitted", "needs_more_info", "district_passed", "approved", "rejected"] as const;
export type ApplicationStatus = (typeof STATUSES)[number];
export const ACTIONS = ["district_passed", "approved", "rejected", "needs_more_info", "reopened"] as const;
export type ReviewAction = (typeof ACTIONS)[number];
export const ROLES = ["reviewer", "approver", "admin"] as const;
export type ReviewRole = (typeof ROLES)[number];

/** Who decides: the city's staff, or a district account (区县账号) deciding its own district's applications. */
export interface Reviewer {
  role: ReviewRole;
  district: boolean;
}

/** Whether the application's round has a district first review (round.districtReview). */
export type Levels = "city" | "district_first";

/** Who hears of a decision: the staff room (and the 企业微信 webhook), and the applicant (WeChat, mini-program). */
export type Notice = "staff" | "applicant";

export type Cell =
  | { ok: true; next: ApplicationStatus; notices: readonly Notice[] }
  | { ok: false; status: 403 | 409; code: string; message: string };

interface Rule {
  levels: Levels;
  /** A district account's, or the city's. */
  by: "district" | "city" | "any";
  from: readonly ApplicationStatus[];
  decision: ReviewAction;
  next: ApplicationStatus;
  notices: readonly Notice[];
}

const BOTH: readonly Notice[] = ["staff", "applicant"];
const PENDING: readonly ApplicationStatus[] = ["submitted", "needs_more_info"];

/** The whole of review. Anything not listed here is refused (see refusal() for which refusal). */
export const RULES: readonly Rule[] = [
  // One level (no district review): any account, city or district, as before.
  {
    levels: "city",
    by: "any",
    from: PENDING,
    decision: "needs_more_info",
    next: "needs_more_info",
    notices: BOTH,
  },
  { levels: "city", by: "any", from: PENDING, decision: "approved", next: "approved", notices: BOTH },
  { levels: "city", by: "any", from: PENDING, decision: "rejected", next: "rejected", notices: BOTH },
  {
    levels: "city",
    by: "any",
    from: ["approved", "rejected"],
    decision: "reopened",
    next: "submitted",
    notices: BOTH,
  },
  // District first: the district asks, passes or rejects; it may withdraw its own pass or rejection.
  {
    levels: "district_first",
    by: "district",
    from: PENDING,
    decision: "needs_more_info",
    next: "needs_more_info",
    notices: BOTH,
  },
  {
    levels: "district_first",
    by: "district",
    from: PENDING,
    decision: "district_passed",
    next: "district_passed",
    notices: BOTH,
  },
  {
    levels: "district_first",
    by: "district",
    from: PENDING,
    decision: "rejected",
    next: "rejected",
    notices: BOTH,
  },
  {
    levels: "district_first",
    by: "district",
    from: ["district_passed", "rejected"],
    decision: "reopened",
    next: "submitted",
    notices: BOTH,
  },
  // …then the city approves or rejects what the district passed, or sends it back for materials
  // (which the district then checks again).
  {
    levels: "district_first",
    by: "city",
    from: ["district_passed"],
    decision: "approved",
    next: "approved",
    notices: BOTH,
  },
  {
    levels: "district_first",
    by: "city",
    from: ["district_passed"],
    decision: "rejected",
    next: "rejected",
    notices: BOTH,
  },
  {
    levels: "district_first",
    by: "city",
    from: ["district_passed"],
    decision: "needs_more_info",
    next: "needs_more_info",
    notices: BOTH,
  },
  // The city withdrawing its approval leaves the district's pass standing; a rejection reopened goes back
  // to the district.
  {
    levels: "district_first",
    by: "city",
    from: ["approved"],
    decision: "reopened",
    next: "district_passed",
    notices: BOTH,
  },
  {
    levels: "district_first",
    by: "city",
    from: ["rejected"],
    decision: "reopened",
    next: "submitted",
    notices: BOTH,
  },
];

/** The least role for each action: asking for materials is a reviewer's; every other decision an approver's. */
export const LEAST_ROLE: Record<ReviewAction, ReviewRole> = {
  needs_more_info: "reviewer",
  district_passed: "approver",
  approved: "approver",
  rejected: "approver",
  reopened: "approver",
};
const RANK: Record<ReviewRole, number> = { reviewer: 1, approver: 2, admin: 3 };
const WHAT: Record<ReviewAction, string> = {
  needs_more_info: "要求补材料",
  district_passed: "作区县初审通过",
  approved: "通过申报",
  rejected: "驳回申报",
  reopened: "重新打开申报",
};

const byMatches = (rule: Rule, who: Reviewer) =>
  rule.by === "any" || (rule.by === "district") === who.district;

/** The cell: what `action` by `who` does to an application in `from`, in a round of these levels. */
export function review(from: ApplicationStatus, action: ReviewAction, who: Reviewer, levels: Levels): Cell {
  if (RANK[who.role] < RANK[LEAST_ROLE[action]])
    return { ok: false, status: 403, code: "forbidden", message: `您的账号无权${WHAT[action]}` };
  if (action === "district_passed" && levels === "city")
    return {
      ok: false,
      status: 409,
      code: "invalid_transition",
      message: "该申报所在批次不设区县初审，无需「区县初审通过」，请直接审核",
    };
  const forAction = RULES.filter((r) => r.levels === levels && r.decision === action);
  const mine = forAction.filter((r) => byMatches(r, who));
  if (mine.length === 0)
    return {
      ok: false,
      status: 403,
      code: "forbidden",
      message: who.district
        ? `该批次实行区县初审、市级审定：区县账号不能${WHAT[action]}（由市商务局审定）`
        : "该批次实行区县初审：区县初审由申报所在区县的区县账号作出",
    };
  const rule = mine.find((r) => r.from.includes(from));
  if (rule) return { ok: true, next: rule.next, notices: rule.notices };
  if (levels === "district_first" && !who.district && PENDING.includes(from))
    return {
      ok: false,
      status: 409,
      code: "district_review_pending",
      message: `该申报尚未通过区县初审（当前为「${STATUS_LABELS[from]}」），市级暂不能${WHAT[action]}，请待区县初审通过后再办理`,
    };
  const hint = from === "approved" || from === "rejected" ? "；如需改变决定，请先重新打开（reopened）" : "";
  return {
    ok: false,
    status: 409,
    code: "invalid_transition",
    message: `该申报当前状态为「${STATUS_LABELS[from]}」，不能${WHAT[action]}（${action}）${hint}`,
  };
}

/** The actions `who` may take on an application in `from` (the buttons a page shows). */
export function allowedActions(from: ApplicationStatus, who: Reviewer, levels: Levels): ReviewAction[] {
  return ACTIONS.filter((a) => review(from, a, who, levels).ok);
}

/** Every reviewer there is: each role, city and district. */
export const REVIEWERS: readonly Reviewer[] = ROLES.flatMap((role) => [
  { role, district: false },
  { role, district: true },
]);

/** The table written out, every cell (GET /api/review/table): what the console and the staff room read. */
export function reviewTable() {
  return (["city", "district_first"] as const).flatMap((levels) =>
    STATUSES.flatMap((from) =>
      ACTIONS.flatMap((action) =>
        REVIEWERS.map((who) => ({
          levels,
          from,
          action,
          role: who.role,
          district: who.district,
          ...review(from, action, who, levels),
        })),
      ),
    ),
  );
}

export { DECISION_LABELS, STATUS_LABELS };
