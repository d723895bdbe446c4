// End to end on wechaty-puppet-mock: a person chats through an assessment and an application to a
// real API on PGlite; the application is stored once, a duplicate delivery is answered once, and a
// bot restart in the middle resumes the conversation.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { settle, startWorld, type World } from "../support/wechat.ts";

describe("the WeChat bot, end to end", () => {
  let tdb: TestDatabase;
  let api: TestApi;
  const worlds: World[] = [];

  beforeAll(async () => {
    tdb = await createTestDatabase("pglite");
    api = await startTestApi(tdb.db);
  });
  afterAll(async () => {
    for (const w of worlds) await w.stop().catch(() => undefined);
    await api?.close();
    await tdb?.db.close();
  });

  it("takes a village through self-assessment and application, storing the application once", async () => {
    const world = await startWorld({ apiUrl: api.url });
    worlds.push(world);
    const secretary = world.person("村支书");
    expect(await secretary.say("你好")).toContain("1. 自测");
    expect(await secretary.say("自测")).toContain("身份");
    expect(await secretary.say("行政村")).toContain("年度网络零售额");
    expect(await secretary.say("1500万")).toContain("活跃网店");
    expect(await secretary.say("28家")).toContain("最高 30 万元");
    expect(await secretary.say("申报")).toContain("同意");
    await secretary.say("同意");
    await secretary.say("淄川区某某镇某某村村民委员会");
    await secretary.say("91350100M000100Y43");
    await secretary.say("2");
    await secretary.say("李明");
    expect(await secretary.say("13912345678")).toContain("请核对申报信息");
    const done = await secretary.say("确认提交");
    expect(done).toMatch(/申报已提交，编号 ZB-\d{4}-\d{6}/);

    const rows = await tdb.db.prisma.application.findMany({ where: { wechatId: secretary.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ district: "淄川区", subjectType: "village" });

    // The applicant can ask for progress, scoped to their own WeChat id.
    expect(await secretary.say("查询进度")).toContain(rows[0]!.number);
  }, 60_000);

  it("answers a message delivered twice only once", async () => {
    const world = await startWorld({ apiUrl: api.url });
    worlds.push(world);
    const shop = world.person("网店老板");
    const captured: Parameters<World["channel"]["onMessage"]>[0][] = [];
    world.wechaty.on("message", (m) => {
      if (!m.self()) captured.push(m);
    });
    await shop.say("你好");
    const count = shop.received.length;
    // The very same message delivered again (same id)…
    await world.channel.onMessage(captured[0]!);
    // …and the same text sent again within a few seconds.
    shop.contact.say("你好").to(world.botUser);
    await settle(shop.received);
    expect(shop.received.length).toBe(count);
  }, 30_000);

  it("resumes a conversation at the same question after the bot restarts", async () => {
    const storeDir = mkdtempSync(join(tmpdir(), "zb-bot-restart-"));
    const first = await startWorld({ apiUrl: api.url, storeDir, botId: "bot-account" });
    const person = first.person("回头客", "wxid_returning");
    await person.say("自测");
    await person.say("企业");
    expect(await person.say("8000万")).toContain("示范");
    await first.stop();

    const second = await startWorld({ apiUrl: api.url, storeDir, botId: "bot-account" });
    worlds.push(second);
    const again = second.person("回头客", "wxid_returning");
    const reply = await again.say("否");
    // The answer is read as the answer to the question asked before the restart.
    expect(reply).toContain("好的，记为：未被");
    const state = await second.channel.runner.handle("wxid_returning", "返回");
    expect(state.join()).toContain("示范");
  }, 60_000);

  it("politely says which files it takes when sent one it cannot read as a photo or PDF", async () => {
    const world = await startWorld({ apiUrl: api.url });
    worlds.push(world);
    const p = world.person("发图的人");
    const { FileBox } = await import("file-box");
    p.contact.say(FileBox.fromBase64(Buffer.from("x").toString("base64"), "a.jpg")).to(world.botUser);
    await settle(p.received, 300, 10_000, true);
    expect(p.received.join()).toContain("只收照片（JPG、PNG）和 PDF 文件");
  }, 30_000);
});
