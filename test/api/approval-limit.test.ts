// The decision form quotes the server's own limit (issue 22): an article-2 application whose formula
// gives 6 万 under a cap of 10 万 carries approvalLimitYuan 60,000 on its page; 60,000 is approved and
// 60,001 refused, the refusal naming the article as the console does (「第二条」).

import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";

describe("the approval limit on an application's page", () => {
  const ctx = useTestApi("pglite");

  async function filed(key: string) {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      // 12,000 万 of retail at 5 元 per 万: 6 万, under article 2's cap of 10 万.
      body: application({ facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 120_000_000 } }),
      headers: { "idempotency-key": key },
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  it("states the formula's estimate as the limit, not the tier's cap, and the server holds to it", async () => {
    const id = await filed("limit-1");
    const page = await ctx.api.call("GET", `/api/applications/${id}`, { token: STAFF });
    const leading = page.body.clauseResults.find(
      (c: { clause: string }) => c.clause === "leading-enterprise",
    );
    expect(leading).toMatchObject({
      maxAmountYuan: 100_000,
      estimatedAmountYuan: 60_000,
      approvalLimitYuan: 60_000,
    });

    const over = await ctx.api.call("POST", `/api/applications/${id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 60_001 },
    });
    expect(over.status).toBe(422);
    expect(JSON.stringify(over.body)).toContain("第二条");
    expect(JSON.stringify(over.body)).not.toContain("第2条");
    const ok = await ctx.api.call("POST", `/api/applications/${id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 60_000 },
    });
    expect(ok.status).toBe(200);
  });

  it("gives a loan no approval limit (no budget money) and lists the loan asked in the queue", async () => {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application(
        { facts: { subjectType: "enterprise", loanAmountYuan: 8_000_000 }, clauses: ["loan"] },
        {},
      ),
      headers: { "idempotency-key": "limit-loan" },
    });
    expect(r.status).toBe(201);
    const page = await ctx.api.call("GET", `/api/applications/${r.body.id}`, { token: STAFF });
    expect(page.body.clauseResults[0]).toMatchObject({ clause: "loan", approvalLimitYuan: null });
    const queue = await ctx.api.call("GET", "/api/applications?limit=50", { token: STAFF });
    const items = queue.body.items as {
      id: string;
      requestedAmountYuan: number;
      loanAmountYuan: number | null;
    }[];
    expect(items.find((i) => i.id === r.body.id)).toMatchObject({
      requestedAmountYuan: 0,
      loanAmountYuan: 8_000_000,
    });
    // An application asking no loan says so: null, not 0.
    expect(items.find((i) => i.id !== r.body.id)?.loanAmountYuan).toBeNull();
  });
});
