// The queue of a real year (issue 22): sorted by the day filed, the amount (approved, else estimated),
// district or status, either way; oldest first when only pending applications are asked for; pages of
// 10 to 200 with the total; a prefix search on the 统一社会信用代码 and the number, and the name by
// any part of it, in any letter case.

import { describe, expect, it } from "vitest";
import { application, STAFF, usccFor, useTestApi } from "../support/api.ts";

function suite(kind: "pglite" | "postgres") {
  describe(`the queue on ${kind}`, () => {
    let now = new Date("2026-06-01T02:00:00Z");
    const ctx = useTestApi(kind, { clock: () => now });
    const numbers: Record<string, string> = {};
    const list = async (query: string) => {
      const r = await ctx.api.call("GET", `/api/applications?${query}`, { token: STAFF });
      expect(r.status, query).toBe(200);
      return r.body as { total: number; items: { number: string; applicantName: string }[] };
    };
    const names = async (query: string) => (await list(query)).items.map((i) => i.applicantName);

    it("files five applications a minute apart", async () => {
      const filings = [
        ["甲", "淄川区", 80_000_000, 1_234_567],
        ["乙", "张店区", 40_000_000, 2_000_001],
        ["丙", "博山区", 60_000_000, 2_000_002],
        ["丁", "张店区", 35_000_000, 2_000_003],
        ["Zibo Shop 戊", "高青县", 50_000_000, 2_000_004],
      ] as const;
      for (const [name, district, retail, n] of filings) {
        now = new Date(now.getTime() + 60_000);
        const r = await ctx.api.call("POST", "/api/applications", {
          token: STAFF,
          body: application(
            { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: retail } },
            { name, district, uscc: usccFor(n) },
          ),
          headers: { "idempotency-key": crypto.randomUUID() },
        });
        expect(r.status).toBe(201);
        numbers[name] = r.body.number;
      }
      // 乙 approved for less than estimated; 丙 rejected; 丁 asked for materials.
      const decide = (name: string, body: object) =>
        ctx.api.call("POST", `/api/applications/${numbers[name]}/decision`, { token: STAFF, body });
      expect((await decide("乙", { decision: "approved", approvedAmountYuan: 5_000 })).status).toBe(200);
      expect((await decide("丙", { decision: "rejected", note: "材料不实" })).status).toBe(200);
      expect((await decide("丁", { decision: "needs_more_info", note: "请补营业执照" })).status).toBe(200);
    });

    it("puts the newest first, but the oldest first when only pending applications are asked for", async () => {
      expect(await names("")).toEqual(["Zibo Shop 戊", "丁", "丙", "乙", "甲"]);
      expect(await names("status=submitted,needs_more_info")).toEqual(["甲", "丁", "Zibo Shop 戊"]);
      expect(await names("status=submitted,needs_more_info&order=desc")).toEqual([
        "Zibo Shop 戊",
        "丁",
        "甲",
      ]);
      expect(await names("status=approved,rejected")).toEqual(["丙", "乙"]);
    });

    it("sorts by the amount (the approved one where there is one), the district in the city's order, and the status", async () => {
      // Estimated: 甲 40,000, 丙 30,000, 戊 25,000, 丁 17,500; 乙 approved 5,000 (estimated 20,000).
      expect(await names("sort=amount")).toEqual(["甲", "丙", "Zibo Shop 戊", "丁", "乙"]);
      expect(await names("sort=amount&order=asc")).toEqual(["乙", "丁", "Zibo Shop 戊", "丙", "甲"]);
      expect(await names("sort=district")).toEqual(["乙", "丁", "甲", "丙", "Zibo Shop 戊"]);
      expect(await names("sort=district&order=desc")).toEqual(["Zibo Shop 戊", "丙", "甲", "丁", "乙"]);
      expect(await names("sort=status")).toEqual(["甲", "Zibo Shop 戊", "丁", "乙", "丙"]);
    });

    it("pages by 10 to 200 with the total, and refuses a page size outside them in Chinese", async () => {
      const page = await list("limit=10&offset=3");
      expect(page.total).toBe(5);
      expect(page.items.map((i) => i.applicantName)).toEqual(["乙", "甲"]);
      expect((await list("limit=200")).items).toHaveLength(5);
      for (const bad of ["limit=9", "limit=201", "offset=-1", "sort=price", "order=up"]) {
        const r = await ctx.api.call("GET", `/api/applications?${bad}`, { token: STAFF });
        expect(r.status, bad).toBe(400);
        expect(r.body.error.issues[0].message).toMatch(/[须为]/);
      }
    });

    it("finds by a prefix of the code or the number in any case, and by any part of the name", async () => {
      expect(await names(`q=${usccFor(1_234_567).slice(0, 15).toLowerCase()}`)).toEqual(["甲"]);
      expect(await names("q=91370303")).toHaveLength(5);
      // A middle part of a code is not a prefix of it.
      expect((await list("q=1234567")).total).toBe(0);
      expect(await names(`q=${numbers["甲"]!.toLowerCase()}`)).toEqual(["甲"]);
      expect(await names(`q=${numbers["甲"]!.slice(0, 8).toLowerCase()}`)).toHaveLength(5);
      expect(await names(`q=${encodeURIComponent("shop")}`)).toEqual(["Zibo Shop 戊"]);
      expect(await names(`q=${encodeURIComponent("戊")}`)).toEqual(["Zibo Shop 戊"]);
      expect(await list(`q=${encodeURIComponent("没有这家")}`)).toMatchObject({ total: 0, items: [] });
      // LIKE's own characters are searched for, not obeyed.
      expect((await list("q=%25")).total).toBe(0);
      expect((await list("q=_")).total).toBe(0);
    });

    it("exports in the order asked", async () => {
      const r = await ctx.api.call("GET", "/api/applications/export?format=csv&sort=amount&order=asc", {
        token: STAFF,
      });
      const lines = (r.body as string).trim().split("\n").slice(1);
      expect(lines.map((l) => l.split(",")[0])).toEqual(
        ["乙", "丁", "Zibo Shop 戊", "丙", "甲"].map((n) => numbers[n]),
      );
    });
  });
}

suite("pglite");
suite("postgres");
