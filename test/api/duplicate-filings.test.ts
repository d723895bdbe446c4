// One enterprise filing one clause many times at once, each with a key of its own (a double tap, a
// script, an attacker): exactly one application is stored, every other request gets 409
// duplicate_application naming it — on PostgreSQL, where the requests really run side by side, and
// on PGlite. `confirmDuplicate` is the only way past.

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { application, BOT, usccFor, useTestApi } from "../support/api.ts";

for (const kind of ["postgres", "pglite"] as const) {
  describe(`two hundred concurrent filings of one clause by one enterprise (${kind})`, () => {
    const t = useTestApi(kind);

    it("store one application and answer the other 199 with 409 naming it", async () => {
      const body = application({}, { uscc: usccFor(4_200_000 + (kind === "pglite" ? 1 : 2)) });
      const results = await Promise.all(
        Array.from({ length: 200 }, () =>
          t.api.call("POST", "/api/applications", {
            token: BOT,
            body,
            headers: { "idempotency-key": randomUUID() },
          }),
        ),
      );
      const created = results.filter((r) => r.status === 201);
      const refused = results.filter((r) => r.status === 409);
      expect(created).toHaveLength(1);
      expect(refused).toHaveLength(199);
      const number = created[0]!.body.number as string;
      for (const r of refused) {
        expect(r.body.error.code).toBe("duplicate_application");
        expect(r.body.error.duplicates).toEqual([
          { clause: "leading-enterprise", number, status: "submitted" },
        ]);
      }
      const prisma = t.tdb.db.prisma;
      const rows = await prisma.application.findMany({ where: { applicant: { uscc: body.applicant.uscc } } });
      expect(rows).toHaveLength(1);
      expect(await prisma.applicant.count({ where: { uscc: body.applicant.uscc } })).toBe(1);
    }, 120_000);

    it("file the same clause again only when the request confirms it", async () => {
      const body = application({}, { uscc: usccFor(4_300_000 + (kind === "pglite" ? 1 : 2)) });
      const send = (b: unknown) =>
        t.api.call("POST", "/api/applications", {
          token: BOT,
          body: b,
          headers: { "idempotency-key": randomUUID() },
        });
      expect((await send(body)).status).toBe(201);
      expect((await send(body)).status).toBe(409);
      const confirmed = await Promise.all([1, 2, 3].map(() => send({ ...body, confirmDuplicate: true })));
      expect(confirmed.map((r) => r.status)).toEqual([201, 201, 201]);
    }, 60_000);

    it("let twenty enterprises file at once without waiting on each other's refusals", async () => {
      const bodies = Array.from({ length: 20 }, (_, i) =>
        application({}, { uscc: usccFor(4_400_000 + i * 3 + (kind === "pglite" ? 1 : 2)) }),
      );
      const results = await Promise.all(
        bodies.map((body) =>
          t.api.call("POST", "/api/applications", {
            token: BOT,
            body,
            headers: { "idempotency-key": randomUUID() },
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(bodies.map(() => 201));
      expect(new Set(results.map((r) => r.body.number)).size).toBe(20);
    }, 60_000);
  });
}
