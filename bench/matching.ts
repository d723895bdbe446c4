// 政策找人's import (issue 12): a 100,000-row file of counted figures POSTed to an API process on
// PostgreSQL — read, assessed and stored — against reading and assessing the same file in this
// process without storing it (the floor); and how much the API's resident memory grows meanwhile.

import { readCountedFigures, TEMPLATE_HEADERS } from "../api/matching/index.ts";
import { usccCheckCharacter } from "../rules/index.ts";

export interface MatchingBenchDeps {
  startApi: (
    env: Record<string, string>,
  ) => Promise<{ url: string; child: { pid?: number }; stop(): Promise<void> }>;
  freshSchemaUrl: () => Promise<{ url: string; drop: () => Promise<void> }>;
  rssMb: (pid: number, field?: "VmRSS" | "VmHWM") => number;
  sampleRss: (pid: number) => () => number;
  rows: number;
}

const WAN = 10_000;

/** A CSV of `rows` subjects: villages, towns and enterprises with figures on both sides of the thresholds. */
export function countedFiguresCsv(rows: number): Buffer {
  const col = (label: string) => TEMPLATE_HEADERS.indexOf(label);
  const at = {
    uscc: col("统一社会信用代码"),
    name: col("名称"),
    district: col("所属区县"),
    type: col("主体类型"),
    retail: col("年度网络零售额"),
    shops: col("活跃网店数量"),
    villages: col("乡镇内电商村数量"),
    goods: col("当年实物商品网络零售额"),
  };
  const lines = [TEMPLATE_HEADERS.join(",")];
  for (let i = 0; i < rows; i++) {
    const first17 = `91370303MA${String(i).padStart(7, "0")}`;
    const cells = new Array<string>(TEMPLATE_HEADERS.length).fill("");
    cells[at.uscc] = first17 + usccCheckCharacter(first17)!;
    cells[at.district] = "张店区";
    const kind = i % 10;
    if (kind === 0) {
      cells[at.name] = `第${i}村`;
      cells[at.type] = "行政村";
      cells[at.retail] = String((i % 3 === 0 ? 1000 : 999) * WAN);
      cells[at.shops] = String(15 + (i % 10));
    } else if (kind === 1) {
      cells[at.name] = `第${i}镇`;
      cells[at.type] = "乡镇";
      cells[at.retail] = String((8000 + (i % 5000)) * WAN);
      cells[at.villages] = String(i % 6);
    } else {
      cells[at.name] = `淄博第${i}电子商务有限公司`;
      cells[at.type] = "企业";
      cells[at.goods] = String((2990 + (i % 30)) * WAN);
    }
    lines.push(cells.join(","));
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

export async function benchMatching(d: MatchingBenchDeps) {
  const file = countedFiguresCsv(d.rows);
  const assessedOn = "2026-06-01";

  // Baseline: read and assess in this process, nothing stored.
  const t0 = process.hrtime.bigint();
  const run = readCountedFigures(file, { contentType: "text/csv", assessedOn });
  for await (const batch of run) void batch;
  const baselineSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const valid = run.report().valid;

  const db = await d.freshSchemaUrl();
  const token = "bench-staff-token";
  const api = await d.startApi({ DATABASE_URL: db.url, STAFF_TOKEN: token });
  try {
    const pid = api.child.pid!;
    const startMb = d.rssMb(pid, "VmRSS");
    const stop = d.sampleRss(pid);
    const t1 = process.hrtime.bigint();
    const res = await fetch(`${api.url}/api/matching/runs?assessedOn=${assessedOn}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
      body: file as unknown as BodyInit,
    });
    const body = (await res.json()) as { valid?: number; error?: { message: string } };
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const peakMb = stop();
    if (res.status !== 201) throw new Error(`import refused: ${res.status} ${body.error?.message}`);
    return { seconds, baselineSeconds, startMb, peakMb, stored: body.valid ?? 0, valid, bytes: file.length };
  } finally {
    await api.stop();
    await db.drop();
  }
}
