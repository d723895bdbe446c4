// The policies the server holds (contract §15): one folder each under POLICIES_DIR, loaded and
// checked once; which are in force for a district on a date; and the city's, the default everywhere.

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CITY_POLICY_ID, policiesDir } from "../config/policies.ts";
import { loadPolicy, PolicyFolderError } from "./load-policy.ts";
import { inForceOn, type Policy } from "./policy.ts";

export interface Registry {
  dir: string;
  /** The city's first, then the others by id. */
  policies: readonly Policy[];
  city: Policy;
}

/** Loads every policy folder under `dir` (a folder with policy.yaml or policy.json). */
export function loadRegistry(dir: string, cityId: string = CITY_POLICY_ID): Registry {
  if (!existsSync(dir)) throw new PolicyFolderError(dir, "", "政策目录不存在（POLICIES_DIR）");
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
  // A folder that holds a policy's files but no manifest is a mistake, not something to skip quietly.
  for (const f of folders)
    if (!["policy.yaml", "policy.json"].some((m) => existsSync(join(dir, f, m))))
      throw new PolicyFolderError(
        join(f, "policy.yaml"),
        "",
        "文件不存在：每个政策文件夹须有清单 policy.yaml（或 policy.json）",
      );
  const loaded = folders.map((f) => loadPolicy(join(dir, f), dir));
  const city = loaded.find((p) => p.id === cityId);
  if (!city) throw new PolicyFolderError(dir, "", `没有全市政策 ${cityId} 的文件夹`);
  return { dir, city, policies: [city, ...loaded.filter((p) => p !== city)] };
}

let current: Registry | undefined;

/** The server's policies, loaded from POLICIES_DIR on first use. */
export function registry(): Registry {
  return (current ??= loadRegistry(policiesDir()));
}

/** The city's policy: what every entry point uses when none is named. */
export function cityPolicy(): Policy {
  return registry().city;
}

export function policyById(id: string): Policy | undefined {
  return registry().policies.find((p) => p.id === id);
}

/** The policies in force on `date` for a district (every one in force when the district is not known). */
export function policiesFor(date: string, district?: string | null): Policy[] {
  return registry().policies.filter(
    (p) => inForceOn(date, p) && (district == null || p.districts.includes(district)),
  );
}
