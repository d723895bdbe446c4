// A policy's folder (contract §15): its own cases pass; each kind of fault is reported naming the
// file and the field; and a case that expects the wrong thing fails.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCases, loadPolicy, PolicyFolderError } from "../../rules/load-policy.ts";
import { runCases } from "../../rules/cases.ts";

const CITY = join("policies", "zibo-ecommerce-2022");

function copyWith(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), "zb-folder-"));
  const dir = join(root, "zibo-ecommerce-2022");
  cpSync(CITY, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
  return dir;
}

const fault = (dir: string) => {
  try {
    loadPolicy(dir);
  } catch (e) {
    if (e instanceof PolicyFolderError) return `${e.file} | ${e.field} | ${e.message}`;
    throw e;
  }
  return "no fault";
};

describe("the city's policy folder", () => {
  it("passes every one of its cases, which cover both sides of every threshold", () => {
    const cases = loadCases(CITY);
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(runCases(loadPolicy(CITY), cases)).toEqual([]);
  });

  it("fails a case that expects what the policy does not give", () => {
    const [first] = loadCases(CITY).filter((c) => c.expect.village?.status === "eligible");
    const wrong = { ...first!, expect: { village: { status: "ineligible" as const, maxAmountYuan: 1 } } };
    const failures = runCases(loadPolicy(CITY), [wrong]);
    expect(failures.map((f) => f.message)).toEqual([
      "village 的 status 应为 ineligible，实为 eligible",
      "village 的 maxAmountYuan 应为 1，实为 300000",
    ]);
  });
});

describe("a broken policy folder", () => {
  it.each([
    [
      "policy.yaml",
      (t: string) => t.replace("id: zibo-ecommerce-2022", "id: another-id"),
      /policy\.yaml \| id \| .*须与文件夹名一致/,
    ],
    [
      "policy.yaml",
      (t: string) => t.replace("from: 2022-10-01", "from: 2022/10/01"),
      /policy\.yaml \| from \| .*YYYY-MM-DD/,
    ],
    [
      "policy.yaml",
      (t: string) => t.replace("  - 张店区", "  - 火星区"),
      /policy\.yaml \| districts\[0\] \| .*不认识的区县「火星区」/,
    ],
    [
      "clauses.yaml",
      (t: string) => t.replace("fact: activeShops", "fact: activeShopz"),
      /clauses\.yaml \| \[0\]（village）\.when\.all\[1\]\.fact \| /,
    ],
    [
      "clauses.yaml",
      (t: string) => t.replace("atLeast: village.minActiveShops", "atLeast: village.nope"),
      /clauses\.yaml \| \[0\]（village）\.when\.all\[1\]\.atLeast \| .*没有参数 village\.nope/,
    ],
    [
      "clauses.yaml",
      (t: string) => t.replace("- id: town", "- id: village"),
      /clauses\.yaml \| \[1\]（village）\.id \| .*条款 village 重复/,
    ],
    [
      "parameters.yaml",
      (t: string) => t.replace("value: 300000", "value: -1"),
      /parameters\.yaml \| village\.award\.values\[0\]\.value \| .*不能为负数/,
    ],
    [
      "facts.yaml",
      (t: string) => t.replace(/^growingWell:\n(  .*\n)+/m, ""),
      /facts\.yaml \| growingWell \| .*缺少这个事实的中文名称/,
    ],
    [
      "questions.yaml",
      (t: string) => t.replace("- fact: growingWell", "- fact: hostsEvent2"),
      /questions\.yaml \| /,
    ],
    [
      "materials.yaml",
      (t: string) => `${t}no-such-clause:\n  - 某材料\n`,
      /materials\.yaml \| no-such-clause \| .*没有条款/,
    ],
    [
      "words.yaml",
      (t: string) =>
        t.replace("  - fact: activeShops\n    kind: count", "  - fact: activeShops\n    kind: yuan"),
      /words\.yaml \| facts\[\d+\]\.kind \| .*activeShops 的类型是 count，不是 yuan/,
    ],
    [
      "words.yaml",
      (t: string) => t.replace("  third-party-live: [", "  third-party-lives: ["),
      /words\.yaml \| items\.third-party-lives \| .*没有 id 为 third-party-lives 的条款/,
    ],
    [
      "words.yaml",
      (t: string) => t.replace("  - fact: growingWell", "  - fact: activeShops"),
      /words\.yaml \| yesNo\[\d+\]\.fact \| .*activeShops 不是是非类事实/,
    ],
    [
      "words.yaml",
      (t: string) => t.replace("  - fact: physicalGoodsRetailYuan", "  - fact: physicalGoodzRetailYuan"),
      /words\.yaml \| facts\[\d+\]\.fact \| /,
    ],
    ["clauses.yaml", (t: string) => `${t}\n  bad: [`, /clauses\.yaml \| 第 \d+ 行 \| .*格式有误/],
  ])("reports a fault in %s naming the file and the field", (file, change, expected) => {
    expect(fault(copyWith(file, change))).toMatch(expected);
  });

  it("reads the words of a folder's facts, and a folder without words.yaml has none", () => {
    const words = loadPolicy(CITY).words;
    expect(words?.facts.find((w) => w.fact === "activeShops")?.units).toContain("家");
    expect(words?.subjects.village).toContain("村");
    const dir = copyWith("policy.yaml", (t) => t);
    rmSync(join(dir, "words.yaml"));
    expect(loadPolicy(dir).words).toBeNull();
  });

  it("reports a missing file", () => {
    const dir = copyWith("policy.yaml", (t) => t);
    rmSync(join(dir, "parameters.yaml"));
    expect(fault(dir)).toMatch(/parameters\.yaml \|  \| .*文件不存在/);
  });
});
