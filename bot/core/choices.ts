// The buttons a graphical client (the mini-program, the /chat page) shows under the bot's last reply:
// the answers the pending question or step takes, each with the exact text that answers it, so a tap
// is the same as typing. Pure: derived from the state alone, never stored.

import {
  CLAUSES_BY_ID,
  DISTRICTS,
  QUESTION_BY_FACT,
  type AskableFact,
  type Reader,
} from "../../rules/index.ts";
import { EVENT_INFLUENCE_LABELS, SUBJECT_LABELS } from "../../rules/facts.ts";
import { assessmentOf } from "./application-steps.ts";
import { applicable } from "./results.ts";
import type { DialogState } from "./state.ts";
import { SCREENING_TOPICS } from "./screening.ts";
import { knowledgeById } from "./understanding/index.ts";

export interface Choice {
  /** What the button says. */
  label: string;
  /** What a tap sends, as if typed. */
  text: string;
}

const same = (t: string): Choice => ({ label: t, text: t });
const UNSURE = same("不清楚");

function answersOf(reader: Reader): Choice[] {
  switch (reader) {
    case "yesNo":
      return [same("是"), same("否"), UNSURE];
    case "subjectType":
      return Object.values(SUBJECT_LABELS).map(same);
    case "influence":
      return [...Object.values(EVENT_INFLUENCE_LABELS).map(same), UNSURE];
    default:
      // A figure is typed; the only button is to leave it unknown.
      return [UNSURE];
  }
}

function questionChoices(fact: AskableFact, s: DialogState): Choice[] {
  if (s.doubt) return [same("是"), same("不是")];
  // The screening list takes several numbers at once; a tap answers with one, typing with more.
  if (s.screening === "asked" && fact === "mcn")
    return [...SCREENING_TOPICS.map((t, i) => ({ label: t.label, text: String(i + 1) })), same("都没有")];
  return answersOf(QUESTION_BY_FACT[fact].reader);
}

export function choicesFor(s: DialogState): Choice[] {
  if (s.choices && s.choices.length > 0)
    return s.choices.map((id, i) => ({
      label: knowledgeById(id, s.today)?.title ?? `第 ${i + 1} 项`,
      text: String(i + 1),
    }));
  switch (s.mode) {
    case "menu":
      return ["自测", "申报", "查询进度", "政策原文", "人工服务"].map(same);
    case "assess":
      return s.asking ? [...questionChoices(s.asking, s), same("返回")] : [];
    case "results":
      return applicable(assessmentOf(s)).length > 0
        ? [same("申报"), same("详情 1"), same("重新自测")]
        : [same("重新自测"), same("人工")];
    case "apply":
      switch (s.applyStep) {
        case "reuse":
          return [same("是"), same("否")];
        case "consent":
          return [same("同意"), same("取消")];
        case "district":
          return DISTRICTS.map(same);
        case "clauses": {
          const items = applicable(assessmentOf(s));
          return [
            ...items.map((r, i) => ({ label: CLAUSES_BY_ID[r.clause]!.name, text: String(i + 1) })),
            ...(items.length > 1 ? [same("全部")] : []),
          ];
        }
        default:
          return [same("取消")];
      }
    case "confirm":
      return s.duplicateOf && !s.duplicateOf.confirmed
        ? [same("仍然提交"), same("取消")]
        : [same("确认提交"), same("取消")];
    case "submitting":
      return [];
  }
}
