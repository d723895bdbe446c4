// A round's progress at a glance (GET /api/rounds/:id/progress, the console's round page): how many of
// its applications stand at each step and its money by clause; a district account's counts its
// district's only; an unknown round is 404.

import { describe, expect, it } from "vitest";
import { STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";
import { approved, beijing, openRound, village } from "./support.ts";

const state = { now: beijing("2026-03-10T10:00:00") };

describe("a round's progress", () => {
  const t = useTestApi("pglite", { clock: () => state.now });

  it("counts each step, published and paid, and money by clause, a district its own", async () => {
    const roundId = await openRound(t.api, { budgetYuan: 500_000 });
    await approved(t.api, roundId, 300_000);
    await approved(t.api, roundId, 200_000, { district: "淄川区" });
    const waiting = await t.api.call("POST", "/api/applications", {
      token: STAFF,
      body: { ...village(), roundId },
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    expect(waiting.status).toBe(201);
    const publish = await t.api.call("POST", `/api/rounds/${roundId}/publication`, {
      token: STAFF,
      body: { startsOn: "2026-03-10", days: 3 },
    });
    expect(publish.status, JSON.stringify(publish.body)).toBe(201);

    const path = `/api/rounds/${roundId}/progress`;
    const all = await t.api.call("GET", path, { token: STAFF });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body).toMatchObject({
      district: null,
      total: 3,
      statuses: { submitted: 1, needs_more_info: 0, district_passed: 0, approved: 2, rejected: 0 },
      publication: { published: 2, withdrawn: 0, publishedYuan: 500_000 },
      payment: { listed: 0, paid: 0, payableYuan: 0, paidYuan: 0 },
    });
    expect(all.body.clauses).toEqual([
      expect.objectContaining({
        clause: "village",
        applications: 3,
        approvedApplications: 2,
        approvedYuan: 500_000,
      }),
    ]);

    await addAccount(t.api, "progress-zc", "reviewer", { district: "淄川区" });
    const district = (await signIn(t.api, "progress-zc")).headers;
    const mine = await t.api.call("GET", path, { headers: district });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      district: "淄川区",
      total: 1,
      statuses: { approved: 1, submitted: 0 },
      publication: { published: 1, publishedYuan: 200_000 },
    });

    expect(
      (await t.api.call("GET", `/api/rounds/${crypto.randomUUID()}/progress`, { token: STAFF })).status,
    ).toBe(404);
    expect((await t.api.call("GET", path)).status).toBe(401);
  });
});
