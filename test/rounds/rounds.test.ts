// Application rounds (contract §13): created by the bureau, open by the server's date in Asia/Shanghai,
// applications filed into them for the round's figures year and assessed with its standards, approvals
// held to those standards, standards frozen by the first approval, and the cost simulated under others.

import { describe, expect, it } from "vitest";
import { roundBody } from "../support/rounds.ts";
import { application, BOT, STAFF, usccFor, useTestApi } from "../support/api.ts";
import { csvText, subject, uscc, WAN } from "../matching/helpers.ts";

// 2026-03-10 10:00 in Beijing.
let now = new Date("2026-03-10T02:00:00Z");
const clock = () => now;
let n = 7_100_000;
const key = () => ({ "idempotency-key": crypto.randomUUID() });
const village = (facts: Record<string, unknown> = {}) =>
  application(
    {
      facts: {
        subjectType: "village",
        counted: true,
        onlineRetailYuan: 15_000_000,
        activeShops: 25,
        ...facts,
      },
      clauses: ["village"],
    },
    { uscc: usccFor(n++), name: `淄博市某某村${n}村民委员会` },
  );
const leading = (yuan: number) =>
  application(
    { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: yuan }, clauses: ["leading-enterprise"] },
    { uscc: usccFor(n++) },
  );
const round = roundBody;

describe("rounds: status by the server's date, refusals, and who may see the budget", () => {
  const t = useTestApi("pglite", { clock });

  it("is scheduled the day before it opens, open from its first to its last day, closed the day after", async () => {
    const r = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({ opensOn: "2026-03-10", closesOn: "2026-03-12" }),
    });
    expect(r.status).toBe(201);
    const statusOn = async (beijing: string) => {
      now = new Date(`${beijing}+08:00`);
      return (await t.api.call("GET", `/api/rounds/${r.body.id}`)).body.status;
    };
    expect(await statusOn("2026-03-09T23:59:59")).toBe("scheduled");
    expect(await statusOn("2026-03-10T00:00:00")).toBe("open");
    expect(await statusOn("2026-03-12T23:59:59")).toBe("open");
    expect(await statusOn("2026-03-13T00:00:00")).toBe("closed");
    now = new Date("2026-03-10T02:00:00Z");
  });

  it("takes a figures year inside the policy's period only (2022 and 2027 yes, 2021 and 2028 no)", async () => {
    for (const [year, status] of [
      [2021, 422],
      [2022, 201],
      [2027, 201],
      [2028, 422],
    ] as const) {
      const r = await t.api.call("POST", "/api/rounds", { token: STAFF, body: round({ figuresYear: year }) });
      expect(r.status, String(year)).toBe(status);
      if (status === 422) expect(r.body.error.issues[0].path).toBe("figuresYear");
    }
  });

  it("refuses a close before the opening, the loan, a threshold as a standard and a standard above the policy", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ opensOn: "2026-03-10", closesOn: "2026-03-09" }, "closesOn"],
      [{ clauses: ["village", "loan"] }, "clauses.1"],
      [{ standards: { "village.minOnlineRetailYuan": 5_000_000 } }, "standards.village.minOnlineRetailYuan"],
      [{ standards: { "village.award": 300_001 } }, "standards.village.award"],
      [{ standards: { "no.such": 1 } }, "standards.no.such"],
    ];
    for (const [over, path] of cases) {
      const r = await t.api.call("POST", "/api/rounds", { token: STAFF, body: round(over) });
      expect(r.status, path).toBe(422);
      expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const same = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({ standards: { "village.award": 300_000 } }),
    });
    expect(same.status).toBe(201);
  });

  it("shows anyone the rounds without a token, and never the budget", async () => {
    const r = await t.api.call("GET", "/api/rounds");
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const item of r.body.items) {
      expect(item).not.toHaveProperty("budgetYuan");
      expect(item).toHaveProperty("figuresYear");
    }
  });

  it("keeps every change in the audit log with who made it", async () => {
    const created = await t.api.call("POST", "/api/rounds", { token: STAFF, body: round() });
    await t.api.call("PATCH", `/api/rounds/${created.body.id}`, {
      token: STAFF,
      body: { budgetYuan: 4_000_000 },
    });
    const rows = await t.tdb.db.prisma.auditEntry.findMany({ where: { action: { startsWith: "round." } } });
    const mine = rows.filter((r) => (r.details as { round?: string }).round === created.body.id);
    expect(mine.map((r) => r.action).sort()).toEqual(["round.changed", "round.created"]);
    expect(mine.every((r) => r.actor === "staff-1")).toBe(true);
  });
});

describe("filing into rounds", () => {
  const t = useTestApi("pglite", { clock });
  const file = (body: unknown) =>
    t.api.call("POST", "/api/applications", { token: BOT, body, headers: key() });

  it("before any round exists, files as before, with no round", async () => {
    const r = await file(village());
    expect(r.status).toBe(201);
    expect(r.body.round).toBeNull();
  });

  it("once a round is open, files into it for its figures year, with its standard as the cap", async () => {
    const created = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({ standards: { "village.award": 200_000 } }),
    });
    const r = await file(village());
    expect(r.status).toBe(201);
    expect(r.body.round).toEqual({ id: created.body.id, title: created.body.title, figuresYear: 2025 });
    const result = r.body.assessment.results.find((x: { clause: string }) => x.clause === "village");
    expect(result.maxAmountYuan).toBe(200_000);
    expect(r.body.assessment.assessedOn).toBe("2025-12-31");
    const detail = await t.api.call("GET", `/api/applications/${r.body.id}`, { token: STAFF });
    expect(detail.body.round.figuresYear).toBe(2025);
  });

  it("refuses a clause in no open round with round_closed, naming it and the next round's dates", async () => {
    await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({
        title: "2025年度龙头企业流量补贴",
        clauses: ["leading-enterprise"],
        opensOn: "2026-04-01",
        closesOn: "2026-04-30",
      }),
    });
    const r = await file(leading(80_000_000));
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("round_closed");
    expect(r.body.error.issues[0].path).toBe("clauses.0");
    expect(r.body.error.issues[0].message).toContain("2026-04-01");
  });

  it("never needs a round for the loan (a bank's product)", async () => {
    const r = await file(
      application(
        { facts: { subjectType: "enterprise", loanAmountYuan: 5_000_000 }, clauses: ["loan"] },
        { uscc: usccFor(n++) },
      ),
    );
    expect(r.status).toBe(201);
    expect(r.body.round).toBeNull();
  });

  it("answers a second filing of the same clause in the same round with 409 naming the first", async () => {
    const body = village();
    const first = await file(body);
    const again = await file(body);
    expect(again.status).toBe(409);
    expect(again.body.error.duplicates).toEqual([
      { clause: "village", number: first.body.number, status: "submitted" },
    ]);
  });

  it("approves at the round's standard, not above it, and then freezes the standards", async () => {
    const filed = await file(village());
    const over = await t.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 200_001 },
    });
    expect(over.status).toBe(422);
    const at = await t.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 200_000 },
    });
    expect(at.status).toBe(200);
    const roundId = filed.body.round.id;
    const change = await t.api.call("PATCH", `/api/rounds/${roundId}`, {
      token: STAFF,
      body: { standards: { "village.award": 150_000 } },
    });
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe("standards_frozen");
    const rename = await t.api.call("PATCH", `/api/rounds/${roundId}`, {
      token: STAFF,
      body: { closesOn: "2026-04-15" },
    });
    expect(rename.status).toBe(200);
    expect(rename.body.frozen).toBe(true);
  });

  it("after the round closes, the same clause is refused again", async () => {
    now = new Date("2026-04-16T02:00:00Z");
    const r = await file(village());
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("round_closed");
    now = new Date("2026-03-10T02:00:00Z");
  });
});

describe("the simulation: what a round would cost under other standards (nothing written)", () => {
  const t = useTestApi("pglite", { clock });
  const file = (body: unknown) =>
    t.api.call("POST", "/api/applications", { token: BOT, body, headers: key() });

  it("keeps approved amounts and estimates the rest at the standard, article 2 by its formula and its city total", async () => {
    const created = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({ clauses: ["village", "leading-enterprise"], standards: { "village.award": 250_000 } }),
    });
    const v1 = await file(village());
    await file(village());
    await file(village());
    await file(leading(80_000_000)); // 8000 万: 8000 × 5 = 40,000
    await file(leading(300_000_000)); // 3 亿: 30,000 × 5 = 150,000, capped at 100,000
    await t.api.call("POST", `/api/applications/${v1.body.id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 180_000 },
    });
    const before = await t.tdb.db.prisma.round.findUniqueOrThrow({ where: { id: created.body.id } });

    const sim = await t.api.call("POST", `/api/rounds/${created.body.id}/simulation`, {
      token: STAFF,
      body: { standards: { "village.award": 100_000, "leading.yuanPerUnit": 3 }, budgetYuan: 600_000 },
    });
    expect(sim.status).toBe(200);
    // Independently: villages 180,000 (approved) + 2 × 100,000; article 2: floor(8000) × 3 = 24,000 and
    // min(30,000 × 3, 100,000) = 90,000.
    expect(sim.body.byClause.village).toEqual({ count: 3, totalYuan: 380_000 });
    expect(sim.body.byClause["leading-enterprise"]).toEqual({ count: 2, totalYuan: 114_000 });
    expect(sim.body.totalYuan).toBe(494_000);
    expect(sim.body.budgetYuan).toBe(600_000);

    const capped = await t.api.call("POST", `/api/rounds/${created.body.id}/simulation`, {
      token: STAFF,
      body: { standards: { "leading.cityTotalCap": 100_000 } },
    });
    expect(capped.body.byClause["leading-enterprise"].totalYuan).toBe(100_000); // 40,000 + 100,000, held to the total
    expect(capped.body.budgetYuan).toBe(5_000_000);

    const after = await t.tdb.db.prisma.round.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(after).toEqual(before);
  });

  it("refuses standards above the policy in a simulation too", async () => {
    const created = await t.api.call("POST", "/api/rounds", { token: STAFF, body: round() });
    const r = await t.api.call("POST", `/api/rounds/${created.body.id}/simulation`, {
      token: STAFF,
      body: { standards: { "town.award": 600_000 } },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.issues[0].path).toBe("standards.town.award");
  });
});

describe("the simulation with a 政策找人 run", () => {
  const t = useTestApi("pglite", { clock });

  it("adds what paying every subject found eligible there would cost, an applicant counted once", async () => {
    const created = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({ clauses: ["village", "leading-enterprise"] }),
    });
    const label = {
      retail: "年度网络零售额",
      shops: "活跃网店数量",
      counted: "网络零售额已纳统",
      goods: "当年实物商品网络零售额",
    };
    const rows = [
      subject(901, "行政村", { [label.counted]: true, [label.retail]: 1500 * WAN, [label.shops]: 25 }),
      subject(902, "行政村", { [label.counted]: true, [label.retail]: 1200 * WAN, [label.shops]: 30 }),
      subject(903, "行政村", { [label.counted]: true, [label.retail]: 900 * WAN, [label.shops]: 30 }), // below 1000 万
      subject(904, "企业", { [label.goods]: 6000 * WAN }), // 6000 × 5 = 30,000
    ];
    const res = await fetch(`${t.api.url}/api/matching/runs?assessedOn=2025-12-31`, {
      method: "POST",
      headers: { authorization: `Bearer ${STAFF}`, "content-type": "text/csv" },
      body: csvText(rows),
    });
    const run = (await res.json()) as { id: string; valid: number };
    expect(res.status).toBe(201);
    expect(run.valid).toBe(4);
    // Subject 901 has applied and been approved at 250,000: counted at that, once.
    const filed = await t.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(
        {
          facts: { subjectType: "village", counted: true, onlineRetailYuan: 15_000_000, activeShops: 25 },
          clauses: ["village"],
        },
        { uscc: uscc(901), name: "主体901" },
      ),
      headers: key(),
    });
    await t.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 250_000 },
    });
    const sim = await t.api.call("POST", `/api/rounds/${created.body.id}/simulation`, {
      token: STAFF,
      body: { matchingRunId: run.id, standards: { "village.award": 200_000 } },
    });
    expect(sim.status).toBe(200);
    expect(sim.body.byClause.village).toEqual({ count: 2, totalYuan: 450_000 });
    expect(sim.body.byClause["leading-enterprise"]).toEqual({ count: 1, totalYuan: 30_000 });
    expect(sim.body.totalYuan).toBe(480_000);
    expect(sim.body.applications).toEqual({
      totalYuan: 250_000,
      byClause: { village: { count: 1, totalYuan: 250_000 } },
    });
    const missing = await t.api.call("POST", `/api/rounds/${created.body.id}/simulation`, {
      token: STAFF,
      body: { matchingRunId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(missing.status).toBe(404);
  });
});
