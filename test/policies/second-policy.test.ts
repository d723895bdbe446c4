// Contract §15: a copy of the city's folder under another id, with other amounts and districts, is
// served beside the city's with no change to code — in process, and by `npm start` with POLICIES_DIR.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess, loadRegistry } from "../../rules/index.ts";
import { startApiProcess, type ApiProcess } from "../support/processes.ts";
import { BOT, STAFF, VALID_USCC } from "../support/api.ts";

const CITY = "zibo-ecommerce-2022";
const COPY = "zhangdian-ecommerce-2024";

/** POLICIES_DIR holding the city's folder and a copy: 张店区 only, its village award 20 万 instead of 30 万. */
function policiesWithACopy(): string {
  const root = mkdtempSync(join(tmpdir(), "zb-policies-"));
  cpSync(join("policies", CITY), join(root, CITY), { recursive: true });
  cpSync(join("policies", CITY), join(root, COPY), { recursive: true });
  const manifest = join(root, COPY, "policy.yaml");
  writeFileSync(
    manifest,
    readFileSync(manifest, "utf8")
      .replace(`id: ${CITY}`, `id: ${COPY}`)
      .replace(/^title: .*$/m, "title: 张店区支持电子商务发展若干措施")
      .replace(/^issuer: .*$/m, "issuer: 张店区")
      .replace(/^districts:\n(  - .*\n)+/m, "districts:\n  - 张店区\n")
      .replace(/^from: .*$/m, "from: 2024-01-01"),
  );
  const params = join(root, COPY, "parameters.yaml");
  const text = readFileSync(params, "utf8");
  const at = text.indexOf("village.award:");
  const value = text.indexOf("value: 300000", at);
  writeFileSync(params, `${text.slice(0, value)}value: 200000${text.slice(value + "value: 300000".length)}`);
  return root;
}

const VILLAGE = {
  subjectType: "village",
  onlineRetailYuan: 12_000_000,
  activeShops: 25,
  assessedOn: "2025-06-30",
};

describe("a second policy from a copied folder", () => {
  const root = policiesWithACopy();

  it("is loaded beside the city's, with its own id, districts and amounts", () => {
    const reg = loadRegistry(root);
    expect(reg.policies.map((p) => p.id)).toEqual([CITY, COPY]);
    const copy = reg.policies[1]!;
    expect(copy.districts).toEqual(["张店区"]);
    const village = (policy = reg.city) =>
      assess(VILLAGE, { policy }).results.find((r) => r.clause === "village")!;
    expect(village().maxAmountYuan).toBe(300_000);
    expect(village(copy).maxAmountYuan).toBe(200_000);
    expect(assess(VILLAGE, { policy: copy }).policyId).toBe(COPY);
  });

  describe("served by npm start with POLICIES_DIR", () => {
    let api: ApiProcess;
    beforeAll(async () => {
      api = await startApiProcess({
        POLICIES_DIR: root,
        DATA_DIR: mkdtempSync(join(tmpdir(), "zb-second-policy-")),
        LOG_LEVEL: "error",
      });
    }, 60_000);
    afterAll(async () => {
      await api?.stop();
    });

    it("lists both policies, the city's first", async () => {
      const body = await (await fetch(`${api.url}/api/policies`)).json();
      expect(body.items).toEqual([
        expect.objectContaining({ id: CITY, districts: expect.arrayContaining(["张店区", "文昌湖区"]) }),
        {
          id: COPY,
          title: "张店区支持电子商务发展若干措施",
          issuer: "张店区",
          districts: ["张店区"],
          from: "2024-01-01",
          to: "2027-09-30",
        },
      ]);
    });

    it("serves each policy's document and assesses against each, the city's when none is named", async () => {
      const doc = await (await fetch(`${api.url}/api/policy?id=${COPY}`)).json();
      expect(doc.id).toBe(COPY);
      expect(doc.parameters["village.award"].value).toBe(200_000);
      expect((await (await fetch(`${api.url}/api/policy`)).json()).id).toBe(CITY);
      const post = (q: string) =>
        fetch(`${api.url}/api/assessments${q}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(VILLAGE),
        });
      const city = await (await post("")).json();
      const copy = await (await post(`?policy=${COPY}`)).json();
      expect([city.policyId, copy.policyId]).toEqual([CITY, COPY]);
      const award = (a: { results: { clause: string; maxAmountYuan: number }[] }) =>
        a.results.find((r) => r.clause === "village")!.maxAmountYuan;
      expect([award(city), award(copy)]).toEqual([300_000, 200_000]);
    });

    it("answers an unknown policy with 404 and the contract's error body", async () => {
      const doc = await fetch(`${api.url}/api/policy?id=no-such-policy`);
      expect(doc.status).toBe(404);
      expect((await doc.json()).error.code).toBe("not_found");
      const a = await fetch(`${api.url}/api/assessments?policy=no-such-policy`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(VILLAGE),
      });
      expect(a.status).toBe(404);
    });

    it("files an application under the copy and records its policyId", async () => {
      const res = await fetch(`${api.url}/api/applications`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${BOT}`,
          "idempotency-key": "second-policy-1",
        },
        body: JSON.stringify({
          policyId: COPY,
          applicant: {
            name: "张店区某某村村民委员会",
            uscc: VALID_USCC,
            district: "张店区",
            contactName: "王书记",
            contactPhone: "13800000000",
          },
          facts: { subjectType: "village", onlineRetailYuan: 12_000_000, activeShops: 25 },
          clauses: ["village"],
        }),
      });
      const created = await res.json();
      expect(res.status, JSON.stringify(created)).toBe(201);
      const detail = await (
        await fetch(`${api.url}/api/applications/${created.id}`, {
          headers: { authorization: `Bearer ${STAFF}` },
        })
      ).json();
      expect(detail.policyId).toBe(COPY);
      expect(detail.requestedAmountYuan).toBe(200_000);
    });
  });
});

describe("a broken policy folder", () => {
  it("stops the start with a message naming the file and the field", async () => {
    const root = policiesWithACopy();
    const clauses = join(root, COPY, "clauses.yaml");
    writeFileSync(
      clauses,
      readFileSync(clauses, "utf8").replace("amount: village.award", "amount: village.awrd"),
    );
    await expect(
      startApiProcess(
        { POLICIES_DIR: root, DATA_DIR: mkdtempSync(join(tmpdir(), "zb-broken-")), LOG_LEVEL: "error" },
        20_000,
      ),
    ).rejects.toThrow(
      /clauses\.yaml 的 \[0\]（village）\.tiers\[0\]\.amount：parameters\.yaml 中没有参数 village\.awrd/,
    );
  });
});
