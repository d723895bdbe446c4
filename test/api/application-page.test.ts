// The application page's data (issue 22): its materials (name, size, type, who and when, a URL that
// opens the file inline, or downloads it with a safe RFC 5987 name), the applicant's own figures as
// filed (a loan of 800 万 is 8,000,000, never the ceiling), uploads by staff signed in to the console
// (with the CSRF token, as the console sends it), and no field that reads the text "null".

import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082",
  "hex",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Every string anywhere in a JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === "string"
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === "object"
        ? Object.values(v).flatMap(strings)
        : [];

describe("the application page's data", () => {
  const ctx = useTestApi("pglite", { clock: () => new Date("2026-06-01T02:00:00Z") });

  async function loanApplication() {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({
        facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, loanAmountYuan: 8_000_000 },
        clauses: ["leading-enterprise", "loan"],
      }),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; number: string };
  }

  it("gives the applicant's own figures as filed: the loan asked, not the ceiling", async () => {
    const { id } = await loanApplication();
    const d = await ctx.api.call("GET", `/api/applications/${id}`, { token: STAFF });
    expect(d.body.claimed.facts).toMatchObject({
      loanAmountYuan: 8_000_000,
      physicalGoodsRetailYuan: 80_000_000,
    });
    expect(d.body.claimed.facts.assessedOn).toBeUndefined();
    expect(d.body.claimed.items).toContainEqual(
      expect.objectContaining({ key: "loanAmountYuan", value: 8_000_000, text: "800 万元" }),
    );
    const loan = d.body.clauseResults.find((c: { clause: string }) => c.clause === "loan");
    expect(loan).toMatchObject({ askedAmountYuan: 8_000_000, maxAmountYuan: 10_000_000 });
    const leading = d.body.clauseResults.find((c: { clause: string }) => c.clause === "leading-enterprise");
    expect(leading.askedAmountYuan).toBeNull();
  });

  it("lets staff signed in to the console upload on the applicant's behalf, with the CSRF token, and not without it", async () => {
    const { id } = await loanApplication();
    await addAccount(ctx.api, "cl", "reviewer");
    const { headers } = await signIn(ctx.api, "cl");
    const name = "营业执照 (副本)'s 100%.png";
    const upload = (h: Record<string, string>) =>
      fetch(`${ctx.api.url}/api/applications/${id}/materials`, {
        method: "POST",
        headers: { ...h, "content-type": "image/png", "x-filename": encodeURIComponent(name) },
        body: PNG,
      });
    const noCsrf = await upload({ cookie: headers.cookie });
    expect(noCsrf.status).toBe(403);
    const ok = await upload(headers);
    expect(ok.status).toBe(201);
    const pdf = await fetch(`${ctx.api.url}/api/applications/${id}/materials`, {
      method: "POST",
      headers: {
        ...headers,
        "content-type": "application/pdf",
        "x-filename": encodeURIComponent("承诺书.pdf"),
      },
      body: PDF,
    });
    expect(pdf.status).toBe(201);

    const d = await ctx.api.call("GET", `/api/applications/${id}`, { headers });
    expect(d.body.materials).toHaveLength(2);
    const [png, doc] = d.body.materials;
    expect(png).toMatchObject({
      name,
      contentType: "image/png",
      size: PNG.length,
      uploadedBy: "cl",
      uploadedAt: "2026-06-01T02:00:00.000Z",
    });
    expect(png.url).toBe(`/api/materials/${png.id}`);

    const inline = await fetch(ctx.api.url + png.url, { headers: { cookie: headers.cookie } });
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-type")).toBe("image/png");
    const disposition = inline.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^inline;/);
    // RFC 5987: the UTF-8 name with every character outside attr-char percent-encoded.
    const star = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!;
    expect(star).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(star)).toBe(name);
    expect(/filename="([^"]*)"/.exec(disposition)![1]).toMatch(/^[\x20-\x7e]+$/);
    expect(Buffer.from(await inline.arrayBuffer()).equals(PNG)).toBe(true);

    const download = await fetch(`${ctx.api.url}${doc.url}?download=1`, {
      headers: { cookie: headers.cookie },
    });
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(download.headers.get("content-disposition")).toContain(encodeURIComponent("承诺书.pdf"));
  });

  it("never says the text null where a field is missing", async () => {
    const { id } = await loanApplication();
    const d = await ctx.api.call("GET", `/api/applications/${id}`, { token: STAFF });
    expect(d.body.counted).toBeNull(); // no counted figures: null itself, not "null"
    expect(d.body.materials).toEqual([]);
    expect(strings(d.body).filter((s) => /^(null|undefined)$/i.test(s.trim()))).toEqual([]);
    const list = await ctx.api.call("GET", "/api/applications?limit=10", { token: STAFF });
    expect(strings(list.body).filter((s) => /^(null|undefined)$/i.test(s.trim()))).toEqual([]);
  });
});
