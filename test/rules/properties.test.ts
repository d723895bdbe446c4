import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  CLAUSE_IDS,
  CLAUSES_BY_ID,
  FACTS,
  factsSchema,
  type FactKey,
  type Facts,
} from "../../rules/index.ts";

/** Values of a fact's type, concentrated around the policy's thresholds. */
function arbitraryFor(key: FactKey): fc.Arbitrary<unknown> {
  const def = FACTS[key];
  switch (def.type) {
    case "yuan":
      return fc.oneof(
        fc.constantFrom(
          0,
          1,
          99_999,
          100_000,
          10_000_000,
          20_000_000,
          30_000_000,
          50_000_000,
          60_000_000,
          100_000_000,
          100_000_001,
        ),
        fc.integer({ min: 0, max: 2_000_000_000 }),
      );
    case "count":
      return fc.oneof(fc.constantFrom(0, 3, 4, 5, 19, 20, 100, 101), fc.integer({ min: 0, max: 10_000 }));
    case "months":
      return fc.integer({ min: 0, max: 240 });
    case "percent":
      return fc.oneof(fc.constantFrom(0, 79.99, 80, 100), fc.double({ min: 0, max: 100, noNaN: true }));
    case "boolean":
      return fc.boolean();
    case "subjectType":
      return fc.constantFrom("enterprise", "village", "town", "park");
    case "influence":
      return fc.constantFrom("national", "provincial", "other");
    case "date":
      return fc
        .date({
          min: new Date("2021-01-01T00:00:00Z"),
          max: new Date("2029-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
  }
}

const optionalKeys = (Object.keys(FACTS) as FactKey[]).filter((k) => k !== "subjectType");
const record = Object.fromEntries(optionalKeys.map((k) => [k, arbitraryFor(k)])) as Record<
  string,
  fc.Arbitrary<unknown>
>;

const arbitraryFacts: fc.Arbitrary<Facts> = fc
  .tuple(arbitraryFor("subjectType"), fc.record(record, { requiredKeys: [] }))
  .map(([subjectType, rest]) => ({ subjectType, ...rest }) as Facts);

describe("properties of assess over every fact set the schema accepts", () => {
  it("never throws and always returns the 13 clauses in order with consistent fields", () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        expect(factsSchema.safeParse(facts).success).toBe(true);
        const a = assess(facts);
        expect(a.results.map((r) => r.clause)).toEqual([...CLAUSE_IDS]);
        for (const r of a.results) {
          expect(r.reasons.length).toBeGreaterThan(0);
          if (r.status === "needs_info") expect(r.missingFacts.length).toBeGreaterThan(0);
          else expect(r.missingFacts).toEqual([]);
          if (r.status === "eligible") expect(r.maxAmountYuan).not.toBeNull();
          else expect(r.maxAmountYuan).toBeNull();
          if (r.estimatedAmountYuan !== null)
            expect(r.estimatedAmountYuan).toBeLessThanOrEqual(r.maxAmountYuan!);
          for (const f of r.missingFacts) expect(facts[f]).toBeUndefined();
          if (!a.inForce) expect(["eligible", "manual_review"]).not.toContain(r.status);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("decides the same without its reasons (explain: false, for assessing many at once): statuses and amounts", () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const full = assess(facts);
        const bare = assess(facts, { explain: false });
        expect(bare.results.map((r) => [r.clause, r.status, r.maxAmountYuan, r.estimatedAmountYuan])).toEqual(
          full.results.map((r) => [r.clause, r.status, r.maxAmountYuan, r.estimatedAmountYuan]),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("adding a known fact never turns an eligible clause into needs_info, nor changes a decided outcome", () => {
    fc.assert(
      fc.property(
        arbitraryFacts,
        fc.constantFrom(...optionalKeys.filter((k) => k !== "assessedOn")),
        fc.nat(),
        (facts, key, seed) => {
          if (facts[key] !== undefined) return;
          const value = fc.sample(arbitraryFor(key), { seed, numRuns: 1 })[0];
          const before = assess(facts);
          const after = assess({ ...facts, [key]: value });
          before.results.forEach((r, i) => {
            const next = after.results[i]!;
            // A clause that reads one fact in place of another (a moved-back shop's own figure beside a
            // new shop's) is decided again by it: the one exception, by design.
            if (CLAUSES_BY_ID[r.clause]!.reads?.from === key) return;
            if (r.status === "eligible") expect(next.status).not.toBe("needs_info");
            if (r.status !== "needs_info") {
              // A decided clause stays decided the same way: only needs_info can move.
              expect(next.status).toBe(r.status);
              expect(next.maxAmountYuan).toBe(r.maxAmountYuan);
            } else if (!r.missingFacts.includes(key)) expect(next.status).toBe("needs_info");
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
