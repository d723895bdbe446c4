// The WeChat account's life, beside the conversations: friend requests accepted (optionally only
// those whose greeting names a configured word) and greeted with the menu; an invitation into a
// room accepted only from a staff member; a logout or a long silence of the puppet told to staff by
// the 企业微信 webhook, with the login retried; a heartbeat in the logs.
//
// From wechaty-plugin-contrib we take QRCodeTerminal (the login QR code drawn in the terminal).
// Its FriendshipAccepter and RoomInvitationAccepter are not used: the first greets outside the
// bot's send throttle, the second accepts every invitation from anyone.

import type { Logger } from "pino";
import { types } from "wechaty";
import type { WechatyInterface } from "wechaty/impls";
import type { Alert } from "./alert.ts";

export interface AccountOptions {
  wechaty: WechatyInterface;
  logger: Logger;
  alert: Alert;
  /** Greets a new friend with the menu (through the bot's throttle). */
  greet: (contactId: string) => Promise<void>;
  staffIds: readonly string[];
  /** Accept only friend requests whose greeting contains one of these words (none: accept all). */
  friendKeywords: readonly string[];
  /** How long without any event from the puppet, while logged in, counts as a silence. */
  silenceMs?: number;
  heartbeatMs?: number;
  /** First delay before retrying the login after a logout (doubles, at most 10 minutes). */
  reloginBaseMs?: number;
  now?: () => number;
}

export function watchAccount(o: AccountOptions) {
  const now = o.now ?? Date.now;
  const silenceMs = o.silenceMs ?? 15 * 60_000;
  let lastActivity = now();
  // Wechaty's own state; read only once it has started (before, it has no puppet to ask).
  const loggedIn = () => {
    try {
      return o.wechaty.isLoggedIn;
    } catch {
      return false;
    }
  };
  let silenceTold = false;
  let relogin: NodeJS.Timeout | null = null;
  let reloginDelay = o.reloginBaseMs ?? 30_000;
  const alive = () => {
    lastActivity = now();
    silenceTold = false;
  };

  o.wechaty.on("friendship", async (f) => {
    alive();
    try {
      if (f.type() === types.Friendship.Receive) {
        const hello = f.hello() ?? "";
        const wanted = o.friendKeywords.length === 0 || o.friendKeywords.some((k) => hello.includes(k));
        o.logger.info({ contact: f.contact().id, hello, accepted: wanted }, "friend request");
        if (wanted) await f.accept();
      } else if (f.type() === types.Friendship.Confirm) {
        await o.greet(f.contact().id);
      }
    } catch (err) {
      o.logger.error({ err }, "friend request not handled");
    }
  });

  o.wechaty.on("room-invite", async (invitation) => {
    alive();
    try {
      const inviter = await invitation.inviter();
      const topic = await invitation.topic();
      const byStaff = o.staffIds.includes(inviter.id);
      o.logger.info({ inviter: inviter.id, topic, accepted: byStaff }, "room invitation");
      if (byStaff) await invitation.accept();
    } catch (err) {
      o.logger.error({ err }, "room invitation not handled");
    }
  });

  o.wechaty.on("login", () => {
    alive();
    reloginDelay = o.reloginBaseMs ?? 30_000;
    if (relogin) clearTimeout(relogin);
    relogin = null;
  });
  o.wechaty.on("logout", (user) => {
    o.logger.warn({ user: user.id }, "WeChat bot logged out");
    void o.alert(
      `**政策通机器人已退出微信登录**\n> 账号：${user.name()}\n> 申报人的消息暂时收不到，正在尝试重新登录；如需扫码，请查看机器人日志中的二维码。`,
    );
    scheduleRelogin();
  });
  for (const event of ["heartbeat", "message", "scan", "dong", "ready"] as const) o.wechaty.on(event, alive);

  function scheduleRelogin() {
    if (relogin) return;
    relogin = setTimeout(async () => {
      relogin = null;
      if (loggedIn()) return;
      o.logger.info({ delayMs: reloginDelay }, "retrying the WeChat login");
      try {
        await o.wechaty.stop();
        await o.wechaty.start();
      } catch (err) {
        o.logger.error({ err }, "WeChat login retry failed");
      }
      reloginDelay = Math.min(reloginDelay * 2, 10 * 60_000);
      if (!loggedIn()) scheduleRelogin();
    }, reloginDelay);
    relogin.unref();
  }

  /** Logs a heartbeat, and tells staff once when a logged-in puppet has gone silent. */
  function beat() {
    const quietMs = now() - lastActivity;
    const inside = loggedIn();
    o.logger.info({ loggedIn: inside, quietMs }, "heartbeat");
    if (inside && quietMs >= silenceMs && !silenceTold) {
      silenceTold = true;
      void o.alert(
        `**政策通机器人可能已掉线**\n> 已 ${Math.round(quietMs / 60_000)} 分钟没有收到微信的任何消息或心跳。请检查机器人所在的电脑和微信登录状态。`,
      );
    }
  }
  const timer = setInterval(beat, o.heartbeatMs ?? 5 * 60_000);
  timer.unref();

  return {
    beat,
    stop() {
      clearInterval(timer);
      if (relogin) clearTimeout(relogin);
    },
  };
}
