// The terminal shell (npm run chat): the conversation core in the terminal. Typed: a prompt per line. Piped: answers each
// line and exits at the end of input. With API_URL and BOT_TOKEN set it submits to that API;
// otherwise it says plainly that nothing is submitted.

import { userInfo } from "node:os";
import { createInterface } from "node:readline";
import { createLogger } from "../../config/logger.ts";
import { createApiClient } from "../shell/api-client.ts";
import { loadBotConfigOrExit, understandingModelConfig } from "../shell/config.ts";
import { createUnderstandingModel } from "../shell/understanding-model.ts";
import { createOutbox } from "../shell/outbox.ts";
import { createRunner } from "../shell/runner.ts";
import { createFileStore, createMemoryStore } from "../shell/store.ts";

const config = loadBotConfigOrExit();

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const logger = createLogger(interactive ? "warn" : "silent");
// With BOT_DATA_DIR the conversation is kept on disk and goes on where it stopped next time.
const store = config.BOT_DATA_DIR ? await createFileStore(config.BOT_DATA_DIR) : createMemoryStore();
const api =
  config.API_URL && config.BOT_TOKEN
    ? createApiClient({ baseUrl: config.API_URL, token: config.BOT_TOKEN })
    : null;
const print = (replies: string[]) => {
  for (const r of replies)
    process.stdout.write(`${interactive ? "政策通：" : ""}${r}\n${interactive ? "\n" : "\n"}`);
};
const outbox = api
  ? createOutbox({
      store,
      api,
      logger,
      onSettled: async (item, result) => print(await runner.settled(item, result)),
    })
  : null;
const modelConfig = understandingModelConfig(config);
const runner = createRunner({
  store,
  outbox,
  api,
  logger,
  model: modelConfig ? createUnderstandingModel(modelConfig) : null,
  notifyStaff: async () => {
    print(["（终端模式：已记录您需要人工服务。也可直接联系淄博市商务局。）"]);
  },
});

// The terminal user stands in for a WeChat contact, so status queries find their applications.
const talker = `terminal:${userInfo().username}`;

if (interactive) {
  process.stdout.write(
    api
      ? `已连接申报系统 ${config.API_URL}。输入消息后回车，Ctrl+D 退出。\n\n`
      : "提示：未设置 API_URL 和 BOT_TOKEN，只能自测，申报不会提交。输入消息后回车，Ctrl+D 退出。\n\n",
  );
  print(await runner.handle(talker, "你好"));
}

if (!interactive && !api)
  process.stderr.write("提示：未设置 API_URL 和 BOT_TOKEN，只能自测，申报不会提交。\n");

const rl = createInterface({ input: process.stdin, terminal: interactive });
if (interactive) {
  rl.setPrompt("您：");
  rl.prompt();
}
outbox?.start();
// Lines are handled strictly one after another, even when piped in faster than they are answered.
let queue = Promise.resolve();
rl.on("line", (line) => {
  queue = queue.then(async () => {
    if (!interactive) process.stdout.write(`> ${line}\n`);
    print(await runner.handle(talker, line));
    if (interactive) rl.prompt();
  });
});
rl.on("close", () => {
  void queue.then(async () => {
    await outbox?.stop();
    const pending = outbox ? await outbox.pending() : [];
    if (pending.length > 0)
      process.stdout.write(`还有 ${pending.length} 份申报未能送达申报系统（终端模式不保存），请稍后重试。\n`);
    process.exit(0);
  });
});
