// What the product says, computed deterministically: used to prove a change of structure changed no
// behaviour (scripts/snapshot-behaviour.ts writes it before; test/identical-behaviour.test.ts compares).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assess, FACTS, type FactKey } from "../../rules/index.ts";
import { handleMessage, startConversation } from "../../bot/dialog.ts";
import { policyDocument } from "../../api/policy/document.ts";

/** A small deterministic generator (mulberry32), so the fact sets are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ["enterprise", "village", "town", "park"];
const YUAN = [
  0, 9_999_999, 10_000_000, 19_999_999, 20_000_000, 29_999_999, 30_000_000, 45_678_901, 50_000_000,
  60_000_001, 99_999_999, 100_000_000, 100_000_001, 120_000_000, 200_000_000, 250_000_000,
];
const DATES = ["2022-09-30", "2022-10-01", "2024-06-30", "2025-12-31", "2027-09-30", "2027-10-01"];

function factSets(n: number): Record<string, unknown>[] {
  const r = random(20261206);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const sets: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const f: Record<string, unknown> = { subjectType: pick(SUBJECTS), assessedOn: pick(DATES) };
    for (const key of Object.keys(FACTS) as FactKey[]) {
      if (key === "subjectType" || key === "assessedOn" || r() < 0.35) continue;
      const type = FACTS[key].type;
      if (type === "yuan")
        f[key] =
          key === "loanAmountYuan"
            ? pick([0, 99_999, 100_000, 5_000_000, 10_000_000, 10_000_001])
            : pick(YUAN);
      else if (type === "count") f[key] = pick([0, 3, 4, 5, 19, 20, 21, 100, 101]);
      else if (type === "months") f[key] = pick([0, 11, 12, 13, 30]);
      else if (type === "percent") f[key] = pick([0, 79.9, 80, 95]);
      else if (type === "boolean") f[key] = r() < 0.6;
      else if (type === "influence") f[key] = pick(["national", "provincial", "other"]);
    }
    sets.push(f);
  }
  return sets;
}

function messages(): { id: string; setup: string[]; message: string }[] {
  const dirs = [join("test", "bot"), join("test", "bot", "held-out")];
  const all: { id: string; setup: string[]; message: string }[] = [];
  for (const dir of dirs)
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith(".json"))
      .sort())
      for (const m of JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        id: string;
        setup?: string[];
        message: string;
      }[])
        if (typeof m.message === "string") all.push({ id: m.id, setup: m.setup ?? [], message: m.message });
  return all;
}

const NOW = new Date("2025-06-30T04:00:00Z");

export function behaviour() {
  const assessments = factSets(300).map((f) => assess(f));
  const conversations = messages().map((m) => {
    let s = startConversation({ id: `c-${m.id}`, now: NOW });
    const replies: string[][] = [];
    for (const text of [...m.setup, m.message]) {
      const t = handleMessage(s, text, { now: NOW });
      s = t.state;
      replies.push(t.replies);
    }
    return { id: m.id, replies, facts: s.facts };
  });
  return { assessments, policy: policyDocument(NOW), conversations };
}
