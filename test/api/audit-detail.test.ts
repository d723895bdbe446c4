// The audit log's details in Chinese (issue 22): a 通过 row says the amount approved and the note, on
// the console's page (detailText) and in the export's 详情 column — never raw JSON.

import { describe, expect, it } from "vitest";
import { auditDetailText } from "../../api/staff/audit-detail.ts";
import { application, STAFF, useTestApi } from "../support/api.ts";

describe("an audit entry's details in words", () => {
  it("says a decision's states, the amount approved and the note", () => {
    const approved = { from: "submitted", to: "approved", note: "材料齐全", approvedAmountYuan: 60_000 };
    expect(auditDetailText("application.approved", approved)).toBe(
      "待审核 → 已通过，核定金额 6 万元，说明：材料齐全",
    );
    // A rejection names no amount, even one left in its details.
    const rejected = { from: "submitted", to: "rejected", note: "材料不全", approvedAmountYuan: null };
    expect(auditDetailText("application.rejected", rejected)).not.toContain("核定金额");
  });

  it("says the account, its role and district, a call's outcome, and nothing for empty details", () => {
    expect(
      auditDetailText("account_added", { role: "approver", district: "张店区", name: "张三" }, "zd"),
    ).toBe("账号 zd，角色 审批，区县 张店区");
    expect(
      auditDetailText("matching.called", {
        name: "主体52",
        clause: "leading-enterprise",
        outcome: "no_answer",
      }),
    ).toContain("结果 无人接听");
    expect(auditDetailText("sign_in", {})).toBe("");
    expect(auditDetailText("sign_in", null)).toBe("");
  });
});

describe("the audit log of an approval", () => {
  const ctx = useTestApi("pglite");

  it("shows the amount and the note on the page and in the export, not JSON", async () => {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({ facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 120_000_000 } }),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    await ctx.api.call("POST", `/api/applications/${r.body.id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 50_000, note: "按纳统数据核定" },
    });
    const page = await ctx.api.call("GET", "/api/audit?action=application.approved", { token: STAFF });
    expect(page.body.items[0].detailText).toBe("待审核 → 已通过，核定金额 5 万元，说明：按纳统数据核定");
    const csv = await ctx.api.call("GET", "/api/audit/export?format=csv&action=application.approved", {
      token: STAFF,
    });
    const row = (csv.body as string).trim().split("\n")[1]!;
    expect(row).toContain("待审核 → 已通过，核定金额 5 万元，说明：按纳统数据核定");
    expect(row).not.toContain("{");
  });
});
