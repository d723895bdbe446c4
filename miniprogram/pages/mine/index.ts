// 我的申报: the person's applications, newest first, with their status and the bureau's decisions
// (GET /api/me/applications); read again each time the tab is shown and on a pull-down.

import { applicationCard, type ApplicationCardView } from "../../utils/applications.js";
import { api, wxRequestSubscription } from "../../utils/wx-adapter.js";

/** Statuses on which the bureau will still decide: a subscribe message may still come. */
const OPEN = ["submitted", "needs_more_info"];

Component({
  data: {
    loading: true,
    error: "",
    items: [] as ApplicationCardView[],
    /** An application still open and a template to ask for: offer 「接收审核结果通知」. */
    canSubscribe: false,
    subscribed: false,
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
          this.setData({
            loading: false,
            items,
            canSubscribe: api().subscribeTemplateId() !== null && items.some((i) => OPEN.includes(i.status)),
          });
        })
        .catch((e: unknown) =>
          this.setData({
            loading: false,
            error: e instanceof Error ? e.message : "申报记录暂时无法加载，请稍后下拉刷新重试。",
          }),
        );
    },

    /**
     * Each permission carries one message: after a decision that asks for more materials, the next
     * decision needs another. Asked inside the tap, as WeChat requires.
     */
    onSubscribe() {
      const template = api().subscribeTemplateId();
      if (!template) return;
      wxRequestSubscription([template]).then(() => this.setData({ subscribed: true }));
    },

    onCopy(e: WechatMiniprogram.CustomEvent<{ number: string }>) {
      wx.setClipboardData({ data: e.detail.number });
    },

    onGoForm() {
      wx.switchTab({ url: "/pages/form/index" });
    },
  },
});
