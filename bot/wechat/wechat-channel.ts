// The WeChat shell around the conversation core: Wechaty messages in, throttled replies out.
// Early returns as in Wechaty's ding-dong bot: the bot's own messages, messages older than the
// start, rooms that did not mention it. Duplicated deliveries (same id, or the same text from the
// same person within seconds) are answered once.

import type { InvitationDraft } from "../core/invitation.ts";
import type { Logger } from "pino";
import type { MessageInterface as Message, WechatyInterface } from "wechaty/impls";
import type { ApiClient, FeedItem } from "../shell/api-client.ts";
import { createFeedConsumer } from "./feed.ts";
import { createMaterialIntake, MATERIAL_TEXTS } from "./materials.ts";
import { createOutbox, type Outbox } from "../shell/outbox.ts";
import { createRunner, type Runner } from "../shell/runner.ts";
import type { UnderstandingModel } from "../shell/understanding-model.ts";
import type { BotStore } from "../shell/store.ts";
import { NOT_TEXT } from "../core/texts.ts";
import { createThrottle, joinReplies, type ThrottleOptions } from "./throttle.ts";

export interface StaffHooks {
  /** Whether a text is a staff command (private chats of staff go to the core otherwise). */
  isCommand(text: string): boolean;
  /** A text message in the staff room (or from a staff member): handled there, not by the core. */
  onStaffMessage(
    text: string,
    from: { id: string; name: string },
    reply: (text: string) => Promise<void>,
  ): Promise<void>;
}

export interface WechatChannelDeps {
  wechaty: WechatyInterface;
  store: BotStore;
  api: ApiClient | null;
  logger: Logger;
  /** Topic of the staff's WeChat room (STAFF_ROOM). */
  staffRoomTopic?: string | undefined;
  /** WeChat ids of staff members (STAFF_WECHAT_IDS), who may also act in private chat. */
  staffIds?: readonly string[];
  staff?: StaffHooks;
  throttle?: ThrottleOptions;
  now?: () => number;
  /** Long-poll length of the notification feed (seconds). */
  feedWaitSeconds?: number;
  /** Two messages with the same text from the same person within this window are one. */
  duplicateWindowMs?: number;
  /** The optional understanding model (UNDERSTANDING_MODEL_URL). */
  model?: UnderstandingModel | null;
}

type Target = { kind: "contact" | "room"; id: string };
const key = (t: Target) => `${t.kind}:${t.id}`;

export function createWechatChannel(d: WechatChannelDeps) {
  const now = d.now ?? Date.now;
  const window = d.duplicateWindowMs ?? 5_000;
  const startedAt = now();
  const seenIds = new Map<string, number>();
  const lastText = new Map<string, { text: string; at: number }>();
  const notTextWarned = new Map<string, number>();
  let staffRoomId: string | null = null;

  async function resolve(t: string) {
    const [kind, ...rest] = t.split(":");
    const id = rest.join(":");
    const found = kind === "room" ? await d.wechaty.Room.find({ id }) : await d.wechaty.Contact.find({ id });
    if (!found) throw new Error(`cannot find ${t}`);
    return found;
  }
  const throttle = createThrottle(async (target, text) => {
    await (await resolve(target)).say(text);
  }, d.throttle);

  async function send(target: Target | string, replies: readonly string[]) {
    const k = typeof target === "string" ? target : key(target);
    await Promise.all(joinReplies(replies).map((m) => throttle.enqueue(k, m)));
  }

  async function findStaffRoom() {
    if (staffRoomId || !d.staffRoomTopic) return staffRoomId;
    const room = await d.wechaty.Room.find({ topic: d.staffRoomTopic });
    staffRoomId = room?.id ?? null;
    return staffRoomId;
  }

  /** Posts to the staff room, or to each staff member when there is no room. */
  async function toStaff(text: string) {
    const room = await findStaffRoom();
    if (room) await send({ kind: "room", id: room }, [text]);
    else for (const id of d.staffIds ?? []) await send({ kind: "contact", id }, [text]);
  }

  const intake = d.api ? createMaterialIntake({ api: d.api }) : null;
  let runner: Runner;
  const outbox: Outbox | null = d.api
    ? createOutbox({
        store: d.store,
        api: d.api,
        logger: d.logger,
        onSettled: async (item, result) =>
          send({ kind: "contact", id: item.talker }, await runner.settled(item, result)),
      })
    : null;
  runner = createRunner({
    store: d.store,
    outbox,
    api: d.api,
    notifyStaff: toStaff,
    logger: d.logger,
    model: d.model ?? null,
  });

  /** A notification from the API's feed, to the staff or to the applicant. */
  async function deliver(item: FeedItem) {
    if (item.channel === "wechat_staff") return toStaff(item.text);
    if (!item.recipient) return;
    // An invitation to apply brings its application filled in: the talker's conversation is put
    // at its summary, said after the invitation.
    const draft = (item.payload as { invitation?: { draft?: InvitationDraft } } | null)?.invitation?.draft;
    const summary = draft ? await runner.offer(item.recipient, draft) : [];
    await send({ kind: "contact", id: item.recipient }, [item.text, ...summary]);
  }
  const feed = d.api
    ? createFeedConsumer({
        api: d.api,
        store: d.store,
        logger: d.logger,
        deliver,
        tellStaff: toStaff,
        ...(d.feedWaitSeconds !== undefined ? { waitSeconds: d.feedWaitSeconds } : {}),
      })
    : null;

  function isDuplicate(msg: Message, talker: string, text: string): boolean {
    const t = now();
    for (const [id, at] of seenIds) if (at < t - 10 * 60_000) seenIds.delete(id);
    if (seenIds.has(msg.id)) return true;
    seenIds.set(msg.id, t);
    const last = lastText.get(talker);
    lastText.set(talker, { text, at: t });
    return last !== undefined && last.text === text && t - last.at < window;
  }

  async function onMessage(msg: Message): Promise<void> {
    if (msg.self()) return;
    if (msg.date().getTime() < startedAt - 2_000) return; // delivered from before this start
    const talker = msg.talker();
    const room = msg.room();
    const staffRoom = room ? await findStaffRoom() : null;
    const inStaffRoom = room !== undefined && room.id === staffRoom;
    if (room && !inStaffRoom && !(await msg.mentionSelf())) return;
    const isText = msg.type() === d.wechaty.Message.Type.Text;
    const text = isText ? (room ? await msg.mentionText() : msg.text()) : "";
    if (isDuplicate(msg, talker.id, isText ? text : `#${msg.type()}`)) return;
    const target: Target = room ? { kind: "room", id: room.id } : { kind: "contact", id: talker.id };

    if (inStaffRoom || (d.staffIds ?? []).includes(talker.id)) {
      if (isText && d.staff && d.staff.isCommand(text)) {
        await d.staff.onStaffMessage(text, { id: talker.id, name: talker.name() }, (t) => send(target, [t]));
        return;
      }
      if (inStaffRoom) return;
    }
    const types = d.wechaty.Message.Type;
    if (!room && intake && (msg.type() === types.Image || msg.type() === types.Attachment)) {
      // A photo or a file: attached to the applicant's application that waits for materials.
      const box = await msg.toFileBox();
      const bytes = await box.toBuffer();
      if (bytes.length > 20 * 1024 * 1024) {
        await send(target, ["文件太大了（上限 20 MB），请压缩后或分开发送。"]);
        return;
      }
      await send(target, [await intake.receive(talker.id, { bytes, name: box.name })]);
      return;
    }
    if (!room && msg.type() === types.Audio) {
      await send(target, [MATERIAL_TEXTS.voice]);
      return;
    }
    if (!room && msg.type() === types.Emoticon) {
      await send(target, [MATERIAL_TEXTS.sticker]);
      return;
    }
    if (!isText) {
      // Once a minute at most: a burst of photos should not bring a burst of apologies.
      const last = notTextWarned.get(talker.id) ?? -Infinity;
      if (now() - last > 60_000) {
        notTextWarned.set(talker.id, now());
        await send(target, [NOT_TEXT]);
      }
      return;
    }
    intake?.noteText(talker.id, text);
    const replies = await runner.handle(talker.id, text);
    await send(target, replies);
  }

  return {
    async start() {
      d.wechaty.on("message", (msg) => {
        onMessage(msg).catch((err: unknown) => d.logger.error({ err }, "message handling failed"));
      });
      outbox?.start();
      await outbox?.drain();
      feed?.start();
    },
    async stop() {
      await feed?.stop();
      await outbox?.stop();
      await throttle.idle();
    },
    onMessage,
    send,
    toStaff,
    outbox,
    runner,
    feed,
    idle: () => throttle.idle(),
  };
}

export type WechatChannel = ReturnType<typeof createWechatChannel>;
