// The staff loop end to end on wechaty-puppet-mock: an application submitted in chat → the staff
// room gets the card → a staff member approves by chat → the applicant hears of the decision;
// someone else in the room has no power.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../bot/shell/api-client.ts";
import { createStaffCommands, parseStaffCommand } from "../../bot/wechat/staff.ts";
import { STAFF, startTestApi, type TestApi } from "../support/api.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { settle, startWorld, type World } from "../support/wechat.ts";

const until = async (cond: () => boolean, ms = 10_000) => {
  const start = Date.now();
  while (!cond() && Date.now() - start < ms) await new Promise((r) => setTimeout(r, 50));
  return cond();
};

describe("staff in WeChat", () => {
  let tdb: TestDatabase;
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    tdb = await createTestDatabase("pglite");
    api = await startTestApi(tdb.db);
  });
  afterAll(async () => {
    await world?.stop();
    await api?.close();
    await tdb?.db.close();
  });

  it("posts new applications to the staff room, takes a staff member's approval, and tells the applicant", async () => {
    const officerId = "wxid_officer";
    world = await startWorld({
      apiUrl: api.url,
      staffRoomTopic: "商务局审核群",
      staffIds: [officerId],
      staff: createStaffCommands({
        api: createApiClient({ baseUrl: api.url, token: STAFF }),
        staffIds: [officerId],
      }),
    });
    const officer = world.person("王科长", officerId);
    const stranger = world.person("路人甲");
    const room = world.mocker.createRoom({
      topic: "商务局审核群",
      memberIdList: [world.botUser.id, officer.id, stranger.id],
    });
    const roomLog: string[] = [];
    (room as unknown as NodeJS.EventEmitter).on(
      "message",
      (m: { text(): string; talker(): { id: string } }) => {
        if (m.talker().id === world.botUser.id) roomLog.push(m.text());
      },
    );

    const applicant = world.person("村支书");
    for (const m of [
      "自测",
      "行政村",
      "1500万",
      "28家",
      "申报",
      "同意",
      "某某村村民委员会",
      "91350100M000100Y43",
      "张店区",
      "李明",
      "13912345678",
    ])
      await applicant.say(m);
    const done = await applicant.say("确认提交");
    const number = /ZB-\d{4}-\d{6}/.exec(done)?.[0];
    expect(number).toBeDefined();

    // The card reaches the staff room through the API's feed.
    expect(await until(() => roomLog.some((t) => t.includes(number!)))).toBe(true);
    const card = roomLog.find((t) => t.includes(number!))!;
    expect(card).toContain("新的申报");
    expect(card).toContain("139****5678");
    expect(card).not.toContain("13912345678");

    // Someone who is not staff gets no power.
    stranger.contact.say(`通过 ${number} 30万 看着不错`).to(room);
    expect(await until(() => roomLog.some((t) => t.includes("仅限市商务局工作人员")))).toBe(true);
    expect((await tdb.db.prisma.application.findUnique({ where: { number: number! } }))!.status).toBe(
      "submitted",
    );

    officer.contact.say("待审").to(room);
    expect(await until(() => roomLog.some((t) => t.startsWith("待处理") && t.includes("待审核")))).toBe(true);

    officer.contact.say(`通过 ${number} 30万 材料齐全`).to(room);
    expect(await until(() => roomLog.some((t) => t.includes(`已处理 ${number}`)))).toBe(true);
    const row = await tdb.db.prisma.application.findUnique({ where: { number: number! } });
    expect(row).toMatchObject({ status: "approved", approvedAmountYuan: 300_000 });

    // The applicant hears of it in private chat, once, in plain words.
    expect(await until(() => applicant.received.some((t) => t.includes("已通过")))).toBe(true);
    await settle(applicant.received, 500);
    const decision = applicant.received.filter((t) => t.includes(number!) && t.includes("已通过"));
    expect(decision).toHaveLength(1);
    expect(decision[0]).toContain("核定金额 30 万元");
    // The bot had already given the number when it submitted: the API's receipt is not shown again.
    expect(applicant.received.filter((t) => t.includes("已收到您的申报"))).toHaveLength(0);

    officer.contact.say(`预算 ${number!.slice(3, 7)}`).to(room);
    expect(await until(() => roomLog.some((t) => t.includes("年预算使用情况")))).toBe(true);
    expect(roomLog.find((t) => t.includes("年预算使用情况"))).toContain("电商村奖励：1 份");
  }, 90_000);
});

describe("reading staff commands", () => {
  it.each([
    ["待审", { kind: "pending" }],
    ["详情 ZB-2025-000001", { kind: "detail", number: "ZB-2025-000001" }],
    ["通过 ZB-2025-000001 8万 材料齐全", { kind: "decide", decision: "approved", rest: "8万 材料齐全" }],
    ["驳回 zb-2025-000001 零售额未纳统", { kind: "decide", number: "ZB-2025-000001", decision: "rejected" }],
    ["补材料 ZB-2025-000001 需要纳统证明", { kind: "decide", decision: "needs_more_info" }],
    ["预算 2025", { kind: "budget", year: 2025 }],
  ])("%s", (text, expected) => {
    expect(parseStaffCommand(text)).toMatchObject(expected);
  });
  it.each(["大家好", "通过", "详情 1", "驳回 123"])("%s is not a staff command", (text) => {
    expect(parseStaffCommand(text)).toBeNull();
  });
});
