// 表单自测: the self-test as a form built from the policy document (utils/policy-form.ts): first
// the subject type, then the questions for it; POST /api/assessments gives each item's result, and
// 「去申报」 takes the facts and the items that fit to the applicant form.

import { handOffFiling } from "../../utils/handoff.js";
import {
  formFields,
  isSubjectType,
  readForm,
  subjectOptions,
  type FormField,
  type FormValues,
  type Option,
} from "../../utils/policy-form.js";
import { resultsView, type ResultsView } from "../../utils/results.js";
import type { Facts, PolicyDocument, SubjectType } from "../../utils/types.js";
import { api } from "../../utils/wx-adapter.js";

let doc: PolicyDocument | null = null;
let values: FormValues = {};
let reveal: string[] = [];
let errors: Record<string, string> = {};
let assessedFacts: Facts | null = null;

Component({
  data: {
    loading: true,
    loadError: "",
    subjects: [] as Option[],
    subject: "",
    fields: [] as FormField[],
    formError: "",
    assessing: false,
    results: null as ResultsView | null,
    stale: false,
  },
  methods: {
    onLoad() {
      this.load();
    },

    load() {
      this.setData({ loading: true, loadError: "" });
      api()
        .policy()
        .then((d) => {
          doc = d;
          this.setData({ loading: false, subjects: subjectOptions(d) });
          this.render();
        })
        .catch((e: unknown) =>
          this.setData({
            loading: false,
            loadError: e instanceof Error ? e.message : "政策内容暂时无法加载，请稍后再试。",
          }),
        );
    },

    render() {
      const subject = this.data.subject;
      if (!doc || !isSubjectType(doc, subject)) return;
      const fields = formFields(doc, subject, values, reveal, errors);
      const old = this.data.fields;
      if (fields.length !== old.length || fields.some((f, i) => f.key !== old[i]?.key)) {
        this.setData({ fields });
        return;
      }
      // The same questions: only what changed, so an input being typed in is left alone.
      const patch: Record<string, FormField> = {};
      fields.forEach((f, i) => {
        if (JSON.stringify(f) !== JSON.stringify(old[i])) patch[`fields[${i}]`] = f;
      });
      if (Object.keys(patch).length > 0) this.setData(patch);
    },

    changed(key: string, value: string) {
      values = { ...values, [key]: value };
      const { [key]: _dropped, ...rest } = errors;
      errors = rest;
      this.setData({ stale: this.data.results !== null, formError: "" });
      this.render();
    },

    onSubject(e: WechatMiniprogram.TouchEvent) {
      const value = String(e.currentTarget.dataset["value"] ?? "");
      if (value === this.data.subject) return;
      reveal = [];
      errors = {};
      this.setData({ subject: value, results: null, stale: false, formError: "" });
      this.render();
    },

    onOption(e: WechatMiniprogram.TouchEvent) {
      this.changed(String(e.currentTarget.dataset["key"]), String(e.currentTarget.dataset["value"] ?? ""));
    },

    onPick(e: WechatMiniprogram.PickerChange) {
      const key = String(e.currentTarget.dataset["key"]);
      const field = this.data.fields.find((f) => f.key === key);
      const option = field?.options[Number(e.detail.value)];
      if (option) this.changed(key, option.value);
    },

    onInput(e: WechatMiniprogram.Input) {
      this.changed(String(e.currentTarget.dataset["key"]), e.detail.value);
    },

    onAssess() {
      const subject = this.data.subject;
      if (!doc || !isSubjectType(doc, subject)) {
        this.setData({ formError: "请先选择申报主体类型" });
        return;
      }
      const read = readForm(doc, subject as SubjectType, values, reveal);
      errors = read.errors;
      const bad = Object.keys(errors).length;
      if (bad > 0) {
        this.setData({ formError: `有 ${bad} 项填写有误，请按红色提示修改后再测评。` });
        this.render();
        return;
      }
      const current = doc;
      this.setData({ assessing: true, formError: "" });
      api()
        .assess(read.facts)
        .then((assessment) => {
          assessedFacts = read.facts;
          const view = resultsView(current, assessment);
          reveal = view.missingFacts;
          this.setData({ assessing: false, results: view, stale: false });
          this.render();
          wx.pageScrollTo({ selector: "#results", duration: 300 });
        })
        .catch((e: unknown) =>
          this.setData({
            assessing: false,
            formError: e instanceof Error ? e.message : "测评暂时无法完成，请稍后再试。",
          }),
        );
    },

    onApply() {
      const results = this.data.results;
      if (!doc || !results || !assessedFacts || this.data.stale) return;
      handOffFiling({ facts: assessedFacts, clauses: results.fileable, districts: [...doc.districts] });
      wx.navigateTo({ url: "/pages/apply/index" });
    },

    onReset() {
      values = {};
      reveal = [];
      errors = {};
      assessedFacts = null;
      this.setData({ results: null, stale: false, formError: "" });
      this.render();
    },
  },
});
