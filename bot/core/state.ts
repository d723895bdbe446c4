// A conversation's state: plain JSON, saved after every message, so any shell can store it and a
// restart resumes where the person was.

import type { AskableFact, ClauseId, District, Facts } from "../../rules/index.ts";

export type Mode =
  | "menu" // greeted, waiting for a choice
  | "assess" // self-assessment: state.asking holds the fact asked
  | "results" // results shown
  | "apply" // collecting the applicant's details: state.applyStep
  | "confirm" // summary shown, waiting for 「确认提交」
  | "submitting"; // submit effect emitted, waiting for the shell's outcome

export type ApplyStep =
  | "reuse" // a later application in the same chat: the same applicant again, or another?
  | "consent"
  | "name"
  | "uscc"
  | "district"
  | "contactName"
  | "contactPhone"
  | "clauses";

export interface ApplicantDraft {
  name?: string;
  uscc?: string;
  district?: District;
  contactName?: string;
  contactPhone?: string;
}

export interface SubmittedRecord {
  number: string;
  id: string;
  clauses: ClauseId[];
  /** Who filed it and for which policy year: a repeat is caught before it is sent (absent in older states). */
  uscc?: string;
  year?: string;
}

export interface DialogState {
  version: 1;
  /** Conversation id; idempotency keys derive from it. */
  id: string;
  /** The WeChat user, when the channel knows it: put on the application so status queries find it. */
  wechatId: string | null;
  mode: Mode;
  /** The fact being asked (contract §7), or null. */
  asking: AskableFact | null;
  /** Facts gathered so far (contract §2). */
  facts: Partial<Facts>;
  /** Facts the person chose not to answer. */
  skipped: AskableFact[];
  /** Answered facts in order, for 「返回」. */
  history: AskableFact[];
  /** Failed tries at the current question. */
  failures: number;
  applyStep: ApplyStep | null;
  applicant: ApplicantDraft;
  chosenClauses: ClauseId[];
  /** Fixed when the summary is shown; a retry of the same submission reuses it. */
  idempotencyKey: string | null;
  /** Counts submissions started, so every application gets its own key. */
  submissionCount: number;
  submitted: SubmittedRecord[];
  /** Date the assessment is for (Asia/Shanghai), set by the clock the shell passes in. */
  today: string;
  /** Turns handled, for ids and diagnostics. */
  turns: number;
  /** A reading asked back before it is written (「您说的 2800 是 2800 万元吗？」); absent in older states. */
  doubt?: { fact: AskableFact; value: number } | null;
  /**
   * The enterprise's screening list (bot/core/screening.ts): "asked" while pending (state.asking is "mcn"),
   * "done" once answered or skipped; absent in older states.
   */
  screening?: "asked" | "done" | null;
  /**
   * Numbers of this enterprise's earlier applications for the same items this year, shown before a
   * repeat filing; while set, only 「仍然提交」 sends it (with confirmDuplicate). Absent in older states.
   */
  duplicateOf?: { numbers: string[]; confirmed: boolean } | null;
  /** Knowledge-base topics the last reply offered as numbered choices; absent in older states. */
  choices?: string[] | null;
  /**
   * Facts the optional understanding model read in the last message, echoed for a 「是」 before any is
   * written (bot/core/model-reading.ts); absent in older states.
   */
  proposal?: Partial<Facts> | null;
  /** The last answer changed by a correction, and what it was: 「还是按原来的」 puts it back; absent in older states. */
  lastChange?: { fact: AskableFact; was: unknown } | null;
  /** The loan amount whose being outside the policy's range was already said; absent in older states. */
  loanNoted?: number | null;
}

export function isDialogState(x: unknown): x is DialogState {
  const s = x as DialogState;
  return (
    typeof s === "object" &&
    s !== null &&
    s.version === 1 &&
    typeof s.id === "string" &&
    typeof s.mode === "string" &&
    typeof s.facts === "object" &&
    Array.isArray(s.skipped) &&
    Array.isArray(s.history)
  );
}

/** The date the self-test is for: one the person named (「按2026年12月31日测算」), else today (contract §2). */
export function assessmentDate(s: Pick<DialogState, "facts" | "today">): string {
  return s.facts.assessedOn ?? s.today;
}
