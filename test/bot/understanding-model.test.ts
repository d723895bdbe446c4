// The optional understanding model, against a fake OpenAI-compatible endpoint on 127.0.0.1: a reading is
// proposed back and written only after 「是」; a slow, down, refusing or wrong-JSON model is no reading, and
// the bot says what it says without one. Off by default: without a model nothing changes.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import { handleMessage, handleModelReading } from "../../bot/dialog.ts";
import { createRunner } from "../../bot/shell/runner.ts";
import { createMemoryStore } from "../../bot/shell/store.ts";
import { createUnderstandingModel } from "../../bot/shell/understanding-model.ts";
import { loadBotConfig, understandingModelConfig } from "../../bot/shell/config.ts";
import { asked, NOW, say } from "../support/dialog.ts";

type Behaviour = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let behaviour: Behaviour = () => {};
let url = "";
let lastBody = "";
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    lastBody = body;
    behaviour(req, res, body);
  });
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const reply =
  (content: string | null, extra: Record<string, unknown> = {}): Behaviour =>
  (_q, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content, ...extra } }] }));
  };
// Generous by default: a loaded machine running three test files at once must not turn an answer into a timeout.
const model = (timeoutMs = 5_000) => createUnderstandingModel({ url, model: "fake", key: "k", timeoutMs });
const UNREAD = "反正挺多的，你看着办吧";

describe("the understanding model's client", () => {
  it("sends the facts table as its JSON schema and the key, and returns the checked facts", async () => {
    behaviour = reply('{"activeShops": 30}');
    expect(await model().read("网店三十户上下", "activeShops")).toEqual({ activeShops: 30 });
    const sent = JSON.parse(lastBody);
    expect(sent.model).toBe("fake");
    expect(sent.response_format.json_schema.schema.properties.activeShops.description).toBe("活跃网店数量");
  });

  it("reads JSON inside a fenced block", async () => {
    behaviour = reply('```json\n{"onlineRetailYuan": 16000000}\n```');
    expect(await model().read("一千六百万", null)).toEqual({ onlineRetailYuan: 16_000_000 });
  });

  it("is no reading when the model is slower than the timeout", async () => {
    behaviour = (_q, res) => setTimeout(() => reply('{"activeShops": 30}')(_q, res, ""), 400);
    expect(await model(100).read("x", null)).toBeNull();
  });

  it("is a reading when the model answers just within the timeout", async () => {
    behaviour = (_q, res) => setTimeout(() => reply('{"activeShops": 30}')(_q, res, ""), 20);
    expect(await model(2_000).read("x", null)).toEqual({ activeShops: 30 });
  });

  it("is no reading for wrong JSON, a key not in the facts table, or a value the schema refuses", async () => {
    for (const content of [
      "三十户",
      '{"shops": 30}',
      '{"activeShops": -3}',
      '{"activeShops": "三十"}',
      "{}",
    ]) {
      behaviour = reply(content);
      expect(await model().read("x", null)).toBeNull();
    }
  });

  it("is no reading when the model refuses, fails or is down", async () => {
    behaviour = reply(null, { refusal: "无法处理" });
    expect(await model().read("x", null)).toBeNull();
    behaviour = (_q, res) => {
      res.statusCode = 500;
      res.end("{}");
    };
    expect(await model().read("x", null)).toBeNull();
    const down = createUnderstandingModel({ url: "http://127.0.0.1:9/v1", model: "m", timeoutMs: 500 });
    expect(await down.read("x", null)).toBeNull();
  });
});

describe("the model's reading in the conversation", () => {
  it("is not asked for when the shell has no model: the core replies as before", () => {
    const t = say(asked("activeShops", "village"), UNREAD);
    expect(t.understand).toBeUndefined();
    expect(t.replies.join("")).not.toBe("");
  });

  it("is asked for only for a message not understood, and its reading is proposed, not written", () => {
    const s = asked("activeShops", "village");
    const t = handleMessage(s, UNREAD, { now: NOW, understandingModel: true });
    expect(t.understand).toMatchObject({ text: UNREAD, asking: "activeShops" });
    expect(t.replies).toEqual([]);
    const read = handleModelReading(t.state, { activeShops: 30 }, t.understand!.fallback);
    expect(read.replies.join("")).toContain("活跃网店数量：30 家");
    expect(read.state.facts.activeShops).toBeUndefined();
    // 「是」 writes it; the next question follows.
    const yes = say(read.state, "是");
    expect(yes.state.facts.activeShops).toBe(30);
    expect(yes.state.proposal).toBeNull();
  });

  it("drops the proposal on anything but 「是」, and reads that message as usual", () => {
    const s = asked("activeShops", "village");
    const t = handleMessage(s, UNREAD, { now: NOW, understandingModel: true });
    const read = handleModelReading(t.state, { activeShops: 30 }, t.understand!.fallback);
    const other = say(read.state, "28家");
    expect(other.state.facts.activeShops).toBe(28);
    expect(other.state.proposal).toBeNull();
  });

  it("says the usual reply when the model read nothing, or only what is known already", () => {
    const s = asked("activeShops", "village");
    const t = handleMessage(s, UNREAD, { now: NOW, understandingModel: true });
    expect(handleModelReading(t.state, null, t.understand!.fallback).replies).toEqual(t.understand!.fallback);
    expect(handleModelReading(t.state, { subjectType: "town" }, t.understand!.fallback).replies).toEqual(
      t.understand!.fallback,
    );
  });

  it("never writes a reading the facts schema refuses", () => {
    const t = handleMessage(asked("activeShops", "village"), UNREAD, { now: NOW, understandingModel: true });
    const read = handleModelReading(t.state, { activeShops: -1 } as never, t.understand!.fallback);
    expect(read.replies).toEqual(t.understand!.fallback);
  });

  it("is a message understood by the grammar: the model is not asked", () => {
    const t = handleMessage(asked("activeShops", "village"), "30家", { now: NOW, understandingModel: true });
    expect(t.understand).toBeUndefined();
    expect(t.state.facts.activeShops).toBe(30);
  });
});

describe("the runner with a model", () => {
  const runner = (timeoutMs: number) =>
    createRunner({
      store: createMemoryStore(),
      outbox: null,
      api: null,
      notifyStaff: async () => {},
      logger: createLogger("silent"),
      now: () => NOW,
      model: model(timeoutMs),
    });

  it("proposes the model's reading in the reply", async () => {
    behaviour = reply('{"onlineRetailYuan": 16000000}');
    const r = runner(1_000);
    for (const m of ["自测", "2"]) await r.handle("u1", m);
    const replies = await r.handle("u1", "反正就是一千五六百那样子的，大差不差");
    expect(replies.join("")).toContain("我理解您说的是");
    expect((await r.handle("u1", "是")).join("")).toContain("1600 万元");
  });

  it("says the usual reply when the model times out", async () => {
    behaviour = (_q, res) => setTimeout(() => reply('{"onlineRetailYuan": 1}')(_q, res, ""), 500);
    const r = runner(100);
    for (const m of ["自测", "2"]) await r.handle("u2", m);
    const replies = await r.handle("u2", "反正就是一千五六百那样子的，大差不差");
    expect(replies.join("")).not.toContain("我理解您说的是");
    expect(replies.join("")).toContain("请回复金额");
  });
});

describe("its settings", () => {
  it("are off without UNDERSTANDING_MODEL_URL, and read with a default model and timeout when set", () => {
    expect(understandingModelConfig(loadBotConfig({}))).toBeNull();
    const on = understandingModelConfig(
      loadBotConfig({ UNDERSTANDING_MODEL_URL: "http://127.0.0.1:8000/v1/chat/completions" }),
    );
    expect(on).toMatchObject({ url: "http://127.0.0.1:8000/v1/chat/completions", timeoutMs: 4_000 });
    expect(() => loadBotConfig({ UNDERSTANDING_MODEL_URL: "ftp://x" })).toThrow();
    expect(() =>
      loadBotConfig({ UNDERSTANDING_MODEL_URL: "http://x", UNDERSTANDING_MODEL_TIMEOUT_MS: "50" }),
    ).toThrow();
  });
});
