// The names the API's labels.json gives (facts, clauses, states, decisions, roles, actions), read
// once and shared; made on the server from the rules, so the console names things as the bot does.

import { shallowRef } from "vue";

export interface Labels {
  statuses: Record<string, string>;
  decisions: Record<string, string>;
  assessmentStatuses: Record<string, string>;
  roles: Record<string, string>;
  roleNames: Record<string, string>;
  actions: Record<string, string>;
  callOutcomes: Record<string, string>;
  facts: Record<string, string>;
  factTypes: Record<string, string>;
  clauses: { id: string; name: string; kind: string }[];
  /** The parameters each clause reads (money and limits), by parameter name. */
  clauseParameters: Record<string, string[]>;
  citations: Record<string, string>;
  clauseNames: Record<string, string>;
  cityTotalClause: string | null;
  districts: string[];
  words: { subjectType: Record<string, string>; eventInfluence: Record<string, string> };
}

export const labels = shallowRef<Labels | null>(null);

export async function loadLabels(): Promise<Labels> {
  if (labels.value) return labels.value;
  const res = await fetch("/console/labels.json", { credentials: "same-origin" });
  if (!res.ok) throw new Error(`labels.json: ${res.status}`);
  labels.value = (await res.json()) as Labels;
  return labels.value;
}

/** The labels, once loaded (the app mounts after they are). */
export function L(): Labels {
  if (!labels.value) throw new Error("labels not loaded");
  return labels.value;
}
