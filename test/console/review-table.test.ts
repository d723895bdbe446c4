// The decision form's buttons come from the review table the server decides by: a district account in a
// district-first round is offered 「区县初审通过」, the city nothing until the district has passed it.

import { describe, expect, it } from "vitest";
import { reviewTable } from "../../api/review/table.ts";
import { allowedDecisions, type Cell } from "../../web/console/src/review-table.ts";

const cells = reviewTable() as unknown as Cell[];

describe("the decisions the console offers", () => {
  it("offers a district approver its first review in a district-first round", () => {
    expect(
      allowedDecisions(cells, "submitted", { role: "approver", district: true }, "district_first"),
    ).toEqual(["district_passed", "rejected", "needs_more_info"]);
  });

  it("offers the city nothing on an application the district has not passed, and approval once it has", () => {
    expect(
      allowedDecisions(cells, "submitted", { role: "approver", district: false }, "district_first"),
    ).toEqual([]);
    expect(
      allowedDecisions(cells, "district_passed", { role: "approver", district: false }, "district_first"),
    ).toEqual(["approved", "rejected", "needs_more_info"]);
  });

  it("keeps one level as before: no district pass, a reviewer only asks for materials", () => {
    expect(allowedDecisions(cells, "submitted", { role: "approver", district: true }, "city")).toEqual([
      "approved",
      "rejected",
      "needs_more_info",
    ]);
    expect(allowedDecisions(cells, "submitted", { role: "reviewer", district: false }, "city")).toEqual([
      "needs_more_info",
    ]);
  });
});
