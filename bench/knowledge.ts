// The knowledge base's top-1 accuracy on phrasings it does not hold, and the time of one reading.

import { understandAside } from "../bot/core/understanding/index.ts";
import HELD from "../policies/zibo-ecommerce-2022/knowledge-paraphrases.json" with { type: "json" };

export function benchKnowledge() {
  const right = HELD.heldOut.filter((h) => {
    const a = understandAside(h.question, "2026-06-01");
    return a?.kind === "answer" && a.answer.id === h.entry;
  }).length;
  const times: number[] = [];
  for (let round = 0; round < 200; round++)
    for (const h of HELD.heldOut) {
      const t = process.hrtime.bigint();
      understandAside(h.question, "2026-06-01");
      times.push(Number(process.hrtime.bigint() - t) / 1e3);
    }
  times.sort((a, b) => a - b);
  return {
    accuracy: right / HELD.heldOut.length,
    cases: HELD.heldOut.length,
    medianUs: times[times.length >> 1]!,
  };
}
