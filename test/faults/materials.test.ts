// Materials at the process level: an upload acknowledged survives kill -9 and a restart on the
// embedded database, and two API processes on one PostgreSQL see the same file.

import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILES } from "../support/files.ts";
import { application, STAFF } from "../support/api.ts";
import { createTestDatabase } from "../support/databases.ts";
import { postApplication, startApiProcess } from "../support/processes.ts";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const auth = { authorization: `Bearer ${STAFF}` };

async function uploadPdf(url: string, id: string) {
  const res = await fetch(`${url}/api/applications/${id}/materials`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/pdf", "x-filename": encodeURIComponent("协议.pdf") },
    body: new Uint8Array(FILES.pdf),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; sha256: string };
}

async function download(url: string, id: string) {
  const res = await fetch(`${url}/api/materials/${id}`, { headers: auth });
  expect(res.status).toBe(200);
  return sha(Buffer.from(await res.arrayBuffer()));
}

describe("fault: materials across processes", () => {
  it("keeps an acknowledged upload through kill -9 and a restart on the embedded database", async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), "zb-materials-")), LOG_LEVEL: "error" };
    let api = await startApiProcess(env);
    try {
      const filed = await postApplication(api.url, application(), "materials-restart");
      const info = await uploadPdf(api.url, filed.body!.id);
      await api.kill();
      api = await startApiProcess(env);
      expect(await download(api.url, info.id)).toBe(sha(FILES.pdf));
      const list = await fetch(`${api.url}/api/applications/${filed.body!.number}/materials`, {
        headers: auth,
      });
      expect(((await list.json()) as { items: { sha256: string }[] }).items.map((i) => i.sha256)).toEqual([
        info.sha256,
      ]);
    } finally {
      await api.stop();
    }
  }, 60_000);

  it("lets a second API process on the same PostgreSQL list and download a file the first one took", async () => {
    const tdb = await createTestDatabase("postgres");
    await tdb.db.close();
    const env = { DATABASE_URL: tdb.url!, LOG_LEVEL: "error" };
    const [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    try {
      const filed = await postApplication(a.url, application(), "materials-two");
      const info = await uploadPdf(a.url, filed.body!.id);
      expect(await download(b.url, info.id)).toBe(sha(FILES.pdf));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await tdb.dispose();
    }
  }, 60_000);
});
