// 10,000 random JSON bodies against every route: never a 5xx, never a crash, always the contract's
// error body when refused.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";

const ROUTES: [method: string, path: string, token?: string][] = [
  ["POST", "/api/assessments"],
  ["POST", "/api/applications", BOT],
  ["POST", "/api/applications/ZB-2025-000001/decision", STAFF],
  ["POST", "/api/notifications/ack", BOT],
  ["GET", "/api/applications", STAFF],
  ["GET", "/api/policy"],
];

/** Valid bodies with a random part replaced, plus arbitrary JSON. */
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record(
    {
      subjectType: fc.oneof(fc.constantFrom("enterprise", "village", "town", "park"), fc.jsonValue()),
      onlineRetailYuan: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc
    .tuple(fc.constantFrom("applicant", "facts", "clauses"), fc.jsonValue({ maxDepth: 3 }))
    .map(([k, v]) => ({ ...application(), [k]: v })),
  fc.record(
    {
      decision: fc.oneof(
        fc.constantFrom("approved", "rejected", "needs_more_info", "reopened"),
        fc.jsonValue(),
      ),
      note: fc.jsonValue(),
      approvedAmountYuan: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ eventIds: fc.jsonValue() }),
);

describe("fuzz: every route against random JSON", () => {
  const ctx = useTestApi();

  it("answers 10,000 random bodies without a 5xx, each refusal in the contract's error body", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        body,
        fc.string({ maxLength: 30 }),
        async ([method, path, token], b, key) => {
          const r = await ctx.api.call(
            method,
            method === "GET" ? `${path}?status=${encodeURIComponent(String(key))}` : path,
            {
              ...(token ? { token } : {}),
              ...(method === "POST" ? { body: b } : {}),
              headers: { "idempotency-key": `fuzz-${n++}-${key}`.slice(0, 255) },
            },
          );
          expect(r.status, `${method} ${path} ${JSON.stringify(b).slice(0, 200)}`).toBeLessThan(500);
          if (r.status >= 400) {
            expect(typeof r.body.error.code).toBe("string");
            expect(typeof r.body.error.message).toBe("string");
            expect(Array.isArray(r.body.error.issues)).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
    expect((await ctx.api.call("GET", "/healthz")).status).toBe(200);
  }, 300_000);
});
