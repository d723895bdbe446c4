// The database as configured: a statement that runs too long is stopped, a new ?schema= is made,
// a database that cannot be reached is said plainly (exit 2, no stack), and the bureau's parameter
// file adds dated values that GET /api/policy shows.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../api/config.ts";
import { openDatabase } from "../../api/db/database.ts";
import { loadParameterOverrides } from "../../api/policy/overrides.ts";
import { parameterAt } from "../../rules/index.ts";
import { STAFF } from "../support/api.ts";
import { POSTGRES_URL } from "../support/databases.ts";
import { START_ARGS, startApiProcess } from "../support/processes.ts";

const root = new URL("../..", import.meta.url).pathname;

describe("the database as configured", () => {
  it("stops a statement that runs past the timeout on PostgreSQL", async () => {
    const db = await openDatabase({ databaseUrl: POSTGRES_URL, dataDir: "unused", statementTimeoutMs: 200 });
    try {
      await expect(db.sql.query("SELECT pg_sleep(2)")).rejects.toThrow(/statement timeout/);
      expect(await db.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it("sets the same timeout on the embedded database (which cannot enforce it: no timer signals in WebAssembly)", async () => {
    const db = await openDatabase({ dataDir: "memory://", statementTimeoutMs: 200 });
    try {
      expect(await db.sql.query("SHOW statement_timeout")).toEqual([{ statement_timeout: "200ms" }]);
    } finally {
      await db.close();
    }
  });

  it("makes a schema named in DATABASE_URL that does not exist yet, and serves from it", async () => {
    const schema = `fresh_${Date.now().toString(36)}`;
    const api = await startApiProcess({
      DATABASE_URL: `${POSTGRES_URL}?schema=${schema}`,
      LOG_LEVEL: "error",
    });
    try {
      const r = await fetch(`${api.url}/api/applications`, { headers: { authorization: `Bearer ${STAFF}` } });
      expect(r.status).toBe(200);
    } finally {
      await api.stop();
      const db = await openDatabase({ databaseUrl: POSTGRES_URL, dataDir: "unused" });
      await db.sql.exec(`DROP SCHEMA "${schema}" CASCADE`);
      await db.close();
    }
  }, 60_000);

  it("says plainly, with exit 2 and no stack, when the database cannot be reached", () => {
    const r = spawnSync(process.execPath, START_ARGS, {
      cwd: root,
      env: { ...process.env, PORT: "0", DATABASE_URL: "postgres://postgres@127.0.0.1:1/test" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("无法使用 DATABASE_URL 指向的数据库");
    expect(r.stderr).toContain("连接被拒绝");
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("the bureau's parameter file", () => {
  const file = (content: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), "zb-params-")), "params.json");
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it("adds a dated value to the policy's own, leaving earlier years as they were", () => {
    const overrides = loadParameterOverrides(
      file({
        "leading.cityTotalCap": [{ from: "2027-01-01", value: 4_000_000, source: "2027 年度申报通知" }],
      }),
    )!;
    expect(Object.keys(overrides)).toEqual(["leading.cityTotalCap"]);
    expect(parameterAt("leading.cityTotalCap", "2026-12-31", overrides)).toBe(5_000_000);
    expect(parameterAt("leading.cityTotalCap", "2027-01-01", overrides)).toBe(4_000_000);
    expect(parameterAt("leading.capPerEnterprise", "2027-06-01", overrides)).toBe(
      parameterAt("leading.capPerEnterprise", "2027-06-01"),
    );
  });

  it("names every bad entry: an unknown parameter, a date that is not one, a figure of the wrong kind", () => {
    const bad = file({
      "no.such": [{ from: "2027-01-01", value: 1, source: "x" }],
      "village.minActiveShops": [{ from: "2027-02-30", value: 20.5, source: "通知" }],
    });
    expect(() => loadParameterOverrides(bad)).toThrow(ConfigError);
    try {
      loadParameterOverrides(bad);
    } catch (e) {
      expect((e as Error).message).toContain("不认识的参数名");
      expect((e as Error).message).toContain("village.minActiveShops.0.from");
    }
    const fractional = file({
      "village.minActiveShops": [{ from: "2027-01-01", value: 20.5, source: "通知" }],
    });
    expect(() => loadParameterOverrides(fractional)).toThrow(/须为整数/);
  });

  it("shows the values in force in GET /api/policy of a running API", async () => {
    const path = file({
      "village.award": [{ from: "2022-10-01", value: 250_000, source: "测试：年度通知" }],
    });
    const api = await startApiProcess({
      DATA_DIR: mkdtempSync(join(tmpdir(), "zb-policy-")),
      POLICY_PARAMETERS_FILE: path,
      LOG_LEVEL: "error",
    });
    try {
      const policy = (await (await fetch(`${api.url}/api/policy`)).json()) as {
        parameters: Record<string, { value: number }>;
        clauses: { id: string; tiersAmountYuan: number[] }[];
      };
      expect(policy.parameters["village.award"]!.value).toBe(250_000);
      expect(policy.clauses.find((c) => c.id === "village")!.tiersAmountYuan).toEqual([250_000]);
    } finally {
      await api.stop();
    }
  }, 60_000);
});
