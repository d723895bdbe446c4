// 政策: the policy's articles and their clauses — who may apply, what each may give, and the
// sentence of the policy — from GET /api/policy, so the amounts are the bureau's current ones.

import { policyView, type PolicyView } from "../../utils/policy-view.js";
import { api } from "../../utils/wx-adapter.js";

Component({
  data: {
    loading: true,
    error: "",
    view: null as PolicyView | null,
  },
  methods: {
    onLoad() {
      this.load();
    },

    onPullDownRefresh() {
      this.load().then(() => wx.stopPullDownRefresh());
    },

    onRetry() {
      this.load();
    },

    load(): Promise<void> {
      this.setData({ loading: true, error: "" });
      return api()
        .policy()
        .then((doc) => this.setData({ loading: false, view: policyView(doc) }))
        .catch((e: unknown) =>
          this.setData({
            loading: false,
            error: e instanceof Error ? e.message : "政策内容暂时无法加载，请稍后再试。",
          }),
        );
    },
  },
});
