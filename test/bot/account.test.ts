// The WeChat account's life on wechaty-puppet-mock: friend requests accepted (with or without
// configured words) and greeted with the menu; room invitations accepted only from staff; a logout
// told to staff by the 企业微信 webhook with the login retried; a silent puppet told once.

import { afterEach, describe, expect, it } from "vitest";
import { types } from "wechaty";
import type { PuppetMock } from "wechaty-puppet-mock";
import { createLogger } from "../../config/logger.ts";
import { watchAccount } from "../../bot/wechat/account.ts";
import { createWebhookAlert } from "../../bot/wechat/alert.ts";
import { GREETING } from "../../bot/core/texts.ts";
import { settle, startWorld, type World } from "../support/wechat.ts";

const logger = createLogger("silent");
const until = async (cond: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return cond();
};

describe("the WeChat account's life", () => {
  let world: World;
  let account: ReturnType<typeof watchAccount> | undefined;
  afterEach(async () => {
    account?.stop();
    await world?.stop();
  });

  /** The mock puppet, with friendships and invitations served from the payloads a test sets. */
  function puppetOf(w: World) {
    const puppet = w.wechaty.puppet as unknown as PuppetMock & Record<string, unknown>;
    const friendships = new Map<string, object>();
    const invitations = new Map<string, object>();
    const accepted: string[] = [];
    puppet.friendshipRawPayload = async (id: string) => friendships.get(id) ?? { id };
    puppet.friendshipAccept = async (id: string) => void accepted.push(`friend:${id}`);
    puppet.roomInvitationRawPayload = async (id: string) => invitations.get(id) ?? { id };
    puppet.roomInvitationAccept = async (id: string) => void accepted.push(`room:${id}`);
    return {
      accepted,
      friendRequest(id: string, contactId: string, hello: string, type = types.Friendship.Receive) {
        friendships.set(id, { id, contactId, hello, type, timestamp: Date.now() / 1000 });
        puppet.emit("friendship", { friendshipId: id });
      },
      invite(id: string, inviterId: string, topic: string) {
        invitations.set(id, {
          id,
          inviterId,
          topic,
          avatar: "",
          invitation: "",
          memberCount: 3,
          memberIdList: [],
          receiverId: w.botUser.id,
          timestamp: Date.now() / 1000,
        });
        puppet.emit("room-invite", { roomInvitationId: id });
      },
      logout: () => puppet.logout(),
      login: () => w.mocker.login(w.botUser),
    };
  }

  it("accepts a friend request whose greeting names a configured word, ignores others, and greets the new friend with the menu", async () => {
    world = await startWorld({ apiUrl: null });
    const p = puppetOf(world);
    const friend = world.person("李会计", "wxid_friend");
    const stranger = world.person("陌生人", "wxid_stranger");
    account = watchAccount({
      wechaty: world.wechaty,
      logger,
      alert: async () => true,
      greet: (id) => world.channel.send({ kind: "contact", id }, [GREETING]),
      staffIds: [],
      friendKeywords: ["政策", "申报"],
    });
    p.friendRequest("f1", friend.id, "你好，想咨询电商政策");
    p.friendRequest("f2", stranger.id, "加个好友");
    expect(await until(() => p.accepted.includes("friend:f1"))).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(p.accepted).not.toContain("friend:f2");
    p.friendRequest("f1c", friend.id, "", types.Friendship.Confirm);
    await settle(friend.received, 200, 5_000, true);
    expect(friend.received.join("\n")).toContain("政策通");
  });

  it("accepts an invitation into a room from a staff member only", async () => {
    world = await startWorld({ apiUrl: null });
    const p = puppetOf(world);
    const staff = world.person("王科长", "wxid_staff");
    const other = world.person("陌生人", "wxid_other");
    account = watchAccount({
      wechaty: world.wechaty,
      logger,
      alert: async () => true,
      greet: async () => undefined,
      staffIds: [staff.id],
      friendKeywords: [],
    });
    p.invite("r1", other.id, "随便一个群");
    p.invite("r2", staff.id, "电商政策审核群");
    expect(await until(() => p.accepted.includes("room:r2"))).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(p.accepted).not.toContain("room:r1");
  });

  it("tells staff through the 企业微信 webhook when the account logs out, and retries the login until it is back", async () => {
    world = await startWorld({ apiUrl: null });
    const p = puppetOf(world);
    const posts: string[] = [];
    const fakeRobot: typeof fetch = async (_url, init) => {
      posts.push(JSON.parse(String(init!.body)).markdown.content);
      return new Response('{"errcode":0,"errmsg":"ok"}', { status: 200 });
    };
    // The retry restarts Wechaty; here it is only counted (the mock cannot log in twice).
    let starts = 0;
    world.wechaty.stop = async () => undefined;
    world.wechaty.start = async () => void starts++;
    account = watchAccount({
      wechaty: world.wechaty,
      logger,
      alert: createWebhookAlert({ url: "http://127.0.0.1:9/hook", logger, fetch: fakeRobot }),
      greet: async () => undefined,
      staffIds: [],
      friendKeywords: [],
      reloginBaseMs: 50,
    });
    await p.logout();
    expect(await until(() => posts.length === 1)).toBe(true);
    expect(posts[0]).toContain("退出微信登录");
    expect(await until(() => starts >= 2)).toBe(true); // retried, and again while still out
    p.login();
    const after = starts;
    await new Promise((r) => setTimeout(r, 300));
    expect(starts).toBe(after); // logged in again: no more retries
    expect(posts).toHaveLength(1);
  });

  it("tells staff once when a logged-in account has heard nothing for too long", async () => {
    world = await startWorld({ apiUrl: null });
    let clock = 1_000_000;
    const alerts: string[] = [];
    account = watchAccount({
      wechaty: world.wechaty,
      logger,
      alert: async (t) => {
        alerts.push(t);
        return true;
      },
      greet: async () => undefined,
      staffIds: [],
      friendKeywords: [],
      silenceMs: 15 * 60_000,
      now: () => clock,
    });
    clock += 14 * 60_000;
    account.beat();
    expect(alerts).toHaveLength(0);
    clock += 2 * 60_000;
    account.beat();
    account.beat();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain("可能已掉线");
  });

  it("does not count a refusal inside HTTP 200 as a delivered alert", async () => {
    const alert = createWebhookAlert({
      url: "http://127.0.0.1:9/hook",
      logger,
      tries: 2,
      baseDelayMs: 1,
      fetch: async () => new Response('{"errcode":45009,"errmsg":"api freq out of limit"}', { status: 200 }),
    });
    expect(await alert("测试")).toBe(false);
  });
});
