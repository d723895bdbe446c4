// Starts the WeChat bot: Wechaty with the puppet named by WECHATY_PUPPET (Wechaty's own convention;
// a puppet's token, e.g. WECHATY_PUPPET_SERVICE_TOKEN, is read by Wechaty from the environment),
// the durable store, the API client, and the channel.

import { join } from "node:path";
import type { Logger } from "pino";
import { WechatyBuilder } from "wechaty";
import { QRCodeTerminal } from "wechaty-plugin-contrib";
import type { WechatyInterface } from "wechaty/impls";
import { watchAccount } from "./account.ts";
import { createWebhookAlert } from "./alert.ts";
import { createApiClient } from "../shell/api-client.ts";
import { understandingModelConfig, type BotConfig } from "../shell/config.ts";
import { createStaffCommands } from "./staff.ts";
import { createFileStore } from "../shell/store.ts";
import { createUnderstandingModel } from "../shell/understanding-model.ts";
import { GREETING } from "../core/texts.ts";
import { createWechatChannel, type WechatChannel } from "./wechat-channel.ts";

export interface BotLaunch {
  config: BotConfig;
  logger: Logger;
  apiUrl: string;
  botToken: string;
  /** A ready Wechaty (tests pass one built on wechaty-puppet-mock); default: built from WECHATY_PUPPET. */
  wechaty?: WechatyInterface;
}

export interface RunningBot {
  wechaty: WechatyInterface;
  channel: WechatChannel;
  stop(): Promise<void>;
}

export async function startBot(l: BotLaunch): Promise<RunningBot> {
  const wechaty =
    l.wechaty ?? WechatyBuilder.build({ name: "zibo-policy-bot", puppet: l.config.WECHATY_PUPPET as never });
  const store = await createFileStore(l.config.BOT_DATA_DIR ?? join(l.config.DATA_DIR, "bot"));
  const api = createApiClient({ baseUrl: l.apiUrl, token: l.botToken });
  const modelConfig = understandingModelConfig(l.config);
  const channel = createWechatChannel({
    wechaty,
    store,
    api,
    logger: l.logger,
    staffRoomTopic: l.config.STAFF_ROOM,
    staffIds: l.config.STAFF_WECHAT_IDS,
    model: modelConfig ? createUnderstandingModel(modelConfig) : null,
    // Staff commands act through the API with a staff token; without one they are not offered.
    ...(l.config.STAFF_TOKEN[0]
      ? {
          staff: createStaffCommands({
            api: createApiClient({ baseUrl: l.apiUrl, token: l.config.STAFF_TOKEN[0] }),
            staffIds: l.config.STAFF_WECHAT_IDS,
          }),
        }
      : {}),
  });
  // The login QR code drawn in the terminal, and its link in the log for a remote console.
  wechaty.use(QRCodeTerminal({ small: true }));
  wechaty.on("scan", (qrcode, status) =>
    l.logger.info(
      { status, qrcode: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` },
      "请用微信扫码登录机器人",
    ),
  );
  wechaty.on("login", (user) => l.logger.info({ user: user.name() }, "WeChat bot logged in"));
  wechaty.on("error", (err) => l.logger.error({ err }, "Wechaty error"));
  const account = watchAccount({
    wechaty,
    logger: l.logger,
    alert: createWebhookAlert({ url: l.config.NOTIFY_WEBHOOK_URL, logger: l.logger }),
    greet: (id) => channel.send({ kind: "contact", id }, [GREETING]),
    staffIds: l.config.STAFF_WECHAT_IDS,
    friendKeywords: l.config.BOT_FRIEND_KEYWORDS,
  });
  await channel.start();
  await wechaty.start();
  return {
    wechaty,
    channel,
    async stop() {
      account.stop();
      await channel.stop();
      await wechaty.stop();
    },
  };
}
