// A round's simulation (issue 23): the cost of a round under other standards with a 100,000-row
// 政策找人 run, asked of an API process on PostgreSQL, against reading and assessing the same rows in
// this process (the floor: the simulation assesses every row again under the standards).

import { readCountedFigures } from "../api/matching/index.ts";
import { countedFiguresCsv, type MatchingBenchDeps } from "./matching.ts";

export async function benchRoundSimulation(d: Omit<MatchingBenchDeps, "rssMb" | "sampleRss">) {
  const file = countedFiguresCsv(d.rows);
  const assessedOn = "2025-12-31";
  const t0 = process.hrtime.bigint();
  const read = readCountedFigures(file, { contentType: "text/csv", assessedOn });
  for await (const batch of read) void batch;
  const baselineSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  const db = await d.freshSchemaUrl();
  const token = "bench-staff-token";
  const api = await d.startApi({ DATABASE_URL: db.url, STAFF_TOKEN: token });
  const call = async (path: string, body: unknown, type = "application/json") => {
    const res = await fetch(`${api.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": type },
      body: (type === "application/json" ? JSON.stringify(body) : body) as BodyInit,
    });
    const json = (await res.json()) as { id?: string; totalYuan?: number; error?: { message: string } };
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${json.error?.message}`);
    return json;
  };
  try {
    const run = await call(`/api/matching/runs?assessedOn=${assessedOn}`, file, "text/csv");
    const round = await call("/api/rounds", {
      title: "2025年度申报（测算）",
      figuresYear: 2025,
      opensOn: "2026-03-01",
      closesOn: "2026-03-31",
      clauses: ["village", "town", "leading-enterprise"],
      budgetYuan: 5_000_000,
    });
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 3; i++) {
      const t1 = process.hrtime.bigint();
      const sim = await call(`/api/rounds/${round.id}/simulation`, {
        matchingRunId: run.id,
        standards: { "village.award": 200_000 + i },
      });
      times.push(Number(process.hrtime.bigint() - t1) / 1e9);
      total = sim.totalYuan ?? 0;
    }
    times.sort((a, b) => a - b);
    return { seconds: times[1]!, baselineSeconds, totalYuan: total };
  } finally {
    await api.stop();
    await db.drop();
  }
}
