// District first review (contract §14): in a round with districtReview, the district account passes,
// asks or rejects; a city approval before that is 409 district_review_pending; another district's
// application is not found. Through the API, every cell of a district-first round is walked for every
// status, action and reviewer, and must answer as the table says.

import { describe, expect, it } from "vitest";
import { roundBody } from "../support/rounds.ts";
import { application, STAFF, usccFor, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";
import { ACTIONS, REVIEWERS, STATUSES, review } from "../../api/review/table.ts";

const now = new Date("2026-03-10T02:00:00Z");
let n = 8_200_000;
const key = () => ({ "idempotency-key": crypto.randomUUID() });
const village = (district = "张店区") =>
  application(
    {
      facts: { subjectType: "village", counted: true, onlineRetailYuan: 15_000_000, activeShops: 25 },
      clauses: ["village"],
    },
    { uscc: usccFor(n++), name: `淄博市某某村${n}村民委员会`, district },
  );

describe("a district-first round", () => {
  const t = useTestApi("pglite", { clock: () => now });
  const heads: Record<string, Record<string, string>> = {};
  let roundId = "";

  async function file(district = "张店区") {
    const r = await t.api.call("POST", "/api/applications", {
      token: STAFF,
      body: { ...village(district), roundId },
      headers: key(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; number: string };
  }
  const decide = (id: string, as: Record<string, string> | string, body: Record<string, unknown>) =>
    t.api.call("POST", `/api/applications/${id}/decision`, {
      ...(typeof as === "string" ? { token: as } : { headers: as }),
      body,
    });

  it("is set up: a round with districtReview and accounts of the city and of 张店区", async () => {
    const r = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: roundBody({ districtReview: true }),
    });
    expect(r.status).toBe(201);
    roundId = r.body.id;
    for (const who of REVIEWERS) {
      const name = `${who.district ? "zd" : "city"}-${who.role}`;
      expect(
        (await addAccount(t.api, name, who.role, who.district ? { district: "张店区" } : {})).status,
      ).toBe(201);
      heads[name] = (await signIn(t.api, name)).headers;
    }
  });

  it("goes district pass → city approval, and refuses the city's approval before the pass with 409 district_review_pending", async () => {
    const a = await file();
    const early = await decide(a.id, STAFF, { decision: "approved" });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("district_review_pending");
    expect(early.body.error.message).toContain("区县初审");
    const passed = await decide(a.id, heads["zd-approver"]!, {
      decision: "district_passed",
      note: "材料齐全",
    });
    expect(passed.status).toBe(200);
    expect(passed.body.status).toBe("district_passed");
    const byDistrict = await decide(a.id, heads["zd-approver"]!, { decision: "approved" });
    expect(byDistrict.status).toBe(403);
    const approved = await decide(a.id, heads["city-approver"]!, { decision: "approved" });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe("approved");
    expect(approved.body.decisions.map((d: { decision: string }) => d.decision)).toEqual([
      "district_passed",
      "approved",
    ]);
  });

  it("lets a district account see and decide only its own district's applications: another's is 404", async () => {
    const theirs = await file("淄川区");
    expect(
      (await t.api.call("GET", `/api/applications/${theirs.id}`, { headers: heads["zd-approver"]! })).status,
    ).toBe(404);
    const r = await decide(theirs.id, heads["zd-approver"]!, { decision: "district_passed" });
    expect(r.status).toBe(404);
  });

  it("answers every cell of the table through the API, for every status, action and reviewer", async () => {
    const prisma = t.tdb.db.prisma;
    const body = (action: string) =>
      action === "district_passed" || action === "approved"
        ? { decision: action }
        : { decision: action, note: "理由说明" };
    const wrong: string[] = [];
    for (const from of STATUSES)
      for (const action of ACTIONS)
        for (const who of REVIEWERS) {
          const a = await file();
          await prisma.application.update({ where: { id: a.id }, data: { status: from } });
          const cell = review(from, action, who, "district_first");
          const r = await decide(a.id, heads[`${who.district ? "zd" : "city"}-${who.role}`]!, body(action));
          const got = r.status === 200 ? `200 ${r.body.status}` : `${r.status} ${r.body.error.code}`;
          const want = cell.ok ? `200 ${cell.next}` : `${cell.status} ${cell.code}`;
          if (got !== want) wrong.push(`${from} ${action} ${who.role} ${who.district}: ${got} ≠ ${want}`);
        }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("serves the table to the console and the staff room", async () => {
    const r = await t.api.call("GET", "/api/review/table", { token: STAFF });
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(300);
  });
});
