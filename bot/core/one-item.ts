// 「那这样佣金补助还能拿吗」「佣金补助差多少」「那信息平台这块还差啥」: a question about one item, by its words
// (words.yaml `items`) — its standing for the figures known, not the whole list. Never writes a fact. Pure.

import {
  CLAUSES_BY_ID,
  FACTS,
  factsOf,
  parametersAt,
  requirementOf,
  type AskableFact,
  type ClauseId,
  type ClauseResult,
  SUBJECT_LABELS,
} from "../../rules/index.ts";
import { assessmentOf } from "./application-steps.ts";
import { amountWords, articleName } from "./results.ts";
import type { DialogState } from "./state.ts";
import { ITEM_WORDS, SUBJECT_WORDS } from "./understanding/lexicon.ts";

// Asking after its standing (还能拿吗、差多少、还差啥), not after what it is (是多少、什么标准).
const ASKS =
  /还能拿|能拿到|能不能拿|够不够|够格|符合吗|符合不|有戏|还差|差多少|差几|差啥|缺啥|缺什么|还要啥|还要什么/;
// 「拿过了还能拿吗」 asks whether it can be had again: the policy's words answer.
const HAD = /拿过|领过|获过|得过/;

/** What a clause still needs, each with its bar where it has one (「活跃网店数量（需达到 20 家以上）」). */
export function stillNeeded(r: ClauseResult, today: string): string[] {
  const c = CLAUSES_BY_ID[r.clause]!;
  const params = parametersAt(today);
  return r.missingFacts
    .filter((f) => f !== "assessedOn" && f in FACTS)
    .map((f) => {
      const bar = requirementOf(c, f as AskableFact, params);
      return `${FACTS[f as AskableFact].label}${bar ? `（需${bar}）` : ""}`;
    });
}

/** The items the words name, of those open to the subject known. */
export function itemsNamed(s: DialogState, text: string): ClauseId[] {
  const subject = s.facts.subjectType;
  if (!subject) return [];
  const t = text.toLowerCase().replace(/\s/g, "");
  return (Object.entries(ITEM_WORDS) as [ClauseId, readonly string[]][])
    .filter(
      ([id, words]) =>
        CLAUSES_BY_ID[id]?.subjects.includes(subject) && words.some((w) => t.includes(w.toLowerCase())),
    )
    .map(([id]) => id);
}

/**
 * 「直播这块村里能拿直播的奖励不」: items the words name that are for another kind of applicant only — said so, with
 * whom they are for; null when the words name none, or one open to the subject known.
 */
export function notForSubject(s: DialogState, text: string): string | null {
  const subject = s.facts.subjectType;
  if (!subject) return null;
  const t = text.toLowerCase().replace(/\s/g, "");
  const named = (Object.entries(ITEM_WORDS) as [ClauseId, readonly string[]][]).filter(([, words]) =>
    words.some((w) => t.includes(w.toLowerCase())),
  );
  if (named.length === 0 || named.some(([id]) => CLAUSES_BY_ID[id]?.subjects.includes(subject))) return null;
  // (「那两个村自己还能再申请电商村的奖励不」 from a town: asked for the applicants it is for, not for the town.)
  const rest = named.reduce(
    (x, [, words]) => words.reduce((y, w) => y.replaceAll(w.toLowerCase(), ""), x),
    t,
  );
  const kinds = SUBJECT_WORDS.filter((w) => rest.includes(w.word.toLowerCase())).map((w) => w.subject);
  if (named.some(([id]) => CLAUSES_BY_ID[id]!.subjects.some((x) => kinds.includes(x)))) return null;
  return named
    .map(([id]) => {
      const c = CLAUSES_BY_ID[id]!;
      return `${articleName(c.article)} ${c.name}面向${c.subjects.map((x) => SUBJECT_LABELS[x]).join("、")}，${SUBJECT_LABELS[subject]}不能申报这一项。`;
    })
    .join("\n");
}

/** The standing of the items named, when the message asks after them; null otherwise. */
export function oneItemReply(s: DialogState, text: string): string | null {
  if (!ASKS.test(text) || HAD.test(text)) return null;
  // (A figure the item reads must be known: with nothing to work from, the policy's text answers.)
  const ids = itemsNamed(s, text).filter((id) => {
    const c = CLAUSES_BY_ID[id]!;
    return [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))]
      .flatMap((w) => factsOf(w))
      .some((f) => f !== "counted" && typeof (s.facts as Record<string, unknown>)[f] === "number");
  });
  if (ids.length === 0) return null;
  const lines = assessmentOf(s)
    .results.filter((r) => ids.includes(r.clause))
    .map((r) => {
      const c = CLAUSES_BY_ID[r.clause]!;
      const name = `${articleName(c.article)} ${c.name}`;
      if (r.status === "eligible") return `✅ ${name}：按您说的数字，符合，${amountWords(r)}`;
      if (r.status === "ineligible") return `❌ ${name}：${r.reasons.join("；")}`;
      if (r.status === "manual_review") return `· ${name}：一事一议，由市商务局审核确定金额`;
      return `❓ ${name}：还要看${stillNeeded(r, s.today).join("、")}`;
    });
  return lines.length > 0 ? `${lines.join("\n")}\n最终金额以市商务局审核和当年预算为准。` : null;
}
