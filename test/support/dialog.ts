// Driving the conversation core in tests: a fixed clock, one message at a time, and a conversation
// whose pending question is a given fact (the state is plain JSON, contract §7).

import { handleMessage, startConversation, type DialogState } from "../../bot/dialog.ts";
import type { AskableFact, SubjectType } from "../../rules/index.ts";

export const NOW = new Date("2026-06-01T02:00:00Z");

export const say = (s: DialogState, text: string) => handleMessage(s, text, { now: NOW });

/** The conversation after `messages`, said one by one to a new one (none: a new conversation). */
export const after = (...messages: string[]) =>
  messages.reduce((s, m) => say(s, m).state, startConversation({ now: NOW }));

/** One message's new state and its replies as one text. */
export function replyTo(s: DialogState, text: string): { state: DialogState; text: string } {
  const t = say(s, text);
  return { state: t.state, text: t.replies.join("\n") };
}

/** A conversation whose pending question is `fact`, for a subject of `subjectType`. */
export function asked(fact: AskableFact, subjectType: SubjectType): DialogState {
  const s = startConversation({ now: NOW });
  return { ...s, mode: "assess", asking: fact, facts: { subjectType }, history: ["subjectType"] };
}
