// An invitation to apply (政策找人): the bureau's counted figures show the person qualifies for items
// they have not applied for, and the API sends an application already filled in from those figures
// and their earlier details. The conversation is put at the summary, so 「确认提交」 files it and
// 「修改 …」 or 「取消」 work as for any summary. 「不再提醒」 asks not to be invited again.

import { CLAUSE_IDS, parseFacts, type ClauseId, type District } from "../../rules/index.ts";
import { applicable } from "./results.ts";
import { assessmentOf, summaryMessage } from "./application-steps.ts";
import type { DialogState } from "./state.ts";
import type { Turn } from "./turn.ts";

export interface InvitationDraft {
  applicant: { name: string; uscc: string; district: string; contactName: string; contactPhone: string };
  facts: Record<string, unknown>;
  clauses: string[];
}

export const OPTED_OUT = "好的，以后不再向您发送申报提醒。需要时随时回复「自测」或「申报」。";

/** The conversation put at the invitation's summary; unchanged (no replies) if the draft is unusable. */
export function offerInvitation(state: DialogState, draft: InvitationDraft): Turn {
  const s = structuredClone(state);
  const out: Turn = { state: s, replies: [], effects: [] };
  const facts = parseFacts({ ...draft.facts, assessedOn: s.today });
  if (!facts.ok) return { state, replies: [], effects: [] };
  const { assessedOn: _date, ...known } = facts.facts;
  s.facts = known;
  s.skipped = [];
  s.history = [];
  s.asking = null;
  s.screening = "done";
  s.doubt = null;
  s.applicant = {
    name: draft.applicant.name,
    uscc: draft.applicant.uscc,
    district: draft.applicant.district as District,
    contactName: draft.applicant.contactName,
    contactPhone: draft.applicant.contactPhone,
  };
  // Only items that still fit on today's assessment of these figures.
  const fitting = new Set(applicable(assessmentOf(s)).map((r) => r.clause));
  s.chosenClauses = draft.clauses.filter(
    (c): c is ClauseId => (CLAUSE_IDS as readonly string[]).includes(c) && fitting.has(c as ClauseId),
  );
  if (s.chosenClauses.length === 0) return { state, replies: [], effects: [] };
  s.mode = "confirm";
  s.applyStep = null;
  s.idempotencyKey = null;
  s.duplicateOf = null;
  out.replies.push(summaryMessage(s));
  return out;
}
