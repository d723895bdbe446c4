// What one turn of the conversation returns (contract §7): the next state, the replies to send and
// the effects for the shell to run; and what the shell tells the core after running a submission.

import type { AskableFact, ClauseId, Facts } from "../../rules/index.ts";
import type { DialogState } from "./state.ts";
import type { RoundNotice } from "./rounds.ts";

export interface ApplicationDraft {
  applicant: {
    name: string;
    uscc: string;
    district: string;
    contactName: string;
    contactPhone: string;
    wechatId?: string;
  };
  facts: Facts;
  clauses: ClauseId[];
  /** Files again items this enterprise already has pending or approved this year (contract §5 extension). */
  confirmDuplicate?: true;
}

export type Effect =
  | { type: "submit"; idempotencyKey: string; application: ApplicationDraft }
  | { type: "query_status"; wechatId: string | null }
  | { type: "notify_staff"; reason: "human_requested"; wechatId: string | null; text: string }
  /** 「不再提醒」: no more invitations to apply (政策找人). */
  | { type: "opt_out"; wechatId: string | null };

/**
 * Only when the shell said it has an understanding model (TurnContext.understandingModel): the message
 * was not understood; the shell may ask the model and hands its reading (or null) to
 * handleModelReading, which says `fallback` when there is none. (Beside the effects, so shells that
 * have no model need no case for it.)
 */
export interface UnderstandRequest {
  text: string;
  asking: AskableFact | null;
  fallback: string[];
}

export interface Turn {
  state: DialogState;
  replies: string[];
  effects: Effect[];
  /** Set by a part that did not understand the message (internal; removed before the turn returns). */
  unread?: true;
  /** The rounds the shell read (TurnContext.rounds), for the parts that speak of timing (internal, removed too). */
  rounds?: readonly RoundNotice[] | undefined;
  /** The message for the shell's understanding model; the replies wait for its reading. */
  understand?: UnderstandRequest;
}

export interface TurnContext {
  now?: Date;
  /** A fresh id for an idempotency key; default: derived from the conversation id. */
  newId?: () => string;
  /** The shell can ask an understanding model (UNDERSTANDING_MODEL_URL): unread messages become an effect. */
  understandingModel?: boolean;
  /**
   * The application rounds the shell read from the API (GET /api/rounds, contract §13): the core then says
   * whether a round is open for the person's items, until when, and which year's figures to give.
   * Absent: the shell does not know, and nothing is said of dates.
   */
  rounds?: readonly RoundNotice[];
}

export type SubmitOutcome =
  | { kind: "submitted"; id: string; number: string }
  | { kind: "queued" } // saved on the bot's side, to be retried
  | { kind: "refused"; message: string } // the API said no (4xx): the person must change something
  | { kind: "duplicate"; numbers: string[] } // 409: the same items filed this year; ask before filing again
  | { kind: "unavailable" }; // no API configured
