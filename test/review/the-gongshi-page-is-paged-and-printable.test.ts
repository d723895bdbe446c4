// The 公示 page of a large round is paged (200 a page, numbered on across pages, a link to every page
// and to the whole list for printing) and printable (a print stylesheet that hides the form and the
// links); the objection form shows only while the period runs.

import { describe, expect, it } from "vitest";
import { gongshiHtml } from "../../api/review/gongshi-page.ts";

const page = (over: Record<string, unknown> = {}) =>
  ({
    round: { id: "7f0c0c9e-1111-4a4a-8888-000000000001", title: "2025年度申报", figuresYear: 2025 },
    startsOn: "2026-04-01",
    endsOn: "2026-04-07",
    days: 7,
    phase: "running",
    count: 10_000,
    withdrawn: 0,
    totalYuan: 1_500_000_000,
    page: 2,
    pages: 50,
    offset: 200,
    items: Array.from({ length: 200 }, (_, i) => ({
      number: `ZB-2026-${String(100_201 + i)}`,
      name: `淄博某某${i}有限公司`,
      district: "张店区",
      clauses: ["电商村"],
      amountYuan: 150_000,
    })),
    ...over,
  }) as never;

describe("the 公示 page", () => {
  it("numbers a later page on from the earlier ones and links the pages and the whole list", () => {
    const html = gongshiHtml(page());
    expect(html).toContain('<td class="n">201</td>');
    expect(html).toContain('<td class="n">400</td>');
    expect(html).not.toContain('<td class="n">401</td>');
    expect(html).toContain("?page=1");
    expect(html).toContain("?page=3");
    expect(html).toContain("?page=all");
    expect(html).toContain("第 2 / 50 页");
    expect(html).toContain("共 10000 项");
    expect(html).toContain("1,500,000,000");
  });

  it("prints without the form, the page links or the print link", () => {
    const html = gongshiHtml(page());
    const print = html.slice(html.indexOf("@media print"));
    expect(print).toContain("nav,form,.no-print{display:none!important}");
    expect(html).toContain('<form id="objection" class="no-print">');
  });

  it("offers the objection form only while the period runs", () => {
    expect(gongshiHtml(page({ phase: "ended" }))).not.toContain("<form");
    expect(gongshiHtml(page({ phase: "ended" }))).toContain("公示期已结束");
  });
});
