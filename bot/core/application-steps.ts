// The application's steps (application.ts runs them in order): whether a later application is for
// the same applicant, consent, the applicant's details, the clauses to apply for, and the summary
// before 「确认提交」. Each step reads one answer and says what is wrong in plain words.

import {
  assessValid,
  parseYesNo,
  DISTRICTS,
  factsOf,
  formatWan,
  formatYuanExact,
  normalizePhone,
  normalizeUscc,
  readDistrict,
  usccProblem,
  USCC_PROBLEM_MESSAGES,
  CLAUSES_BY_ID,
  cityPolicy,
  type Assessment,
  type AskableFact,
  type ClauseId,
  type Facts,
} from "../../rules/index.ts";
import { applicable, clauseName, itemLine } from "./results.ts";
import { assessmentDate, type ApplicantDraft, type ApplyStep, type DialogState } from "./state.ts";
import { answerLine } from "./texts.ts";

export const STEPS: readonly ApplyStep[] = [
  "consent",
  "name",
  "uscc",
  "district",
  "contactName",
  "contactPhone",
  "clauses",
];

export function assessmentOf(s: DialogState): Assessment {
  return assessValid({ ...(s.facts as Facts), assessedOn: assessmentDate(s) });
}

export function stepPrompt(step: ApplyStep, s: DialogState): string {
  switch (step) {
    case "reuse": {
      const p = s.applicant;
      return `上次填写的申报单位是「${p.name}」（统一社会信用代码 ${p.uscc ?? "未填"}，${p.district ?? "区县未填"}）。\n这次还以这家单位申报吗？回复「是」沿用，回复「否」重新填写单位信息。`;
    }
    case "consent":
      return "为办理申报，需要收集：申报主体名称、统一社会信用代码、所属区县、联系人姓名和联系电话。这些信息仅用于本次申报，由淄博市商务局审核时查看。\n同意请回复「同意」，不同意请回复「取消」。";
    case "name":
      return s.facts.subjectType === "village"
        ? "请输入申报主体全称（村民委员会全称），例如：淄川区某某镇某某村村民委员会"
        : s.facts.subjectType === "town"
          ? "请输入申报主体全称（镇人民政府全称），例如：桓台县某某镇人民政府"
          : "请输入申报主体全称（与营业执照一致），例如：淄博某某电子商务有限公司";
    case "uscc":
      return s.facts.subjectType === "village" || s.facts.subjectType === "town"
        ? "请输入统一社会信用代码（18 位，见村委会或镇政府的统一社会信用代码证书）"
        : "请输入统一社会信用代码（18 位，营业执照上可以找到），例如：91370303MA3C12345Y";
    case "district":
      return `请问所属区县是？回复数字或名称：\n${DISTRICTS.map((d, i) => `${i + 1}. ${d}`).join("  ")}`;
    case "contactName":
      return "请输入联系人姓名，例如：张三";
    case "contactPhone":
      return "请输入联系人手机号，例如：13800000000（座机请带区号，如 0533-1234567）";
    case "clauses": {
      const items = applicable(assessmentOf(s));
      return `请选择要申报的项目，回复编号（可多选，用空格或逗号分开），全部申报请回复「全部」：\n${items
        .map((r, i) => `${i + 1}. ${clauseName(r.clause)}`)
        .join("\n")}`;
    }
  }
}

export type StepResult = { ok: true; note?: string } | { ok: false; message: string };

const CONSENT = /^(同意|好的?|可以|是的?|行|ok|yes|没问题|确认|嗯+)[。！!]*$/i;

/** Reads the answer to `step` into the state, or says what is wrong. */
export function readStep(step: ApplyStep, text: string, s: DialogState): StepResult {
  const t = text.trim();
  switch (step) {
    case "reuse": {
      const yes = parseYesNo(t) ?? (CONSENT.test(t) ? true : null);
      if (yes === null)
        return { ok: false, message: "请回复「是」沿用上次的单位信息，或回复「否」重新填写。" };
      // Another applicant: nothing of the last one may slip into this application.
      if (!yes) s.applicant = {};
      return { ok: true };
    }
    case "consent":
      return CONSENT.test(t)
        ? { ok: true }
        : { ok: false, message: "需要您的同意才能继续申报。同意请回复「同意」，不同意请回复「取消」。" };
    case "name":
      if (t.length < 2 || t.length > 100)
        return { ok: false, message: "名称应为 2–100 个字，请输入完整名称。" };
      // A second 「同意」 (or 「好的」) is a reply to the consent just given, not a company's name.
      if (CONSENT.test(t))
        return {
          ok: false,
          message: "已收到您的同意。请输入申报主体的全称，例如「淄博某某电子商务有限公司」。",
        };
      s.applicant.name = t;
      return { ok: true };
    case "uscc": {
      const code = normalizeUscc(t);
      const problem = usccProblem(code);
      if (problem === "check")
        return {
          ok: false,
          message: `${USCC_PROBLEM_MESSAGES.check}（常见的是数字 0 与字母 O、数字 1 与字母 I 看错）。请重新输入。`,
        };
      if (problem)
        return {
          ok: false,
          message: `${USCC_PROBLEM_MESSAGES[problem]}，您输入的是 ${code.length} 位。请重新输入。`,
        };
      s.applicant.uscc = code;
      return { ok: true };
    }
    case "district": {
      const d = readDistrict(t);
      if (!d)
        return {
          ok: false,
          message: `没有找到这个区县。请回复 1–${DISTRICTS.length} 的数字，或如「张店区」。`,
        };
      s.applicant.district = d;
      return { ok: true };
    }
    case "contactName":
      if ([...t].length < 2 || t.length > 50)
        return { ok: false, message: "请输入联系人的姓名（2–50 个字），例如「张三」。" };
      s.applicant.contactName = t;
      return { ok: true };
    case "contactPhone": {
      const p = normalizePhone(t);
      if (!p)
        return {
          ok: false,
          message: "电话号码格式不对：手机号为 11 位（如 13800000000），座机请带区号（如 0533-1234567）。",
        };
      s.applicant.contactPhone = p;
      return { ok: true };
    }
    case "clauses": {
      const items = applicable(assessmentOf(s));
      if (/^(全部|都要|所有|全选|都申报|全部申报)$/.test(t)) {
        s.chosenClauses = items.map((r) => r.clause);
        return { ok: true };
      }
      const picks = t
        .split(/[\s,，、;；和及]+/)
        .filter((x) => x !== "")
        .map(Number);
      if (picks.length === 0 || picks.some((n) => !Number.isInteger(n) || n < 1 || n > items.length))
        return {
          ok: false,
          message: `请回复 1–${items.length} 之间的编号，如「1」或「1 2」，全部申报请回复「全部」。`,
        };
      s.chosenClauses = [...new Set(picks)].map((n) => items[n - 1]!.clause);
      return { ok: true };
    }
  }
}

/** The next step still to fill in, or null when everything is there. */
export function nextStep(s: DialogState, after: ApplyStep | null): ApplyStep | null {
  const from = after === null ? 0 : STEPS.indexOf(after) + 1;
  for (const step of STEPS.slice(from)) {
    if (step === "clauses") {
      const items = applicable(assessmentOf(s));
      if (items.length === 1) {
        s.chosenClauses = [items[0]!.clause];
        continue;
      }
      if (s.chosenClauses.length > 0 && s.chosenClauses.every((c) => items.some((r) => r.clause === c)))
        continue;
      return step;
    }
    if (step === "consent" || s.applicant[step as keyof ApplicantDraft] === undefined) return step;
  }
  return null;
}

/** Keeps only chosen clauses that are still applicable after a change of facts. */
export function pruneChosen(s: DialogState): ClauseId[] {
  const items = applicable(assessmentOf(s)).map((r) => r.clause);
  const dropped = s.chosenClauses.filter((c) => !items.includes(c));
  s.chosenClauses = s.chosenClauses.filter((c) => items.includes(c));
  return dropped;
}

export function summaryMessage(s: DialogState): string {
  const a = assessmentOf(s);
  const chosen = a.results.filter((r) => s.chosenClauses.includes(r.clause));
  const estimate = chosen
    .filter((r) => r.kind !== "loan")
    .reduce((sum, r) => sum + (r.estimatedAmountYuan ?? r.maxAmountYuan ?? 0), 0);
  const read = new Set<AskableFact>();
  for (const id of s.chosenClauses) {
    const c = CLAUSES_BY_ID[id]!;
    for (const cond of [c.when, ...c.tiers.flatMap((t) => (t.when ? [t.when] : []))])
      for (const f of factsOf(cond)) if (f !== "assessedOn") read.add(f);
  }
  const p = s.applicant;
  return [
    "请核对申报信息：",
    `申报主体：${p.name}（${p.district}）`,
    `统一社会信用代码：${p.uscc}`,
    `联系人：${p.contactName} ${p.contactPhone}`,
    "申报项目：",
    ...chosen.map((r, i) => itemLine(r, i + 1, { policy: cityPolicy(), date: a.assessedOn })),
    ...(estimate > 0
      ? [
          `奖励和补贴最高合计：${formatWan(estimate)}（${formatYuanExact(estimate)}；有测算公式的按测算，具体以审核为准）`,
        ]
      : []),
    "主要数据：",
    ...[...read].filter((f) => s.facts[f] !== undefined).map((f) => `· ${answerLine(f, s.facts[f])}`),
    "确认无误请回复「确认提交」；需修改请回复如「修改 联系人 李四」「修改 零售额 9000万」；放弃请回复「取消」。",
  ].join("\n");
}
