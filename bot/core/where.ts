// Where the person is now, said again after an aside or a refusal: the pending question (or the
// screening list), the application step, the summary, or the menu.

import type { AskableFact } from "../../rules/index.ts";
import { assessmentOf, stepPrompt } from "./application-steps.ts";
import { applicable } from "./results.ts";
import { SCREENING_QUESTION } from "./screening.ts";
import type { DialogState } from "./state.ts";
import { DUPLICATE_NOTE, MENU, question } from "./texts.ts";

/** The question pending in a self-test: the screening list, or the asked fact's question. */
export function pendingQuestion(s: DialogState & { asking: AskableFact }): string {
  return s.screening === "asked" && s.asking === "mcn" ? SCREENING_QUESTION : question(s.asking, s.facts);
}

/** Where the person is now, said again: the question, the step, or the menu. */
export function whereNow(s: DialogState): string {
  switch (s.mode) {
    case "assess":
      return s.asking ? pendingQuestion({ ...s, asking: s.asking }) : MENU;
    case "apply":
      return s.applyStep ? stepPrompt(s.applyStep, s) : MENU;
    case "confirm":
      return s.duplicateOf && !s.duplicateOf.confirmed
        ? DUPLICATE_NOTE
        : "确认无误请回复「确认提交」；需修改请回复如「修改 联系人 李四」；放弃请回复「取消」。";
    case "submitting":
      return "您的申报正在提交，请稍候。";
    case "results":
      return applicable(assessmentOf(s)).length > 0
        ? "回复「申报」开始申报，「详情 1」查看理由，「自测」重新测评，「帮助」查看全部指令。"
        : "条件变化后回复「自测」重新测评，「帮助」查看全部指令，「人工」联系工作人员。";
    case "menu":
      return MENU;
  }
}
