// Two sets of 100 everyday messages written by people who had not seen the code (set 1 before the
// grammar was built, set 2 after it), scored unread first: 43 → 66 and 40 → 64 of 100 (the closing
// note of issue 21); after the failure classes they showed were fixed by the grammar (remarks that are
// not answers, facts in sentences, corrections, mid-test asides), 95 and 95. Once scored they may serve as regressions: no change may lose a message they
// pass today. (They are no longer held out: new hidden sets measure generalisation.)

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreCases } from "../../scripts/score-messages.ts";

const sets: [string, number][] = [
  ["set-1.json", 95],
  ["set-2.json", 95],
];

describe("the scored everyday-message sets", () => {
  for (const [file, floor] of sets)
    it(`${file} passes at least ${floor} of its 100 messages, every case well-formed`, () => {
      const cases = JSON.parse(
        readFileSync(new URL(`./held-out/${file}`, import.meta.url), "utf8"),
      ) as unknown[];
      const report = scoreCases(cases);
      expect(report.invalid).toBe(0);
      expect(report.total).toBe(100);
      expect(report.passed).toBeGreaterThanOrEqual(floor);
    }, 60_000);
});
