// Scores the conversation core on a set of everyday messages (a JSON file of cases, each a setup, one message
// and what must hold after it), driven through startConversation / handleMessage exactly as contract §7–§8 say.
// Held-out sets are scored without reading them: by default only the counts per category are printed;
// `--show-failures` prints each failed case (for sets that may be read, such as the regressions in test/).
//
//   npm run score -- FILE [--show-failures] [--json]

import { readFileSync } from "node:fs";
import { z } from "zod";
import { handleMessage, startConversation, type DialogState } from "../bot/dialog.ts";

const value = z.union([z.number(), z.string(), z.boolean(), z.object({ min: z.number(), max: z.number() })]);
const caseSchema = z.object({
  id: z.string(),
  category: z.string(),
  persona: z.string().optional(),
  setup: z.array(z.string()).default([]),
  whenAsking: z.string().nullable().optional(),
  message: z.string(),
  expect: z.object({
    facts: z.record(z.string(), value).optional(),
    unchanged: z.array(z.string()).optional(),
    asking: z.string().nullable().optional(),
    replyAny: z.array(z.string()).optional(),
    replyNone: z.array(z.string()).optional(),
  }),
});
type Case = z.infer<typeof caseSchema>;

export interface CaseResult {
  id: string;
  category: string;
  message: string;
  passed: boolean;
  setupMiss: boolean;
  failures: string[];
  replies: string[];
}

const NOW = new Date("2026-06-01T02:00:00Z");
const say = (s: DialogState, text: string) => handleMessage(s, text, { now: NOW });
const show = (v: unknown) => (v === undefined ? "（无）" : JSON.stringify(v));

/** Runs one case and says what did not hold. */
export function scoreCase(c: Case): CaseResult {
  let s = startConversation({ now: NOW, id: `score-${c.id}` });
  for (const m of c.setup) s = say(s, m).state;
  const setupMiss = c.whenAsking !== undefined && s.asking !== c.whenAsking;
  const before = s;
  const { state, replies } = say(s, c.message);
  const text = replies.join("\n");
  const facts = state.facts as Record<string, unknown>;
  const failures: string[] = [];
  if (setupMiss) failures.push(`铺垫后在问 ${show(before.asking)}，不是 ${c.whenAsking}`);
  for (const [key, want] of Object.entries(c.expect.facts ?? {})) {
    const got = facts[key];
    const ok =
      typeof want === "object" && want !== null
        ? typeof got === "number" && got >= want.min && got <= want.max
        : got === want;
    if (!ok) failures.push(`${key}: 应为 ${show(want)}，实为 ${show(got)}`);
  }
  for (const key of c.expect.unchanged ?? []) {
    const was = (before.facts as Record<string, unknown>)[key];
    if (JSON.stringify(facts[key]) !== JSON.stringify(was))
      failures.push(`${key} 不应改变：原 ${show(was)}，现 ${show(facts[key])}`);
  }
  if (c.expect.asking !== undefined) {
    const want = c.expect.asking === "same" ? before.asking : c.expect.asking;
    if (state.asking !== want) failures.push(`asking: 应为 ${show(want)}，实为 ${show(state.asking)}`);
  }
  if (c.expect.replyAny && !c.expect.replyAny.some((w) => text.includes(w)))
    failures.push(`回复中应有其一：${c.expect.replyAny.join(" / ")}`);
  for (const w of c.expect.replyNone ?? []) if (text.includes(w)) failures.push(`回复中不应有：${w}`);
  return {
    id: c.id,
    category: c.category,
    message: c.message,
    passed: failures.length === 0,
    setupMiss,
    failures,
    replies,
  };
}

export function scoreCases(input: unknown) {
  const list = Array.isArray(input) ? input : [];
  const results: CaseResult[] = [];
  let invalid = 0;
  for (const raw of list) {
    const parsed = caseSchema.safeParse(raw);
    if (!parsed.success) invalid++;
    else results.push(scoreCase(parsed.data));
  }
  const byCategory: Record<string, { passed: number; total: number }> = {};
  for (const r of results) {
    const c = (byCategory[r.category] ??= { passed: 0, total: 0 });
    c.total++;
    if (r.passed) c.passed++;
  }
  return {
    passed: results.filter((r) => r.passed).length,
    total: results.length,
    invalid,
    setupMisses: results.filter((r) => r.setupMiss).length,
    byCategory,
    results,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("用法：npm run score -- 文件.json [--show-failures] [--json]");
    process.exit(2);
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`读不出 ${file}：${(e as Error).message}`);
    process.exit(2);
  }
  const report = scoreCases(input);
  if (args.includes("--json")) console.log(JSON.stringify({ ...report, results: undefined }, null, 2));
  else {
    for (const [category, c] of Object.entries(report.byCategory))
      console.log(`${category.padEnd(12)} ${c.passed}/${c.total}`);
    console.log(
      `${"total".padEnd(12)} ${report.passed}/${report.total}` +
        (report.invalid ? `（格式不对 ${report.invalid} 条）` : ""),
    );
    if (report.setupMisses)
      console.log(`setup misses: ${report.setupMisses}（铺垫后机器人问的不是 whenAsking）`);
  }
  if (args.includes("--show-failures"))
    for (const r of report.results.filter((r) => !r.passed))
      console.log(
        `\n✗ ${r.id} [${r.category}] ${r.message}\n  ${r.failures.join("\n  ")}\n  → ${r.replies.join(" ⏎ ").slice(0, 400)}`,
      );
}
