// The chat as a mobile web page (contract §10): the same conversation core as WeChat, over the API.
// A visitor gets a session of their own (POST /api/chat/visitors), kept in localStorage with the
// conversation's id and the last bubbles, so a reload goes on where it was. Text is always put in
// with textContent: nothing a person or the server says is read as HTML. 我的申报 (mine.js) shows the
// visitor's applications and takes materials; one waiting for materials is announced above the chat.

import { createMine } from "./mine.js";

const KEY = "zibo-chat";
const MAX_KEPT = 60;
const log = document.getElementById("log");
const choicesBox = document.getElementById("choices");
const notice = document.getElementById("notice");
const form = document.getElementById("composer");
const input = document.getElementById("text");
const sendButton = document.getElementById("send");
const alertBox = document.getElementById("alert");

/** { token, expiresAt, conversationId, bubbles: [{ who, text }] } */
let saved = load();
let busy = false;

function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "{}") ?? {};
  } catch {
    return {};
  }
}
function keep() {
  saved.bubbles = (saved.bubbles ?? []).slice(-MAX_KEPT);
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    /* private mode: the page still works, it just forgets on reload */
  }
}

function bubble(who, text, remember = true) {
  const div = document.createElement("div");
  div.className = `bubble ${who}`;
  div.textContent = text;
  log.append(div);
  log.scrollTop = log.scrollHeight;
  if (remember) {
    saved.bubbles = [...(saved.bubbles ?? []), { who, text }];
    keep();
  }
  return div;
}

function say(message) {
  notice.textContent = message;
  notice.hidden = !message;
}

/** Keeps the newest bubble in view once the buttons below have taken their room. */
function scrollToEnd() {
  requestAnimationFrame(() => (log.scrollTop = log.scrollHeight));
}

function showChoices(choices) {
  choicesBox.replaceChildren(
    ...(choices ?? []).map((c) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = c.label;
      b.setAttribute("aria-label", `回复：${c.label}`);
      b.addEventListener("click", () => void send(c.text));
      return b;
    }),
  );
  scrollToEnd();
}

class HttpError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `请求失败（${status}）`);
    this.status = status;
    this.code = body?.error?.code;
  }
}

async function call(method, path, body) {
  const headers = { accept: "application/json" };
  if (saved.token) headers.authorization = `Bearer ${saved.token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new HttpError(0, { error: { message: "网络连接不上，请检查网络后再试。" } });
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new HttpError(res.status, data);
  return data;
}

async function ensureSession() {
  if (saved.token && Date.parse(saved.expiresAt) > Date.now() + 60_000) return;
  const s = await call("POST", "/api/chat/visitors");
  saved = { token: s.token, expiresAt: s.expiresAt, bubbles: [] };
  keep();
}

async function newConversation() {
  log.replaceChildren();
  saved.bubbles = [];
  const c = await call("POST", "/api/conversations");
  saved.conversationId = c.id;
  keep();
  for (const r of c.replies) bubble("bot", r);
  showChoices(c.choices);
}

/** The banner above the chat: an application the bureau asked materials for, and a button to send them. */
function showWaiting(items) {
  const waiting = (items ?? []).filter((a) => a.status === "needs_more_info");
  if (waiting.length === 0) {
    alertBox.hidden = true;
    alertBox.replaceChildren();
    return;
  }
  const a = waiting[0];
  const note = [...(a.decisions ?? [])].reverse().find((d) => d.decision === "needs_more_info")?.note;
  const text = document.createElement("span");
  text.textContent = `您的申报 ${a.number} 需要补充材料${note ? `：${note}` : "。"}`;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "上传材料";
  button.setAttribute("aria-label", `为申报 ${a.number} 上传补充材料`);
  button.addEventListener("click", () => void mine.open(a.id));
  alertBox.replaceChildren(text, button);
  alertBox.hidden = false;
}

const mine = createMine({
  panel: document.getElementById("mine"),
  list: document.getElementById("mine-list"),
  call,
  token: () => saved.token,
  onChange: showWaiting,
});

/** Whether the visitor has an application waiting for materials (the banner); quiet on failure. */
async function checkWaiting() {
  try {
    showWaiting((await call("GET", "/api/me/applications")).items);
  } catch {
    /* the banner is a help, not a must */
  }
}

async function start() {
  try {
    await ensureSession();
    void checkWaiting();
    if (saved.conversationId) {
      try {
        const c = await call("GET", `/api/conversations/${saved.conversationId}`);
        for (const b of saved.bubbles ?? []) bubble(b.who, b.text, false);
        showChoices(c.choices);
        return;
      } catch (e) {
        if (e.status === 401) {
          saved = {};
          await ensureSession();
        } else if (e.status !== 404) throw e;
      }
    }
    await newConversation();
  } catch (e) {
    say(`${e.message} 请稍后刷新页面重试。`);
  }
}

async function send(text) {
  const t = text.trim();
  if (!t) return;
  if (busy) {
    say("请稍候，上一条消息还在处理。");
    return;
  }
  busy = true;
  sendButton.disabled = true;
  say("");
  const pending = bubble("me", t, false);
  pending.classList.add("pending");
  try {
    const turn = await call("POST", `/api/conversations/${saved.conversationId}/messages`, { text: t });
    pending.classList.remove("pending");
    saved.bubbles = [...(saved.bubbles ?? []), { who: "me", text: t }];
    keep();
    // Only what was sent is cleared: anything typed while waiting stays.
    if (input.value.trim() === t) input.value = "";
    for (const r of turn.replies) bubble("bot", r);
    showChoices(turn.choices);
    // A status asked or an application filed: the banner follows what is on record.
    if (turn.replies.some((r) => /ZB-\d{4}-\d{6}/.test(r))) void checkWaiting();
  } catch (e) {
    pending.remove();
    // The typed text stays in the box: nothing is lost, the person can send it again.
    if (input.value.trim() === "") input.value = t;
    if (e.status === 404 || e.status === 401) {
      say("之前的对话已结束，已为您开始新的对话，请再发一次。");
      if (e.status === 401) saved = {};
      await ensureSession().catch(() => undefined);
      await newConversation().catch((err) => say(err.message));
    } else say(e.message);
  } finally {
    busy = false;
    sendButton.disabled = false;
    input.focus();
  }
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  void send(input.value);
});
input.addEventListener("keydown", (e) => {
  // Enter sends; Shift+Enter (or a phone's IME composing) makes a new line.
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    void send(input.value);
  }
});
document.getElementById("restart").addEventListener("click", () => {
  // One tap would throw the whole conversation away: asked first (filed applications stay in 我的申报).
  if (
    !window.confirm("重新开始会清空这段对话（已提交的申报不受影响，可在「我的申报」查看）。确定重新开始吗？")
  )
    return;
  void newConversation().catch((e) => say(e.message));
});
document.getElementById("mine-open").addEventListener("click", () => void mine.open());
document.getElementById("mine-close").addEventListener("click", () => {
  mine.close();
  void checkWaiting();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !document.getElementById("mine").hidden) {
    mine.close();
    void checkWaiting();
  }
});

void start();
