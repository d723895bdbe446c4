// What a round's changes may and may not do once applications are in it (issue 23, found by a stranger's
// trial): approvals are held to the round's standard as it stands now; one figures year's clause is filed
// once whichever round it goes into; a round with applications keeps its figures year and their clauses;
// a standard belongs to one of the round's clauses; and the chat does not start a filing no round takes.

import { describe, expect, it } from "vitest";
import { roundBody } from "../support/rounds.ts";
import { handleMessage, startConversation } from "../../bot/dialog.ts";
import { application, BOT, STAFF, usccFor, useTestApi } from "../support/api.ts";

const now = new Date("2026-03-10T02:00:00Z");
let n = 8_300_000;
const key = () => ({ "idempotency-key": crypto.randomUUID() });
const village = (uscc = usccFor(n++)) =>
  application(
    {
      facts: { subjectType: "village", counted: true, onlineRetailYuan: 15_000_000, activeShops: 25 },
      clauses: ["village"],
    },
    { uscc, name: `淄博市某某村${n}村民委员会` },
  );
const round = (over: Record<string, unknown> = {}) =>
  roundBody({ standards: { "village.award": 200_000 }, ...over });

describe("a round's changes once applications are in it", () => {
  const t = useTestApi("pglite", { clock: () => now });
  const create = async (over: Record<string, unknown> = {}) =>
    (await t.api.call("POST", "/api/rounds", { token: STAFF, body: round(over) })).body;
  const file = (body: unknown) =>
    t.api.call("POST", "/api/applications", { token: BOT, body, headers: key() });
  const approve = (id: string, approvedAmountYuan: number) =>
    t.api.call("POST", `/api/applications/${id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan },
    });

  it("holds an approval to the standard as lowered after the filing, and names it the round's", async () => {
    const r = await create();
    const a = (await file(village())).body;
    expect(a.round.id).toBe(r.id);
    await t.api.call("PATCH", `/api/rounds/${r.id}`, {
      token: STAFF,
      body: { standards: { "village.award": 150_000 } },
    });
    const over = await approve(a.id, 200_000);
    expect(over.status).toBe(422);
    expect(over.body.error.message).toContain("本批次标准规定该档最高 15 万元");
    expect((await approve(a.id, 150_000)).status).toBe(200);
  });

  it("refuses a second filing of one clause for the same figures year through another open round", async () => {
    const uscc = usccFor(n++);
    await create({ title: "2025年度补报", clauses: ["village"], standards: {} });
    const first = await file(village(uscc));
    expect(first.status).toBe(201);
    const other = (await t.api.call("GET", "/api/rounds")).body.items.find(
      (x: { id: string; figuresYear: number }) => x.id !== first.body.round.id && x.figuresYear === 2025,
    );
    const again = await file({ ...village(uscc), roundId: other.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("duplicate_application");
  });

  it("keeps a round's figures year and filed clauses once applications are in it, and says why", async () => {
    const r = await create({ title: "2025年度第三批", clauses: ["village", "town"], standards: {} });
    expect((await file({ ...village(), roundId: r.id })).status).toBe(201);
    const year = await t.api.call("PATCH", `/api/rounds/${r.id}`, {
      token: STAFF,
      body: { figuresYear: 2024 },
    });
    expect([year.status, year.body.error.code]).toEqual([409, "round_has_applications"]);
    const clauses = await t.api.call("PATCH", `/api/rounds/${r.id}`, {
      token: STAFF,
      body: { clauses: ["town"] },
    });
    expect([clauses.status, clauses.body.error.code]).toEqual([409, "round_has_applications"]);
    expect(clauses.body.error.message).toContain("village");
    const title = await t.api.call("PATCH", `/api/rounds/${r.id}`, {
      token: STAFF,
      body: { title: "2025年度第三批（延期）" },
    });
    expect(title.status).toBe(200);
  });

  it("refuses a standard for a clause the round does not hold, naming it", async () => {
    const r = await t.api.call("POST", "/api/rounds", {
      token: STAFF,
      body: round({ clauses: ["village"], standards: { "town.award": 100_000 } }),
    });
    expect(r.status).toBe(422);
    expect(r.body.error.issues).toContainEqual(
      expect.objectContaining({
        path: "standards.town.award",
        message: expect.stringContaining("不属于本批次的条款"),
      }),
    );
  });
});

describe("the chat's 「申报」 outside every round", () => {
  it("does not start filling in an application no round takes, and says when the next one opens", () => {
    const day = new Date("2026-04-10T04:00:00Z");
    const rounds = [
      {
        id: "r",
        title: "2025年度第二批",
        figuresYear: 2025,
        opensOn: "2026-05-01",
        closesOn: "2026-05-31",
        clauses: ["village"],
      },
    ];
    let s = startConversation({ now: day });
    s = handleMessage(s, "我们村去年网上卖了1200万，网店25家", { now: day, rounds }).state;
    const t = handleMessage(s, "申报", { now: day, rounds });
    expect(t.state.mode).not.toBe("apply");
    expect(t.replies.join("\n")).toContain("现在都不在申报期");
    expect(t.replies.join("\n")).toContain("下一批次「2025年度第二批」将于2026年5月1日至2026年5月31日受理");
    // In its period the same words begin the filing.
    const open = new Date("2026-05-10T04:00:00Z");
    let o = startConversation({ now: open });
    o = handleMessage(o, "我们村去年网上卖了1200万，网店25家", { now: open, rounds }).state;
    expect(handleMessage(o, "申报", { now: open, rounds }).state.mode).toBe("apply");
  });
});
