// Export of 100,000 applications (CSV and Excel) from an API process on PostgreSQL: how much its
// resident memory grows while the file streams out, against its memory just before.

import { seedApplications } from "./seed.ts";

export interface ExportBenchDeps {
  startApi: (
    env: Record<string, string>,
  ) => Promise<{ url: string; child: { pid?: number }; stop(): Promise<void> }>;
  freshSchemaUrl: () => Promise<{ url: string; drop: () => Promise<void> }>;
  rssMb: (pid: number, field?: "VmRSS" | "VmHWM") => number;
  sampleRss: (pid: number) => () => number;
  application: () => object;
  rows: number;
}

export async function benchExport(d: ExportBenchDeps) {
  const db = await d.freshSchemaUrl();
  const token = "bench-staff-token";
  const api = await d.startApi({ DATABASE_URL: db.url, STAFF_TOKEN: token, BOT_TOKEN: "bench-bot" });
  const out: { format: string; seconds: number; startMb: number; peakMb: number; bytes: number }[] = [];
  try {
    await seedApplications(api.url, db.url, d.application(), d.rows);
    for (const format of ["csv", "xlsx"]) {
      const pid = api.child.pid!;
      const startMb = d.rssMb(pid, "VmRSS");
      const stop = d.sampleRss(pid);
      const started = process.hrtime.bigint();
      const res = await fetch(`${api.url}/api/applications/export?format=${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      out.push({ format, seconds, startMb, peakMb: stop(), bytes });
    }
  } finally {
    await api.stop();
    await db.drop();
  }
  return out;
}
