// A mini-program user and a /chat visitor after filing (contract §10, §12): each reads their own
// application and sends materials to it — the file as the body, or as the one file of a
// multipart/form-data form (what wx.uploadFile and a browser's FormData send) — and gets 404 for
// anyone else's; a type not taken is 415, a file over 20 MB 413, exactly 20 MB is kept. Their answer
// to the subscribe request is recorded, and 我的申报 says whether a decision will come as a message.

import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWechat } from "../../api/conversations/wechat-api.ts";
import { application, BOT, STAFF, startTestApi, type TestApi } from "../support/api.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { startFakeWechatApi, type FakeWechatApi } from "../support/fake-wechat-api.ts";
import { FILES } from "../support/files.ts";
import { SHOP_SUBMISSION } from "../support/conversations.ts";

const MB20 = 20 * 1024 * 1024;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
/** A PDF (by its first bytes) of exactly `size` bytes. */
const pdfOf = (size: number) => Buffer.concat([FILES.pdf, Buffer.alloc(size - FILES.pdf.length, 0x20)]);

describe.each(["pglite", "postgres"] as const)(
  "an applicant's own applications and materials, from the mini-program and /chat (%s)",
  (kind) => {
    let wx: FakeWechatApi;
    let tdb: TestDatabase;
    let api: TestApi;

    beforeAll(async () => {
      wx = await startFakeWechatApi();
      tdb = await createTestDatabase(kind);
      api = await startTestApi(tdb.db, {
        wechat: createWechat({ appId: wx.appId, secret: wx.secret, base: wx.base, timeoutMs: 500 }),
        subscribeTemplateId: "tmpl-decision",
        conversationRate: { burst: 100, perSecond: 100 },
      });
    });
    afterAll(async () => {
      await api.close();
      await tdb.db.close();
      await tdb.dispose();
      await wx.close();
    });

    let n = 0;
    async function miniprogramUser() {
      const r = await api.call("POST", "/api/miniprogram/login", { body: { code: `code-mat${++n}` } });
      expect(r.status).toBe(200);
      return r.body.token as string;
    }
    async function visitor() {
      const r = await api.call("POST", "/api/chat/visitors");
      expect(r.status).toBe(200);
      return r.body.token as string;
    }
    async function fileAs(token: string) {
      const r = await api.call("POST", "/api/applications", {
        token,
        body: application(),
        headers: { "idempotency-key": `applicant-materials-${++n}` },
      });
      expect(r.status).toBe(201);
      return r.body as { id: string; number: string };
    }
    const raw = (token: string, id: string, bytes: Buffer, type: string, name?: string) =>
      fetch(`${api.url}/api/applications/${id}/materials`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": type,
          ...(name ? { "x-filename": encodeURIComponent(name) } : {}),
        },
        body: new Uint8Array(bytes),
      });
    /** As wx.uploadFile sends it: one file part (its type as given) and the name in a field. */
    const multipart = (token: string, id: string, bytes: Buffer, type: string, name?: string) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(bytes)], { type }), "tmp_a1b2c3");
      if (name) form.append("filename", name);
      return fetch(`${api.url}/api/applications/${id}/materials`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
    };
    const json = async (r: Response) => (await r.json()) as any;

    it("refuses an applicant's material once the application is decided (409), while staff may still attach one", async () => {
      const token = await visitor();
      const mine = await fileAs(token);
      const decided = await api.call("POST", `/api/applications/${mine.id}/decision`, {
        token: STAFF,
        body: { decision: "rejected", note: "不符合条件" },
      });
      expect(decided.status).toBe(200);
      const late = await multipart(token, mine.id, FILES.pdf, "application/pdf", "补充.pdf");
      expect(late.status).toBe(409);
      expect(((await late.json()) as { error: { code: string } }).error.code).toBe("application_closed");
      expect((await raw(STAFF, mine.id, FILES.pdf, "application/pdf", "归档.pdf")).status).toBe(201);
    });

    it("lets a /chat visitor read the application they filed, and not another's (404)", async () => {
      const me = await visitor();
      const mine = await fileAs(me);
      const r = await api.call("GET", `/api/applications/${mine.id}`, { token: me });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        id: mine.id,
        number: mine.number,
        status: "submitted",
        statusLabel: "待审核",
      });
      // By number too; staff names never shown to the applicant.
      const byNumber = await api.call("GET", `/api/applications/${mine.number}`, { token: me });
      expect(byNumber.status).toBe(200);
      expect(JSON.stringify(byNumber.body)).not.toContain("decidedBy");
      const other = await visitor();
      expect((await api.call("GET", `/api/applications/${mine.id}`, { token: other })).status).toBe(404);
      const viaBot = await api.call("POST", "/api/applications", {
        token: BOT,
        body: application(),
        headers: { "idempotency-key": `bot-filed-${++n}` },
      });
      expect((await api.call("GET", `/api/applications/${viaBot.body.id}`, { token: me })).status).toBe(404);
      // A chat user cannot borrow the bot's way of naming someone.
      expect(
        (await api.call("GET", `/api/applications/${viaBot.body.id}?wechatId=wxid_abc`, { token: me }))
          .status,
      ).toBe(404);
    });

    for (const who of ["a mini-program user", "a /chat visitor"] as const) {
      describe(who, () => {
        const token = () => (who === "a mini-program user" ? miniprogramUser() : visitor());

        it("sends a photo as the raw body and a PDF as multipart to their own application (201), listed and downloadable", async () => {
          const me = await token();
          const mine = await fileAs(me);
          const photo = await raw(me, mine.id, FILES.jpeg, "image/jpeg", "营业执照.jpg");
          expect(photo.status).toBe(201);
          const pdf = await multipart(me, mine.id, FILES.pdf, "application/pdf", "2025年纳统证明.pdf");
          expect(pdf.status).toBe(201);
          const info = await json(pdf);
          expect(info).toMatchObject({
            name: "2025年纳统证明.pdf",
            contentType: "application/pdf",
            sha256: sha(FILES.pdf),
          });
          const list = await api.call("GET", `/api/applications/${mine.id}/materials`, { token: me });
          expect(list.status).toBe(200);
          expect(list.body.items.map((i: { name: string }) => i.name)).toEqual([
            "营业执照.jpg",
            "2025年纳统证明.pdf",
          ]);
          expect(list.body.items[0].uploadedBy).toMatch(/^user:/);
          const got = await fetch(`${api.url}/api/materials/${info.id}`, {
            headers: { authorization: `Bearer ${me}` },
          });
          expect(got.status).toBe(200);
          expect(sha(Buffer.from(await got.arrayBuffer()))).toBe(sha(FILES.pdf));
          // Staff see what the applicant sent, and are told of each file as sent by the applicant.
          const staff = await api.call("GET", `/api/applications/${mine.id}/materials`, { token: STAFF });
          expect(staff.body.items).toHaveLength(2);
          const told = await tdb.db.prisma.notification.findMany({
            where: { applicationId: mine.id, event: "application.material", channel: "wechat_staff" },
          });
          expect(told.map((n) => (n.payload as { text: string }).text)).toEqual([
            expect.stringContaining("由申请人上传"),
            expect.stringContaining("由申请人上传"),
          ]);
        });

        it("takes the type from the bytes when wx.uploadFile calls the part application/octet-stream", async () => {
          const me = await token();
          const mine = await fileAs(me);
          const r = await multipart(me, mine.id, FILES.png, "application/octet-stream", "门店照片");
          expect(r.status).toBe(201);
          expect(await json(r)).toMatchObject({ contentType: "image/png", name: "门店照片.png" });
          // A bidi control cannot make 「‮fdp.exe」 read as 「exe.pdf」 to staff; the name ends as the bytes are.
          const bidi = await multipart(me, mine.id, FILES.pdf, "application/pdf", "\u202efdp.exe");
          expect(bidi.status).toBe(201);
          expect((await json(bidi)).name).toBe("fdp.exe.pdf");
          // An old name of the type is read as the type.
          const jpg = await multipart(me, mine.id, FILES.jpeg, "image/jpg", "现场.jpg");
          expect(jpg.status).toBe(201);
          expect((await json(jpg)).contentType).toBe("image/jpeg");
          const exe = await multipart(me, mine.id, FILES.exe, "application/octet-stream", "setup.pdf");
          expect(exe.status).toBe(415);
          expect((await json(exe)).error.message).toContain("只收 JPEG、PNG 图片和 PDF 文件");
        });

        it("gets 404 sending to, listing or downloading from someone else's application", async () => {
          const owner = await token();
          const theirs = await fileAs(owner);
          const sent = await json(await raw(owner, theirs.id, FILES.pdf, "application/pdf", "a.pdf"));
          const me = await token();
          expect((await raw(me, theirs.id, FILES.pdf, "application/pdf")).status).toBe(404);
          expect((await multipart(me, theirs.id, FILES.pdf, "application/pdf")).status).toBe(404);
          expect(
            (await api.call("GET", `/api/applications/${theirs.id}/materials`, { token: me })).status,
          ).toBe(404);
          expect((await api.call("GET", `/api/materials/${sent.id}`, { token: me })).status).toBe(404);
          expect(
            (await api.call("GET", `/api/materials/${sent.id}?wechatId=wxid_abc`, { token: me })).status,
          ).toBe(404);
          expect((await raw(me, "ZB-2099-000001", FILES.pdf, "application/pdf")).status).toBe(404);
        });

        it("refuses a type not taken (415), raw and multipart, and keeps nothing", async () => {
          const me = await token();
          const mine = await fileAs(me);
          expect((await raw(me, mine.id, Buffer.from("hello"), "text/plain")).status).toBe(415);
          expect((await raw(me, mine.id, FILES.exe, "application/pdf")).status).toBe(415);
          expect((await multipart(me, mine.id, Buffer.from("hello"), "text/plain")).status).toBe(415);
          const lying = await multipart(me, mine.id, FILES.jpeg, "application/pdf");
          expect(lying.status).toBe(415);
          expect((await json(lying)).error.code).toBe("content_mismatch");
          const list = await api.call("GET", `/api/applications/${mine.id}/materials`, { token: me });
          expect(list.body.items).toEqual([]);
        });

        it("keeps a file of exactly 20 MB and refuses one byte more (413), raw and multipart", async () => {
          const me = await token();
          const mine = await fileAs(me);
          expect((await raw(me, mine.id, pdfOf(MB20 + 1), "application/pdf")).status).toBe(413);
          const over = await multipart(me, mine.id, pdfOf(MB20 + 1), "application/pdf");
          expect(over.status).toBe(413);
          expect((await json(over)).error.code).toBe("payload_too_large");
          expect((await raw(me, mine.id, pdfOf(MB20), "application/pdf")).status).toBe(201);
          const exact = await multipart(me, mine.id, pdfOf(MB20), "application/octet-stream", "整本.pdf");
          expect(exact.status).toBe(201);
          expect((await json(exact)).size).toBe(MB20);
        }, 120_000); // two 20 MB files stored in the embedded database: slow on a shared machine
      });
    }

    it("answers a malformed form plainly: no boundary, no file, two files (400)", async () => {
      const me = await visitor();
      const mine = await fileAs(me);
      const noBoundary = await raw(me, mine.id, Buffer.from("x"), "multipart/form-data");
      expect(noBoundary.status).toBe(400);
      const form = new FormData();
      form.append("filename", "空.pdf");
      const empty = await fetch(`${api.url}/api/applications/${mine.id}/materials`, {
        method: "POST",
        headers: { authorization: `Bearer ${me}` },
        body: form,
      });
      expect(empty.status).toBe(400);
      const two = new FormData();
      two.append("a", new Blob([new Uint8Array(FILES.pdf)]), "a.pdf");
      two.append("b", new Blob([new Uint8Array(FILES.pdf)]), "b.pdf");
      const both = await fetch(`${api.url}/api/applications/${mine.id}/materials`, {
        method: "POST",
        headers: { authorization: `Bearer ${me}` },
        body: two,
      });
      expect(both.status).toBe(400);
      expect((await json(both)).error.message).toContain("一次只能上传一个");
    });

    it("tells a /chat visitor who files in the conversation that the decision waits in 我的申报, not 「在这里通知」", async () => {
      const me = await visitor();
      const c = await api.call("POST", "/api/conversations", { token: me });
      let last: { replies: string[] } = { replies: [] };
      for (const text of SHOP_SUBMISSION)
        last = (
          await api.call("POST", `/api/conversations/${c.body.id}/messages`, { token: me, body: { text } })
        ).body;
      const said = last.replies.join("\n");
      expect(said).toMatch(/申报已提交，编号 ZB-\d{4}-\d{6}/);
      expect(said).toContain("结果会显示在「我的申报」里（网页不会另行通知");
      expect(said).not.toContain("在这里通知您");
      const mine = await api.call("GET", "/api/me/applications", { token: me });
      expect(mine.body.items).toHaveLength(1);
    });

    it("records the answer to the subscribe request and says truthfully whether a decision will come as a message", async () => {
      const me = await miniprogramUser();
      await fileAs(me);
      const before = await api.call("GET", "/api/me/applications", { token: me });
      expect(before.body.subscription).toEqual({ answer: null, answeredAt: null, willNotify: false });
      const refused = await api.call("POST", "/api/me/subscription", {
        token: me,
        body: { answer: "reject" },
      });
      expect(refused.status).toBe(200);
      expect(refused.body).toMatchObject({ answer: "reject", willNotify: false });
      const accepted = await api.call("POST", "/api/me/subscription", {
        token: me,
        body: { answer: "accept", templateId: "tmpl-decision" },
      });
      expect(accepted.body).toMatchObject({ answer: "accept", willNotify: true });
      expect(
        (await api.call("GET", "/api/me/applications", { token: me })).body.subscription.willNotify,
      ).toBe(true);
      expect(
        (await api.call("POST", "/api/me/subscription", { token: me, body: { answer: "maybe" } })).status,
      ).toBe(400);
      // A /chat visitor gets no WeChat message whatever they say.
      const web = await visitor();
      const said = await api.call("POST", "/api/me/subscription", { token: web, body: { answer: "accept" } });
      expect(said.body.willNotify).toBe(false);
      expect(
        (await api.call("POST", "/api/me/subscription", { token: STAFF, body: { answer: "accept" } })).status,
      ).toBe(403);
    });
  },
);
