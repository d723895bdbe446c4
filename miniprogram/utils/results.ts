// An assessment (POST /api/assessments) as a person wants to read it (CHAT-STYLE.md): a headline
// with how many items fit and the total of caps (awards and subsidies, never the loan), then one
// card per item — those that fit first, then those that need one more answer, then the rest — each
// with its amount, its reasons and the policy's sentence. Never a promise of money.

import { formatChineseDate, formatWan } from "./money.js";
import { articleName } from "./labels.js";
import type { Assessment, ClauseResult, PolicyDocument, ResultStatus } from "./types.js";

export interface ResultView {
  clause: string;
  title: string;
  status: ResultStatus;
  statusLabel: string;
  amountText: string;
  reasons: string[];
  /** 「还需了解：……」 for an item that needs more answers, else "". */
  missingText: string;
  citation: string;
  note: string;
}

export interface ResultsView {
  headline: string;
  items: ResultView[];
  /** The clauses that may be applied for (eligible, or decided case by case by staff). */
  fileable: { id: string; name: string }[];
  /** Facts some item is waiting for: the form shows them even where it would hide them. */
  missingFacts: string[];
  footnote: string;
}

export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  eligible: "✅ 符合条件",
  manual_review: "📝 一事一议，由市商务局审核",
  needs_info: "❓ 还需补充信息",
  ineligible: "❌ 暂不符合",
  not_applicable: "不适用",
};

const ORDER: Record<ResultStatus, number> = {
  eligible: 0,
  manual_review: 1,
  needs_info: 2,
  ineligible: 3,
  not_applicable: 4,
};

export const FOOTNOTE =
  "金额为政策规定的上限，具体标准由市商务局按年度预算确定，以当年申报通知和审核结果为准。";

export function isFileable(r: Pick<ClauseResult, "status">): boolean {
  return r.status === "eligible" || r.status === "manual_review";
}

export function resultAmountText(r: ClauseResult): string {
  if (r.status === "manual_review") return "一事一议，由市商务局审核确定金额";
  if (r.status !== "eligible" || r.maxAmountYuan === null) return "";
  if (r.kind === "loan") return `单户贷款额度最高 ${formatWan(r.maxAmountYuan)}，由合作银行审批`;
  const estimate = r.estimatedAmountYuan !== null ? `，按政策测算约 ${formatWan(r.estimatedAmountYuan)}` : "";
  return `最高 ${formatWan(r.maxAmountYuan)}${estimate}`;
}

export function resultsView(doc: PolicyDocument, a: Assessment): ResultsView {
  const names = new Map(doc.clauses.map((c) => [c.id, c]));
  const labels = new Map(doc.facts.map((f) => [f.key, f.label]));
  const shown = a.results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.status !== "not_applicable")
    .sort((x, y) => ORDER[x.r.status] - ORDER[y.r.status] || x.i - y.i)
    .map(({ r }) => r);
  const items = shown.map((r) => {
    const c = names.get(r.clause);
    return {
      clause: r.clause,
      title: `${articleName(r.article)} ${c?.name ?? r.clause}`,
      status: r.status,
      statusLabel: RESULT_STATUS_LABELS[r.status] ?? r.status,
      amountText: resultAmountText(r),
      reasons: [...r.reasons],
      missingText:
        r.status === "needs_info" && r.missingFacts.length > 0
          ? `还需了解：${r.missingFacts.map((f) => labels.get(f) ?? f).join("、")}`
          : "",
      citation: r.citation,
      note: c?.note ?? "",
    };
  });
  const fileable = a.results.filter(isFileable).map((r) => ({
    id: r.clause,
    name: `${articleName(r.article)} ${names.get(r.clause)?.name ?? r.clause}`,
  }));
  const money = a.results.filter((r) => r.status === "eligible" && r.kind !== "loan");
  const total = money.reduce((s, r) => s + (r.maxAmountYuan ?? 0), 0);
  let headline: string;
  if (!a.inForce)
    headline = `评估日期 ${a.assessedOn} 不在政策有效期（${formatChineseDate(doc.validFrom)}至${formatChineseDate(doc.validTo)}）内，暂无可申请的项目。`;
  else if (fileable.length === 0)
    headline = shown.some((r) => r.status === "needs_info")
      ? "暂时还不能确定，请补充下面标 ❓ 的信息后再测一次。"
      : "根据您填写的信息，暂时没有完全符合条件的项目。";
  else
    headline = `您符合 ${fileable.length} 项${money.length > 0 ? `，奖励和补贴合计最高 ${formatWan(total)}（不含贷款）` : ""}。`;
  const missingFacts: string[] = [];
  for (const r of a.results)
    if (r.status === "needs_info")
      for (const f of r.missingFacts) if (!missingFacts.includes(f)) missingFacts.push(f);
  return { headline, items, fileable, missingFacts, footnote: FOOTNOTE };
}
