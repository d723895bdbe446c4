// The export streams every matching application (no row limit), with Beijing times as real dates,
// the latest decision (what, why, who, when), the loan asked for and the facts.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";
import { cloneApplication } from "../support/clone-applications.ts";

describe("the export", () => {
  const ctx = useTestApi("pglite", { clock: () => new Date("2026-06-01T02:00:00Z") });
  const get = (query: string) =>
    fetch(`${ctx.api.url}/api/applications/export?${query}`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });

  it("writes every row, page after page, with the decision, the loan and Beijing times", async () => {
    const filed = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application({
        facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, loanAmountYuan: 3_000_000 },
        clauses: ["leading-enterprise", "loan"],
      }),
      headers: { "idempotency-key": "export-1" },
    });
    await ctx.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
      token: STAFF,
      body: { decision: "rejected", note: '=HYPERLINK("http://x") 材料不全' },
    });
    await cloneApplication(ctx.tdb.db, filed.body.number, 1_100);

    const res = await get("format=csv&year=2026&order=asc");
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = bytes.toString("utf8");
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(1 + 1 + 1_100);
    const header = lines[0]!.replace("\uFEFF", "").split(",");
    const first = lines[1]!.split(",");
    const cell = (name: string) => first[header.indexOf(name)];
    expect(cell("申请贷款额度（元）")).toBe("3000000");
    expect(cell("最近决定")).toBe("驳回");
    expect(cell("决定人")).toBe("staff-1");
    expect(cell("决定说明")).toMatch(/^"?'=HYPERLINK/); // a formula made inert
    expect(cell("提交时间（北京时间）")).toBe("2026-06-01 10:00");
    expect(cell("当年实物商品网络零售额")).toBe("80000000");
  });

  it("gives Excel real date cells holding the time in Beijing", async () => {
    const ok = await get("format=xlsx&year=2026&order=asc");
    expect(ok.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await ok.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = headers.indexOf("提交时间（北京时间）") + 1;
    const value = sheet.getRow(2).getCell(col).value as Date;
    expect(value).toBeInstanceOf(Date);
    expect(value.toISOString().slice(0, 16)).toBe("2026-06-01T10:00");
    expect(sheet.rowCount).toBe(1 + 1 + 1_100);
  });
});
