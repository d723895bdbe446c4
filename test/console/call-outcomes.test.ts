// A call's outcome is worded one way everywhere (issue 22): the console's dialog reads the labels the
// API serves, the same the call list and its export write, and keeps no wording of its own.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consoleLabels } from "../../api/staff/console-labels.ts";
import { CALL_OUTCOME_LABELS, CALL_OUTCOMES } from "../../api/matching/calls.ts";

describe("a call's outcome", () => {
  it("is served to the console as the call list words it, for every outcome", () => {
    expect(consoleLabels().callOutcomes).toEqual(CALL_OUTCOME_LABELS);
    for (const o of CALL_OUTCOMES) expect(consoleLabels().callOutcomes[o]).toMatch(/\p{Script=Han}/u);
  });

  it("has no wording of its own in the call list page", () => {
    const page = readFileSync(
      join(import.meta.dirname, "../../web/console/src/pages/CallListPage.vue"),
      "utf8",
    );
    expect(page).toContain("labels.callOutcomes");
    for (const word of ["已接通", "不愿申报", ...Object.values(CALL_OUTCOME_LABELS)])
      expect(page).not.toContain(word);
  });
});
