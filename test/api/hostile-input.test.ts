// Input meant to break the API, answered at the edge with the contract's error body, never a 500:
// NUL bytes and half characters anywhere, bodies that are not UTF-8 JSON, unknown fields, forged client
// addresses, and text that would read backwards to the staff who see it.

import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashParameters, hashPassword } from "../../api/staff/passwords.ts";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";

const key = () => ({ "idempotency-key": crypto.randomUUID() });

describe("a NUL byte or half a surrogate pair", () => {
  const t = useTestApi("pglite");

  it("in a query string is a 400 naming the parameter, on every route that reads one", async () => {
    for (const path of [
      "/api/applications?q=%00",
      "/api/applications/export?q=abc%00",
      "/api/matching/runs/00000000-0000-4000-8000-000000000000/results?q=%00",
      "/api/audit?action=%00",
      "/api/policy?x=%00",
    ]) {
      const r = await t.api.call("GET", path, { token: STAFF });
      expect(r.status, path).toBe(400);
      expect(r.body.error.code, path).toBe("invalid_characters");
    }
  });

  it("in a body field is a 400 naming the field, the sign-in's username included", async () => {
    const signIn = await t.api.call("POST", "/api/session", {
      raw: JSON.stringify({ username: "ad\u0000min", password: "whatever-it-is" }),
      headers: { "content-type": "application/json" },
    });
    expect(signIn.status).toBe(400);
    expect(signIn.body.error.issues[0].path).toBe("username");
    const lone = await t.api.call("POST", "/api/applications", {
      token: BOT,
      raw: JSON.stringify(application()).replace("淄博某某", "淄博\\ud800某某"),
      headers: { "content-type": "application/json", ...key() },
    });
    expect(lone.status).toBe(400);
    expect(lone.body.error.issues[0].path).toBe("applicant.name");
  });

  it("in a query as bytes that are not UTF-8 (%ED%A0%80, %FF) is a 400, not a search for 「�」", async () => {
    for (const q of ["%ED%A0%80", "x%ED%B0%80y", "%FF", "%C0%80", "%E4%B8"]) {
      const r = await t.api.call("GET", `/api/applications?q=${q}`, { token: STAFF });
      expect(r.status, q).toBe(400);
    }
  });

  it("in a JSON body sent as latin-1 bytes without a charset is a 400, not a name stored as 「J�r�me」", async () => {
    const res = await fetch(`${t.api.url}/api/staff`, {
      method: "POST",
      headers: { authorization: `Bearer ${STAFF}`, "content-type": "application/json" },
      body: Buffer.from(
        '{"username":"jerome","name":"J\xe9r\xf4me","role":"reviewer","password":"long enough password"}',
        "latin1",
      ),
    });
    expect(res.status).toBe(400);
  });

  it("in a material's file name is a 400; raw bytes in X-Filename are refused, not stored as latin-1", async () => {
    const filed = await t.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(),
      headers: key(),
    });
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    for (const name of ["%00.png", Buffer.from("\xed\xa0\x80.png", "latin1").toString("latin1")]) {
      const res = await fetch(`${t.api.url}/api/applications/${filed.body.id}/materials`, {
        method: "POST",
        headers: { authorization: `Bearer ${STAFF}`, "content-type": "image/png", "x-filename": name },
        body: png,
      });
      expect(res.status, name).toBe(400);
    }
  });

  it("in a path parameter is a 400, not a lookup", async () => {
    const r = await t.api.call("GET", "/api/applications/ZB%00", { token: STAFF });
    expect(r.status).toBe(400);
  });
});

describe("JSON nested thousands deep", () => {
  const t = useTestApi("pglite");

  it("is a 400 on every JSON route, the public ones included, never a 500 from the stack", async () => {
    const deep = "[".repeat(5_000) + "]".repeat(5_000);
    for (const [path, token] of [
      ["/api/assessments", undefined],
      ["/api/session", undefined],
      ["/api/applications", BOT],
    ] as const) {
      const r = await t.api.call("POST", path, {
        ...(token ? { token } : {}),
        raw: path === "/api/assessments" ? `{"subjectType":"village","x":${deep}}` : deep,
        headers: { "content-type": "application/json", ...key() },
      });
      expect(r.status, path).toBe(400);
    }
  });
});

describe("a JSON route given something else", () => {
  const t = useTestApi("pglite");

  it("answers 415 to text/plain, to a form and to latin-1, and files nothing", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/json; charset=latin1",
    ]) {
      const r = await t.api.call("POST", "/api/applications", {
        token: BOT,
        raw: JSON.stringify(application()),
        headers: { "content-type": type, ...key() },
      });
      expect(r.status, type).toBe(415);
      expect(r.body.error.code).toBe("unsupported_media_type");
    }
    expect(await t.tdb.db.prisma.application.count()).toBe(0);
  });

  it("takes application/json with or without charset=utf-8", async () => {
    for (const type of [
      "application/json",
      "application/json; charset=utf-8",
      "application/json;charset=UTF-8",
    ]) {
      const r = await t.api.call("POST", "/api/assessments", {
        raw: JSON.stringify({ subjectType: "village" }),
        headers: { "content-type": type },
      });
      expect(r.status, type).toBe(200);
    }
  });
});

describe("an unknown field in a body", () => {
  const t = useTestApi("pglite");

  it("is refused with 400 naming it, never dropped (a new account with a field the API does not know)", async () => {
    const r = await t.api.call("POST", "/api/staff", {
      token: STAFF,
      body: {
        username: "zhang",
        name: "张",
        role: "reviewer",
        password: "a long enough password",
        superuser: true,
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toContainEqual({ path: "superuser", message: "不认识的字段：superuser" });
    const list = await t.api.call("GET", "/api/staff", { token: STAFF });
    expect(list.body.items).toEqual([]);
  });

  it("is refused in a decision too", async () => {
    const filed = await t.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(),
      headers: key(),
    });
    const r = await t.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
      token: STAFF,
      body: { decision: "approved", approvedAmountYuan: 1000, amountYuan: 999999 },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe("amountYuan");
  });
});

describe("bidirectional controls (U+202E and the like)", () => {
  const t = useTestApi("pglite");

  it("are taken out of a company's name before it is stored, shown or exported", async () => {
    const filed = await t.api.call("POST", "/api/applications", {
      token: BOT,
      body: application({}, { name: "淄博\u202e司公限有\u202c电商" }),
      headers: key(),
    });
    expect(filed.status).toBe(201);
    const detail = await t.api.call("GET", `/api/applications/${filed.body.id}`, { token: STAFF });
    expect(JSON.stringify(detail.body)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(detail.body.applicant.name).toBe("淄博司公限有电商");
    const csv = await t.api.call("GET", "/api/applications/export?format=csv", { token: STAFF });
    expect(String(csv.body)).toContain("淄博司公限有电商");
    expect(String(csv.body)).not.toMatch(/[\u202a-\u202e]/);
  });

  it("are taken out of a material's file name, so 「‮fdp.exe」 cannot pass for a PDF", async () => {
    const filed = await t.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(),
      headers: key(),
    });
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const res = await fetch(`${t.api.url}/api/applications/${filed.body.id}/materials`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${STAFF}`,
        "content-type": "application/pdf",
        "x-filename": encodeURIComponent("\u202efdp.exe"),
      },
      body: pdf,
    });
    const body = (await res.json()) as { name: string };
    expect(res.status).toBe(201);
    expect(body.name).toBe("fdp.exe.pdf");
  });
});

describe("the client's address", () => {
  describe("with no trusted proxy (the default)", () => {
    const t = useTestApi("pglite");

    it("is the socket's: a new X-Forwarded-For each time does not escape the per-address lockout", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        const r = await t.api.call("POST", "/api/session", {
          body: { username: `guess${i}`, password: "not the password" },
          headers: { "x-forwarded-for": `198.51.100.${i}` },
        });
        statuses.push(r.status);
      }
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
      expect(statuses.slice(20)).toEqual([429, 429]);
      const rows = await t.tdb.db.prisma.auditEntry.findMany({ where: { action: "sign_in_failed" } });
      expect(new Set(rows.map((r) => r.address))).toEqual(new Set(["127.0.0.1"]));
    });
  });

  describe("behind a trusted proxy (TRUSTED_PROXIES=loopback)", () => {
    const t = useTestApi("pglite", { trustedProxies: ["loopback"] });

    it("is the nearest untrusted address in X-Forwarded-For, never one the client put in front", async () => {
      await t.api.call("POST", "/api/session", {
        body: { username: "nobody", password: "not the password" },
        headers: { "x-forwarded-for": "1.2.3.4, 203.0.113.9" },
      });
      const row = await t.tdb.db.prisma.auditEntry.findFirst({ where: { action: "sign_in_failed" } });
      expect(row?.address).toBe("203.0.113.9");
    });

    it("is the proxy's own when the header holds something that is not an address", async () => {
      await t.api.call("POST", "/api/session", {
        body: { username: "junk", password: "not the password" },
        headers: { "x-forwarded-for": "garbage-not-ip" },
      });
      const row = await t.tdb.db.prisma.auditEntry.findFirst({
        where: { action: "sign_in_failed", actor: "junk" },
      });
      expect(row?.address).toBe("127.0.0.1");
    });
  });
});

describe("an unknown username", () => {
  it("is checked against a hash with the very parameters of a real one, so it takes as long", async () => {
    const real = hashParameters(await hashPassword("any password at all"));
    expect(real).not.toBeNull();
    expect(hashParameters(DUMMY_HASH)).toEqual(real);
  });
});
