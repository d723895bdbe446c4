// The audit log (issue 22): newest first, a page at a time with the total, filtered by who acted,
// what was done, the application (by number), the account touched and the days (Asia/Shanghai, both
// ends included), and exported as CSV or Excel with the same filters.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";

// 2026-06-01 23:30 in Beijing is 15:30 UTC: the Beijing day, not the UTC one, decides.
let now = new Date("2026-06-01T15:29:00Z");
// Each act a second after the one before: entries of the same instant have no order of their own.
const clock = () => (now = new Date(now.getTime() + 1000));

describe("the audit log", () => {
  const ctx = useTestApi("pglite", { clock });
  let number = "";

  it("is filled: accounts on 1 June (Beijing), a decision on 2 June", async () => {
    await addAccount(ctx.api, "wu", "reviewer");
    await addAccount(ctx.api, "xu", "approver");
    await ctx.api.call("POST", "/api/staff/wu/disable", { token: STAFF });
    now = new Date("2026-06-01T16:29:00Z"); // 00:29 on 2 June in Beijing
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application(),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    number = r.body.number;
    await signIn(ctx.api, "xu");
    const { headers } = await signIn(ctx.api, "xu");
    await ctx.api.call("POST", `/api/applications/${number}/decision`, {
      headers,
      body: { decision: "rejected", note: "材料不全" },
    });
  });

  const audit = async (query: string) => {
    const r = await ctx.api.call("GET", `/api/audit?${query}`, { token: STAFF });
    expect(r.status, query).toBe(200);
    return r.body as { total: number; items: { action: string; actor: string; account?: string }[] };
  };

  it("pages newest first with the total", async () => {
    const all = await audit("");
    expect(all.total).toBe(7);
    expect(all.items.map((i) => i.action)).toEqual([
      "application.rejected",
      "sign_in",
      "sign_in",
      "application.submitted",
      "account_disabled",
      "account_added",
      "account_added",
    ]);
    const page = await audit("limit=2&offset=4");
    expect(page.total).toBe(7);
    expect(page.items.map((i) => i.action)).toEqual(["account_disabled", "account_added"]);
  });

  it("filters by actor, action, application, account and Beijing days on both sides", async () => {
    expect((await audit("actor=xu")).items.map((i) => i.action)).toEqual([
      "application.rejected",
      "sign_in",
      "sign_in",
    ]);
    expect((await audit("action=account_added")).total).toBe(2);
    expect((await audit(`application=${number.toLowerCase()}`)).items.map((i) => i.action)).toEqual([
      "application.rejected",
      "application.submitted",
    ]);
    const wu = await audit("account=wu");
    expect(wu.items.map((i) => [i.action, i.account])).toEqual([
      ["account_disabled", "wu"],
      ["account_added", "wu"],
    ]);
    expect((await audit("from=2026-06-01&to=2026-06-01")).total).toBe(3);
    expect((await audit("from=2026-06-02")).total).toBe(4);
    expect((await audit("to=2026-05-31")).total).toBe(0);
    expect((await audit("from=2026-06-03")).total).toBe(0);
    const bad = await ctx.api.call("GET", "/api/audit?from=1.6.2026", { token: STAFF });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].message).toContain("YYYY-MM-DD");
  });

  it("is for admins only", async () => {
    await addAccount(ctx.api, "li", "approver");
    const { headers } = await signIn(ctx.api, "li");
    expect((await ctx.api.call("GET", "/api/audit", { headers })).status).toBe(403);
    expect((await ctx.api.call("GET", "/api/audit/export", { headers })).status).toBe(403);
  });

  it("exports the same filters as CSV (a BOM, Beijing times) and as Excel", async () => {
    const csv = await fetch(`${ctx.api.url}/api/audit/export?format=csv&account=wu`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("attachment");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").replace("\uFEFF", "").trim().split("\n");
    expect(lines[0]).toBe("时间（北京时间）,操作人,操作,涉及账号,申报编号,来源地址,详情");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2026-06-01 23:29,staff-1,停用账号,wu,/);
    const x = await fetch(`${ctx.api.url}/api/audit/export?format=xlsx&action=account_added`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(1 + 3); // wu, xu and li
    expect((sheet.getRow(sheet.rowCount).getCell(1).value as Date).toISOString().slice(0, 16)).toBe(
      "2026-06-01T23:29",
    );
    // The exports are themselves in the log.
    expect((await audit("action=export")).total).toBe(2);
  });
});
