// Review is a table (contract §14, issue 24): every cell — status × action × role × city or district
// account × the round's levels — is walked here against the rules as the contract states them, written
// out independently of api/review/table.ts: allowed cells with their next status, and for every other
// cell which refusal (403 for a role or a level not one's own, 409 district_review_pending for the city
// before the district, 409 invalid_transition otherwise).

import { describe, expect, it } from "vitest";
import { ACTIONS, REVIEWERS, reviewTable, STATUSES, review, allowedActions } from "../../api/review/table.ts";

// "levels by from action → next": by is any (city and district accounts alike), city or district.
const ALLOWED = `
city any submitted needs_more_info → needs_more_info
city any needs_more_info needs_more_info → needs_more_info
city any submitted approved → approved
city any needs_more_info approved → approved
city any submitted rejected → rejected
city any needs_more_info rejected → rejected
city any approved reopened → submitted
city any rejected reopened → submitted
district_first district submitted needs_more_info → needs_more_info
district_first district needs_more_info needs_more_info → needs_more_info
district_first district submitted district_passed → district_passed
district_first district needs_more_info district_passed → district_passed
district_first district submitted rejected → rejected
district_first district needs_more_info rejected → rejected
district_first district district_passed reopened → submitted
district_first district rejected reopened → submitted
district_first city district_passed approved → approved
district_first city district_passed rejected → rejected
district_first city district_passed needs_more_info → needs_more_info
district_first city approved reopened → district_passed
district_first city rejected reopened → submitted
`
  .trim()
  .split("\n")
  .map((l) => {
    const [levels, by, from, action, , next] = l.split(" ");
    return { levels, by, from, action, next };
  });

const rank = { reviewer: 1, approver: 2, admin: 3 } as const;

describe("the review table", () => {
  const cells = reviewTable();

  it("has one cell for every status, action, role, kind of account and level (300)", () => {
    expect(cells).toHaveLength(2 * STATUSES.length * ACTIONS.length * REVIEWERS.length);
    expect(new Set(cells.map((c) => `${c.levels}${c.from}${c.action}${c.role}${c.district}`)).size).toBe(300);
  });

  it("allows exactly the contract's cells, each to its next status, telling staff and the applicant", () => {
    for (const c of cells) {
      const who = c.district ? "district" : "city";
      const rule = ALLOWED.find(
        (r) =>
          r.levels === c.levels &&
          (r.by === "any" || r.by === who) &&
          r.from === c.from &&
          r.action === c.action,
      );
      const roleOk = rank[c.role] >= (c.action === "needs_more_info" ? 1 : 2);
      const name = `${c.levels} ${who} ${c.role} ${c.from} ${c.action}`;
      if (rule && roleOk) {
        expect(c, name).toMatchObject({ ok: true, next: rule.next });
        expect(c.ok && [...c.notices].sort(), name).toEqual(["applicant", "staff"]);
      } else expect(c.ok, name).toBe(false);
    }
  });

  it("refuses a role below the action's with 403, a level not the account's with 403, the city before the district with 409 district_review_pending", () => {
    for (const c of cells) {
      if (c.ok) continue;
      const name = `${c.levels} ${c.district ? "district" : "city"} ${c.role} ${c.from} ${c.action}`;
      const roleOk = rank[c.role] >= (c.action === "needs_more_info" ? 1 : 2);
      const wrongLevel =
        c.levels === "district_first" &&
        ((c.district && c.action === "approved") || (!c.district && c.action === "district_passed"));
      if (!roleOk) expect(c, name).toMatchObject({ status: 403, code: "forbidden" });
      else if (wrongLevel) expect(c, name).toMatchObject({ status: 403, code: "forbidden" });
      else if (
        c.levels === "district_first" &&
        !c.district &&
        ["submitted", "needs_more_info"].includes(c.from)
      )
        expect(c, name).toMatchObject({ status: 409, code: "district_review_pending" });
      else expect(c, name).toMatchObject({ status: 409, code: "invalid_transition" });
      expect(c.ok ? "" : c.message, name).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("gives a district approver in a district-first round its pass, and the city nothing before it", () => {
    const district = { role: "approver", district: true } as const;
    const city = { role: "admin", district: false } as const;
    expect(allowedActions("submitted", district, "district_first")).toEqual([
      "district_passed",
      "rejected",
      "needs_more_info",
    ]);
    expect(allowedActions("submitted", city, "district_first")).toEqual([]);
    expect(allowedActions("district_passed", city, "district_first")).toEqual([
      "approved",
      "rejected",
      "needs_more_info",
    ]);
    expect(review("submitted", "approved", city, "district_first")).toMatchObject({
      status: 409,
      code: "district_review_pending",
    });
    expect(review("submitted", "district_passed", district, "city")).toMatchObject({
      status: 409,
      code: "invalid_transition",
    });
  });
});
