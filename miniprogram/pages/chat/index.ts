// 对话: the same assistant as in WeChat chats. Bubbles and the buttons of the current question come
// from utils/chat.ts; this page only shows them, sends what is typed or tapped, and shows errors.

import { ChatSession, type ChatSnapshot } from "../../utils/chat.js";
import { api, wxRequestSubscription, wxStore } from "../../utils/wx-adapter.js";

let session: ChatSession | null = null;

function chat(): ChatSession {
  if (!session) session = new ChatSession(api(), wxStore);
  return session;
}

Component({
  data: {
    messages: [] as ChatSnapshot["messages"],
    choices: [] as ChatSnapshot["choices"],
    input: "",
    busy: false,
    error: "",
  },
  methods: {
    onLoad() {
      const s = chat();
      s.onChange = (snapshot) => this.setData({ messages: snapshot.messages, choices: snapshot.choices });
      this.setData({ messages: s.snapshot.messages, choices: s.snapshot.choices, busy: true });
      s.open().then((outcome) => {
        this.setData({ busy: false, error: outcome.ok ? "" : outcome.message });
      });
    },

    onUnload() {
      if (session) session.onChange = null;
    },

    onInput(e: WechatMiniprogram.Input) {
      this.setData({ input: e.detail.value });
    },

    onSend() {
      this.send(this.data.input, true);
    },

    onChoose(e: WechatMiniprogram.CustomEvent<{ text: string }>) {
      this.send(e.detail.text, false);
    },

    /** Sends the text; a tap's subscribe request (「确认提交」) is made before anything else. */
    send(text: string, typed: boolean) {
      if (this.data.busy) return;
      const sending = chat().send(text, wxRequestSubscription);
      this.setData({ busy: true, error: "" });
      sending.then((outcome) => {
        if (outcome.ok) this.setData({ busy: false, input: typed ? "" : this.data.input });
        // Not sent: the text stays (a tapped button's text is put in the input to send again).
        else this.setData({ busy: false, error: outcome.message, input: outcome.keepText ? text : "" });
      });
    },

    onRestart() {
      wx.showModal({
        title: "重新开始",
        content: "将清空本机上的对话记录，开始新的对话。确定吗？",
        confirmText: "重新开始",
        cancelText: "取消",
        success: (res) => {
          if (!res.confirm) return;
          chat().clear();
          this.setData({ busy: true, error: "", input: "" });
          chat()
            .open()
            .then((outcome) => this.setData({ busy: false, error: outcome.ok ? "" : outcome.message }));
        },
      });
    },
  },
});
