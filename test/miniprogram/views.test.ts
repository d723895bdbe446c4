// What the pages show, from real data: an assessment of the real rules as result cards with a
// headline and the total of caps, the policy grouped by article, and an application with its
// decisions — amounts in 万元, never a promise of money.

import { describe, expect, it } from "vitest";
import { policyDocument } from "../../api/policy/document.ts";
import { assess } from "../../rules/index.ts";
import { applicationCard } from "../../miniprogram/utils/applications.ts";
import { policyView } from "../../miniprogram/utils/policy-view.ts";
import { FOOTNOTE, resultsView } from "../../miniprogram/utils/results.ts";
import type { PolicyDocument } from "../../miniprogram/utils/types.ts";

const doc: PolicyDocument = policyDocument(new Date("2025-06-01T02:00:00Z"));
const on = { assessedOn: "2025-06-01" };

describe("the results of a self-test", () => {
  it("lead with how many items fit and the total of caps, then each item with its amount and reason", () => {
    const view = resultsView(
      doc,
      assess({ subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000, ...on }),
    );
    expect(view.headline).toBe("您符合 1 项，奖励和补贴合计最高 10 万元（不含贷款）。");
    expect(view.items[0]).toMatchObject({
      clause: "leading-enterprise",
      title: "第二条 电商龙头企业流量补贴",
      status: "eligible",
      statusLabel: "✅ 符合条件",
      amountText: "最高 10 万元，按政策测算约 4 万元",
      note: "按每 1 万元最高 5 元测算；全市补贴总额不超过 500 万元（超出时怎么兑现，政策没有写明，以市商务局当年确定的兑现标准为准）。",
    });
    expect(view.items[0]!.reasons[0]).toContain("8000 万元");
    expect(view.items[0]!.citation).toContain("3000万元（含）以上");
    expect(view.fileable).toEqual([{ id: "leading-enterprise", name: "第二条 电商龙头企业流量补贴" }]);
    expect(view.footnote).toBe(FOOTNOTE);
  });

  it("leave out the items not meant for the subject, and list those that fit first", () => {
    const view = resultsView(
      doc,
      assess({ subjectType: "village", onlineRetailYuan: 15_000_000, activeShops: 25, ...on }),
    );
    expect(view.items.map((i) => i.clause)).toEqual(["village"]);
    expect(view.headline).toBe("您符合 1 项，奖励和补贴合计最高 30 万元（不含贷款）。");
    const enterprise = resultsView(
      doc,
      assess({ subjectType: "enterprise", loanAmountYuan: 2_000_000, ...on }),
    );
    const statuses = enterprise.items.map((i) => i.status);
    expect(statuses[0]).toBe("eligible");
    expect(statuses).toEqual(
      [...statuses].sort(
        (a, b) =>
          ["eligible", "manual_review", "needs_info", "ineligible"].indexOf(a) -
          ["eligible", "manual_review", "needs_info", "ineligible"].indexOf(b),
      ),
    );
  });

  it("never count the loan in the total of awards and subsidies", () => {
    const view = resultsView(doc, assess({ subjectType: "enterprise", loanAmountYuan: 2_000_000, ...on }));
    expect(view.headline).toBe("您符合 1 项。");
    expect(view.items.find((i) => i.clause === "loan")!.amountText).toBe(
      "单户贷款额度最高 1000 万元，由合作银行审批",
    );
  });

  it("say which answers are still needed, by their Chinese names", () => {
    const view = resultsView(doc, assess({ subjectType: "village", onlineRetailYuan: 15_000_000, ...on }));
    expect(view.headline).toBe("暂时还不能确定，请补充下面标 ❓ 的信息后再测一次。");
    expect(view.items[0]).toMatchObject({ status: "needs_info", missingText: "还需了解：活跃网店数量" });
    expect(view.missingFacts).toEqual(["activeShops"]);
    expect(view.fileable).toEqual([]);
  });

  it("say which condition was not met when nothing fits", () => {
    const view = resultsView(
      doc,
      assess({ subjectType: "village", onlineRetailYuan: 5_000_000, activeShops: 25, ...on }),
    );
    expect(view.headline).toBe("根据您填写的信息，暂时没有完全符合条件的项目。");
    expect(view.items[0]!.statusLabel).toBe("❌ 暂不符合");
    expect(view.items[0]!.reasons.join("")).toContain("500 万元");
  });

  it("mark the event subsidy as decided case by case, and let it be applied for", () => {
    const view = resultsView(
      doc,
      assess({
        subjectType: "park",
        hostsEvent: true,
        eventInfluence: "national",
        nationalDemoNewlyRecognized: false,
        ...on,
      }),
    );
    const event = view.items.find((i) => i.clause === "event")!;
    expect(event).toMatchObject({ status: "manual_review", amountText: "一事一议，由市商务局审核确定金额" });
    expect(view.fileable.map((f) => f.id)).toEqual(["event"]);
  });

  it("say when the date lies outside the policy's term", () => {
    const view = resultsView(doc, assess({ subjectType: "village", assessedOn: "2028-01-01" }));
    expect(view.headline).toBe(
      "评估日期 2028-01-01 不在政策有效期（2022年10月1日至2027年9月30日）内，暂无可申请的项目。",
    );
  });
});

describe("the policy page", () => {
  it("groups the thirteen clauses under their eight articles, in order", () => {
    const view = policyView(doc);
    expect(view.title).toBe("淄博市《关于支持全市电子商务高质量发展》");
    expect(view.validity).toBe("有效期：2022年10月1日至2027年9月30日");
    expect(view.articles.map((a) => a.title)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
      "第六条",
      "第七条",
      "第八条",
    ]);
    expect(view.articles.flatMap((a) => a.clauses).length).toBe(13);
  });

  it("shows each clause's name, who may apply, its amounts and the policy's sentence", () => {
    const clauses = policyView(doc).articles.flatMap((a) => a.clauses);
    const byId = (id: string) => clauses.find((c) => c.id === id)!;
    expect(byId("village")).toMatchObject({
      name: "电商村奖励",
      kindLabel: "奖励",
      subjectsText: "适用：行政村",
      amountText: "最高 30 万元",
    });
    expect(byId("self-live").amountText).toBe("按档次分别最高 30 万元 / 20 万元 / 10 万元");
    expect(byId("national-demo").subjectsText).toBe("适用：企业、电商产业园区（基地）");
    expect(byId("event").amountText).toBe("一事一议，由市商务局审核确定");
    expect(byId("loan").amountText).toBe("单户贷款额度最高 1000 万元，由合作银行审批");
    expect(byId("leading-enterprise").citation).toBe(
      doc.clauses.find((c) => c.id === "leading-enterprise")!.citation,
    );
  });

  it("names the articles by their titles when the server sends them", () => {
    const view = policyView({ ...doc, articles: [{ number: 1, title: "实施网络零售倍增计划" }] });
    expect(view.articles[0]!.title).toBe("第一条 实施网络零售倍增计划");
    expect(view.articles[1]!.title).toBe("第二条");
  });
});

describe("an application in 我的申报", () => {
  it("shows its number, status, items, time and each decision with the approved amount", () => {
    const card = applicationCard({
      id: "a1",
      number: "ZB-2026-000007",
      status: "approved",
      statusLabel: "已通过",
      clauses: [
        { id: "leading-enterprise", name: "电商龙头企业流量补贴" },
        { id: "loan", name: "“齐鲁电商贷”融资支持" },
      ],
      createdAt: "2026-03-01T01:30:00.000Z",
      decisions: [
        {
          decision: "needs_more_info",
          decisionLabel: "要求补充材料",
          note: "请补充纳统数据",
          approvedAmountYuan: null,
          at: "2026-03-02T02:00:00Z",
        },
        {
          decision: "approved",
          decisionLabel: "通过",
          note: "",
          approvedAmountYuan: 40_000,
          at: "2026-03-05T06:15:00Z",
        },
      ],
    });
    expect(card).toEqual({
      id: "a1",
      number: "ZB-2026-000007",
      status: "approved",
      statusLabel: "已通过",
      clausesText: "电商龙头企业流量补贴、“齐鲁电商贷”融资支持",
      createdText: "2026-03-01 09:30",
      decisions: [
        { label: "要求补充材料", note: "请补充纳统数据", amountText: "", atText: "2026-03-02 10:00" },
        { label: "通过", note: "", amountText: "核定金额 4 万元（40,000 元）", atText: "2026-03-05 14:15" },
      ],
      // Decided: no more materials, and no request shown.
      canUpload: false,
      request: "",
    });
  });

  it("offers the upload while open, and shows the bureau's latest 「补材料」 note when it asked for materials", () => {
    const base = {
      id: "a2",
      number: "ZB-2026-000008",
      clauses: [],
      createdAt: "2026-03-01T01:30:00.000Z",
    };
    const asked = (note: string, at: string) => ({
      decision: "needs_more_info",
      decisionLabel: "要求补充材料",
      note,
      approvedAmountYuan: null,
      at,
    });
    const waiting = applicationCard({ ...base, status: "submitted", statusLabel: "待审核", decisions: [] });
    expect(waiting).toMatchObject({ canUpload: true, request: "" });
    const needs = applicationCard({
      ...base,
      status: "needs_more_info",
      statusLabel: "待补材料",
      decisions: [
        asked("请补充营业执照", "2026-03-02T02:00:00Z"),
        asked("请补充2025年纳统证明", "2026-03-04T02:00:00Z"),
      ],
    });
    expect(needs).toMatchObject({ canUpload: true, request: "请补充2025年纳统证明" });
    const rejected = applicationCard({ ...base, status: "rejected", statusLabel: "已驳回", decisions: [] });
    expect(rejected.canUpload).toBe(false);
  });

  it("names the status itself when the server leaves the label out", () => {
    const card = applicationCard({
      id: "a",
      number: "N",
      status: "needs_more_info",
      statusLabel: "",
      clauses: [],
      createdAt: "",
      decisions: [],
    });
    expect(card.statusLabel).toBe("待补材料");
  });
});
