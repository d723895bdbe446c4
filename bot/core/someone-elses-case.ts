// 「我们镇下面的东庄村今年卖了1500万，网店25家，这个村能评吗」「隔壁西坞村卖了两千多万他们能评上不」: another
// applicant's figures, asked about — worked out on a copy for that applicant, who applies itself; nothing
// written. Pure.

import {
  assessValid,
  CLAUSES_BY_ID,
  FACTS,
  formatWan,
  parametersAt,
  SUBJECT_LABELS,
  type AskableFact,
  type Facts,
  type SubjectType,
} from "../../rules/index.ts";
import { readsOf } from "./for-subject.ts";
import { stillNeeded } from "./one-item.ts";
import { reachedOnceTheRestHolds, reasonOfSaid } from "./what-it-brings.ts";
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

const OWN_ASKS =
  /(我们|俺们|咱们|我|俺|咱)(村|镇|乡|公司|厂|店|这边|这里|这儿|自己)?[^，,。；;\s]{0,8}(多少|几|够|能|行|才)/;

const OWN_AFTER = /(我们|俺们|咱们|我|俺|咱)(村|镇|乡|公司|厂|店)/;

const WORD_SUBJECTS: readonly [RegExp, SubjectType][] = [
  // (「隔壁李家庄」「王家峪」: a place named as villages are.)
  [/他们村|她们村|人家村|别的村|其他村|邻村|[\u4e00-\u9fff](家庄|庄|屯|寨|峪|家洼)(?![园区子])/, "village"],
  [/他们镇|她们镇|他们乡|别的镇|其他镇|邻镇/, "town"],
  [/公司|厂|店|老板|企业|机构|mcn|同行/i, "enterprise"],
];

const KIND_AT_END: readonly [RegExp, SubjectType][] = [
  [/[村庄]$/, "village"],
  [/[镇乡]$/, "town"],
  [/(园|园区|基地)$/, "park"],
];

function subjectInWords(text: string): SubjectType | undefined {
  return WORD_SUBJECTS.find(([words]) => words.test(text))?.[1];
}

/** The reply for another applicant's figures asked about, or null when the message is not that. */
export function someoneElsesCase(s: DialogState, text: string): string | null {
  if (!ASKS.test(text) && !isWholeQuestion(text)) return null;
  const read = readFacts(text, { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null);
  // (A figure in a message that is a question as a whole is read as asked about; whose it is, the words say.)
  const mentions = findMentions(normalise(text));
  if (
    !read.remarks.some((r) => r.why === "other-subject") &&
    !(mentions.some((m) => m.type === "others") && read.remarks.some((r) => r.why === "question"))
  )
    return null;
  // (「他家是新开的店」: a yes-or-no said of the other is no figure of the speaker's.)
  if (Object.entries(read.facts).some(([k, v]) => k !== "subjectType" && typeof v === "number")) return null;
  // Whose: the subject named last (「…东庄村…这个村能评吗」 is a village's).
  // (「他们村」「张老板他们公司」 hold their subject inside the word that makes them another's; a shop or its
  // owner is an enterprise's.)
  const named = mentions.filter((m) => m.type === "subject").at(-1);
  // (「俺村有个张老板一个人就卖了八百万」: one of the speaker's own village, part of its figure — not another's.)
  const own = /(我们|咱们|俺们|我|咱|俺|本)$/;
  if (named && (own.test(normalise(text).slice(0, named.start)) || /^(我|咱|俺|本)/.test(named.text)))
    return null;
  // (「我们村里有个李老板…这个算不算村里的」: the speaker's own place named first, and the same kind of place asked
  // about after — someone inside it, not another applicant.)
  const ownPlace = mentions.find(
    (m) =>
      m.type === "subject" && (own.test(normalise(text).slice(0, m.start)) || /^(我|咱|俺|本)/.test(m.text)),
  );
  if (ownPlace?.type === "subject" && named?.type === "subject" && named.subject === ownPlace.subject)
    return null;
  // (「我们是经开区的一个电商产业园…园区里入驻了一百二十多家企业」: the speaker's own kind, said as theirs.)
  if (read.subjectOwn && named?.type === "subject" && read.facts.subjectType === named.subject) return null;
  // (「村里有家企业…自播…能奖多少」: the words that make it another's name its kind, past the place it is in.)
  const lastOthers = mentions.filter((m) => m.type === "others").at(-1);
  // (「隔壁村」「邻乡」: the word ends with the kind it names.)
  const othersKind =
    lastOthers && (!named || lastOthers.start > named.start)
      ? (subjectInWords(lastOthers.text) ?? KIND_AT_END.find(([end]) => end.test(lastOthers.text))?.[1])
      : undefined;
  const whose = othersKind ?? (named?.type === "subject" ? named.subject : undefined) ?? subjectInWords(text);
  if (!whose) return null;
  // 「隔壁村一年卖了三千万评上电商村了 俺们村得卖到多少才够」: the question is the speaker's own, after the other's.
  const lastOther = [...mentions].reverse().find((m) => m.type === "others");
  // (「隔壁镇…1.5亿了 咱镇还差得远 电商镇到底要多少」: the speaker's own, then the question.)
  const after = lastOther ? normalise(text).slice(lastOther.end) : "";
  if (lastOther && (OWN_ASKS.test(after) || (OWN_AFTER.test(after) && isWholeQuestion(after)))) return null;
  const plain = text.replace(OTHERS, "");
  const stated = readFacts(plain, { subjectType: whose, asStated: true }, null).facts;
  // (「我们合作的那个MCN机构去年做了1.2亿」: the agency named among the words that make it another's.)
  if (stated.mcn === undefined && whose === "enterprise" && /mcn|直播机构/i.test(text)) stated.mcn = true;
  // (「星火传媒一年卖了两个多亿，他们是MCN」: an agency's sales are its own turnover, said before or after.)
  if (
    stated.mcn === true &&
    stated.physicalGoodsRetailYuan !== undefined &&
    stated.onlineRetailYuan === undefined
  ) {
    stated.onlineRetailYuan = stated.physicalGoodsRetailYuan;
    delete stated.physicalGoodsRetailYuan;
  }
  const said = (Object.keys(stated) as AskableFact[]).filter((k) => k !== "subjectType" && k in FACTS);
  if (said.length === 0) return null;
  const results = assessValid({ ...stated, subjectType: whose, assessedOn: s.today } as Facts).results.filter(
    (r) => r.kind !== "loan" && CLAUSES_BY_ID[r.clause]!.subjects.includes(whose),
  );
  // The items the figures said bear on, when any does (「自播卖了两千万」 is about 自播奖励, not every item).
  const bearsOn = (clause: string) =>
    readsOf(CLAUSES_BY_ID[clause]!).some((f) => said.includes(f as AskableFact));
  const shown = results.some((r) => bearsOn(r.clause)) ? results.filter((r) => bearsOn(r.clause)) : results;
  const reached = reachedOnceTheRestHolds({ ...stated, subjectType: whose } as Partial<Facts>, s.today);
  const lines = shown.flatMap((r) => {
    const name = `${articleName(r.article)} ${CLAUSES_BY_ID[r.clause]!.name}`;
    // (「隔壁镇去年网上卖了1.3亿…能评电商镇吗」: why it qualifies, by the figure said — 超过 1 亿元.)
    const why = reasonOfSaid(r, said);
    if (r.status === "eligible") return [`✅ ${name}：${amountWords(r)}${why ? `（${why}）` : ""}`];
    if (r.status === "ineligible") return [`❌ ${name}：${r.reasons.join("；")}`];
    const tier = reached.get(r.clause);
    const upTo =
      tier?.status === "eligible" && tier.maxAmountYuan !== null && !CLAUSES_BY_ID[r.clause]!.estimate
        ? `（条件都满足时最高 ${formatWan(tier.maxAmountYuan)}）`
        : // (A figure still to be said — 网店数 — leaves the item's ceiling as what it could bring.)
          !CLAUSES_BY_ID[r.clause]!.estimate && CLAUSES_BY_ID[r.clause]!.tiers[0]
          ? `（条件都满足时最高 ${formatWan(parametersAt(s.today)[CLAUSES_BY_ID[r.clause]!.tiers[0]!.amount]!)}）`
          : "";
    return [`❓ ${name}${upTo}：还要看${stillNeeded(r, s.today).join("、")}`];
  });
  if (lines.length === 0) return null;
  return [
    `这是另一个${SUBJECT_LABELS[whose]}的情况，由它自己申报，我没有记入您的自测。按您说的数字测算：`,
    ...lines,
    "最终以市商务局审核为准。",
  ].join("\n");
}
