// A WeChat world on wechaty-puppet-mock: the bot's account, people who chat with it, and the
// messages each person receives.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WechatyBuilder } from "wechaty";
import type { WechatyInterface } from "wechaty/impls";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { createLogger } from "../../config/logger.ts";
import { createApiClient } from "../../bot/shell/api-client.ts";
import { createFileStore } from "../../bot/shell/store.ts";
import { createWechatChannel, type StaffHooks, type WechatChannel } from "../../bot/wechat/wechat-channel.ts";
import { BOT } from "./api.ts";

export interface Person {
  id: string;
  contact: mock.ContactMock;
  received: string[];
  /** Sends a text and waits until the bot has answered (its replies stop arriving). */
  say(text: string): Promise<string>;
}

export interface World {
  mocker: mock.Mocker;
  wechaty: WechatyInterface;
  channel: WechatChannel;
  botUser: mock.ContactMock;
  person(name: string, id?: string): Person;
  stop(): Promise<void>;
}

/** Waits for replies to start arriving (when `expectSome`) and then to stop. */
export async function settle(
  received: string[],
  quietMs = 150,
  maxMs = 10_000,
  expectSome = false,
): Promise<void> {
  const started = Date.now();
  const initial = received.length;
  while (expectSome && received.length === initial && Date.now() - started < maxMs)
    await new Promise((r) => setTimeout(r, 20));
  let count = received.length;
  let stableSince = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 25));
    if (received.length !== count) {
      count = received.length;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) return;
  }
}

export async function startWorld(opts: {
  apiUrl: string | null;
  storeDir?: string;
  botId?: string;
  staffRoomTopic?: string;
  staffIds?: string[];
  staff?: StaffHooks;
}): Promise<World> {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const wechaty = WechatyBuilder.build({ puppet });
  const store = await createFileStore(opts.storeDir ?? mkdtempSync(join(tmpdir(), "zb-bot-")));
  const channel = createWechatChannel({
    wechaty,
    store,
    api: opts.apiUrl ? createApiClient({ baseUrl: opts.apiUrl, token: BOT, timeoutMs: 2_000 }) : null,
    logger: createLogger("silent"),
    staffRoomTopic: opts.staffRoomTopic,
    staffIds: opts.staffIds ?? [],
    ...(opts.staff ? { staff: opts.staff } : {}),
    throttle: { perConversationMs: 0, perMinute: 100_000 },
    feedWaitSeconds: 1,
  });
  await channel.start();
  await wechaty.start();
  const botUser = mocker.createContact({ name: "政策通", ...(opts.botId ? { id: opts.botId } : {}) });
  mocker.login(botUser);
  return {
    mocker,
    wechaty,
    channel,
    botUser,
    person(name, id) {
      const contact = mocker.createContact({ name, ...(id ? { id } : {}) });
      const received: string[] = [];
      // The mock's typed emitter does not resolve its types here; it is a Node EventEmitter.
      (contact as unknown as NodeJS.EventEmitter).on(
        "message",
        (m: { text(): string; talker(): { id: string } }) => {
          if (m.talker().id === botUser.id) received.push(m.text());
        },
      );
      return {
        id: contact.id,
        contact,
        received,
        async say(text) {
          const before = received.length;
          contact.say(text).to(botUser);
          await settle(received, 300, 10_000, true);
          return received.slice(before).join("\n");
        },
      };
    },
    async stop() {
      await channel.stop();
      await wechaty.stop();
    },
  };
}
