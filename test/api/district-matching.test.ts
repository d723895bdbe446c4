// A district account and 政策找人 (issue 22): the results of a run, their export, the call list and
// its export, the invitations and the budget report hold only its district's subjects and
// applications — never another district's row, application number or claimed figures — while a
// city-wide account still sees them all.

import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { csvText, subject, uscc, WAN } from "../matching/helpers.ts";
import { addAccount, signIn } from "../support/staff.ts";

const NOW = new Date("2026-06-01T02:00:00Z");

describe("a district account in 政策找人 and the budget", () => {
  const ctx = useTestApi("pglite", { clock: () => NOW });
  let runId = "";
  let headers: Record<string, string> = {};
  const numbers: Record<string, string> = {};

  async function filed(n: number, district: string, wechatId: string | undefined, lastYear: boolean) {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application(
        { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 7000 * WAN } },
        { uscc: uscc(n), wechatId, name: `主体${n}`, district },
      ),
      headers: { "idempotency-key": `district-${n}` },
    });
    expect(r.status).toBe(201);
    numbers[n] = r.body.number;
    if (lastYear)
      await ctx.tdb.db.prisma.application.update({ where: { id: r.body.id }, data: { year: 2025 } });
  }

  it("imports a run of two districts' subjects", async () => {
    // 61 张店 and 62 淄川 filed this year (claiming 7,000 万 against 6,000 万 counted); 63 张店 and 64
    // 淄川 never filed (to phone); 65 淄川 and 66 张店 filed last year on WeChat (to invite).
    await filed(61, "张店区", undefined, false);
    await filed(62, "淄川区", undefined, false);
    await filed(65, "淄川区", "wxid_district_65", true);
    await filed(66, "张店区", "wxid_district_66", true);
    const districts: Record<number, string> = { 61: "张店区", 62: "淄川区", 63: "张店区", 64: "淄川区" };
    Object.assign(districts, { 65: "淄川区", 66: "张店区" });
    const rows = [61, 62, 63, 64, 65, 66].map((n) =>
      subject(n, "企业", { 所属区县: districts[n], 当年实物商品网络零售额: 6000 * WAN }),
    );
    const res = await fetch(`${ctx.api.url}/api/matching/runs`, {
      method: "POST",
      headers: { authorization: `Bearer ${STAFF}`, "content-type": "text/csv" },
      body: csvText(rows),
    });
    expect(res.status).toBe(201);
    runId = ((await res.json()) as { id: string }).id;
    expect((await addAccount(ctx.api, "zd", "approver", { district: "张店区" })).status).toBe(201);
    headers = (await signIn(ctx.api, "zd")).headers;
  });

  it("shows and exports only its district's rows, with only its district's applications beside them", async () => {
    const mine = await ctx.api.call("GET", `/api/matching/runs/${runId}/results?limit=50`, { headers });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: { uscc: string }) => r.uscc)).toEqual([uscc(61), uscc(63), uscc(66)]);
    expect(mine.body.total).toBe(3);
    expect(JSON.stringify(mine.body)).not.toContain(numbers[62]);
    const differing = await ctx.api.call("GET", `/api/matching/runs/${runId}/results?differs=true`, {
      headers,
    });
    expect(differing.body.items.map((r: { uscc: string }) => r.uscc)).toEqual([uscc(61)]);
    const asked = await ctx.api.call("GET", `/api/matching/runs/${runId}/results?district=淄川区`, {
      headers,
    });
    expect(asked.body).toMatchObject({ total: 0, items: [] });

    const csv = await ctx.api.call("GET", `/api/matching/runs/${runId}/results/export`, { headers });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(uscc(61));
    expect(csv.body).toContain(numbers[61]);
    for (const n of [62, 64, 65]) expect(csv.body).not.toContain(uscc(n));
    expect(csv.body).not.toContain("淄川区");

    const city = await ctx.api.call("GET", `/api/matching/runs/${runId}/results?limit=50`, { token: STAFF });
    expect(city.body.total).toBe(6);
  });

  it("lists, exports and invites only its district's subjects", async () => {
    const calls = await ctx.api.call("GET", `/api/matching/runs/${runId}/calls`, { headers });
    expect(calls.body.items.map((i: { uscc: string }) => i.uscc)).toEqual([uscc(63)]);
    const file = await ctx.api.call("GET", `/api/matching/runs/${runId}/calls/export?format=csv`, {
      headers,
    });
    expect(file.body).toContain(uscc(63));
    expect(file.body).not.toContain(uscc(64));
    expect(file.body).not.toContain("淄川区");
    const theirs = await ctx.api.call("POST", `/api/matching/runs/${runId}/calls`, {
      headers,
      body: { uscc: uscc(64), clause: "leading-enterprise", outcome: "reached" },
    });
    expect(theirs.status).toBe(404);

    const invited = await ctx.api.call("POST", `/api/matching/runs/${runId}/invitations`, {
      headers,
      body: { clauses: ["leading-enterprise"] },
    });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ invited: 1, toCall: 1 });
    const sent = await ctx.tdb.db.prisma.matchingInvitation.findMany({ where: { runId } });
    expect(sent.map((i) => i.uscc)).toEqual([uscc(66)]);
    // The city then invites the rest and has both districts' subjects to phone.
    const city = await ctx.api.call("POST", `/api/matching/runs/${runId}/invitations`, {
      token: STAFF,
      body: { clauses: ["leading-enterprise"] },
    });
    expect(city.body).toMatchObject({ invited: 1, toCall: 2 });
  });

  it("reads a budget of its district's applications, the city's of all", async () => {
    const mine = await ctx.api.call("GET", "/api/budget?year=2026", { headers });
    expect(mine.status).toBe(200);
    expect(mine.body.district).toBe("张店区");
    expect(mine.body.totals.applications).toBe(1);
    const city = await ctx.api.call("GET", "/api/budget?year=2026", { token: STAFF });
    expect(city.body.district).toBeNull();
    expect(city.body.totals.applications).toBe(2);
    expect(city.body.totals.requestedYuan).toBe(2 * mine.body.totals.requestedYuan);
    expect(mine.body.totals.requestedYuan).toBeGreaterThan(0);
  });
});
