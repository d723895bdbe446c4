// The chat's logic without WeChat: a conversation opened or resumed from storage, bubbles and the
// current buttons, a conversation the server lost started afresh, a refused message's text kept,
// and the subscribe request made before 「确认提交」 is sent.

import { describe, expect, it } from "vitest";
import { ApiError } from "../../miniprogram/utils/api.ts";
import {
  ChatSession,
  KEPT_MESSAGES,
  RESTARTED_NOTICE,
  TAP_TO_CONFIRM,
} from "../../miniprogram/utils/chat.ts";
import type { ConversationTurn, KeyValueStore, NewConversation } from "../../miniprogram/utils/types.ts";

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get: (k) => (map.has(k) ? JSON.parse(map.get(k)!) : undefined),
    set: (k, v) => void map.set(k, JSON.stringify(v)),
    remove: (k) => void map.delete(k),
  };
}

const turn = (replies: string[], extra: Partial<ConversationTurn> = {}): ConversationTurn => ({
  replies,
  asking: null,
  facts: {},
  mode: "menu",
  choices: [],
  ...extra,
});

function fakeApi(
  options: { template?: string | null; send?: (id: string, text: string) => ConversationTurn } = {},
) {
  const log: string[] = [];
  let conversations = 0;
  return {
    log,
    api: {
      subscribeTemplateId: () => (options.template === undefined ? "tmpl-1" : options.template),
      async startConversation(): Promise<NewConversation> {
        conversations++;
        log.push(`start c${conversations}`);
        return {
          id: `c${conversations}`,
          ...turn(["您好，我是政策通·电商。"], { choices: [{ label: "自测", text: "自测" }] }),
        };
      },
      async sendMessage(id: string, text: string): Promise<ConversationTurn> {
        log.push(`send ${id} ${text}`);
        return options.send ? options.send(id, text) : turn([`收到：${text}`]);
      },
    },
  };
}

describe("the chat session", () => {
  it("opens a new conversation and shows its greeting and buttons", async () => {
    const { api, log } = fakeApi();
    const chat = new ChatSession(api, memoryStore());
    expect(await chat.open()).toEqual({ ok: true });
    expect(log).toEqual(["start c1"]);
    expect(chat.snapshot).toMatchObject({
      conversationId: "c1",
      messages: [{ id: 1, from: "bot", text: "您好，我是政策通·电商。" }],
      choices: [{ label: "自测", text: "自测" }],
      mode: "menu",
    });
  });

  it("sends a message and shows the person's bubble, then the replies and the new buttons", async () => {
    const { api } = fakeApi({
      send: () =>
        turn(["请问您以什么身份申报？"], {
          mode: "assess",
          asking: "subjectType",
          choices: [
            { label: "企业", text: "企业" },
            { label: "行政村", text: "行政村" },
          ],
        }),
    });
    const chat = new ChatSession(api, memoryStore());
    await chat.open();
    const seen: number[] = [];
    chat.onChange = (s) => seen.push(s.messages.length);
    expect(await chat.send("  自测 ")).toEqual({ ok: true });
    expect(chat.snapshot.messages.map((m) => [m.from, m.text])).toEqual([
      ["bot", "您好，我是政策通·电商。"],
      ["user", "自测"],
      ["bot", "请问您以什么身份申报？"],
    ]);
    expect(chat.snapshot.choices.map((c) => c.label)).toEqual(["企业", "行政村"]);
    expect(chat.snapshot.asking).toBe("subjectType");
    // The person's bubble appears at once, before the answer comes.
    expect(seen[0]).toBe(2);
  });

  it("resumes the stored conversation after a restart instead of starting another", async () => {
    const store = memoryStore();
    const first = fakeApi();
    const chat = new ChatSession(first.api, store);
    await chat.open();
    await chat.send("自测");
    const second = fakeApi();
    const resumed = new ChatSession(second.api, store);
    await resumed.open();
    expect(second.log).toEqual([]);
    expect(resumed.snapshot.messages).toEqual(chat.snapshot.messages);
    await resumed.send("企业");
    expect(second.log).toEqual(["send c1 企业"]);
    expect(resumed.snapshot.messages.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts a new conversation when the server no longer has the old one, keeping the text to send again", async () => {
    const { api, log } = fakeApi({
      send: (id) => {
        if (id === "c1") throw new ApiError(404, "not_found", "对话不存在");
        return turn(["好的"]);
      },
    });
    const chat = new ChatSession(api, memoryStore());
    await chat.open();
    const outcome = await chat.send("3000万");
    expect(outcome).toEqual({ ok: false, message: RESTARTED_NOTICE, keepText: true });
    expect(log).toEqual(["start c1", "send c1 3000万", "start c2"]);
    expect(chat.snapshot.conversationId).toBe("c2");
    expect(chat.snapshot.messages.filter((m) => m.from === "user")).toEqual([]);
    expect(await chat.send("3000万")).toEqual({ ok: true });
    expect(log.at(-1)).toBe("send c2 3000万");
  });

  it("when sending too fast, shows the server's message, keeps the typed text and takes back the bubble", async () => {
    const { api } = fakeApi({
      send: () => {
        throw new ApiError(429, "rate_limited", "您发送得太快了，请稍等几秒再发。");
      },
    });
    const chat = new ChatSession(api, memoryStore());
    await chat.open();
    const outcome = await chat.send("村里去年卖了1500万");
    expect(outcome).toEqual({ ok: false, message: "您发送得太快了，请稍等几秒再发。", keepText: true });
    expect(chat.snapshot.messages.map((m) => m.from)).toEqual(["bot"]);
  });

  /** A fake whose reply to 「核对」 is the summary before filing (mode "confirm"). */
  const toConfirm = (id: string, text: string) =>
    text === "核对"
      ? turn(["请核对申报信息……确认无误请回复「确认提交」"], {
          mode: "confirm",
          choices: [
            { label: "确认提交", text: "确认提交" },
            { label: "取消", text: "取消" },
          ],
        })
      : turn([`${id} 收到：${text}`]);

  it("asks for the subscribe message before sending 「确认提交」 in the confirm step, and sends even when declined", async () => {
    const { api, log } = fakeApi({ send: toConfirm });
    const chat = new ChatSession(api, memoryStore());
    await chat.open();
    await chat.send("核对");
    expect(chat.snapshot.mode).toBe("confirm");
    const sending = chat.send("确认提交", async (ids) => {
      log.push(`subscribe ${ids.join(",")}`);
      throw new Error("requestSubscribeMessage:fail cancel");
    });
    // Asked at once, inside the tap, as WeChat requires.
    expect(log.at(-1)).toBe("subscribe tmpl-1");
    expect(await sending).toEqual({ ok: true, subscription: "unavailable" });
    expect(log).toEqual(["start c1", "send c1 核对", "subscribe tmpl-1", "send c1 确认提交"]);
  });

  it("does not file 「确认提交」 sent without a tap (the keyboard's send key): it asks for the button to be tapped", async () => {
    const { api, log } = fakeApi({ send: toConfirm });
    const chat = new ChatSession(api, memoryStore());
    await chat.open();
    await chat.send("核对");
    const typed = await chat.send("确认提交");
    expect(typed).toEqual({ ok: false, message: TAP_TO_CONFIRM, keepText: false, needsTap: true });
    expect(log).toEqual(["start c1", "send c1 核对"]);
    // The button is still there to tap.
    expect(chat.snapshot.choices.map((c) => c.text)).toContain("确认提交");
    // Without a template there is nothing to ask: the typed text files.
    const none = fakeApi({ template: null, send: toConfirm });
    const plain = new ChatSession(none.api, memoryStore());
    await plain.open();
    await plain.send("核对");
    expect(await plain.send("确认提交")).toEqual({ ok: true });
    expect(none.log.at(-1)).toBe("send c1 确认提交");
  });

  it("tells the server the answer to the subscribe request, and reports it", async () => {
    const { api, log } = fakeApi({ send: toConfirm });
    const recorded: string[] = [];
    const chat = new ChatSession(
      { ...api, recordSubscription: async (answer: string) => void recorded.push(answer) } as never,
      memoryStore(),
    );
    await chat.open();
    await chat.send("核对");
    const r = await chat.send("确认提交", async (ids) => ({ errMsg: "ok", [ids[0]!]: "reject" }));
    expect(r).toEqual({ ok: true, subscription: "reject" });
    expect(recorded).toEqual(["reject"]);
    expect(log.at(-1)).toBe("send c1 确认提交");
    await chat.send("核对");
    const banned = await chat.send("确认提交", async () => {
      throw { errMsg: "requestSubscribeMessage:fail", errCode: 20004 };
    });
    expect(banned).toEqual({ ok: true, subscription: "ban" });
    expect(recorded).toEqual(["reject", "ban"]);
  });

  it("does not ask for the subscription outside the confirm step, for other texts, or without a template", async () => {
    const asked: string[][] = [];
    const subscribe = async (ids: string[]) => {
      asked.push(ids);
      return {};
    };
    const { api } = fakeApi({ send: toConfirm });
    const chat = new ChatSession(api, memoryStore());
    await chat.open();
    await chat.send("确认提交", subscribe);
    await chat.send("核对");
    await chat.send("取消", subscribe);
    const none = fakeApi({ template: null, send: toConfirm });
    const other = new ChatSession(none.api, memoryStore());
    await other.open();
    await other.send("核对");
    expect(other.needsSubscription("确认提交")).toBe(true);
    // (Without a template there is nothing to ask, tapped or typed.)
    await other.send("确认提交", subscribe);
    expect(asked).toEqual([]);
  });

  it("refuses an empty message and a second one while the first is on its way", async () => {
    let release: () => void = () => {};
    const { api } = fakeApi();
    const slow = {
      ...api,
      sendMessage: (id: string, text: string) =>
        new Promise<ConversationTurn>((resolve) => {
          release = () => resolve(turn([`收到：${text}`]));
        }),
    };
    const chat = new ChatSession(slow, memoryStore());
    await chat.open();
    expect(await chat.send("   ")).toMatchObject({ ok: false, message: "请先输入内容" });
    const first = chat.send("自测");
    await Promise.resolve();
    expect(chat.sending).toBe(true);
    expect(await chat.send("企业")).toMatchObject({ ok: false, keepText: true });
    release();
    expect(await first).toEqual({ ok: true });
  });

  it("keeps the latest bubbles only, and forgets everything on 「重新开始」", async () => {
    const store = memoryStore();
    const { api } = fakeApi();
    const chat = new ChatSession(api, store);
    await chat.open();
    for (let i = 0; i < KEPT_MESSAGES; i++) await chat.send(`第${i}条`);
    expect(chat.snapshot.messages).toHaveLength(KEPT_MESSAGES);
    expect(chat.snapshot.messages.at(-1)!.text).toBe(`收到：第${KEPT_MESSAGES - 1}条`);
    chat.clear();
    expect(new ChatSession(api, store).snapshot).toEqual({
      conversationId: null,
      messages: [],
      choices: [],
      mode: "",
      asking: null,
    });
  });

  it("shows a polite message when the conversation cannot be opened", async () => {
    const { api } = fakeApi();
    const down = {
      ...api,
      startConversation: async (): Promise<NewConversation> => {
        throw new ApiError(0, "network", "网络连接失败，请检查网络后重试。");
      },
    };
    const chat = new ChatSession(down, memoryStore());
    expect(await chat.open()).toEqual({
      ok: false,
      message: "网络连接失败，请检查网络后重试。",
      keepText: true,
    });
    expect(await chat.send("自测")).toEqual({
      ok: false,
      message: "网络连接失败，请检查网络后重试。",
      keepText: true,
    });
  });
});
