// Faults on the bot's side: the API down while the bot submits, the bot killed mid-conversation.

import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import { createApiClient } from "../../bot/shell/api-client.ts";
import { createOutbox } from "../../bot/shell/outbox.ts";
import { createRunner } from "../../bot/shell/runner.ts";
import { createFileStore } from "../../bot/shell/store.ts";
import { BOT, STAFF } from "../support/api.ts";
import { SHOP_APPLICATION, SHOP_ASSESSMENT } from "../support/conversations.ts";
import { freePort, startApiProcess } from "../support/processes.ts";

const root = new URL("../..", import.meta.url).pathname;
const logger = createLogger("silent");

describe("fault: the API is down while the bot submits", () => {
  it("keeps the submission, delivers it once the API is back, exactly once, and tells the person", async () => {
    const port = await freePort();
    const api = createApiClient({ baseUrl: `http://127.0.0.1:${port}`, token: BOT, timeoutMs: 1_000 });
    const dir = mkdtempSync(join(tmpdir(), "zb-fault-bot-"));
    const told: string[] = [];
    const store = await createFileStore(dir);
    let runner: ReturnType<typeof createRunner>;
    const outbox = createOutbox({
      store,
      api,
      logger,
      baseDelayMs: 50,
      maxDelayMs: 200,
      onSettled: async (item, r) => void told.push(...(await runner.settled(item, r))),
    });
    runner = createRunner({ store, outbox, api, notifyStaff: async () => {}, logger });
    for (const m of [...SHOP_ASSESSMENT, ...SHOP_APPLICATION]) await runner.handle("wxid_down", m);
    expect((await runner.handle("wxid_down", "确认提交")).join()).toContain("自动重试");
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 250));
      await outbox.drain(); // still down: retried, kept
    }
    expect(await store.listOutbox()).toHaveLength(1);

    const dataDir = mkdtempSync(join(tmpdir(), "zb-fault-api-"));
    const server = await startApiProcess({ DATA_DIR: dataDir, LOG_LEVEL: "warn" }, 30_000, port);
    try {
      for (let i = 0; i < 20 && (await store.listOutbox()).length > 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        await outbox.drain();
      }
      expect(await store.listOutbox()).toHaveLength(0);
      expect(told.join()).toMatch(/申报已提交，编号 ZB-/);
      const list = await fetch(`${server.url}/api/applications?wechatId=wxid_down`, {
        headers: { authorization: `Bearer ${STAFF}` },
      });
      expect(((await list.json()) as { total: number }).total).toBe(1);
    } finally {
      await server.stop();
    }
  }, 60_000);
});

describe("fault: the bot is killed mid-conversation and restarted", () => {
  /** Runs `npm run chat` with a durable store, sending lines one at a time; kills it with SIGKILL at the end. */
  function chat(dir: string, lines: string[]): Promise<string> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/chat.ts"], {
        cwd: root,
        env: { ...process.env, BOT_DATA_DIR: dir, API_URL: "", BOT_TOKEN: "" },
      });
      let out = "";
      let sent = 0;
      const sendNext = () => {
        if (sent < lines.length) child.stdin.write(`${lines[sent++]}\n`);
        else child.kill("SIGKILL"); // no goodbye: the process just dies
      };
      child.stdout.on("data", (d: Buffer) => {
        out += d;
        // One reply block per line: send the next once this one has been answered.
        if ((out.match(/^> /gm) ?? []).length === sent && /\n\n$/.test(out)) setTimeout(sendNext, 20);
      });
      child.on("exit", () => resolve(out));
      setTimeout(sendNext, 50);
    });
  }

  it("resumes at the same question", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-fault-chat-"));
    const first = await chat(dir, ["自测", "企业", "8000万"]);
    expect(first).toContain("示范");
    const second = await chat(dir, ["否"]);
    // 「否」 is read as the answer to the question asked before the kill.
    expect(second).toContain("好的，记为：未被");
    expect(second).toContain("新注册");
  }, 60_000);
});
