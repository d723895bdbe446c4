// The 对话 page's logic, without `wx`: the conversation (POST /api/conversations, then one
// message at a time), the bubbles and the buttons of the current question, kept in storage so a
// restart resumes where the person was. A conversation the server no longer has is started afresh;
// a failed send keeps the typed text so nothing is lost; 「确认提交」 first asks for the subscribe
// message that will carry the decision — only from a tap, as WeChat allows: typed and sent with the
// keyboard's send key it is not sent, and the person is asked to tap the button.

import { ApiError, type ApiClient } from "./api.js";
import { askSubscription, type SubscribeAnswer, type SubscribeRequest } from "./subscription.js";
import type { Choice, ConversationTurn, KeyValueStore } from "./types.js";

export interface ChatMessage {
  id: number;
  from: "bot" | "user";
  text: string;
}

export interface ChatSnapshot {
  conversationId: string | null;
  messages: ChatMessage[];
  choices: Choice[];
  mode: string;
  asking: string | null;
}

export type SendOutcome =
  /** Sent; `subscription` is the answer when the subscribe message was asked for. */
  | { ok: true; subscription?: SubscribeAnswer }
  /**
   * Not sent: show `message`; `keepText` says the typed text should stay in the input; `needsTap`
   * that 「确认提交」 must be tapped (the keyboard's send key cannot ask for the subscribe message).
   */
  | { ok: false; message: string; keepText: boolean; needsTap?: boolean };

/** Asks WeChat for the subscribe message (wx.requestSubscribeMessage); only ever called in a tap. */
export type RequestSubscription = SubscribeRequest;

export const TAP_TO_CONFIRM =
  "请点下方的「确认提交」按钮提交：微信只允许在点按按钮时询问您是否接收审核结果通知。";

export const CONFIRM_TEXT = "确认提交";
export const RESTARTED_NOTICE =
  "之前的对话已结束，已为您开始新的对话。刚才的内容还在输入框里，可以再发送一次。";
const STORAGE_KEY = "zibo-policy.chat";
/** Bubbles kept across launches; older ones are dropped. */
export const KEPT_MESSAGES = 200;

type ChatApi = Pick<ApiClient, "startConversation" | "sendMessage" | "subscribeTemplateId"> &
  Partial<Pick<ApiClient, "recordSubscription">>;

export class ChatSession {
  private readonly api: ChatApi;
  private readonly store: KeyValueStore;
  private state: ChatSnapshot;
  private nextId: number;
  private busy = false;
  /** Called after every change of the snapshot (the page re-renders). */
  onChange: ((snapshot: ChatSnapshot) => void) | null = null;

  constructor(api: ChatApi, store: KeyValueStore) {
    this.api = api;
    this.store = store;
    this.state = readSnapshot(store.get(STORAGE_KEY));
    this.nextId = this.state.messages.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  }

  get snapshot(): ChatSnapshot {
    return this.state;
  }

  get sending(): boolean {
    return this.busy;
  }

  /** Whether the text files the application: then the subscribe message is asked for first. */
  needsSubscription(text: string): boolean {
    return this.state.mode === "confirm" && text.trim() === CONFIRM_TEXT;
  }

  /** Opens the chat: the stored conversation when there is one, else a new one. */
  async open(): Promise<SendOutcome> {
    if (this.state.conversationId) return { ok: true };
    return this.restart();
  }

  /** Starts a new conversation, keeping the bubbles shown so far. */
  async restart(): Promise<SendOutcome> {
    try {
      const c = await this.api.startConversation();
      this.state = { ...this.state, conversationId: c.id };
      this.apply(c);
      return { ok: true };
    } catch (e) {
      return { ok: false, message: messageOf(e), keepText: true };
    }
  }

  /**
   * Sends a message (typed, or a button's text). `requestSubscription` is given only from a tap (a
   * button, or 发送); when the text is 「确认提交」 in the confirm step, the subscribe request is made
   * first — synchronously, inside the tap — its answer told to the server, and the message sent
   * whatever the answer. Without it (the keyboard's send key) 「确认提交」 is not sent: the person is
   * asked to tap the button, so nothing is filed without the question WeChat lets only a tap ask.
   */
  async send(text: string, requestSubscription?: RequestSubscription): Promise<SendOutcome> {
    const t = text.trim();
    if (t === "") return { ok: false, message: "请先输入内容", keepText: true };
    if (this.busy) return { ok: false, message: "上一条消息还在发送，请稍候", keepText: true };
    const template = this.api.subscribeTemplateId();
    const asks = template !== null && this.needsSubscription(t);
    if (asks && !requestSubscription)
      return { ok: false, message: TAP_TO_CONFIRM, keepText: false, needsTap: true };
    this.busy = true;
    let asked: Promise<SubscribeAnswer | undefined> = Promise.resolve(undefined);
    if (asks && requestSubscription) {
      const record = (answer: SubscribeAnswer) =>
        this.api.recordSubscription ? this.api.recordSubscription(answer, template) : Promise.resolve();
      asked = askSubscription(requestSubscription, template, record);
    }
    try {
      const subscription = await asked;
      if (!this.state.conversationId) {
        const opened = await this.restart();
        if (!opened.ok) return opened;
      }
      const mine: ChatMessage = { id: this.nextId++, from: "user", text: t };
      this.state = { ...this.state, messages: [...this.state.messages, mine] };
      this.changed();
      try {
        const turn = await this.api.sendMessage(this.state.conversationId!, t);
        this.apply(turn);
        return subscription ? { ok: true, subscription } : { ok: true };
      } catch (e) {
        // The message did not arrive: take its bubble back, the text stays in the input.
        this.state = { ...this.state, messages: this.state.messages.filter((m) => m !== mine) };
        this.changed();
        if (e instanceof ApiError && e.status === 404) {
          this.state = { ...this.state, conversationId: null };
          const restarted = await this.restart();
          return restarted.ok ? { ok: false, message: RESTARTED_NOTICE, keepText: true } : restarted;
        }
        this.save();
        return { ok: false, message: messageOf(e), keepText: true };
      }
    } finally {
      this.busy = false;
    }
  }

  /** Forgets the conversation and its bubbles (「重新开始」 from the page). */
  clear(): void {
    this.state = emptySnapshot();
    this.store.remove(STORAGE_KEY);
    this.changed();
  }

  private apply(turn: ConversationTurn): void {
    const replies = (turn.replies ?? []).map((text) => ({ id: this.nextId++, from: "bot" as const, text }));
    this.state = {
      conversationId: this.state.conversationId,
      messages: [...this.state.messages, ...replies].slice(-KEPT_MESSAGES),
      choices: Array.isArray(turn.choices) ? turn.choices : [],
      mode: typeof turn.mode === "string" ? turn.mode : "",
      asking: turn.asking ?? null,
    };
    this.save();
  }

  private save(): void {
    this.store.set(STORAGE_KEY, this.state);
    this.changed();
  }

  private changed(): void {
    this.onChange?.(this.state);
  }
}

function messageOf(e: unknown): string {
  return e instanceof ApiError ? e.message : "出了点问题，请稍后再试。";
}

function emptySnapshot(): ChatSnapshot {
  return { conversationId: null, messages: [], choices: [], mode: "", asking: null };
}

function readSnapshot(value: unknown): ChatSnapshot {
  const v = value as Partial<ChatSnapshot> | null | undefined;
  if (!v || typeof v !== "object") return emptySnapshot();
  const messages = Array.isArray(v.messages)
    ? v.messages.filter(
        (m): m is ChatMessage =>
          !!m &&
          typeof m.id === "number" &&
          (m.from === "bot" || m.from === "user") &&
          typeof m.text === "string",
      )
    : [];
  return {
    conversationId: typeof v.conversationId === "string" ? v.conversationId : null,
    messages,
    choices: Array.isArray(v.choices)
      ? v.choices.filter((c): c is Choice => !!c && typeof c.label === "string" && typeof c.text === "string")
      : [],
    mode: typeof v.mode === "string" ? v.mode : "",
    asking: typeof v.asking === "string" ? v.asking : null,
  };
}
