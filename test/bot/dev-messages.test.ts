// The development sets of everyday messages (test/bot/dev-messages*.json, written for issue 21 before and
// after the grammar was built, in the held-out format) stay passing, case by case, through the same scorer
// as `npm run score`.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreCases } from "../../scripts/score-messages.ts";

for (const file of ["dev-messages.json", "dev-messages-2.json", "dev-messages-3.json"]) {
  const cases = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as unknown[];
  describe(file, () => {
    const report = scoreCases(cases);
    it("has every case in the held-out format", () => {
      expect(report.invalid).toBe(0);
      expect(report.setupMisses).toBe(0);
    });
    it.each(report.results.map((r) => [r.id, r.message, r] as const))("%s 「%s」", (_id, _m, r) =>
      expect(r.failures).toEqual([]),
    );
  });
}
