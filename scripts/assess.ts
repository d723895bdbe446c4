// npm run assess -- FILE (or facts JSON on standard input): prints the assessment as JSON.
// Invalid input: a clear message on standard error and exit status 2.

import { readFile } from "node:fs/promises";
import { assess, FactsError } from "../rules/index.ts";

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== "-") return readFile(file, "utf8");
  if (process.stdin.isTTY)
    throw new UsageError("用法：npm run assess -- facts.json（或从标准输入传入事实 JSON）");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const file = process.argv[2];
  let text: string;
  try {
    text = await readInput(file);
  } catch (e) {
    const msg = e instanceof UsageError ? e.message : `无法读取文件 ${file}：${(e as Error).message}`;
    process.stderr.write(`${msg}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`输入不是合法的 JSON：${(e as Error).message}\n`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(assess(input), null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof FactsError) {
      process.stderr.write(`${e.message}\n`);
      for (const i of e.issues) process.stderr.write(`  - ${i.path || "(根)"}：${i.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main();
