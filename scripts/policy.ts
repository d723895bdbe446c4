// npm run policy -- check policies/ID   validates a policy's folder and runs its cases (cases.yaml)
// npm run policy -- show ID [--date YYYY-MM-DD]   prints its clauses and the parameters in force, in Chinese
// Exit status: 0 all well, 1 a case failed, 2 the folder or the command is wrong.

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { policiesDir } from "../config/policies.ts";
import { loadCases, loadPolicy, PolicyFolderError } from "../rules/load-policy.ts";
import type { Policy } from "../rules/policy.ts";
import { describePolicy } from "../rules/describe.ts";

const USAGE = [
  "用法：",
  "  npm run policy -- check policies/政策编号          检查政策文件夹并运行其测试用例（cases.yaml）",
  "  npm run policy -- show 政策编号 [--date 2025-06-30]  以中文列出条款和当日有效的参数",
].join("\n");

function folderOf(arg: string): string {
  // A folder path, or a policy's id under POLICIES_DIR.
  if (existsSync(join(arg, "policy.yaml")) || existsSync(join(arg, "policy.json"))) return resolve(arg);
  return join(policiesDir(), arg);
}

async function check(dir: string): Promise<number> {
  const policy = loadPolicy(dir);
  const cases = loadCases(dir);
  // The engine is loaded only now: a broken folder has been reported above in its own words.
  const { runCases } = await import("../rules/cases.ts");
  const failures = runCases(policy, cases);
  console.log(
    `《${policy.title}》（${policy.id}）：文件夹检查通过；${policy.clauses.length} 个条款、${Object.keys(policy.parameters).length} 个参数。`,
  );
  if (cases.length === 0) console.log("没有测试用例（cases.yaml）。");
  else
    console.log(
      `测试用例 ${cases.length} 个：通过 ${cases.length - new Set(failures.map((f) => f.name)).size} 个。`,
    );
  for (const f of failures) console.log(`✗ ${f.name}：${f.message}`);
  return failures.length > 0 ? 1 : 0;
}

function show(policy: Policy, date: string | undefined): number {
  const day = date ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  console.log(describePolicy(policy, day).join("\n"));
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, target, ...rest] = args;
  if (!command || !target || !["check", "show"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const dateAt = rest.indexOf("--date");
  const date = dateAt >= 0 ? rest[dateAt + 1] : undefined;
  const real = (d: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  if (dateAt >= 0 && !(date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && real(date))) {
    console.error("--date 须为 YYYY-MM-DD 格式的日期，例如 --date 2025-06-30");
    return 2;
  }
  const dir = folderOf(target);
  if (!existsSync(dir)) {
    const noManifest = existsSync(target) && !existsSync(join(target, "policy.yaml"));
    console.error(
      noManifest
        ? `「${target}」里没有清单 policy.yaml（或 policy.json）：每个政策文件夹须有清单（编号、标题、发文机关、适用区县、有效期）`
        : `找不到政策「${target}」：既不是政策文件夹，也不在 ${policiesDir()} 中`,
    );
    return 2;
  }
  try {
    return command === "check" ? await check(dir) : show(loadPolicy(dir), date);
  } catch (e) {
    if (e instanceof PolicyFolderError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
