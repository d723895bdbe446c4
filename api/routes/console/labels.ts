// The names the console shows, made from the rules and the contract so the page names facts,
// clauses, states and decisions exactly as the bot and the notices do (served as labels.json).

import { CLAUSES, DISTRICTS, FACTS } from "../../../rules/index.ts";
import { EVENT_INFLUENCE_LABELS, SUBJECT_LABELS } from "../../../rules/facts.ts";
import { ASSESSMENT_STATUS_LABELS, DECISION_LABELS, STATUS_LABELS } from "../../../contract/labels.ts";
import { ROLE_LABELS } from "../../services/staff-accounts.ts";

/** The audit log's actions in Chinese; an action not named here is shown as recorded. */
export const ACTION_LABELS: Record<string, string> = {
  sign_in: "登录",
  sign_in_failed: "登录失败",
  sign_in_throttled: "登录受限",
  sign_out: "退出",
  export: "导出",
  account_added: "添加账号",
  account_disabled: "停用账号",
  account_enabled: "启用账号",
  account_unlocked: "解锁账号",
  account_password_reset: "重置密码",
  account_role_changed: "修改角色",
  "application.submitted": "提交申报",
  "application.approved": "通过",
  "application.rejected": "驳回",
  "application.needs_more_info": "要求补材料",
  "application.reopened": "重新打开",
  "matching.imported": "导入纳统数据",
  "matching.invited": "发送申报邀请",
  "matching.called": "电话联系",
};

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八"];

export function consoleLabels() {
  const clauseName = (c: (typeof CLAUSES)[number]) => `第${NUMERALS[c.article]}条 ${c.name}`;
  return {
    statuses: STATUS_LABELS,
    decisions: DECISION_LABELS,
    assessmentStatuses: ASSESSMENT_STATUS_LABELS,
    roles: ROLE_LABELS,
    roleNames: { reviewer: "初审", approver: "审批", admin: "管理员" },
    actions: ACTION_LABELS,
    facts: Object.fromEntries(Object.entries(FACTS).map(([k, d]) => [k, d.label])),
    /** How a fact's number reads: yuan, months, percent or a plain count. */
    factTypes: Object.fromEntries(Object.entries(FACTS).map(([k, d]) => [k, d.type])),
    clauses: CLAUSES.map((c) => ({ id: c.id, name: clauseName(c), kind: c.kind })),
    citations: Object.fromEntries(CLAUSES.map((c) => [c.id, c.citation])),
    clauseNames: Object.fromEntries(CLAUSES.map((c) => [c.id, clauseName(c)])),
    districts: [...DISTRICTS],
    /** Facts whose values are words: shown by their Chinese names. */
    words: { subjectType: SUBJECT_LABELS, eventInfluence: EVENT_INFLUENCE_LABELS },
  };
}
