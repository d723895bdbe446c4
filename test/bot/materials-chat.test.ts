// Materials in WeChat on wechaty-puppet-mock: while an application waits for materials, a photo the
// applicant sends is attached to it and acknowledged by name, and staff are told; voice and
// stickers get a short, kind reply.

import { FileBox } from "file-box";
import { afterAll, describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { FILES } from "../support/files.ts";
import { settle, startWorld, type World } from "../support/wechat.ts";

describe("materials sent in WeChat", () => {
  const ctx = useTestApi();
  let world: World;
  afterAll(async () => {
    await world?.stop();
  });

  it("attaches a photo sent while the application waits for materials, says so by name, and tells staff", async () => {
    world = await startWorld({ apiUrl: ctx.api.url });
    const person = world.person("李会计", "wxid_lijk");
    const filed = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({}, { wechatId: person.id }),
      headers: { "idempotency-key": "materials-chat" },
    });
    await ctx.api.call("POST", `/api/applications/${filed.body.id}/decision`, {
      token: STAFF,
      body: { decision: "needs_more_info", note: "请补充营业执照" },
    });
    const before = person.received.length;
    person.contact.say(FileBox.fromBase64(FILES.png.toString("base64"), "营业执照.png")).to(world.botUser);
    await settle(person.received, 300, 10_000, true);
    const reply = person.received.slice(before).join("\n");
    expect(reply).toContain("已收到「营业执照.png」");
    expect(reply).toContain(filed.body.number);
    const list = await ctx.api.call("GET", `/api/applications/${filed.body.id}/materials`, { token: STAFF });
    expect(list.body.items).toEqual([
      expect.objectContaining({ name: "营业执照.png", uploadedBy: `applicant:${person.id}` }),
    ]);
    const told = await ctx.tdb.db.prisma.notification.findMany({
      where: { applicationId: filed.body.id, event: "application.material", channel: "wechat_staff" },
    });
    expect(told).toHaveLength(1);
    expect((told[0]!.payload as { text: string }).text).toContain("营业执照.png");
  }, 30_000);

  it("tells someone with nothing waiting for materials how to attach a file", async () => {
    world ??= await startWorld({ apiUrl: ctx.api.url });
    const person = world.person("路人", "wxid_nobody_waiting");
    person.contact.say(FileBox.fromBase64(FILES.jpeg.toString("base64"), "协议扫描件.jpg")).to(world.botUser);
    await settle(person.received, 300, 10_000, true);
    expect(person.received.join("\n")).toContain("没有等待补充材料的申报");
  }, 30_000);
});
