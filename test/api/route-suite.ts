// The API's contract (§4–5), run against each kind of database by the *.test.ts files beside it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { application, BOT, STAFF, STAFF_2, startTestApi, VALID_USCC, type TestApi } from "../support/api.ts";
import { createTestDatabase, type DbKind, type TestDatabase } from "../support/databases.ts";

export function routeSuite(kind: DbKind) {
  let tdb: TestDatabase;
  let api: TestApi;
  let keyCounter = 0;
  const key = () => `key-${kind}-${Date.now()}-${keyCounter++}`;
  const submit = (body: unknown, opts: { token?: string; idem?: string } = {}) =>
    api.call("POST", "/api/applications", {
      token: opts.token ?? BOT,
      body,
      headers: { "idempotency-key": opts.idem ?? key() },
    });

  beforeAll(async () => {
    tdb = await createTestDatabase(kind);
    api = await startTestApi(tdb.db, {
      clock: () => new Date("2025-06-01T02:00:00Z"),
      notify: { webhook: true },
    });
  });
  afterAll(async () => {
    await api?.close();
    await tdb?.db.close();
    await tdb?.dispose();
  });

  describe(`public routes (${kind})`, () => {
    it("answers /healthz with 200 when the database answers", async () => {
      const r = await api.call("GET", "/healthz");
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ status: "ok" });
    });

    it("leads a person somewhere from / and from a notice's link, in Chinese, with the id made inert", async () => {
      const home = await api.call("GET", "/");
      expect(home.status).toBe(200);
      expect(home.headers.get("content-type")).toContain("text/html");
      expect(home.body).toContain("政策通");
      const link = await api.call("GET", "/console/applications/%3Cscript%3Ex%3C%2Fscript%3E");
      expect(link.status).toBe(200);
      expect(link.body).toContain("审核工作台");
      expect(link.body).not.toContain("<script>x");
    });

    it("assesses facts without a token", async () => {
      const r = await api.call("POST", "/api/assessments", {
        body: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 },
      });
      expect(r.status).toBe(200);
      expect(r.body.results[2]).toMatchObject({
        clause: "leading-enterprise",
        status: "eligible",
        estimatedAmountYuan: 40_000,
      });
      expect(r.body.assessedOn).toBe("2025-06-01");
    });

    it("refuses invalid facts with 400 and the contract's error body naming each key", async () => {
      const r = await api.call("POST", "/api/assessments", {
        body: { subjectType: "enterprise", turnover: 1, activeShops: -1 },
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("validation_failed");
      expect(r.body.error.message).toMatch(/不认识的字段：turnover/);
      expect(r.body.error.issues).toEqual(
        expect.arrayContaining([
          { path: "turnover", message: "不认识的字段：turnover" },
          expect.objectContaining({ path: "activeShops" }),
        ]),
      );
    });

    it("answers malformed JSON with 400, never 500", async () => {
      for (const raw of ["{ not json", '{"subjectType":', "[1,2", "\u0000"]) {
        const r = await api.call("POST", "/api/assessments", {
          raw,
          headers: { "content-type": "application/json" },
        });
        expect(r.status).toBe(400);
        expect(r.body.error.code).toMatch(/invalid_json|validation_failed/);
      }
    });

    it("answers a JSON body sent as text/plain (the Content-Type forgotten) with 415 naming application/json", async () => {
      const r = await api.call("POST", "/api/assessments", {
        raw: '{"subjectType":"town","ecommerceVillages":4}',
      });
      expect(r.status).toBe(415);
      expect(r.body.error.code).toBe("unsupported_media_type");
      expect(r.body.error.message).toContain("application/json");
    });

    it("refuses a body over 100 KB with 413", async () => {
      const r = await api.call("POST", "/api/assessments", {
        raw: JSON.stringify({ subjectType: "enterprise", pad: "x".repeat(120_000) }),
        headers: { "content-type": "application/json" },
      });
      expect(r.status).toBe(413);
      expect(r.body.error.code).toBe("payload_too_large");
    });

    it("answers unknown routes with a 404 error body", async () => {
      const r = await api.call("GET", "/api/nothing-here");
      expect(r.status).toBe(404);
      expect(r.body.error).toMatchObject({ code: "not_found" });
    });

    it("serves the policy as data with Chinese labels, clauses and dates", async () => {
      const r = await api.call("GET", "/api/policy");
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        id: "zibo-ecommerce-2022",
        validFrom: "2022-10-01",
        validTo: "2027-09-30",
      });
      expect(r.body.clauses).toHaveLength(13);
      expect(r.body.facts.find((f: { key: string }) => f.key === "counted").label).toContain("纳统");
      expect(r.body.districts).toHaveLength(11);
    });

    it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
      const r = await api.call("GET", "/openapi.json");
      expect(r.status).toBe(200);
      expect(r.body.openapi).toBe("3.1.0");
      expect(r.body.components.schemas.ApplicationRequest.properties.applicant).toBeDefined();
      expect(r.body.paths["/api/applications/{id}/decision"].post).toBeDefined();
    });
    it("describes in OpenAPI every route it serves, with its access and inputs", async () => {
      const { paths } = (await api.call("GET", "/openapi.json")).body;
      for (const [path, method] of [
        ["/api/assessments", "post"],
        ["/api/policy", "get"],
        ["/api/applications", "post"],
        ["/api/applications", "get"],
        ["/api/applications/export", "get"],
        ["/api/applications/{id}", "get"],
        ["/api/notifications", "get"],
        ["/api/notifications/ack", "post"],
        ["/api/budget", "get"],
        ["/healthz", "get"],
        ["/openapi.json", "get"],
      ] as const)
        expect(paths[path]?.[method], `${method} ${path}`).toBeDefined();
      expect(paths["/api/budget"].get.security).toEqual([{ bearer: [] }]);
      expect(paths["/api/budget"].get.parameters.map((p: { name: string }) => p.name)).toContain("year");
      const submit = paths["/api/applications"].post;
      expect(submit.parameters).toContainEqual(
        expect.objectContaining({ name: "idempotency-key", in: "header" }),
      );
      expect(submit.requestBody.content["application/json"].schema.$ref).toBe(
        "#/components/schemas/ApplicationRequest",
      );
    });
  });

  describe(`authentication (${kind})`, () => {
    it("answers 401 with WWW-Authenticate when no token is sent", async () => {
      const r = await api.call("GET", "/api/applications");
      expect(r.status).toBe(401);
      expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(r.body.error.code).toBe("unauthorized");
    });
    it("answers 401 for an unknown token and a malformed header", async () => {
      expect((await api.call("GET", "/api/applications", { token: "wrong" })).status).toBe(401);
      const r = await api.call("GET", "/api/applications", { headers: { authorization: "Basic abc" } });
      expect(r.status).toBe(401);
      expect(r.headers.get("www-authenticate")).toContain("invalid_token");
    });
    it("answers 403 when the bot tries a staff decision", async () => {
      const r = await api.call("POST", "/api/applications/ZB-2025-000001/decision", {
        token: BOT,
        body: { decision: "approved" },
      });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe("forbidden");
    });
    it("accepts every configured staff token", async () => {
      expect((await api.call("GET", "/api/applications", { token: STAFF })).status).toBe(200);
      expect((await api.call("GET", "/api/applications", { token: STAFF_2 })).status).toBe(200);
    });
  });

  describe(`submitting applications (${kind})`, () => {
    it("files an application with a yearly number and the server's own assessment", async () => {
      const r = await submit(application());
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        status: "submitted",
        clauses: ["leading-enterprise"],
        requestedAmountYuan: 40_000,
      });
      expect(r.body.number).toMatch(/^ZB-2025-\d{6}$/);
      expect(r.body.assessment.results).toHaveLength(13);
    });

    it("replays the same response for the same key and body, storing nothing twice", async () => {
      const idem = key();
      const body = application();
      const first = await submit(body, { idem });
      const again = await submit(body, { idem });
      expect(again.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(first.headers.get("idempotent-replayed")).toBeNull();
      expect(again.body).toEqual(first.body);
      expect(await tdb.db.prisma.application.count({ where: { number: first.body.number } })).toBe(1);
    });

    it("treats the same body with keys in another order as the same request", async () => {
      const idem = key();
      const body = application();
      const first = await submit(body, { idem });
      const reordered = { clauses: body.clauses, facts: body.facts, applicant: body.applicant };
      const again = await submit(reordered, { idem });
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.body.number).toBe(first.body.number);
    });

    it("refuses the same key with a different body with 422", async () => {
      const idem = key();
      await submit(application(), { idem });
      const r = await submit(application({}, { contactName: "李四" }), { idem });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe("idempotency_key_reused");
    });

    it("scopes keys per token: the same key from staff is a different request", async () => {
      const idem = key();
      const a = await submit(application(), { idem, token: BOT });
      const b = await submit(application(), { idem, token: STAFF });
      expect(b.status).toBe(201);
      expect(b.body.number).not.toBe(a.body.number);
    });

    it("runs concurrent retries of one key into exactly one application", async () => {
      const idem = key();
      const before = await tdb.db.prisma.application.count();
      const body = application();
      const results = await Promise.all(Array.from({ length: 12 }, () => submit(body, { idem })));
      expect(results.every((r) => r.status === 201)).toBe(true);
      expect(new Set(results.map((r) => r.body.number)).size).toBe(1);
      expect(results.filter((r) => r.headers.get("idempotent-replayed") !== "true")).toHaveLength(1);
      expect(await tdb.db.prisma.application.count()).toBe(before + 1);
    });

    it("numbers concurrent distinct submissions uniquely and without gaps", async () => {
      const results = await Promise.all(Array.from({ length: 15 }, () => submit(application())));
      expect(results.every((r) => r.status === 201)).toBe(true);
      const seqs = results.map((r) => Number(r.body.number.slice(-6))).sort((a, b) => a - b);
      expect(new Set(seqs).size).toBe(15);
      expect(seqs.at(-1)! - seqs[0]!).toBe(14);
    });

    it("remembers a key for at least 24 hours, then lets it go", async () => {
      const idem = key();
      await submit(application(), { idem });
      const { purgeIdempotencyKeys } = await import("../../api/applications/idempotency-retention.ts");
      const now = new Date("2025-06-01T02:00:00Z").getTime(); // the suite's clock
      // A TTL under 24 h is raised to 24 h: a key of a minute ago stays.
      expect(await purgeIdempotencyKeys(tdb.db.prisma, new Date(now), 1)).toBe(0);
      expect(await tdb.db.prisma.idempotencyKey.count({ where: { key: idem } })).toBe(1);
      await purgeIdempotencyKeys(tdb.db.prisma, new Date(now + 25 * 3600_000), 24);
      expect(await tdb.db.prisma.idempotencyKey.count({ where: { key: idem } })).toBe(0);
    });

    it("requires an Idempotency-Key of 1–255 characters", async () => {
      const missing = await api.call("POST", "/api/applications", { token: BOT, body: application() });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain("Idempotency-Key");
      expect((await submit(application(), { idem: "k".repeat(256) })).status).toBe(400);
      expect((await submit(application(), { idem: "k".repeat(255) })).status).toBe(201);
    });

    it("checks the USCC check character and says so in Chinese", async () => {
      const wrong = VALID_USCC.slice(0, 17) + "4";
      const r = await submit(application({}, { uscc: wrong }));
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toContainEqual({
        path: "applicant.uscc",
        message: expect.stringContaining("校验位"),
      });
      expect((await submit(application({}, { uscc: "123" }))).body.error.issues[0].message).toContain(
        "18 位",
      );
      // Lower case and spaces are forgiven.
      expect((await submit(application({}, { uscc: "9135 0100 m000 100y 43" }))).status).toBe(201);
    });

    it("accepts only the eleven districts", async () => {
      for (const district of ["张店区", "文昌湖区", "高新区"])
        expect((await submit(application({}, { district }))).status).toBe(201);
      const r = await submit(application({}, { district: "济南市" }));
      expect(r.status).toBe(400);
      expect(r.body.error.issues[0].path).toBe("applicant.district");
    });

    it("accepts mobile and landline phones and refuses others", async () => {
      for (const contactPhone of ["13800000000", "+86 138 0000 0000", "0533-1234567", "05331234567"])
        expect((await submit(application({}, { contactPhone }))).status).toBe(201);
      for (const contactPhone of ["12345", "23800000000", "电话"]) {
        const r = await submit(application({}, { contactPhone }));
        expect(r.status).toBe(400);
        expect(r.body.error.issues[0].path).toBe("applicant.contactPhone");
      }
    });

    it("refuses a clause the facts do not qualify for with 422 naming it", async () => {
      const r = await submit(
        application({
          facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 10_000_000 },
          clauses: ["leading-enterprise"],
        }),
      );
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe("clause_not_eligible");
      expect(r.body.error.issues[0]).toMatchObject({ path: "clauses.0" });
      expect(r.body.error.message).toContain("leading-enterprise");
    });

    it("accepts a case-by-case clause for staff review", async () => {
      const r = await submit(
        application({
          facts: { subjectType: "park", hostsEvent: true, eventInfluence: "national" },
          clauses: ["event"],
        }),
      );
      expect(r.status).toBe(201);
    });

    it("refuses unknown fields, unknown clauses and repeated clauses with 400", async () => {
      expect((await submit({ ...application(), extra: 1 })).status).toBe(400);
      expect((await submit(application({ clauses: ["nope"] }))).status).toBe(400);
      expect(
        (await submit(application({ clauses: ["leading-enterprise", "leading-enterprise"] }))).status,
      ).toBe(400);
      expect((await submit(application({ clauses: [] }))).status).toBe(400);
      expect(
        (await submit(application({ facts: { subjectType: "enterprise", bogus: true } }))).body.error
          .issues[0].path,
      ).toBe("facts.bogus");
    });

    it("writes staff notifications and an audit entry with the application; a receipt to the applicant when staff filed it", async () => {
      const r = await submit(application());
      const notes = await tdb.db.prisma.notification.findMany({ where: { applicationId: r.body.id } });
      // The bot gives the number in the conversation itself: no second receipt.
      expect(notes.map((n) => n.channel).sort()).toEqual(["webhook", "wechat_staff"]);
      const byStaff = await submit(application(), { token: STAFF });
      const receipts = await tdb.db.prisma.notification.findMany({
        where: { applicationId: byStaff.body.id, channel: "wechat_applicant" },
      });
      expect(receipts.map((n) => n.recipient)).toEqual(["wxid_abc"]);
      const staff = notes.find((n) => n.channel === "wechat_staff")!.payload as { text: string };
      expect(staff.text).toContain(r.body.number);
      expect(staff.text).toContain("138****0000");
      expect(staff.text).not.toContain("13800000000");
      expect(await tdb.db.prisma.auditEntry.count({ where: { applicationId: r.body.id } })).toBe(1);
    });
  });

  describe(`reading applications (${kind})`, () => {
    it("lets staff list and filter by status, clause and district", async () => {
      await submit(application({}, { district: "沂源县" }));
      const all = await api.call("GET", "/api/applications?limit=200", { token: STAFF });
      expect(all.status).toBe(200);
      expect(all.body.total).toBeGreaterThan(0);
      const yiyuan = await api.call("GET", `/api/applications?district=${encodeURIComponent("沂源县")}`, {
        token: STAFF,
      });
      expect(yiyuan.body.items.every((a: { district: string }) => a.district === "沂源县")).toBe(true);
      expect(yiyuan.body.total).toBeGreaterThan(0);
      const events = await api.call("GET", "/api/applications?clause=event", { token: STAFF });
      expect(events.body.items.every((a: { clauses: string[] }) => a.clauses.includes("event"))).toBe(true);
      expect((await api.call("GET", "/api/applications?status=bogus", { token: STAFF })).status).toBe(400);
    });

    it("shows staff the detail by id or by number", async () => {
      const r = await submit(application());
      const byId = await api.call("GET", `/api/applications/${r.body.id}`, { token: STAFF });
      const byNumber = await api.call("GET", `/api/applications/${r.body.number}`, { token: STAFF });
      expect(byId.status).toBe(200);
      expect(byNumber.body.id).toBe(r.body.id);
      expect(byId.body.applicant.contactPhone).toBe("13800000000");
    });

    it("lets the bot read only the applications of the WeChat user it names (no BOLA)", async () => {
      const mine = await submit(application({}, { wechatId: "wxid_owner" }));
      const other = await submit(application({}, { wechatId: "wxid_other" }));
      const ok = await api.call("GET", `/api/applications/${mine.body.id}?wechatId=wxid_owner`, {
        token: BOT,
      });
      expect(ok.status).toBe(200);
      const bola = await api.call("GET", `/api/applications/${other.body.id}?wechatId=wxid_owner`, {
        token: BOT,
      });
      expect(bola.status).toBe(404);
      const noScope = await api.call("GET", `/api/applications/${other.body.id}`, { token: BOT });
      expect(noScope.status).toBe(403);
      const list = await api.call("GET", "/api/applications?wechatId=wxid_owner", { token: BOT });
      expect(list.body.items.map((a: { id: string }) => a.id)).toContain(mine.body.id);
      expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(other.body.id);
      expect((await api.call("GET", "/api/applications", { token: BOT })).status).toBe(403);
    });

    it("answers 404 for an unknown or malformed id", async () => {
      for (const id of ["00000000-0000-0000-0000-000000000000", "ZB-2025-999999", "nonsense", "' OR 1=1 --"])
        expect(
          (await api.call("GET", `/api/applications/${encodeURIComponent(id)}`, { token: STAFF })).status,
        ).toBe(404);
    });
  });

  describe(`decisions (${kind})`, () => {
    const decide = (id: string, body: unknown, token = STAFF) =>
      api.call("POST", `/api/applications/${id}/decision`, { token, body });

    it("approves with an amount, tells the applicant, and refuses a later rejection until reopened", async () => {
      const { body: app } = await submit(application({}, { wechatId: "wxid_decided" }));
      const ok = await decide(app.number, {
        decision: "approved",
        approvedAmountYuan: 40_000,
        note: "材料齐全",
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: "approved", approvedAmountYuan: 40_000 });
      expect(ok.body.decisions).toHaveLength(1);
      const rows = await tdb.db.prisma.notification.findMany({
        where: { applicationId: app.id, event: "application.approved" },
      });
      expect(rows.map((n) => n.channel).sort()).toEqual(["webhook", "wechat_applicant", "wechat_staff"]);
      expect(rows.find((n) => n.channel === "wechat_applicant")!.recipient).toBe("wxid_decided");

      const late = await decide(app.number, { decision: "rejected", note: "改主意" });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("invalid_transition");
      expect((await decide(app.number, { decision: "reopened", note: "复核" })).body.status).toBe(
        "submitted",
      );
      const rejected = await decide(app.number, { decision: "rejected", note: "复核后不符合" });
      expect(rejected.body).toMatchObject({ status: "rejected", approvedAmountYuan: null });
      expect(await tdb.db.prisma.auditEntry.count({ where: { applicationId: app.id } })).toBe(4);
    });

    it("approves for the amount asked when none is given, and for a case-by-case item requires one", async () => {
      const { body: app } = await submit(application());
      const r = await decide(app.id, { decision: "approved" });
      expect(r.status).toBe(200);
      expect(r.body.approvedAmountYuan).toBe(40_000);
      const { body: event } = await submit(
        application({
          facts: { subjectType: "park", hostsEvent: true, eventInfluence: "national" },
          clauses: ["event"],
        }),
      );
      const none = await decide(event.id, { decision: "approved" });
      expect(none.status).toBe(422);
      expect(none.body.error.code).toBe("approved_amount_required");
      expect((await decide(event.id, { decision: "approved", approvedAmountYuan: 30_000 })).status).toBe(200);
    });

    it("keeps an approved amount within the clauses' caps, and takes one only when approving", async () => {
      const { body: app } = await submit(application());
      expect(
        (await decide(app.id, { decision: "approved", approvedAmountYuan: 100_001 })).body.error.code,
      ).toBe("approved_amount_over_cap");
      expect(
        (await decide(app.id, { decision: "rejected", note: "不符合", approvedAmountYuan: 5 })).status,
      ).toBe(422);
      expect(
        (await decide(app.id, { decision: "needs_more_info", note: "请补充纳统证明" })).body.status,
      ).toBe("needs_more_info");
      // 8,000 万 of sales: the formula (每实现1万元最高5元) gives at most 4 万, below the 10 万 cap.
      const over = await decide(app.id, { decision: "approved", approvedAmountYuan: 100_000 });
      expect(over.status).toBe(422);
      expect(over.body.error.message).toContain("4 万元");
      expect((await decide(app.id, { decision: "approved", approvedAmountYuan: 40_000 })).status).toBe(200);
    });

    it("validates the decision body", async () => {
      const { body: app } = await submit(application());
      expect((await decide(app.id, { decision: "maybe" })).status).toBe(400);
      expect((await decide(app.id, { decision: "approved", approvedAmountYuan: 1.5 })).status).toBe(400);
      expect((await decide(app.id, { decision: "rejected", extra: 1 })).status).toBe(400);
      expect((await decide("ZB-2025-999999", { decision: "rejected", note: "材料不全" })).status).toBe(404);
    });

    it("lets only one of two concurrent decisions on one application win", async () => {
      const { body: app } = await submit(application());
      const [a, b] = await Promise.all([
        decide(app.id, { decision: "approved", approvedAmountYuan: 40_000 }),
        decide(app.id, { decision: "rejected", note: "材料不全" }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect(await tdb.db.prisma.decision.count({ where: { applicationId: app.id } })).toBe(1);
    });
  });
}
