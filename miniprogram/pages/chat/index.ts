// 对话: the same assistant as in WeChat chats. Bubbles and the buttons of the current question come
// from utils/chat.ts; this page only shows them, sends what is typed or tapped, and shows errors.
// 「确认提交」 asks for the subscribe message, which WeChat allows only in a tap: a button or 发送,
// never the keyboard's send key. While the conversation collects the applicant's name, phone and
// 统一社会信用代码 (mode "apply"), the privacy agreement is asked for first.

import { applicationCard } from "../../utils/applications.js";
import { ChatSession, type ChatSnapshot, type SendOutcome } from "../../utils/chat.js";
import { PRIVACY_REFUSED, privacyWx, requirePrivacy } from "../../utils/privacy.js";
import type { SubscribeAnswer } from "../../utils/subscription.js";
import { api, wxRequestSubscription, wxStore } from "../../utils/wx-adapter.js";

let session: ChatSession | null = null;

function chat(): ChatSession {
  if (!session) session = new ChatSession(api(), wxStore);
  return session;
}

/** After filing, what the answer to the subscribe request means (said once, truthfully). */
function afterFiling(answer: SubscribeAnswer | undefined): string {
  if (answer === undefined || answer === "accept") return "";
  return "您没有允许订阅消息，审核结果不会另行通知，会保存在「我的申报」里，请记得去看。";
}

Component({
  data: {
    messages: [] as ChatSnapshot["messages"],
    choices: [] as ChatSnapshot["choices"],
    input: "",
    busy: false,
    error: "",
    /** An application the bureau asked materials for: { id, text } of the banner, or null. */
    waiting: null as null | { id: string; text: string },
  },
  methods: {
    onLoad() {
      const s = chat();
      s.onChange = (snapshot) => this.setData({ messages: snapshot.messages, choices: snapshot.choices });
      this.setData({ messages: s.snapshot.messages, choices: s.snapshot.choices, busy: true });
      s.open().then((outcome) => {
        this.setData({ busy: false, error: outcome.ok ? "" : outcome.message });
        this.checkWaiting();
      });
    },

    onShow() {
      if (!this.data.busy) this.checkWaiting();
    },

    /** The banner: the newest application waiting for materials, with what was asked; quiet on failure. */
    checkWaiting() {
      api()
        .myApplications()
        .then((res) => {
          const a = (res.items ?? []).find((i) => i.status === "needs_more_info");
          const note = a ? applicationCard(a).request : "";
          this.setData({
            waiting: a
              ? { id: a.id, text: `您的申报 ${a.number} 需要补充材料${note ? `：${note}` : "。"}` }
              : null,
          });
        })
        .catch(() => undefined);
    },

    onUploadWaiting() {
      const id = this.data.waiting?.id;
      if (id) wx.navigateTo({ url: `/pages/materials/index?id=${encodeURIComponent(id)}` });
    },

    onUnload() {
      if (session) session.onChange = null;
    },

    onInput(e: WechatMiniprogram.Input) {
      this.setData({ input: e.detail.value });
    },

    /** 发送 tapped: a tap, so 「确认提交」 may ask for the subscribe message. */
    onSend() {
      this.send(this.data.input, true, true);
    },

    /** The keyboard's send key: not a tap (「确认提交」 then asks for the button to be tapped). */
    onConfirmKey() {
      this.send(this.data.input, true, false);
    },

    onChoose(e: WechatMiniprogram.CustomEvent<{ text: string }>) {
      this.send(e.detail.text, false, true);
    },

    /** Sends the text; a tap's subscribe request (「确认提交」) is made before anything else. */
    send(text: string, typed: boolean, tapped: boolean) {
      if (this.data.busy) return;
      const s = chat();
      if (s.snapshot.mode === "apply") {
        // The applicant's details are being collected: the privacy agreement comes first.
        this.setData({ busy: true, error: "" });
        requirePrivacy(privacyWx(wx)).then((agreed) => {
          this.setData({ busy: false });
          if (!agreed) this.setData({ error: PRIVACY_REFUSED });
          else this.deliver(text, typed, tapped);
        });
        return;
      }
      this.deliver(text, typed, tapped);
    },

    deliver(text: string, typed: boolean, tapped: boolean) {
      const sending = chat().send(text, tapped ? wxRequestSubscription : undefined);
      this.setData({ busy: true, error: "" });
      sending.then((outcome: SendOutcome) => {
        if (outcome.ok)
          this.setData({
            busy: false,
            input: typed ? "" : this.data.input,
            error: afterFiling(outcome.subscription),
          });
        else if (outcome.needsTap) this.setData({ busy: false, error: outcome.message, input: "" });
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
