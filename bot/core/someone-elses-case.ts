// 「我们镇下面的东庄村今年卖了1500万，网店25家，这个村能评吗」「隔壁西坞村卖了两千多万他们能评上不」: another
// applicant's figures, asked about — worked out on a copy for that applicant, who applies itself; nothing
// written. Pure.

import {
  assessValid,
  CLAUSES_BY_ID,
  FACTS,
  SUBJECT_LABELS,
  type AskableFact,
  type Facts,
} from "../../rules/index.ts";
import { stillNeeded } from "./one-item.ts";
import { amountWords, articleName } from "./results.ts";
import type { DialogState } from "./state.ts";
import { readFacts } from "./understanding/facts.ts";
import { isWholeQuestion } from "./understanding/grammar.ts";
import { OTHER_SUBJECT_WORDS } from "./understanding/lexicon.ts";
import { findMentions } from "./understanding/mentions.ts";
import { normalise } from "./understanding/normalise.ts";

const ASKS = /能评|评得上|评上不|评上吗|能拿|能申请|能报|够不够|够格|符合|行不行|够吗/;
// The words that make the figures another's, and those that point at the other (他们、这个村).
const OTHERS = new RegExp(
  [
    ...[...OTHER_SUBJECT_WORDS].sort((a, b) => b.length - a.length),
    "(?:我们|咱们?|俺们?)(?:村|镇|乡)(?:下面|下辖|里)的?",
    "下面的",
    "下辖的",
    "他们",
    "她们",
  ].join("|"),
  "gi",
);

/** The reply for another applicant's figures asked about, or null when the message is not that. */
export function someoneElsesCase(s: DialogState, text: string): string | null {
  if (!ASKS.test(text) && !isWholeQuestion(text)) return null;
  const read = readFacts(text, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null);
  if (!read.remarks.some((r) => r.why === "other-subject")) return null;
  if (Object.keys(read.facts).some((k) => k !== "subjectType")) return null;
  // Whose: the subject named last (「…东庄村…这个村能评吗」 is a village's).
  const whose = findMentions(normalise(text))
    .flatMap((m) => (m.type === "subject" ? [m.subject] : []))
    .at(-1);
  if (!whose) return null;
  const plain = text.replace(OTHERS, "");
  const stated = readFacts(plain, { subjectType: whose, asStated: true }, null).facts;
  const said = (Object.keys(stated) as AskableFact[]).filter((k) => k !== "subjectType" && k in FACTS);
  if (said.length === 0) return null;
  const results = assessValid({ ...stated, subjectType: whose, assessedOn: s.today } as Facts).results.filter(
    (r) => r.kind !== "loan" && CLAUSES_BY_ID[r.clause]!.subjects.includes(whose),
  );
  const lines = results.flatMap((r) => {
    const name = `${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}`;
    if (r.status === "eligible") return [`✅ ${name}：${amountWords(r)}`];
    if (r.status === "ineligible") return [`❌ ${name}：${r.reasons.join("；")}`];
    return [`❓ ${name}：还要看${stillNeeded(r, s.today).join("、")}`];
  });
  if (lines.length === 0) return null;
  return [
    `这是另一个${SUBJECT_LABELS[whose]}的情况，由它自己申报，我没有记入您的自测。按您说的数字测算：`,
    ...lines,
    "最终以市商务局审核为准。",
  ].join("\n");
}
