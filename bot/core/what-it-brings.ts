// 「能拿多少」「那3200万到底能拿几万」 once figures are known: the number the policy gives for them — the
// formula's estimate with its cap (article 2), a flat amount (article 7), a ceiling elsewhere — not the list
// of caps. Never writes a fact; a question about another figure (「要是…」) is not this one. Pure.

import {
  assessValid,
  CLAUSES_BY_ID,
  FACTS,
  factsOf,
  formatWan,
  parametersAt,
  type AskableFact,
  type ClauseResult,
  type Facts,
} from "../../rules/index.ts";
import { parse } from "./understanding/grammar.ts";
import { assessmentOf } from "./application-steps.ts";
import { amountWords, articleName } from "./results.ts";
import type { DialogState } from "./state.ts";
import { MARKERS } from "./understanding/lexicon.ts";
import { roundStandard, type RoundNotice } from "./rounds.ts";

const ASKS =
  /(?:拿|领|得|给|补|奖|发|兑现|有)(?:多少|几万|几个钱|几)|多少(?:钱|补贴|奖励|奖金)|能拿|能领|能得|能给/;
// A what-if or an award already received (「去年拿过…还能拿吗」) is another question.
const WHAT_IF = new RegExp([...MARKERS.hypothetical, ...MARKERS.pastAward].join("|"));

/** Whether the message asks what the known figures bring. */
export function asksWhatItBrings(text: string, facts: Partial<Facts>): boolean {
  if (!facts.subjectType || !ASKS.test(text) || WHAT_IF.test(text)) return false;
  // Something to work from: a figure or a 「是」 already given.
  return Object.entries(facts).some(
    ([k, v]) => k !== "subjectType" && (v === true || (typeof v === "number" && v > 0)),
  );
}

/** The reply: what fits now and what it brings, or what is still needed to say. */
export function whatItBrings(s: DialogState, rounds?: readonly RoundNotice[]): string {
  const a = assessmentOf(s);
  const fits = a.results.filter((r) => r.status === "eligible" && r.kind !== "loan");
  const staff = a.results.filter((r) => r.status === "manual_review");
  const open = a.results.filter((r) => r.status === "needs_info" && r.kind !== "loan");
  const lines: string[] = [];
  if (fits.length > 0) {
    lines.push("按您目前说的数字：");
    for (const r of fits) {
      // In an open round the item brings at most the round's standard.
      const standard = roundStandard(r, rounds, s.today);
      const amount =
        standard === null
          ? `${amountWords(r)}${formula(r, s)}`
          : `不超过 ${formatWan(standard)}（本批次标准；政策${amountWords(r)}）`;
      lines.push(`· ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：${amount}`);
    }
  } else if (open.length === 0 && staff.length === 0) {
    lines.push("按您目前说的数字，暂时没有符合条件的奖励或补贴。");
  }
  for (const r of staff)
    lines.push(
      `· ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：一事一议，由市商务局审核确定金额`,
    );
  if (open.length > 0)
    lines.push(
      fits.length > 0
        ? "其他项目还要再了解几个情况才能判断。"
        : "还要再了解几个情况才能算出来，请继续回答下面的问题。",
    );
  lines.push("最终金额以市商务局审核和当年预算为准。");
  return lines.join("\n");
}

/** 「：3200 万元 × 每 1 万元 5 元 = 16,000 元」 — the article-2 sum, so the number can be checked. */
function formula(r: ClauseResult, s: DialogState): string {
  const f = CLAUSES_BY_ID[r.clause]!.estimate;
  const figure = f ? (s.facts as Partial<Facts>)[f.fact] : undefined;
  if (!f || figure === undefined || r.estimatedAmountYuan === null) return "";
  const p = parametersAt(s.today);
  const raw = Math.floor(figure / p[f.unit]!) * p[f.rate]!;
  const capped = raw > r.estimatedAmountYuan ? `，超过上限按 ${formatWan(r.estimatedAmountYuan)}计` : "";
  return `：${formatWan(figure)} × 每 ${formatWan(p[f.unit]!)} ${p[f.rate]!} 元 = ${raw.toLocaleString("en-US")} 元${capped}`;
}

/**
 * 「如果后年做到4000万，补贴多少」: the policy's answer for that figure, worked out on a copy of the facts —
 * nothing is written. Null when the message names no amount to try or the subject is not known yet.
 */
export function whatIfReply(s: DialogState, text: string): string | null {
  const subject = s.facts.subjectType;
  if (!subject || !WHAT_IF.test(text)) return null;
  const said = parse(text, { subjectType: subject }, null).remarks.find(
    (r) => r.why === "hypothetical" && r.kind === "yuan" && r.value !== undefined,
  );
  if (!said) return null;
  const fact: AskableFact = /自播|自己播|自己直播/.test(text)
    ? "selfLiveRetailYuan"
    : subject === "enterprise" && !s.facts.mcn
      ? "physicalGoodsRetailYuan"
      : "onlineRetailYuan";
  const tried = { ...(s.facts as Facts), [fact]: said.value, assessedOn: s.today };
  const results = assessValid(tried).results.filter((r) => {
    const c = CLAUSES_BY_ID[r.clause]!;
    return (
      c.subjects.includes(subject) &&
      [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))].some((w) => factsOf(w).includes(fact))
    );
  });
  const head = `假如${FACTS[fact].label}是 ${formatWan(said.value!)}（设想的数字，只作测算，不记入您的自测）：`;
  const fits = results.filter((r) => r.status === "eligible" && r.kind !== "loan");
  if (fits.length > 0)
    return [
      head,
      ...fits.map(
        (r) =>
          `· ${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}：${amountWords(r)}${formula(r, { ...s, facts: tried })}`,
      ),
      "最终金额以市商务局审核和当年预算为准。",
    ].join("\n");
  const open = results.filter((r) => r.status === "needs_info");
  if (open.length > 0)
    return `${head}\n是否符合还要看其他条件：${open.map((r) => `${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}`).join("、")}。`;
  const no = results.find((r) => r.status === "ineligible");
  return `${head}\n${no ? `${articleName(no.article)} ${CLAUSES_BY_ID[no.clause]!.name}：${no.reasons.join("；")}` : "按政策暂时没有对应的奖励或补贴。"}`;
}
