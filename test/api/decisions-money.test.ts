// The bureau's money through the API: budget figures with a loan beside, amounts within the policy
// per enterprise and year, the policy year chosen by the server, reasons required, a reopen that
// says what it withdrew, inert text at the edge, repeat filings, search — and racing decisions.

import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/databases.ts";
import { application, BOT, STAFF, startTestApi, useTestApi, usccFor } from "../support/api.ts";

const LOAN_AND_SUBSIDY = {
  facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, loanAmountYuan: 5_000_000 },
  clauses: ["leading-enterprise", "loan"],
};

describe("decisions and the budget (money)", () => {
  const ctx = useTestApi("pglite", {
    clock: () => new Date("2026-06-01T02:00:00Z"),
    notify: { webhook: true, publicUrl: "https://zb.example.gov.cn" },
  });
  let k = 0;
  const submit = async (body: object) => {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body,
      headers: { "idempotency-key": `money-${k++}` },
    });
    return r;
  };
  const decide = (id: string, body: object) =>
    ctx.api.call("POST", `/api/applications/${id}/decision`, { token: STAFF, body });

  it("counts an approval of 40,000 beside a loan as 40,000 under article 2, and the loan as no budget money", async () => {
    const before = (await ctx.api.call("GET", "/api/budget?year=2026", { token: STAFF })).body;
    const a = (await submit(application(LOAN_AND_SUBSIDY))).body;
    const r = await decide(a.id, { decision: "approved", approvedAmountYuan: 40_000 });
    expect(r.status).toBe(200);
    expect(r.body.clauseResults).toEqual([
      expect.objectContaining({ clause: "leading-enterprise", approvedAmountYuan: 40_000 }),
      expect.objectContaining({ clause: "loan", approvedAmountYuan: null }),
    ]);
    const after = (await ctx.api.call("GET", "/api/budget?year=2026", { token: STAFF })).body;
    const clause = (b: typeof after, id: string) =>
      b.clauses.find((c: { clause: string }) => c.clause === id);
    expect(
      clause(after, "leading-enterprise").approvedYuan - clause(before, "leading-enterprise").approvedYuan,
    ).toBe(40_000);
    expect(clause(after, "loan").approvedYuan).toBe(0);
    expect(after.article2.approvedYuan - before.article2.approvedYuan).toBe(40_000);
  });

  it("refuses a second approval of article 2 to the same enterprise in the same year beyond its cap", async () => {
    const uscc = usccFor(9_100_001);
    const facts = { subjectType: "enterprise", physicalGoodsRetailYuan: 300_000_000 };
    const first = (await submit(application({ facts }, { uscc }))).body;
    expect((await decide(first.id, { decision: "approved", approvedAmountYuan: 100_000 })).status).toBe(200);
    const repeat = await submit(application({ facts }, { uscc }));
    expect(repeat.status).toBe(409);
    expect(repeat.body.error.code).toBe("duplicate_application");
    expect(repeat.body.error.message).toContain(first.number);
    const confirmed = await submit(application({ facts, confirmDuplicate: true }, { uscc }));
    expect(confirmed.status).toBe(201);
    const second = await decide(confirmed.body.id, { decision: "approved", approvedAmountYuan: 100_000 });
    expect(second.status).toBe(422);
    expect(second.body.error.message).toContain(first.number);
  });

  it("refuses a case-by-case approval of 10 亿 and one without an amount", async () => {
    const a = (
      await submit(
        application({
          facts: { subjectType: "enterprise", hostsEvent: true, eventInfluence: "national" },
          clauses: ["event"],
        }),
      )
    ).body;
    expect((await decide(a.id, { decision: "approved" })).body.error.code).toBe("approved_amount_required");
    const huge = await decide(a.id, { decision: "approved", approvedAmountYuan: 1_000_000_000 });
    expect(huge.status).toBe(422);
    expect(huge.body.error.message).toContain("50 万元");
    expect((await decide(a.id, { decision: "approved", approvedAmountYuan: 200_000 })).status).toBe(200);
  });

  it("judges an application by its own policy year, not by the assessedOn the client sends", async () => {
    const older = await submit(
      application({
        facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, assessedOn: "2025-06-01" },
      }),
    );
    expect(older.status).toBe(422);
    expect(older.body.error.code).toBe("assessed_on_mismatch");
    const plain = await submit(application());
    expect(plain.status).toBe(201);
    expect(plain.body.assessment.assessedOn).toBe("2026-06-01");
    const detail = await ctx.api.call("GET", `/api/applications/${plain.body.id}`, { token: STAFF });
    expect(detail.body.facts.assessedOn).toBe("2026-06-01");
  });

  it("requires a reason to reject, to ask for materials and to reopen, and a reopen says what it withdrew", async () => {
    const a = (await submit(application())).body;
    for (const decision of ["rejected", "needs_more_info"]) {
      const r = await decide(a.id, { decision });
      expect(r.status).toBe(400);
      expect(r.body.error.issues[0].path).toBe("note");
      expect((await decide(a.id, { decision, note: " " })).status).toBe(400);
    }
    expect((await decide(a.id, { decision: "approved", approvedAmountYuan: 30_000 })).status).toBe(200);
    expect((await decide(a.id, { decision: "reopened" })).status).toBe(400);
    const reopened = await decide(a.id, { decision: "reopened", note: "核定金额有误，重新审核" });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "submitted", approvedAmountYuan: null });
    const notes = await ctx.tdb.db.prisma.notification.findMany({
      where: { applicationId: a.id, event: "application.reopened" },
    });
    const texts = notes.map((n) => JSON.stringify(n.payload));
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect(t).toContain("此前核定的 3 万元 已撤回");
  });

  it("says in the decision and to staff when article 2's city total passes its cap", async () => {
    const tdb = await createTestDatabase("pglite");
    const api = await startTestApi(tdb.db, {
      clock: () => new Date("2026-06-01T02:00:00Z"),
      assessOptions: {
        parameters: {
          "leading.cityTotalCap": [{ from: "2022-10-01", value: 150_000, source: "测试用的小上限" }],
        },
      },
    });
    try {
      const approve = async () => {
        const a = await api.call("POST", "/api/applications", {
          token: BOT,
          body: application({ facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 300_000_000 } }),
          headers: { "idempotency-key": `cap-${k++}` },
        });
        return api.call("POST", `/api/applications/${a.body.id}/decision`, {
          token: STAFF,
          body: { decision: "approved", approvedAmountYuan: 100_000 },
        });
      };
      expect((await approve()).body.warnings).toEqual([]);
      const second = await approve();
      expect(second.status).toBe(200);
      expect(second.body.warnings[0]).toContain("超过全市总额上限 15 万元");
      const staff = await tdb.db.prisma.notification.findFirst({
        where: { applicationId: second.body.id, channel: "wechat_staff", event: "application.approved" },
      });
      expect((staff!.payload as { text: string }).text).toContain("折算系数约为 0.75");
    } finally {
      await api.close();
      await tdb.db.close();
    }
  });

  it("refuses NUL bytes and lone surrogates in names and notes with 400, taking no number and writing no applicant", async () => {
    const applicants = await ctx.tdb.db.prisma.applicant.count();
    const [seq] = await ctx.tdb.db.prisma.applicationSequence.findMany({ where: { year: 2026 } });
    for (const name of [
      "淄博\u0000公司",
      "淄博\ud800公司",
      "淄博\udc00公司",
      "淄博公司\n核定金额：100 万元",
    ]) {
      const r = await submit(application({}, { name }));
      expect(r.status).toBe(400);
      expect(r.body.error.issues[0].path).toBe("applicant.name");
    }
    expect((await submit(application({}, { contactName: "张\u0000" }))).status).toBe(400);
    expect(await ctx.tdb.db.prisma.applicant.count()).toBe(applicants);
    const [after] = await ctx.tdb.db.prisma.applicationSequence.findMany({ where: { year: 2026 } });
    expect(after?.last).toBe(seq?.last);
    const a = (await submit(application())).body;
    expect((await decide(a.id, { decision: "rejected", note: "不符合\u0000" })).status).toBe(400);
    expect((await decide(a.id, { decision: "rejected", note: "材料\ud800不全" })).status).toBe(400);
    expect((await decide(a.id, { decision: "rejected", note: "材料不全\n请补充纳统证明" })).status).toBe(200);
  });

  it("finds applications by name, 统一社会信用代码 or number, and lists several states at once", async () => {
    const uscc = usccFor(9_100_777);
    const a = (await submit(application({}, { name: "淄博搜索测试电商有限公司", uscc }))).body;
    const b = (await submit(application())).body;
    await decide(b.id, { decision: "needs_more_info", note: "请补充纳统证明" });
    const byName = await ctx.api.call("GET", `/api/applications?q=${encodeURIComponent("搜索测试")}`, {
      token: STAFF,
    });
    expect(byName.body.items.map((i: { number: string }) => i.number)).toEqual([a.number]);
    const byCode = await ctx.api.call("GET", `/api/applications?q=${uscc.toLowerCase()}`, { token: STAFF });
    expect(byCode.body.items.map((i: { number: string }) => i.number)).toEqual([a.number]);
    const byNumber = await ctx.api.call("GET", `/api/applications?q=${a.number}`, { token: STAFF });
    expect(byNumber.body.total).toBe(1);
    const waiting = await ctx.api.call(
      "GET",
      "/api/applications?status=submitted,needs_more_info&limit=200",
      { token: STAFF },
    );
    const numbers = waiting.body.items.map((i: { number: string }) => i.number);
    expect(numbers).toContain(a.number);
    expect(numbers).toContain(b.number);
    expect(
      (await ctx.api.call("GET", "/api/applications?status=submitted,maybe", { token: STAFF })).status,
    ).toBe(400);
  });
});

describe("racing decisions on PostgreSQL", () => {
  const ctx = useTestApi("postgres");
  it("never leaves an approved amount on an application that is not approved (40 rounds)", async () => {
    for (let round = 0; round < 40; round++) {
      const filed = await ctx.api.call("POST", "/api/applications", {
        token: BOT,
        body: application(),
        headers: { "idempotency-key": `race-${round}` },
      });
      const id = filed.body.id as string;
      const results = await Promise.all([
        ctx.api.call("POST", `/api/applications/${id}/decision`, {
          token: STAFF,
          body: { decision: "approved", approvedAmountYuan: 40_000 },
        }),
        ctx.api.call("POST", `/api/applications/${id}/decision`, {
          token: STAFF,
          body: { decision: "needs_more_info", note: "请补充纳统证明" },
        }),
      ]);
      const ok = results.filter((r) => r.status === 200);
      expect(ok.length).toBeGreaterThanOrEqual(1);
      const row = await ctx.tdb.db.prisma.application.findUniqueOrThrow({
        where: { id },
        include: { clauses: true },
      });
      if (row.status === "approved") {
        expect(row.approvedAmountYuan).toBe(40_000);
        expect(row.clauses[0]!.approvedAmountYuan).toBe(40_000);
      } else {
        expect(row.status).toBe("needs_more_info");
        expect(row.approvedAmountYuan).toBeNull();
        expect(row.clauses[0]!.approvedAmountYuan).toBeNull();
      }
    }
  }, 120_000);
});
