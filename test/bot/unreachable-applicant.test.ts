// On wechaty-puppet-mock, with the API: a notice to an applicant whose WeChat contact cannot be found
// does not hold up the staff room — the next application's card still arrives.

import { afterAll, describe, expect, it } from "vitest";
import { application, STAFF, useTestApi } from "../support/api.ts";
import { startWorld, type World } from "../support/wechat.ts";

const until = async (cond: () => boolean, ms = 15_000) => {
  const start = Date.now();
  while (!cond() && Date.now() - start < ms) await new Promise((r) => setTimeout(r, 50));
  return cond();
};

describe("an applicant the bot cannot reach", () => {
  const ctx = useTestApi();
  let world: World;
  afterAll(async () => {
    await world?.stop();
  });

  it("does not hold up later staff-room cards", async () => {
    world = await startWorld({ apiUrl: ctx.api.url, staffRoomTopic: "商务局审核群" });
    const officer = world.person("王科长", "wxid_officer");
    const room = world.mocker.createRoom({
      topic: "商务局审核群",
      memberIdList: [world.botUser.id, officer.id],
    });
    const roomLog: string[] = [];
    (room as unknown as NodeJS.EventEmitter).on(
      "message",
      (m: { text(): string; talker(): { id: string } }) => {
        if (m.talker().id === world.botUser.id) roomLog.push(m.text());
      },
    );
    // Filed by staff for an applicant whose WeChat id is not a contact of the bot: the receipt fails.
    const ghost = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({}, { wechatId: "wxid_not_a_contact", name: "联系不到的公司" }),
      headers: { "idempotency-key": "ghost" },
    });
    expect(ghost.status).toBe(201);
    const next = await ctx.api.call("POST", "/api/applications", {
      token: STAFF,
      body: application({}, { name: "后来的公司" }),
      headers: { "idempotency-key": "after-ghost" },
    });
    expect(next.status).toBe(201);
    expect(await until(() => roomLog.some((t) => t.includes(next.body.number)))).toBe(true);
    expect(roomLog.some((t) => t.includes(ghost.body.number))).toBe(true);
  }, 60_000);
});
