// District accounts (区县账号, contract §9): a reviewer or approver of one district sees, searches,
// exports and decides only that district's applications, and its materials; another district's
// application is "not found" (404), never "forbidden", so even its existence does not show.

import { describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082",
  "hex",
);

describe("a district account", () => {
  const ctx = useTestApi("pglite");

  async function file(district: string, name: string) {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({}, { district, name }),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    return r.body as { id: string; number: string };
  }

  it("sees, searches, exports and decides only its district's applications; another's is not found", async () => {
    const mine = await file("张店区", "张店甲电子商务有限公司");
    const theirs = await file("淄川区", "淄川乙电子商务有限公司");
    await ctx.api.call("POST", `/api/applications/${theirs.id}/materials`, {
      token: STAFF,
      raw: PNG as unknown as string,
      headers: { "content-type": "image/png", "x-filename": "a.png" },
    });
    expect((await addAccount(ctx.api, "zd", "approver", { district: "张店区" })).status).toBe(201);
    const { res, headers } = await signIn(ctx.api, "zd");
    expect(res.body.district).toBe("张店区");
    expect((await ctx.api.call("GET", "/api/session", { headers })).body).toMatchObject({
      username: "zd",
      district: "张店区",
    });

    const list = await ctx.api.call("GET", "/api/applications", { headers });
    expect(list.body.items.map((a: { number: string }) => a.number)).toEqual([mine.number]);
    expect(list.body.total).toBe(1);
    const asked = await ctx.api.call("GET", "/api/applications?district=淄川区", { headers });
    expect(asked.body).toMatchObject({ total: 0, items: [] });
    const searched = await ctx.api.call("GET", `/api/applications?q=${encodeURIComponent("淄川乙")}`, {
      headers,
    });
    expect(searched.body.total).toBe(0);

    expect((await ctx.api.call("GET", `/api/applications/${mine.id}`, { headers })).status).toBe(200);
    for (const path of [
      `/api/applications/${theirs.id}`,
      `/api/applications/${theirs.number}`,
      `/api/applications/${theirs.id}/materials`,
    ])
      expect((await ctx.api.call("GET", path, { headers })).status, path).toBe(404);
    const decided = await ctx.api.call("POST", `/api/applications/${theirs.id}/decision`, {
      headers,
      body: { decision: "rejected", note: "不属于本区" },
    });
    expect(decided.status).toBe(404);
    const upload = await ctx.api.call("POST", `/api/applications/${theirs.id}/materials`, {
      headers: { ...headers, "content-type": "image/png" },
      raw: PNG as unknown as string,
    });
    expect(upload.status).toBe(404);
    const theirFiles = await ctx.api.call("GET", `/api/applications/${theirs.id}/materials`, {
      token: STAFF,
    });
    const material = theirFiles.body.items[0].id as string;
    expect((await ctx.api.call("GET", `/api/materials/${material}`, { headers })).status).toBe(404);
    expect((await ctx.api.call("GET", `/api/materials/${material}`, { token: STAFF })).status).toBe(200);

    const csv = await ctx.api.call("GET", "/api/applications/export?format=csv", { headers });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain(mine.number);
    expect(csv.body).not.toContain(theirs.number);

    // Its own district's application it decides as any approver would.
    const ok = await ctx.api.call("POST", `/api/applications/${mine.id}/decision`, {
      headers,
      body: { decision: "approved" },
    });
    expect(ok.status).toBe(200);
    // A city-wide account still sees both.
    expect((await ctx.api.call("GET", "/api/applications", { token: STAFF })).body.total).toBe(2);
  });
});
