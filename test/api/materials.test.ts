// Materials (contract §12): files attached to an application by its applicant or by staff, typed by
// their own bytes, at most 20 MB, listed and downloaded intact, and no one else's.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BOT, STAFF, application, useTestApi } from "../support/api.ts";
import { FILES } from "../support/files.ts";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("materials", () => {
  const ctx = useTestApi();
  let k = 0;
  const file = async (wechatId = "wxid_owner") => {
    const r = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application({}, { wechatId }),
      headers: { "idempotency-key": `materials-${k++}` },
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; number: string };
  };
  const upload = (
    path: string,
    bytes: Buffer,
    type: string,
    o: { token?: string; name?: string; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${ctx.api.url}${path}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${o.token ?? STAFF}`,
        "content-type": type,
        ...(o.name !== undefined ? { "x-filename": encodeURIComponent(o.name) } : {}),
        ...o.headers,
      },
      body: new Uint8Array(bytes),
    });

  it("keeps a PNG uploaded by staff and gives back exactly the same bytes", async () => {
    const a = await file();
    const r = await upload(`/api/applications/${a.id}/materials`, FILES.png, "image/png", {
      name: "营业执照.png",
    });
    expect(r.status).toBe(201);
    const info = (await r.json()) as { id: string; name: string; sha256: string; size: number };
    expect(info).toMatchObject({ name: "营业执照.png", contentType: "image/png", size: FILES.png.length });
    expect(info.sha256).toBe(sha(FILES.png));
    const list = await ctx.api.call("GET", `/api/applications/${a.number}/materials`, { token: STAFF });
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: info.id, name: "营业执照.png", uploadedBy: "staff-1" }),
    ]);
    const got = await fetch(`${ctx.api.url}/api/materials/${info.id}`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("image/png");
    expect(got.headers.get("content-disposition")).toContain(encodeURIComponent("营业执照.png"));
    expect(sha(Buffer.from(await got.arrayBuffer()))).toBe(info.sha256);
  });

  it("lets the applicant attach to their own application through the bot, and no one else", async () => {
    const mine = await file("wxid_owner");
    const r = await upload(
      `/api/applications/${mine.id}/materials?wechatId=wxid_owner`,
      FILES.pdf,
      "application/pdf",
      {
        token: BOT,
        name: "纳统数据.pdf",
      },
    );
    expect(r.status).toBe(201);
    const info = (await r.json()) as { id: string };
    const other = await upload(
      `/api/applications/${mine.id}/materials?wechatId=wxid_other`,
      FILES.pdf,
      "application/pdf",
      {
        token: BOT,
      },
    );
    expect(other.status).toBe(404);
    const list = await ctx.api.call("GET", `/api/applications/${mine.id}/materials?wechatId=wxid_other`, {
      token: BOT,
    });
    expect(list.status).toBe(404);
    const own = await ctx.api.call("GET", `/api/applications/${mine.id}/materials?wechatId=wxid_owner`, {
      token: BOT,
    });
    expect(own.body.items.map((i: { uploadedBy: string }) => i.uploadedBy)).toEqual(["applicant:wxid_owner"]);
    const theirs = await ctx.api.call("GET", `/api/materials/${info.id}?wechatId=wxid_other`, { token: BOT });
    expect(theirs.status).toBe(404);
    const noScope = await ctx.api.call("GET", `/api/materials/${info.id}`, { token: BOT });
    expect(noScope.status).toBe(403);
  });

  it("refuses a type it does not take (415) and a PNG that is really an executable (415)", async () => {
    const a = await file();
    const text = await upload(`/api/applications/${a.id}/materials`, Buffer.from("hello"), "text/plain");
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    const exe = await upload(`/api/applications/${a.id}/materials`, FILES.exe, "image/png", {
      name: "照片.png",
    });
    expect(exe.status).toBe(415);
    const body = (await exe.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("content_mismatch");
    expect(body.error.message).toContain("PNG");
    const jpegAsPdf = await upload(`/api/applications/${a.id}/materials`, FILES.jpeg, "application/pdf");
    expect(jpegAsPdf.status).toBe(415);
    const list = await ctx.api.call("GET", `/api/applications/${a.id}/materials`, { token: STAFF });
    expect(list.body.items).toEqual([]);
  });

  it("refuses a file over 20 MB with 413, whether its length is declared or not", async () => {
    const a = await file();
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    const declared = await upload(`/api/applications/${a.id}/materials`, big, "application/pdf");
    expect(declared.status).toBe(413);
    const streamed = await fetch(`${ctx.api.url}/api/applications/${a.id}/materials`, {
      method: "POST",
      headers: { authorization: `Bearer ${STAFF}`, "content-type": "application/pdf" },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 21; i++) c.enqueue(new Uint8Array(1024 * 1024));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit).catch((e: Error) => e);
    // Either a 413 answer or the server closing the upload early: never stored.
    if (!(streamed instanceof Error)) expect(streamed.status).toBe(413);
    const list = await ctx.api.call("GET", `/api/applications/${a.id}/materials`, { token: STAFF });
    expect(list.body.items).toEqual([]);
  });

  it("keeps a file name inert: no folders, no control characters, its type's extension; a NUL is refused", async () => {
    const a = await file();
    const r = await upload(`/api/applications/${a.id}/materials`, FILES.jpeg, "image/jpeg", {
      name: "../../etc/协议\n\u0085扫描件",
    });
    expect(r.status).toBe(201);
    expect(((await r.json()) as { name: string }).name).toBe("协议扫描件.jpg");
    const nul = await upload(`/api/applications/${a.id}/materials`, FILES.jpeg, "image/jpeg", {
      name: "协议\u0000扫描件",
    });
    expect(nul.status).toBe(400);
    const bad = await upload(`/api/applications/${a.id}/materials`, FILES.jpeg, "image/jpeg", {
      headers: { "x-filename": "%E4%ZZ" },
    });
    expect(bad.status).toBe(400);
  });

  it("answers 404 for an application that does not exist and 400 for an empty file", async () => {
    const none = await upload(`/api/applications/ZB-2020-999999/materials`, FILES.png, "image/png");
    expect(none.status).toBe(404);
    const a = await file();
    const empty = await upload(`/api/applications/${a.id}/materials`, Buffer.alloc(0), "image/png");
    expect(empty.status).toBe(400);
  });
});
