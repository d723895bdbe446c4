// 我的申报: the person's applications, newest first, with their status and the bureau's decisions
// (GET /api/me/applications); read again each time the tab is shown and on a pull-down. What it says
// of notices is what the server knows: a decision comes as a WeChat message only while the person's
// last 「允许」 is unspent; otherwise it waits here, and the page says so. An application the bureau
// asked materials for opens the upload (pages/materials).

import { applicationCard, type ApplicationCardView } from "../../utils/applications.js";
import { PRIVACY_REFUSED, privacyWx, requirePrivacy } from "../../utils/privacy.js";
import {
  askSubscription,
  NO_MESSAGES,
  subscriptionText,
  type SubscribeAnswer,
} from "../../utils/subscription.js";
import { api, wxRequestSubscription } from "../../utils/wx-adapter.js";

/** Statuses on which the bureau will still decide: a subscribe message may still come. */
const OPEN = ["submitted", "needs_more_info"];

Component({
  data: {
    loading: true,
    error: "",
    items: [] as ApplicationCardView[],
    /** An application still open: the notice card says where its decision will be told. */
    showNotice: false,
    /** …and a template to ask for: it offers 「接收审核结果通知」. */
    canSubscribe: false,
    willNotify: false,
    /** What the notice card says: will a decision come as a message, or wait here. */
    notice: "",
  },
  methods: {
    onShow() {
      this.load();
    },

    onPullDownRefresh() {
      this.load().then(() => wx.stopPullDownRefresh());
    },

    load(): Promise<void> {
      this.setData({ loading: true, error: "" });
      return api()
        .myApplications()
        .then((res) => {
          const items = (res.items ?? []).map(applicationCard);
          const s = res.subscription;
          const template = api().subscribeTemplateId() !== null;
          this.setData({
            loading: false,
            items,
            showNotice: items.some((i) => OPEN.includes(i.status)),
            canSubscribe: template,
            willNotify: s?.willNotify === true,
            notice: template ? subscriptionText(s?.answer ?? null, s?.willNotify === true) : NO_MESSAGES,
          });
        })
        .catch((e: unknown) =>
          this.setData({
            loading: false,
            error: e instanceof Error ? e.message : "申报记录暂时无法加载，请下拉刷新重试。",
          }),
        );
    },

    /**
     * Each permission carries one message: after a decision that asks for more materials, the next
     * decision needs another. Asked inside the tap, as WeChat requires; the answer is recorded and
     * shown as it is.
     */
    onSubscribe() {
      const template = api().subscribeTemplateId();
      if (!template) return;
      askSubscription(wxRequestSubscription, template, (answer: SubscribeAnswer) =>
        api().recordSubscription(answer, template),
      ).then((answer) =>
        this.setData({
          willNotify: answer === "accept",
          notice: subscriptionText(answer, answer === "accept"),
        }),
      );
    },

    /** Copies the number, once the privacy agreement is given (the clipboard is covered by it). */
    onCopy(e: WechatMiniprogram.CustomEvent<{ number: string }>) {
      requirePrivacy(privacyWx(wx)).then((agreed) => {
        if (agreed) wx.setClipboardData({ data: e.detail.number });
        else this.setData({ error: PRIVACY_REFUSED });
      });
    },

    onUpload(e: WechatMiniprogram.CustomEvent<{ id: string }>) {
      wx.navigateTo({ url: `/pages/materials/index?id=${encodeURIComponent(e.detail.id)}` });
    },

    onGoForm() {
      wx.switchTab({ url: "/pages/form/index" });
    },
  },
});
