import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUREAU, CLAUSES, PARAMETERS, POLICY } from "../../rules/index.ts";

const policyText = readFileSync(
  new URL("../../policies/zibo-ecommerce-2022/text.txt", import.meta.url),
  "utf8",
);

describe("every citation is the policy's own words", () => {
  it.each(CLAUSES.map((c) => [c.id, c.citation]))("clause %s quotes the policy verbatim", (_id, citation) => {
    for (const piece of citation.split("……").filter((p) => p !== "")) expect(policyText).toContain(piece);
  });
  it.each(Object.entries(PARAMETERS))("parameter %s names the sentence it comes from", (_name, p) => {
    for (const v of p.values)
      if (v.source.startsWith(BUREAU))
        // Set by the bureau where the policy names no figure: it quotes the sentence it rests on.
        expect(policyText).toContain(v.source.split("政策原文：")[1]);
      else expect(policyText).toContain(v.source.replace(/^《[^》]+》：/, ""));
  });
  it("the policy's dates and notes are quoted from it", () => {
    for (const note of Object.values(POLICY.notes)) expect(policyText).toContain(note);
    expect(policyText).toContain("有效期为2022年10月1日至2027年9月30日");
  });
});

describe("the articles shown as 政策原文", () => {
  it("are the policy's eight articles, verbatim and in order", async () => {
    const { ARTICLES } = await import("../../rules/index.ts");
    expect(ARTICLES.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const a of ARTICLES) expect(policyText).toContain(a.text);
  });
});

describe("the materials shown with results", () => {
  it("name something for every clause, each once for a set of clauses", async () => {
    const { CLAUSE_IDS, MATERIALS, materialsFor } = await import("../../rules/index.ts");
    for (const c of CLAUSE_IDS) expect(MATERIALS[c]!.length).toBeGreaterThan(0);
    const both = materialsFor(["leading-enterprise", "loan"]);
    expect(new Set(both).size).toBe(both.length);
    expect(both[0]).toContain("营业执照");
  });
});
