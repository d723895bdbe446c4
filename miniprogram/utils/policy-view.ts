// The 政策 page: the policy's articles, each with its clauses (name, who may apply, the amounts and
// the sentence of the policy it rests on), from GET /api/policy.

import { formatChineseDate, formatWan } from "./money.js";
import { articleName, KIND_LABELS } from "./labels.js";
import type { PolicyClause, PolicyDocument } from "./types.js";

export interface ClauseView {
  id: string;
  name: string;
  kindLabel: string;
  subjectsText: string;
  amountText: string;
  citation: string;
  note: string;
}

export interface ArticleView {
  article: number;
  title: string;
  clauses: ClauseView[];
}

export interface PolicyView {
  title: string;
  validity: string;
  budgetNote: string;
  articles: ArticleView[];
}

/** What a clause may give: 「最高 30 万元」, the tiers where there are several, the loan's ceiling. */
export function clauseAmountText(c: Pick<PolicyClause, "kind" | "tiersAmountYuan">): string {
  const tiers = c.tiersAmountYuan;
  if (c.kind === "case_by_case" || tiers.length === 0) return "一事一议，由市商务局审核确定";
  if (c.kind === "loan") return `单户贷款额度最高 ${formatWan(tiers[0] ?? 0)}，由合作银行审批`;
  if (tiers.length === 1) return `最高 ${formatWan(tiers[0] ?? 0)}`;
  return `按档次分别最高 ${tiers.map(formatWan).join(" / ")}`;
}

export function policyView(doc: PolicyDocument): PolicyView {
  const subjectLabels = doc.facts.find((f) => f.key === "subjectType")?.labels ?? {};
  const titles = new Map((doc.articles ?? []).map((a) => [a.number, a.title]));
  const articles: ArticleView[] = [];
  for (const c of doc.clauses) {
    let group = articles.find((a) => a.article === c.article);
    if (!group) {
      const title = titles.get(c.article);
      group = {
        article: c.article,
        title: title ? `${articleName(c.article)} ${title}` : articleName(c.article),
        clauses: [],
      };
      articles.push(group);
    }
    group.clauses.push({
      id: c.id,
      name: c.name,
      kindLabel: KIND_LABELS[c.kind] ?? "",
      subjectsText: `适用：${c.subjects.map((s) => subjectLabels[s] ?? s).join("、")}`,
      amountText: clauseAmountText(c),
      citation: c.citation,
      note: c.note ?? "",
    });
  }
  articles.sort((a, b) => a.article - b.article);
  return {
    title: `${doc.issuer}《${doc.title}》`,
    validity: `有效期：${formatChineseDate(doc.validFrom)}至${formatChineseDate(doc.validTo)}`,
    budgetNote: "金额为政策规定的上限，具体标准由市商务局按年度预算确定，以当年申报通知和审核结果为准。",
    articles,
  };
}
