// 去申报: the applicant's details (checked here first: 统一社会信用代码 with its check character,
// the phone, the district from the list), consent, the items to apply for; then the subscribe
// request for the decision message, and POST /api/applications (utils/filing.ts). The privacy
// agreement is asked for when the page opens, before anything is typed; the subscribe request is made
// in the tap on 「提交申报」 itself (WeChat allows it nowhere else), its answer recorded and told.

import { Filing, checkApplicant, type ApplicantErrors, type ApplicantField } from "../../utils/filing.js";
import { pendingFiling, type PendingFiling } from "../../utils/handoff.js";
import { STATUS_LABELS } from "../../utils/labels.js";
import type { ApplicationRequest } from "../../utils/types.js";
import { PRIVACY_REFUSED, privacyWx, requirePrivacy } from "../../utils/privacy.js";
import { askSubscription, NO_MESSAGES, type SubscribeAnswer } from "../../utils/subscription.js";
import { api, wxRequestSubscription } from "../../utils/wx-adapter.js";

/** What the done card says of the decision's notice, by the answer to the subscribe request (null: not asked). */
function noticeAfterFiling(answer: SubscribeAnswer | null): string {
  if (answer === null) return `市商务局审核后，${NO_MESSAGES}`;
  return answer === "accept"
    ? "市商务局审核后，结果会通过微信服务通知告诉您，也可以随时在「我的申报」查看。"
    : "市商务局审核后，结果会显示在「我的申报」里（您没有允许订阅消息，不会另行通知），请记得回来查看。";
}

let pending: PendingFiling | null = null;
let filing: Filing | null = null;
/** The request last sent, for 「仍然提交」. */
let lastRequest: ApplicationRequest | null = null;
/** The privacy agreement: asked when the page opens, again at 「提交申报」 if it was refused. */
let privacyAgreed = false;
/** The answer to the subscribe request made at 「提交申报」. */
let subscription: SubscribeAnswer | null = null;

interface ClauseOption {
  id: string;
  name: string;
  checked: boolean;
}

Component({
  data: {
    ready: false,
    clauses: [] as ClauseOption[],
    districts: [] as string[],
    /** The district chosen, "" until one is. */
    district: "",
    pickerIndex: 0,
    name: "",
    uscc: "",
    contactName: "",
    contactPhone: "",
    consent: false,
    errors: {} as ApplicantErrors,
    message: "",
    duplicate: "",
    submitting: false,
    done: null as null | { number: string; statusLabel: string; notice: string },
  },
  methods: {
    onLoad() {
      pending = pendingFiling();
      filing = new Filing(api());
      lastRequest = null;
      privacyAgreed = false;
      if (!pending) return;
      // Before any name, phone or 统一社会信用代码 is typed.
      requirePrivacy(privacyWx(wx)).then((agreed) => {
        privacyAgreed = agreed;
        if (!agreed) this.setData({ message: PRIVACY_REFUSED });
      });
      // Signed in now, so the subscribe template is known when 「提交申报」 is tapped.
      api()
        .ready()
        .catch(() => undefined);
      this.setData({
        ready: true,
        clauses: pending.clauses.map((c) => ({ ...c, checked: true })),
        districts: pending.districts,
      });
    },

    onField(e: WechatMiniprogram.Input) {
      const field = String(e.currentTarget.dataset["field"]) as ApplicantField;
      this.setData({ [field]: e.detail.value, [`errors.${field}`]: "", message: "" });
    },

    onDistrict(e: WechatMiniprogram.PickerChange) {
      const index = Number(e.detail.value);
      this.setData({ district: this.data.districts[index] ?? "", pickerIndex: index, "errors.district": "" });
    },

    onClauses(e: WechatMiniprogram.CheckboxGroupChange) {
      const chosen = e.detail.value;
      this.setData({
        clauses: this.data.clauses.map((c) => ({ ...c, checked: chosen.includes(c.id) })),
        message: "",
      });
    },

    onConsent(e: WechatMiniprogram.CheckboxGroupChange) {
      this.setData({ consent: e.detail.value.length > 0, message: "" });
    },

    onSubmit() {
      if (!pending || !filing || this.data.submitting) return;
      if (!privacyAgreed) {
        requirePrivacy(privacyWx(wx)).then((agreed) => {
          privacyAgreed = agreed;
          this.setData({
            message: agreed ? "已同意隐私保护指引，请再点一次「提交申报」。" : PRIVACY_REFUSED,
          });
        });
        return;
      }
      if (!this.data.consent) {
        this.setData({ message: "请先阅读说明并勾选「同意」，我们才能提交您的申报信息。" });
        return;
      }
      const clauses = this.data.clauses.filter((c) => c.checked).map((c) => c.id);
      if (clauses.length === 0) {
        this.setData({ message: "请至少选择一个申报项目。" });
        return;
      }
      const { applicant, errors } = checkApplicant(
        {
          name: this.data.name,
          uscc: this.data.uscc,
          district: this.data.district,
          contactName: this.data.contactName,
          contactPhone: this.data.contactPhone,
        },
        this.data.districts,
      );
      if (!applicant) {
        this.setData({ errors, message: "有几项信息需要修改，请按红色提示更正。" });
        return;
      }
      const request: ApplicationRequest = { applicant, facts: pending.facts, clauses };
      // Asked inside the tap, as WeChat requires; the filing goes on whatever the answer.
      const template = api().subscribeTemplateId();
      const asked: Promise<SubscribeAnswer | null> = template
        ? askSubscription(wxRequestSubscription, template, (answer) =>
            api().recordSubscription(answer, template),
          )
        : Promise.resolve(null);
      this.setData({ submitting: true, message: "", duplicate: "", errors: {} });
      asked.then((answer) => {
        subscription = answer;
        this.file(request);
      });
    },

    onConfirmDuplicate() {
      if (!lastRequest || this.data.submitting) return;
      this.setData({ submitting: true, message: "", duplicate: "" });
      this.file({ ...lastRequest, confirmDuplicate: true });
    },

    onCancelDuplicate() {
      this.setData({ duplicate: "" });
    },

    file(request: ApplicationRequest) {
      if (!filing) return;
      lastRequest = request;
      filing.submit(request).then((outcome) => {
        switch (outcome.kind) {
          case "filed": {
            const a = outcome.application;
            this.setData({
              submitting: false,
              done: {
                number: a.number,
                statusLabel: STATUS_LABELS[a.status] ?? a.status,
                notice: noticeAfterFiling(subscription),
              },
            });
            return;
          }
          case "duplicate":
            this.setData({ submitting: false, duplicate: outcome.message });
            return;
          case "refused":
            this.setData({ submitting: false, message: outcome.message });
            return;
          case "failed":
            this.setData({
              submitting: false,
              message: `${outcome.message}您填写的信息已保留，可以再点「提交申报」重试。`,
            });
        }
      });
    },

    onMine() {
      wx.switchTab({ url: "/pages/mine/index" });
    },

    onBackToForm() {
      wx.switchTab({ url: "/pages/form/index" });
    },
  },
});
