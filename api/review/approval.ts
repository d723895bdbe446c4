// What staff may approve, clause by clause, within the policy: pure, so every rule is tested without a
// database. An approval is stored per clause; a loan is a referral to the banks, never budget money.
//
// - Each clause's limit is the policy's own figure for the facts on file: article 2's formula
//   where the clause has one, a tier's cap, or for a case-by-case item (一事一议) the bureau's ceiling
//   (the clause's `approvalCeiling` parameter).
// - The caps are per enterprise (same 统一社会信用代码): approvals of the same clause in the same policy
//   year add up to at most the limit; a clause marked `oncePerPolicy` is awarded once in the policy
//   period (「政策期内不重复奖励」), one marked `highestTierOnly` only on first reaching a tier (「首次达到」).
// - A city total (a clause's `cityTotal`, 「全市补贴总额不超过…」) is not a reason to refuse one enterprise:
//   the approval goes through with a warning naming the pro-rata factor the budget will apply.

import {
  cityPolicy,
  cityTotalled,
  formatWan,
  parameterAt,
  type Policy,
  type ClauseId,
  type Issue,
  type ParameterOverrides,
} from "../../rules/index.ts";
import { articleName } from "../../rules/index.ts";
import { allocate } from "./allocate.ts";

export interface ClauseOnFile {
  clause: ClauseId;
  article: number;
  kind: string;
  maxAmountYuan: number | null;
  estimatedAmountYuan: number | null;
}

/** An earlier approval of the same enterprise, as stored per clause. */
export interface PriorApproval {
  number: string;
  year: number;
  clause: ClauseId;
  approvedAmountYuan: number;
  maxAmountYuan: number | null;
}

export interface ApprovalRequest {
  /** The total approved (contract §5). */
  approvedAmountYuan?: number | undefined;
  /** The amount per clause (an extension: needed when several clauses with money are approved). */
  clauseAmounts?: Partial<Record<ClauseId, number>> | undefined;
}

export interface ApprovalContext {
  clauses: readonly ClauseOnFile[];
  /** The application's policy year; `date` (YYYY-MM-DD) picks the year's parameters. */
  year: number;
  date: string;
  prior: readonly PriorApproval[];
  /** The city-totalled clause approved in the year by every other application. */
  article2ApprovedInYear: number;
  parameters?: ParameterOverrides | undefined;
  /** The application's policy; the city's when not given. */
  policy?: Policy | undefined;
  /** Filed in a round: the limits are the round's standards, and said so. */
  inRound?: boolean | undefined;
}

export type ApprovalVerdict =
  | { ok: true; amounts: Partial<Record<ClauseId, number | null>>; total: number; warnings: string[] }
  | { ok: false; code: string; message: string; issues: Issue[] };

// The article as the console and the policy write it (「第二条」), not 「第2条」.
const nameOf = (c: ClauseOnFile, policy: Policy = cityPolicy()) =>
  `${articleName(c.article)}${policy.clausesById[c.clause]?.name ?? c.clause}`;
const yuan = (n: number) => `${formatWan(n)}（${n.toLocaleString("en-US")} 元）`;

/**
 * The most a clause with a fixed standard may be approved for: the formula's estimate where there
 * is one, else the tier's cap. null for a loan (no budget money) and a case-by-case clause (the
 * bureau's ceiling of the day). The console's decision form quotes this, so it says what the server checks.
 */
export function fixedLimit(c: Pick<ClauseOnFile, "kind" | "estimatedAmountYuan" | "maxAmountYuan">) {
  if (c.kind === "loan" || c.kind === "case_by_case") return null;
  return c.estimatedAmountYuan ?? c.maxAmountYuan ?? 0;
}

/** The most that may be approved for a clause on these facts, and why. */
export function clauseLimit(
  c: ClauseOnFile,
  ctx: Pick<ApprovalContext, "date" | "parameters" | "policy" | "inRound">,
) {
  const policy = ctx.policy ?? cityPolicy();
  const ceilingParam = policy.clausesById[c.clause]?.approvalCeiling;
  if (c.kind === "case_by_case" && ceilingParam) {
    const ceiling = parameterAt(ceilingParam, ctx.date, ctx.parameters, policy);
    return { limit: ceiling, why: `一事一议，市商务局设定的单次核定上限为 ${formatWan(ceiling)}` };
  }
  const limit = fixedLimit(c) ?? 0;
  const by = ctx.inRound ? "本批次标准" : "政策";
  if (c.estimatedAmountYuan !== null) return { limit, why: `按${by}公式测算为 ${formatWan(limit)}` };
  return { limit, why: `${by}规定该档最高 ${formatWan(limit)}` };
}

export function checkApproval(req: ApprovalRequest, ctx: ApprovalContext): ApprovalVerdict {
  const money = ctx.clauses.filter((c) => c.kind !== "loan");
  const issues: Issue[] = [];
  const fail = (code: string, message: string): ApprovalVerdict => ({
    ok: false,
    code,
    message,
    issues: issues.length > 0 ? issues : [{ path: "approvedAmountYuan", message }],
  });
  const amounts: Partial<Record<ClauseId, number | null>> = {};
  for (const c of ctx.clauses) if (c.kind === "loan") amounts[c.clause] = null;

  // 1. The amount of each clause with money.
  if (req.clauseAmounts !== undefined) {
    for (const [clause, amount] of Object.entries(req.clauseAmounts) as [ClauseId, number][]) {
      const c = ctx.clauses.find((x) => x.clause === clause);
      if (!c) issues.push({ path: `clauseAmounts.${clause}`, message: `该申报没有申请条款 ${clause}` });
      else if (c.kind === "loan")
        issues.push({
          path: `clauseAmounts.${clause}`,
          message: "齐鲁电商贷由承办银行审批发放，不是财政资金，不填核定金额",
        });
      else amounts[clause] = amount;
    }
    for (const c of money)
      if (amounts[c.clause] === undefined)
        issues.push({
          path: `clauseAmounts.${c.clause}`,
          message: `请填写${nameOf(c, ctx.policy)}的核定金额`,
        });
    if (issues.length > 0) return fail("clause_amounts_invalid", "逐条核定金额有误");
    const sum = money.reduce((s, c) => s + (amounts[c.clause] ?? 0), 0);
    if (req.approvedAmountYuan !== undefined && req.approvedAmountYuan !== sum)
      return fail(
        "approved_amount_mismatch",
        `核定金额合计 ${req.approvedAmountYuan} 元与逐条金额之和 ${sum} 元不一致`,
      );
  } else if (money.length === 0) {
    if (req.approvedAmountYuan !== undefined && req.approvedAmountYuan > 0)
      return fail(
        "approved_amount_not_allowed",
        "该申报只申请了齐鲁电商贷：贷款由承办银行审批发放，不是财政资金，通过时不填核定金额",
      );
  } else if (money.length === 1) {
    const c = money[0]!;
    if (req.approvedAmountYuan === undefined && c.kind === "case_by_case")
      return fail(
        "approved_amount_required",
        `${nameOf(c, ctx.policy)}为一事一议，没有可参照的测算金额，通过时须填写核定金额（元）`,
      );
    amounts[c.clause] = req.approvedAmountYuan ?? clauseLimit(c, ctx).limit;
  } else {
    const open = money.filter((c) => c.kind === "case_by_case");
    if (open.length > 0)
      return fail(
        "clause_amounts_required",
        `含一事一议条款（${open.map((c) => nameOf(c, ctx.policy)).join("、")}）时，请逐条填写核定金额（clauseAmounts）`,
      );
    const limits = money.map((c) => clauseLimit(c, ctx).limit);
    const total = req.approvedAmountYuan ?? limits.reduce((a, b) => a + b, 0);
    const cap = limits.reduce((a, b) => a + b, 0);
    if (total > cap) return fail("approved_amount_over_cap", `核定金额超过所申报条款的上限合计 ${yuan(cap)}`);
    // Shared in proportion to each clause's own limit: no share passes its limit while the total is within.
    const shares = allocate(total, limits);
    money.forEach((c, i) => (amounts[c.clause] = shares[i]!));
  }

  // 2. Each clause within the policy, counting the enterprise's earlier approvals.
  for (const c of money) {
    const amount = amounts[c.clause] ?? 0;
    const { limit, why } = clauseLimit(c, ctx);
    const path = req.clauseAmounts ? `clauseAmounts.${c.clause}` : "approvedAmountYuan";
    if (amount > limit) {
      issues.push({
        path,
        message: `${nameOf(c, ctx.policy)}核定金额 ${yuan(amount)} 超过上限 ${yuan(limit)}：${why}`,
      });
      continue;
    }
    const earlier = ctx.prior.filter((p) => p.clause === c.clause);
    const rule = (ctx.policy ?? cityPolicy()).clausesById[c.clause];
    if (rule?.oncePerPolicy && earlier.length > 0 && amount > 0) {
      issues.push({
        path,
        message: `${nameOf(c, ctx.policy)}政策期内不重复奖励：该企业已在申报 ${earlier.map((p) => p.number).join("、")} 获得奖励`,
      });
      continue;
    }
    if (rule?.highestTierOnly) {
      const same = earlier.filter((p) => (p.maxAmountYuan ?? 0) >= (c.maxAmountYuan ?? 0));
      if (same.length > 0 && amount > 0) {
        issues.push({
          path,
          message: `${nameOf(c, ctx.policy)}只奖励首次达到该档：该企业已在申报 ${same.map((p) => p.number).join("、")} 获得同档或更高档奖励`,
        });
        continue;
      }
    }
    if (c.kind !== "case_by_case") {
      const thisYear = earlier.filter((p) => p.year === ctx.year);
      const already = thisYear.reduce((s, p) => s + p.approvedAmountYuan, 0);
      if (already + amount > limit)
        issues.push({
          path,
          message: `${nameOf(c, ctx.policy)}每家企业每年最多 ${yuan(limit)}：该企业 ${ctx.year} 年已在申报 ${thisYear
            .map((p) => p.number)
            .join("、")} 获批 ${yuan(already)}，本次最多还可核定 ${yuan(Math.max(0, limit - already))}`,
        });
    }
  }
  if (issues.length > 0) return fail("approved_amount_over_cap", issues.map((i) => i.message).join("；"));

  // 3. A city total: said, not refused.
  const warnings: string[] = [];
  const policy = ctx.policy ?? cityPolicy();
  for (const t of cityTotalled(policy.clauses)) {
    const amount = amounts[t.id];
    if (typeof amount !== "number") continue;
    const cap = parameterAt(t.cityTotal, ctx.date, ctx.parameters, policy);
    const after = ctx.article2ApprovedInYear + amount;
    if (after > cap)
      warnings.push(
        `${articleName(t.article)}${t.name} ${ctx.year} 年全市核定合计将达 ${formatWan(after)}，超过全市总额上限 ${formatWan(cap)}；` +
          `按比例兑现时折算系数约为 ${(Math.floor((cap / after) * 10_000) / 10_000).toFixed(4)}，具体以市商务局统筹为准`,
      );
  }
  const total = money.reduce((s, c) => s + (amounts[c.clause] ?? 0), 0);
  return { ok: true, amounts, total, warnings };
}
