// The policy moved from code to a folder of data (issue 25): every assessment, the policy document
// and the bot's every reply to the test sets must be exactly what they were before the move.
// The fixture was written by `tsx scripts/snapshot-behaviour.ts` on the code before the change, and is
// re-recorded only when replies change on purpose (last: issue 21's understanding work, whose changed
// replies were read one by one; the assessments and the policy document did not change).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { behaviour } from "./support/behaviour.ts";

const before = JSON.parse(readFileSync("test/fixtures/behaviour-before-policy-folder.json", "utf8"));
const now = JSON.parse(JSON.stringify(behaviour()));

describe("the policy as a folder of data changes nothing anyone sees", () => {
  it("assesses every fact set exactly as before", () => {
    expect(now.assessments.length).toBe(300);
    now.assessments.forEach((a: unknown, i: number) =>
      expect(a, `fact set ${i}`).toEqual(before.assessments[i]),
    );
  });

  it("serves the same policy document", () => {
    expect(now.policy).toEqual(before.policy);
  });

  it("answers every message of the test sets with the same words and facts", () => {
    expect(now.conversations.length).toBe(before.conversations.length);
    for (const [i, c] of now.conversations.entries()) expect(c, c.id).toEqual(before.conversations[i]);
  });
});
