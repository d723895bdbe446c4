// The decision form's rules before anything is sent: an amount is a whole number of yuan, not above
// the policy's ceilings added up (loans excluded: they take no budget); anything but an approval
// needs a reason of two characters or more (a district's pass, like an approval, needs none). Pure, so
// it is tested apart from the page.

export type Decision = "approved" | "rejected" | "needs_more_info" | "reopened" | "district_passed";

export interface DecisionInput {
  decision: Decision;
  amountText: string;
  note: string;
  /** The ceilings added up, in yuan; 0 when there is none to check against. */
  maxTotalYuan: number;
}

/** A clause as the application's page gets it: the server's own approval limit (null: a loan or case by case). */
export interface ClauseLimit {
  kind: string;
  approvalLimitYuan?: number | null;
}

/**
 * The most the server lets staff approve, added up over the clauses with budget money: each clause's
 * limit as the server states it (the formula's estimate where there is one, else the tier's cap). 0
 * (nothing to check here) when a case-by-case clause is among them: its ceiling is the bureau's of the day.
 */
export function approvalLimitTotal(clauses: readonly ClauseLimit[]): number {
  const money = clauses.filter((c) => c.kind !== "loan");
  if (money.some((c) => c.approvalLimitYuan === null || c.approvalLimitYuan === undefined)) return 0;
  return money.reduce((s, c) => s + (c.approvalLimitYuan ?? 0), 0);
}

export type Checked =
  | { ok: true; body: { decision: Decision; note: string; approvedAmountYuan?: number } }
  | { ok: false; message: string };

export function checkDecision(i: DecisionInput): Checked {
  const note = i.note.trim();
  const body: { decision: Decision; note: string; approvedAmountYuan?: number } = {
    decision: i.decision,
    note,
  };
  const text = i.amountText.replace(/[,，\s]/g, "");
  if (i.decision === "approved" && text) {
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n))
      return { ok: false, message: "核定金额须为不小于 0 的整数（元）。" };
    if (i.maxTotalYuan > 0 && n > i.maxTotalYuan)
      return {
        ok: false,
        message: `核定金额超过政策上限合计 ${i.maxTotalYuan.toLocaleString("zh-CN")} 元，请核对。`,
      };
    body.approvedAmountYuan = n;
  }
  if (i.decision !== "approved" && i.decision !== "district_passed" && note.length < 2)
    return { ok: false, message: "请在「说明」中写明理由（至少 2 个字）。" };
  return { ok: true, body };
}
