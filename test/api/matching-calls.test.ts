// Invitations that reach everyone (issue 22): every subject a run found eligible, that has not applied
// for the clause this year and that no WeChat contact reaches, is on the call list — with the counted
// figures the clause reads, a phone where an earlier filing gave one, and the calls marked on it — and
// exportable; the invitations answer says how many are left to phone. An import made from the console
// (a session with its CSRF token) is in the import history right after it.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { csvText, subject, uscc, WAN } from "../matching/helpers.ts";
import { TEMPLATE_HEADERS } from "../../api/matching/index.ts";

/** The template's columns and the optional 联系电话 after them. */
const WITH_PHONE = [...TEMPLATE_HEADERS, "联系电话"];
import { addAccount, signIn } from "../support/staff.ts";

const NOW = new Date("2026-06-01T02:00:00Z");

function suite(kind: "pglite" | "postgres") {
  describe(`the call list of 政策找人 on ${kind}`, () => {
    const ctx = useTestApi(kind, { clock: () => NOW });
    let runId = "";

    async function filed(n: number, wechatId: string | undefined, lastYear: boolean) {
      const r = await ctx.api.call("POST", "/api/applications", {
        token: STAFF,
        body: application({}, { uscc: uscc(n), wechatId, name: `主体${n}`, contactPhone: `139000000${n}` }),
        headers: { "idempotency-key": `calls-${n}` },
      });
      expect(r.status).toBe(201);
      if (lastYear)
        await ctx.tdb.db.prisma.application.update({ where: { id: r.body.id }, data: { year: 2025 } });
    }

    it("lists an import made from the console in the history right after it", async () => {
      // 51 filed last year on WeChat (invited, not phoned); 52 filed last year on paper (a phone, no
      // WeChat); 53 never filed; 54 filed this year; 55 qualifies for nothing.
      await filed(51, "wxid_calls_51", true);
      await filed(52, undefined, true);
      await filed(54, undefined, false);
      await addAccount(ctx.api, "pf", "approver");
      const { headers } = await signIn(ctx.api, "pf");
      const before = await ctx.api.call("GET", "/api/matching/runs", { headers });
      expect(before.body.items).toEqual([]);
      const rows = [51, 52, 53, 54].map((n) =>
        subject(n, "企业", {
          当年实物商品网络零售额: 6000 * WAN,
          联系电话: n === 53 ? "0533-1234567" : undefined,
        }),
      );
      rows.push(subject(55, "企业", { 当年实物商品网络零售额: 10 * WAN }));
      const res = await fetch(`${ctx.api.url}/api/matching/runs?fileName=${encodeURIComponent("纳统.csv")}`, {
        method: "POST",
        headers: { ...headers, "content-type": "text/csv" },
        body: csvText(rows, WITH_PHONE),
      });
      expect(res.status).toBe(201);
      runId = ((await res.json()) as { id: string }).id;
      const after = await ctx.api.call("GET", "/api/matching/runs", { headers });
      expect(after.headers.get("cache-control")).toBe("no-store");
      expect(after.body.items.map((r: { id: string }) => r.id)).toEqual([runId]);
      expect(after.body.items[0]).toMatchObject({ fileName: "纳统.csv", importedBy: "pf" });
    });

    it("lists the eligible who have not applied and whom no WeChat contact reaches, with their figures and phone", async () => {
      const r = await ctx.api.call("GET", `/api/matching/runs/${runId}/calls`, { token: STAFF });
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(2);
      expect(r.body.items.map((i: { uscc: string }) => i.uscc)).toEqual([uscc(52), uscc(53)]);
      expect(r.body.items[0]).toMatchObject({
        name: "主体52",
        district: "张店区",
        subjectType: "enterprise",
        subjectTypeLabel: "企业",
        clause: "leading-enterprise",
        estimatedAmountYuan: 30_000,
        phone: "13900000052",
        called: false,
        call: null,
      });
      expect(r.body.items[0].figures).toContainEqual(
        expect.objectContaining({ key: "physicalGoodsRetailYuan", value: 60_000_000, text: "6,000 万元" }),
      );
      // 53 never filed: the phone is the one its row of the file gave.
      expect(r.body.items[1].phone).toBe("0533-1234567");
      const other = await ctx.api.call("GET", `/api/matching/runs/${runId}/calls?clause=mcn`, {
        token: STAFF,
      });
      expect(other.body).toMatchObject({ total: 0, items: [] });
      const paged = await ctx.api.call("GET", `/api/matching/runs/${runId}/calls?limit=1&offset=1`, {
        token: STAFF,
      });
      expect(paged.body.total).toBe(2);
      expect(paged.body.items.map((i: { uscc: string }) => i.uscc)).toEqual([uscc(53)]);
    });

    it("reads the file's optional 联系电话 column, refusing what is not a phone number by row", async () => {
      const res = await fetch(`${ctx.api.url}/api/matching/runs`, {
        method: "POST",
        headers: { authorization: `Bearer ${STAFF}`, "content-type": "text/csv" },
        body: csvText(
          [
            subject(61, "企业", { 当年实物商品网络零售额: 6000 * WAN, 联系电话: "打电话给老王" }),
            subject(62, "企业", { 当年实物商品网络零售额: 6000 * WAN, 联系电话: "+86 138 0000 0000" }),
          ],
          WITH_PHONE,
        ),
      });
      const body = (await res.json()) as {
        valid: number;
        errors: { row: number; column: string; message: string }[];
      };
      expect(body.valid).toBe(1);
      expect(body.errors).toEqual([
        { row: 2, column: "联系电话", message: expect.stringContaining("不像电话号码") },
      ]);
    });

    it("answers the invitations with how many were invited and how many are left to phone", async () => {
      const r = await ctx.api.call("POST", `/api/matching/runs/${runId}/invitations`, {
        token: STAFF,
        body: { clauses: ["leading-enterprise"] },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ invited: 1, toCall: 2 });
    });

    it("marks a call, audited, and filters by called or not; refuses a line not on the list", async () => {
      const path = `/api/matching/runs/${runId}/calls`;
      const marked = await ctx.api.call("POST", path, {
        token: STAFF,
        body: { uscc: uscc(53), clause: "leading-enterprise", outcome: "no_answer", note: "下午再打" },
      });
      expect(marked.status).toBe(201);
      expect(marked.body).toMatchObject({
        uscc: uscc(53),
        called: true,
        call: { outcome: "no_answer", outcomeLabel: "无人接听", note: "下午再打", calledBy: "staff-1" },
      });
      expect(marked.body.call.calledAt).toBe(NOW.toISOString());
      const called = await ctx.api.call("GET", `${path}?called=true`, { token: STAFF });
      expect(called.body.items.map((i: { uscc: string }) => i.uscc)).toEqual([uscc(53)]);
      const notYet = await ctx.api.call("GET", `${path}?called=false`, { token: STAFF });
      expect(notYet.body.items.map((i: { uscc: string }) => i.uscc)).toEqual([uscc(52)]);

      const reachable = await ctx.api.call("POST", path, {
        token: STAFF,
        body: { uscc: uscc(51), clause: "leading-enterprise", outcome: "reached" },
      });
      expect(reachable.status).toBe(404);
      const bad = await ctx.api.call("POST", path, {
        token: STAFF,
        body: { uscc: uscc(52), clause: "leading-enterprise", outcome: "maybe" },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues[0].message).toContain("no_answer");
      const extra = await ctx.api.call("POST", path, {
        token: STAFF,
        body: { uscc: uscc(52), clause: "leading-enterprise", outcome: "reached", phone: "1" },
      });
      expect(extra.status).toBe(400);
      const audit = await ctx.api.call("GET", "/api/audit?action=matching.called", { token: STAFF });
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({ actor: "staff-1", actionLabel: "电话联系" });
      expect(audit.body.items[0].detail).toMatchObject({ uscc: uscc(53), outcome: "no_answer" });
    });

    it("exports the list as CSV and as Excel, with the figures, the phone and the calls", async () => {
      const csv = await fetch(`${ctx.api.url}/api/matching/runs/${runId}/calls/export?format=csv`, {
        headers: { authorization: `Bearer ${STAFF}` },
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-disposition")).toContain("attachment");
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString("utf8").trim().split("\n");
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain("联系电话");
      expect(lines[1]).toContain("13900000052");
      expect(lines[1]).toContain("当年实物商品网络零售额 6,000 万元");
      expect(lines[2]).toContain("无人接听");
      const x = await fetch(
        `${ctx.api.url}/api/matching/runs/${runId}/calls/export?format=xlsx&called=true`,
        {
          headers: { authorization: `Bearer ${STAFF}` },
        },
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
      expect(book.worksheets[0]!.rowCount).toBe(2);
      const missing = await ctx.api.call(
        "GET",
        "/api/matching/runs/00000000-0000-4000-8000-000000000000/calls/export",
        { token: STAFF },
      );
      expect(missing.status).toBe(404);
    });
  });
}

suite("pglite");
suite("postgres");
