// Records what the product says today — assessments of many fact sets, the policy document, and the
// bot's replies to every message of the test sets — so that a redesign can prove it changed none of
// it (test/identical-behaviour.test.ts). Run before the change: `tsx scripts/snapshot-behaviour.ts`.

import { readFileSync, writeFileSync } from "node:fs";
import { behaviour } from "../test/support/behaviour.ts";

const out = process.argv[2] ?? "test/fixtures/behaviour-before-policy-folder.json";
writeFileSync(out, JSON.stringify(behaviour(), null, 0) + "\n");
console.log(`已写入 ${out}（${readFileSync(out).length} 字节）`);
