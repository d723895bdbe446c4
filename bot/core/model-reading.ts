// The optional model's reading, in the pure core: proposed back to the person as one line, written only
// after a 「是」 (the same facts, checked again by the same schema), and dropped by anything else. The
// model never decides a status, an amount or an answer about the policy: those stay with the rules.

import { factsPatchSchema, parseYesNo, type AskableFact, type Facts } from "../../rules/index.ts";
import { askNext, setFact } from "./assessment.ts";
import type { DialogState } from "./state.ts";
import { answerLine } from "./texts.ts";
import type { Turn } from "./turn.ts";

/** What the shell's model read (or null), after an `understand` effect: the replies to send. */
export function handleModelReading(
  state: DialogState,
  facts: Partial<Facts> | null,
  fallback: string[],
): Turn {
  const s = structuredClone(state);
  const checked = facts ? factsPatchSchema.safeParse(facts) : null;
  const proposal: Partial<Facts> = {};
  if (checked?.success)
    for (const [k, v] of Object.entries(checked.data)) {
      // The subject stays as told; a fact already known the same adds nothing.
      if (k === "subjectType" && s.facts.subjectType !== undefined) continue;
      if ((s.facts as Record<string, unknown>)[k] === v) continue;
      (proposal as Record<string, unknown>)[k] = v;
    }
  const keys = Object.keys(proposal) as AskableFact[];
  if (keys.length === 0) return { state: s, replies: fallback, effects: [] };
  s.proposal = proposal;
  return {
    state: s,
    replies: [
      `我理解您说的是：${keys.map((k) => answerLine(k, proposal[k])).join("；")}。对吗？回复「是」我就记下；不对的话请换个说法再说一次。`,
    ],
    effects: [],
  };
}

/** A reply to a proposal: 「是」 writes it (true); anything else drops it and is read as usual (false). */
export function takeProposal(s: DialogState, text: string, out: Turn): boolean {
  const proposal = s.proposal;
  s.proposal = null;
  if (!proposal || parseYesNo(text) !== true) return false;
  const keys = Object.keys(proposal) as AskableFact[];
  for (const k of keys.sort((a) => (a === "subjectType" ? -1 : 0))) setFact(s, k, proposal[k]);
  if (s.mode === "menu") s.mode = "assess";
  askNext(s, `好的，记下了：${keys.map((k) => answerLine(k, proposal[k])).join("；")}。`, out);
  return true;
}
