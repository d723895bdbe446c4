// Carrying out a correction read from a message (corrections.ts reads it): the change itself (changes.ts says
// what it did to the result), and what else the same message says —
//   yes-or-no facts not known yet (「说错了 不是新注册的 是从外地迁回来的」) are written;
//   other figures already answered and said again otherwise (「更正两处 销售额是1210万 活跃店铺21家」) are
//   changed too, each said with its old value;
//   with the subject changed (「俺不是公司 俺说的是俺们村 全村网上卖了一千四百万」), the figures said are the new
//   subject's, and the questions go on from there.

import { FACTS, formatFactValue, SUBJECT_LABELS, type AskableFact } from "../../rules/index.ts";
import { askNext, setFact } from "./assessment.ts";
import { applyCorrection } from "./changes.ts";
import { movedRoom, withUnitOfKnown } from "./corrections.ts";
import { FACT_ALIASES } from "./fact-names.ts";
import type { DialogState } from "./state.ts";
import { answerLine } from "./texts.ts";
import type { Turn } from "./turn.ts";
import { knownOf, readFacts } from "./understanding/facts.ts";

/** The fact a correction's text (「<alias> <value>」, or a sentence after 「更正」) changes. */
function factOf(s: DialogState, fix: string): AskableFact | undefined {
  const named = (Object.keys(FACT_ALIASES) as AskableFact[]).find((f) =>
    fix.startsWith(`${FACT_ALIASES[f][0]} `),
  );
  if (named) return named;
  const { facts, doubts } = readFacts(fix, knownOf(s.facts as Record<string, unknown>), null);
  return (
    (Object.keys(facts) as AskableFact[]).find(
      (k) => k !== "subjectType" && s.facts[k] !== undefined && s.facts[k] !== facts[k],
    ) ??
    // (「自播是两千六」: a figure without its unit, asked back when read alone, still names its fact.)
    doubts.find((d) => d.kind === "confirm" && s.facts[d.fact] !== undefined)?.fact
  );
}

/** The facts whose figures the message itself states. */
function figuresIn(s: DialogState, t: string): AskableFact[] {
  const { facts } = readFacts(t, knownOf(s.facts as Record<string, unknown>), null);
  return (Object.keys(facts) as AskableFact[]).filter((k) => typeof facts[k] === "number");
}

/** What else the message states: facts not known yet, and (with `restated`) figures answered and said otherwise. */
function alsoSaid(s: DialogState, t: string, except: AskableFact | undefined, figures: boolean) {
  const { facts, readings, doubts } = readFacts(t, knownOf(s.facts as Record<string, unknown>), null);
  // 「俩数都报错了 零售额五千九 网店九十八个」: a figure said without its unit beside the known one it corrects
  // is in the known figure's 万 (5900 beside 6500 万), not asked back.
  for (const d of doubts) {
    const known = s.facts[d.fact];
    if (d.kind !== "confirm" || typeof known !== "number" || facts[d.fact] !== undefined) continue;
    if (d.value >= known / 5 && d.value <= known * 5) {
      facts[d.fact] = d.value as never;
      readings.push({ fact: d.fact, value: d.value, how: "cue", said: String(d.value), approx: null });
    }
  }
  const added: string[] = [];
  const changed: string[] = [];
  for (const [k, v] of Object.entries(facts) as [AskableFact, unknown][]) {
    if (k === "subjectType" || k === except) continue;
    const was = s.facts[k];
    const bound = readings.some(
      (r) => r.fact === k && r.value === v && (r.how === "cue" || r.how === "sound"),
    );
    // 「1280万那个改成1208万 网店有24家」: a fact not known yet, said with its own word, is written too.
    if ((typeof v === "boolean" || (typeof v === "number" && bound)) && was === undefined) {
      setFact(s, k, v);
      added.push(answerLine(k, v));
    } else if (typeof v === "number" && figures && (was === undefined || was === v)) {
      // With the subject changed, a figure said again as it was is said back too, as the new subject's.
      setFact(s, k, v);
      added.push(answerLine(k, v));
    } else if (
      typeof v === "number" &&
      typeof was === "number" &&
      was !== v &&
      s.history.includes(k) &&
      // Only a figure bound to the fact's own word: a bare one is the correction's own value.
      // (With the subject changed, its usual figure too: 「我们是镇不是村 全镇一共1.2亿」.)
      (bound || (figures && readings.some((r) => r.fact === k && r.value === v && r.how === "subject")))
    ) {
      setFact(s, k, v);
      changed.push(`${answerLine(k, v)}（原为 ${answerLine(k, was).replace(/^[^：]+：/, "")}）`);
    }
  }
  return { added, changed };
}

export function correct(s: DialogState, t: string, fix: string, out: Turn) {
  const fact = factOf(s, fix);
  // Written before the correction, so the next question follows all of them.
  const also = alsoSaid(s, t, fact, false);
  const at = out.replies.length;
  const was = s.facts.subjectType;
  // (「这2600万不是自己播的 是找第三方…」: the figure moves rooms; the room it left is asked again, not kept.)
  const moved = movedRoom(
    readFacts(withUnitOfKnown(t, s.facts), { subjectType: s.facts.subjectType, mcn: s.facts.mcn }, null)
      .facts,
    s.facts,
  );
  applyCorrection(s, fix, out);
  if (out.replies[at] === undefined) return;
  if (moved && moved.to === fact && s.facts[moved.from] === moved.value) {
    delete s.facts[moved.from];
    s.history = s.history.filter((f) => f !== moved.from);
    out.replies[at] = out.replies[at]!.replace(
      /^([^\n]*)/,
      `$1\n原来记在「${FACTS[moved.from].label}」的 ${formatFactValue(moved.from, moved.value)}已去掉。`,
    );
  }
  if (
    fact === "physicalGoodsRetailYuan" &&
    s.facts[fact] === 0 &&
    /[帮给替](商家|别人|厂家|品牌|客户|店家)/.test(t)
  )
    out.replies[at] = out.replies[at]!.replace(
      /^([^\n]*)/,
      "$1\n帮商家直播、带货卖出的，不算贵公司自己的实物商品网络零售额。",
    );
  if (was !== undefined && was !== s.facts.subjectType) {
    // 「说错了 我们是镇不是村」: the village's figures are kept for the town, and said so, never silently.
    const kept = (Object.keys(s.facts) as AskableFact[]).filter(
      (k) => k !== "subjectType" && typeof s.facts[k] === "number" && !figuresIn(s, t).includes(k),
    );
    // (「…数是对的」: the speaker has said the figures stand.)
    if (kept.length > 0 && !/数(字)?(是|都)?(对的|没错|没问题|不变)|其他(的)?(都)?没错/.test(t))
      out.replies[at] = out.replies[at]!.replace(
        /^([^\n]*)/,
        `$1\n之前记下的${kept
          .map((k) => answerLine(k, s.facts[k]).replace("：", " "))
          .join(
            "、",
          )}，我先按${SUBJECT_LABELS[s.facts.subjectType!]}的数保留；如果不是，请直接告诉我正确的数，例如「${FACT_ALIASES[kept[0]!][0]}是……」。`,
      );
  }
  if (s.mode === "assess" && was !== s.facts.subjectType) {
    const figures = alsoSaid(s, t, fact, true);
    if (figures.added.length + figures.changed.length === 0) return;
    const head = out.replies[at]!.split("\n\n")[0]!;
    out.replies.splice(at);
    askNext(
      s,
      [
        head,
        ...(figures.changed.length > 0 ? [`另外已修改：${figures.changed.join("；")}。`] : []),
        ...(figures.added.length > 0 ? [`另外记下了：${figures.added.join("；")}。`] : []),
      ].join("\n"),
      out,
    );
    return;
  }
  const more = [
    ...(also.changed.length > 0 ? [`另外已修改：${also.changed.join("；")}。`] : []),
    ...(also.added.length > 0 ? [`另外记下了：${also.added.join("；")}。`] : []),
  ];
  if (more.length > 0)
    out.replies[at] = out.replies[at]!.replace(/^(已修改：[^\n]*)/, `$1\n${more.join("\n")}`);
}
