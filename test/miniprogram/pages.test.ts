// @vitest-environment jsdom
// The pages, rendered by miniprogram-simulate with a stand-in `wx` whose wx.request answers like
// the API (the real policy document, the real rules' assessment): a person taps and types as on
// the phone, and the test sees what is sent, in which order, and what is shown.

import simulate from "miniprogram-simulate";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { policyDocument } from "../../api/policy/document.ts";
import { assess, DISTRICTS, usccCheckCharacter } from "../../rules/index.ts";
import { buildMiniprogram, forgetModules, load, type BuiltMiniprogram } from "./support/build.ts";
import { fakeWx, settle, type FakeRequest, type FakeWx, type Route } from "./support/fake-wx.ts";

let mp: BuiltMiniprogram;
beforeAll(() => {
  mp = buildMiniprogram();
});
afterAll(() => mp.remove());
afterEach(() => {
  delete (globalThis as { wx?: unknown }).wx;
});

type Page = ReturnType<typeof simulate.render>;
const text = (node: { dom?: Element } | undefined) => node?.dom?.textContent?.trim() ?? "";
const login = { token: "tok", expiresAt: "2099-01-01T00:00:00Z", subscribeTemplateId: "tmpl-decision" };

/** Installs a fake `wx` answering the login and then `route`. */
function install(route: Route, options?: Parameters<typeof fakeWx>[1]): FakeWx {
  const f = fakeWx(
    (req) =>
      req.path === "/api/miniprogram/login"
        ? { status: 200, body: login }
        : req.path === "/api/me/subscription"
          ? {
              status: 200,
              body: {
                answer: (req.data as { answer: string }).answer,
                answeredAt: "2026-06-01T00:00:00Z",
                willNotify: (req.data as { answer: string }).answer === "accept",
              },
            }
          : route(req),
    options,
  );
  (globalThis as { wx?: unknown }).wx = f.wx;
  return f;
}

/** Opens a page as WeChat does: rendered, attached, then its onLoad and onShow. */
async function open(name: string, fresh = true): Promise<Page> {
  if (fresh) forgetModules(mp);
  const page = simulate.render(load(mp, name));
  page.attach(document.createElement("parent-wrapper"));
  const instance = page.instance as { onLoad?: () => void; onShow?: () => void };
  instance.onLoad?.();
  instance.onShow?.();
  await settle();
  return page;
}

async function tap(node: { dispatchEvent(name: string, o?: object): void } | undefined) {
  expect(node).toBeDefined();
  node!.dispatchEvent("tap");
  await settle();
}

async function type(node: { dispatchEvent(name: string, o?: object): void } | undefined, value: string) {
  expect(node).toBeDefined();
  node!.dispatchEvent("input", { detail: { value } });
  await settle();
}

const messagesOf = (f: FakeWx) => f.requests.filter((r) => r.path.endsWith("/messages"));

describe("the chat page", () => {
  function chatServer(
    extra: (req: FakeRequest) => { status: number; body: unknown } | undefined = () => undefined,
  ): Route {
    return (req) => {
      const answer = extra(req);
      if (answer) return answer;
      if (req.path === "/api/conversations")
        return {
          status: 201,
          body: {
            id: "c1",
            replies: ["您好！我是政策通·电商。"],
            asking: null,
            facts: {},
            mode: "menu",
            choices: [{ label: "自测", text: "自测" }],
          },
        };
      const { text: said } = req.data as { text: string };
      if (said === "核对")
        return {
          status: 200,
          body: {
            replies: ["请核对：……确认无误请回复「确认提交」"],
            asking: null,
            facts: {},
            mode: "confirm",
            choices: [
              { label: "确认提交", text: "确认提交" },
              { label: "取消", text: "取消" },
            ],
          },
        };
      return {
        status: 200,
        body: {
          replies: [`收到：${said}`],
          asking: "subjectType",
          facts: {},
          mode: "assess",
          choices: [{ label: "企业", text: "企业" }],
        },
      };
    };
  }

  it("opens a conversation, shows the greeting, and sends a tapped button's text", async () => {
    const f = install(chatServer());
    const page = await open("pages/chat/index");
    expect(f.log.slice(0, 3)).toEqual(["login", "POST /api/miniprogram/login", "POST /api/conversations"]);
    const list = page.querySelector("#messages")!;
    expect(list.querySelectorAll(".bubble").map(text)).toEqual(["您好！我是政策通·电商。"]);
    await tap(list.querySelector(".choice"));
    expect(messagesOf(f).map((r) => [r.path, r.data, r.header["Authorization"]])).toEqual([
      ["/api/conversations/c1/messages", { text: "自测" }, "Bearer tok"],
    ]);
    expect(list.querySelectorAll(".bubble").map(text)).toEqual([
      "您好！我是政策通·电商。",
      "自测",
      "收到：自测",
    ]);
    expect(list.querySelectorAll(".choice").map(text)).toEqual(["企业"]);
  });

  it("sends what is typed and empties the input", async () => {
    const f = install(chatServer());
    const page = await open("pages/chat/index");
    await type(page.querySelector(".input"), "村里去年卖了1500万");
    await tap(page.querySelector(".send"));
    expect(messagesOf(f).map((r) => r.data)).toEqual([{ text: "村里去年卖了1500万" }]);
    expect(page.data.input).toBe("");
  });

  it("at the summary, asks for the subscribe message before sending 「确认提交」, and sends it even when declined", async () => {
    const f = install(chatServer(), { subscribe: "reject" });
    const page = await open("pages/chat/index");
    await type(page.querySelector(".input"), "核对");
    await tap(page.querySelector(".send"));
    const confirm = page.querySelector("#messages")!.querySelectorAll(".choice")[0];
    expect(text(confirm)).toBe("确认提交");
    await tap(confirm);
    expect(f.log.filter((l) => l === "requestSubscribeMessage" || l.endsWith("/messages"))).toEqual([
      "POST /api/conversations/c1/messages",
      "requestSubscribeMessage",
      "POST /api/conversations/c1/messages",
    ]);
    expect(f.calls.find(([n]) => n === "requestSubscribeMessage")![1].tmplIds).toEqual(["tmpl-decision"]);
    expect(messagesOf(f).at(-1)!.data).toEqual({ text: "确认提交" });
  });

  it("when sending too fast, shows the server's message and keeps the typed text", async () => {
    const f = install(
      chatServer((req) =>
        req.path.endsWith("/messages")
          ? {
              status: 429,
              body: { error: { code: "rate_limited", message: "您发送得太快了，请稍等几秒再发。" } },
            }
          : undefined,
      ),
    );
    const page = await open("pages/chat/index");
    await type(page.querySelector(".input"), "我们自播今年卖了2600万");
    await tap(page.querySelector(".send"));
    expect(messagesOf(f)).toHaveLength(1);
    expect(text(page.querySelector(".error"))).toBe("您发送得太快了，请稍等几秒再发。");
    expect(page.data.input).toBe("我们自播今年卖了2600万");
    expect(page.querySelector("#messages")!.querySelectorAll(".bubble").map(text)).toEqual([
      "您好！我是政策通·电商。",
    ]);
  });

  it("resumes the same conversation after the app restarts", async () => {
    const f = install(chatServer());
    const first = await open("pages/chat/index");
    await tap(first.querySelector("#messages")!.querySelector(".choice"));
    const again = await open("pages/chat/index");
    expect(f.requests.filter((r) => r.path === "/api/conversations")).toHaveLength(1);
    expect(f.requests.filter((r) => r.path === "/api/miniprogram/login")).toHaveLength(1);
    expect(again.querySelector("#messages")!.querySelectorAll(".bubble").map(text)).toEqual([
      "您好！我是政策通·电商。",
      "自测",
      "收到：自测",
    ]);
  });
});

const doc = policyDocument(new Date("2025-06-01T02:00:00Z"));
const CODE17 = "91370303MA3C0K2L1";
const USCC = CODE17 + usccCheckCharacter(CODE17);

/** The API for the form and the filing: the real document and assessment; filing answers from `file`. */
function policyServer(
  file: (req: FakeRequest) => { status: number; body: unknown } = () => ({ status: 500, body: null }),
): Route {
  return (req) => {
    if (req.path === "/api/policy") return { status: 200, body: doc };
    if (req.path === "/api/assessments")
      return { status: 200, body: assess({ ...(req.data as object), assessedOn: "2025-06-01" } as never) };
    if (req.path === "/api/applications") return file(req);
    return { status: 404, body: { error: { code: "not_found", message: "没有这个地址" } } };
  };
}

async function assessAsEnterprise(f: FakeWx): Promise<Page> {
  const page = await open("pages/form/index");
  expect(f.log).toContain("GET /api/policy");
  const subjects = page.querySelectorAll(".segment");
  expect(subjects.map(text)).toEqual(["企业", "行政村", "乡镇", "电商产业园区（基地）"]);
  await tap(subjects[0]);
  const retail = page.querySelectorAll(".input")[0];
  expect(page.data.fields[0].key).toBe("physicalGoodsRetailYuan");
  await type(retail, "8000");
  await tap(page.querySelector(".primary"));
  return page;
}

describe("the self-test form page", () => {
  it("builds the form from the policy, sends the facts in yuan, and shows each item's result", async () => {
    const f = install(policyServer());
    const page = await assessAsEnterprise(f);
    const sent = f.requests.find((r) => r.path === "/api/assessments")!;
    expect(sent.data).toEqual({ subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 });
    expect(sent.header["Authorization"]).toBeUndefined();
    expect(text(page.querySelector(".headline"))).toBe(
      "您符合 1 项，奖励和补贴合计最高 10 万元（不含贷款）。",
    );
    expect(page.data.results.items[0].amountText).toBe("最高 10 万元，按政策测算约 4 万元");
    expect(page.querySelectorAll(".primary").map(text)).toContain("去申报");
  });

  it("shows a follow-up question once its screening question is answered 「是」", async () => {
    install(policyServer());
    const page = await open("pages/form/index");
    await tap(page.querySelectorAll(".segment")[0]);
    const keys = () => (page.data.fields as { key: string }[]).map((x) => x.key);
    expect(keys()).not.toContain("shopRetailYuan");
    const yes = page
      .querySelectorAll(".segment")
      .find((s) => s.dom!.getAttribute("data-key") === "newShop" && text(s) === "是");
    expect(text(yes)).toBe("是");
    await tap(yes);
    expect(keys()).toContain("shopRetailYuan");
  });

  it("says what to correct instead of sending a value that is not a number", async () => {
    const f = install(policyServer());
    const page = await open("pages/form/index");
    await tap(page.querySelectorAll(".segment")[1]);
    await type(page.querySelectorAll(".input")[0], "一千五百万");
    await tap(page.querySelector(".primary"));
    expect(f.requests.some((r) => r.path === "/api/assessments")).toBe(false);
    expect(text(page.querySelector(".form-error"))).toBe("有 1 项填写有误，请按红色提示修改后再测评。");
    expect(text(page.querySelector(".field .error-text"))).toBe(
      "请填写数字，单位为万元，例如 3500（即 3500 万元），最多 4 位小数",
    );
  });
});

describe("filing from the form", () => {
  async function toApplicantForm(f: FakeWx): Promise<Page> {
    const form = await assessAsEnterprise(f);
    await tap(form.querySelectorAll(".primary").find((b) => text(b) === "去申报"));
    expect(f.calls.find(([n]) => n === "navigateTo")![1].url).toBe("/pages/apply/index");
    return open("pages/apply/index", false);
  }

  async function fillIn(page: Page, details: { uscc?: string; phone?: string } = {}) {
    const inputs = page.querySelectorAll(".input");
    await type(inputs[0], "淄博某某电子商务有限公司");
    await type(inputs[1], details.uscc ?? USCC);
    await type(inputs[2], "张三");
    await type(inputs[3], details.phone ?? "13800000000");
    page.querySelector(".district-picker")!.dispatchEvent("change", { detail: { value: 0 } });
    page.querySelector(".consent")!.dispatchEvent("change", { detail: { value: ["yes"] } });
    await settle();
    expect(text(page.querySelector(".picker"))).toBe("张店区▾");
    expect(page.data.consent).toBe(true);
  }

  it("asks for the subscribe message, then files with an Idempotency-Key, and shows the number", async () => {
    const f = install(
      policyServer((req) => ({
        status: 201,
        body: {
          id: "a1",
          number: "ZB-2025-000001",
          status: "submitted",
          clauses: (req.data as { clauses: string[] }).clauses,
          assessment: {},
        },
      })),
    );
    const page = await toApplicantForm(f);
    expect(page.data.clauses).toEqual([
      { id: "leading-enterprise", name: "第二条 电商龙头企业流量补贴", checked: true },
    ]);
    expect(page.data.districts).toEqual([...DISTRICTS]);
    await fillIn(page);
    await tap(page.querySelector(".submit"));
    expect(f.log.filter((l) => l === "requestSubscribeMessage" || l === "POST /api/applications")).toEqual([
      "requestSubscribeMessage",
      "POST /api/applications",
    ]);
    const filed = f.requests.find((r) => r.path === "/api/applications")!;
    expect(filed.header["Idempotency-Key"]).toMatch(/^mp-/);
    expect(filed.header["Authorization"]).toBe("Bearer tok");
    expect(filed.data).toEqual({
      applicant: {
        name: "淄博某某电子商务有限公司",
        uscc: USCC,
        district: "张店区",
        contactName: "张三",
        contactPhone: "13800000000",
      },
      facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 },
      clauses: ["leading-enterprise"],
    });
    expect(text(page.querySelector(".done-title"))).toBe("✅ 申报已提交");
    expect(page.data.done).toEqual({
      number: "ZB-2025-000001",
      statusLabel: "待审核",
      notice: "市商务局审核后，结果会通过微信服务通知告诉您，也可以随时在「我的申报」查看。",
    });
    // The answer was told to the server, between the question and the filing.
    expect(f.log.filter((l) => l.startsWith("POST /api/me") || l === "POST /api/applications")).toEqual([
      "POST /api/me/subscription",
      "POST /api/applications",
    ]);
  });

  it("asks for the privacy agreement before anything is typed; refused, says what does not work and files nothing; agreed, files", async () => {
    const f = install(
      policyServer(() => ({
        status: 201,
        body: { id: "a1", number: "ZB-2025-000001", status: "submitted", clauses: [], assessment: {} },
      })),
      { privacy: "ask" },
    );
    const page = await toApplicantForm(f);
    expect(f.log).toContain("requirePrivacyAuthorize");
    const popup = page.querySelector("#privacy")!;
    expect(text(popup.querySelector(".title"))).toBe("用户隐私保护提示");
    expect(text(popup.querySelector(".body"))).toContain("统一社会信用代码");
    // (The button's open-type="agreePrivacyAuthorization" is checked in the component's source.)
    expect(f.log).toContain("privacy exposureAuthorization");
    await tap(popup.querySelector(".refuse"));
    expect(f.log).toContain("privacy disagree");
    expect(text(popup.querySelector(".refused"))).toContain("不能提交申报、上传材料或复制编号");
    expect(text(page.querySelector(".notice"))).toContain("您没有同意《用户隐私保护指引》");
    await tap(popup.querySelector(".agree")); // 「知道了」
    await fillIn(page);
    await tap(page.querySelector(".submit"));
    // Asked again, not filed.
    expect(f.requests.some((r) => r.path === "/api/applications")).toBe(false);
    page.querySelector("#privacy")!.querySelector(".agree")!.dispatchEvent("agreeprivacyauthorization");
    await settle();
    expect(f.log).toContain("privacy agree");
    expect(text(page.querySelector(".notice"))).toBe("已同意隐私保护指引，请再点一次「提交申报」。");
    await tap(page.querySelector(".submit"));
    expect(f.log.filter((l) => l === "requestSubscribeMessage" || l === "POST /api/applications")).toEqual([
      "requestSubscribeMessage",
      "POST /api/applications",
    ]);
  });

  it("checks the 统一社会信用代码 and the phone before sending anything", async () => {
    const f = install(policyServer());
    const page = await toApplicantForm(f);
    await fillIn(page, { uscc: USCC.slice(0, 17) + (USCC[17] === "0" ? "1" : "0"), phone: "138000" });
    await tap(page.querySelector(".submit"));
    expect(f.requests.some((r) => r.path === "/api/applications")).toBe(false);
    expect(f.log).not.toContain("requestSubscribeMessage");
    expect(page.querySelectorAll(".error-text").map(text)).toEqual([
      "统一社会信用代码校验位不符，请核对营业执照上的代码是否有输错",
      "联系电话格式不对：手机号为 11 位（如 13800000000），座机请带区号（如 0533-1234567）",
    ]);
  });

  it("on a repeat filing this year, shows the message and 「仍然提交」 resends with confirmDuplicate", async () => {
    const f = install(
      policyServer((req) =>
        (req.data as { confirmDuplicate?: boolean }).confirmDuplicate
          ? {
              status: 201,
              body: { id: "a2", number: "ZB-2025-000002", status: "submitted", clauses: [], assessment: {} },
            }
          : {
              status: 409,
              body: {
                error: {
                  code: "duplicate_application",
                  message: "贵单位今年已申报过该项目（编号 ZB-2025-000001）。",
                },
              },
            },
      ),
    );
    const page = await toApplicantForm(f);
    await fillIn(page);
    await tap(page.querySelector(".submit"));
    expect(text(page.querySelector(".notice"))).toContain(
      "贵单位今年已申报过该项目（编号 ZB-2025-000001）。",
    );
    await tap(page.querySelector(".confirm-duplicate"));
    const filed = f.requests.filter((r) => r.path === "/api/applications");
    expect(filed.map((r) => (r.data as { confirmDuplicate?: boolean }).confirmDuplicate)).toEqual([
      undefined,
      true,
    ]);
    expect(filed[0]!.header["Idempotency-Key"]).not.toBe(filed[1]!.header["Idempotency-Key"]);
    expect(page.data.done.number).toBe("ZB-2025-000002");
  });

  it("sends the same Idempotency-Key again when a failed filing is retried", async () => {
    let calls = 0;
    const f = install(
      policyServer(() =>
        ++calls === 1
          ? { status: 503, body: { error: { code: "unavailable", message: "服务暂时不可用，请稍后再试。" } } }
          : {
              status: 201,
              body: { id: "a1", number: "ZB-2025-000001", status: "submitted", clauses: [], assessment: {} },
            },
      ),
    );
    const page = await toApplicantForm(f);
    await fillIn(page);
    await tap(page.querySelector(".submit"));
    expect(text(page.querySelector(".notice"))).toBe(
      "服务暂时不可用，请稍后再试。您填写的信息已保留，可以再点「提交申报」重试。",
    );
    await tap(page.querySelector(".submit"));
    const keys = f.requests
      .filter((r) => r.path === "/api/applications")
      .map((r) => r.header["Idempotency-Key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(page.data.done.number).toBe("ZB-2025-000001");
  });

  it("asks the person to self-test first when the applicant form is opened on its own", async () => {
    install(policyServer());
    const page = await open("pages/apply/index");
    expect(text(page.querySelector(".card"))).toContain("请先在「表单自测」里测一测");
  });
});

describe("the policy and 我的申报 pages", () => {
  it("show the policy grouped by article", async () => {
    install(policyServer());
    const page = await open("pages/policy/index");
    expect(page.querySelectorAll(".section-title").map(text)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
      "第六条",
      "第七条",
      "第八条",
    ]);
    expect(page.querySelectorAll(".clause-name").map(text)).toHaveLength(13);
  });

  it("list the person's applications, and read them again on a pull-down", async () => {
    const f = install((req) =>
      req.path === "/api/me/applications"
        ? {
            status: 200,
            body: {
              items: [
                {
                  id: "a1",
                  number: "ZB-2025-000001",
                  status: "approved",
                  statusLabel: "已通过",
                  clauses: [{ id: "leading-enterprise", name: "电商龙头企业流量补贴" }],
                  createdAt: "2025-06-01T01:00:00Z",
                  decisions: [
                    {
                      decision: "approved",
                      decisionLabel: "通过",
                      note: "",
                      approvedAmountYuan: 40000,
                      at: "2025-06-10T01:00:00Z",
                    },
                  ],
                },
              ],
            },
          }
        : { status: 404, body: null },
    );
    const page = await open("pages/mine/index");
    expect(page.data.items).toHaveLength(1);
    expect(page.dom!.textContent).toContain("申报编号 ZB-2025-000001");
    expect(page.dom!.textContent).toContain("核定金额 4 万元（40,000 元）");
    (page.instance as { onPullDownRefresh(): void }).onPullDownRefresh();
    await settle();
    expect(f.requests.filter((r) => r.path === "/api/me/applications")).toHaveLength(2);
    expect(f.log).toContain("stopPullDownRefresh");
    // Decided: no further message to subscribe to.
    expect(page.querySelector(".subscribe-button")).toBeUndefined();
  });

  it("offer to subscribe to the result while an application is still open", async () => {
    const f = install(() => ({
      status: 200,
      body: {
        items: [
          {
            id: "a1",
            number: "ZB-2025-000001",
            status: "needs_more_info",
            statusLabel: "待补材料",
            clauses: [],
            createdAt: "2025-06-01T01:00:00Z",
            decisions: [],
          },
        ],
      },
    }));
    const page = await open("pages/mine/index");
    await tap(page.querySelector(".subscribe-button"));
    expect(f.calls.filter(([n]) => n === "requestSubscribeMessage").map(([, o]) => o.tmplIds)).toEqual([
      ["tmpl-decision"],
    ]);
    expect(text(page.querySelector(".subscribe"))).toBe(
      "好的，下一次审核结果会通过微信服务通知告诉您（一次授权送达一条）。",
    );
    expect(f.requests.find((r) => r.path === "/api/me/subscription")?.data).toEqual({
      answer: "accept",
      templateId: "tmpl-decision",
    });
  });

  it("say so kindly when there is no application yet", async () => {
    install(() => ({ status: 200, body: { items: [] } }));
    const page = await open("pages/mine/index");
    expect(text(page.querySelector(".empty"))).toContain("您还没有通过小程序提交过申报。");
  });
});

describe("honest subscriptions", () => {
  const confirmServer: Route = (req) => {
    if (req.path === "/api/conversations")
      return {
        status: 201,
        body: { id: "c1", replies: ["您好"], asking: null, facts: {}, mode: "menu", choices: [] },
      };
    const said = (req.data as { text: string }).text;
    return said === "核对"
      ? {
          status: 200,
          body: {
            replies: ["请核对：……确认无误请回复「确认提交」"],
            asking: null,
            facts: {},
            mode: "confirm",
            choices: [
              { label: "确认提交", text: "确认提交" },
              { label: "取消", text: "取消" },
            ],
          },
        }
      : {
          status: 200,
          body: {
            replies: ["✅ 申报已提交，编号 ZB-2026-000001。"],
            asking: null,
            facts: {},
            mode: "menu",
            choices: [],
          },
        };
  };

  it("does not file 「确认提交」 sent with the keyboard's send key: it asks for the button to be tapped", async () => {
    const f = install(confirmServer);
    const page = await open("pages/chat/index");
    await type(page.querySelector(".input"), "核对");
    await tap(page.querySelector(".send"));
    await type(page.querySelector(".input"), "确认提交");
    page.querySelector(".input")!.dispatchEvent("confirm", { detail: { value: "确认提交" } });
    await settle();
    expect(messagesOf(f).map((r) => (r.data as { text: string }).text)).toEqual(["核对"]);
    expect(f.log).not.toContain("requestSubscribeMessage");
    expect(text(page.querySelector(".error"))).toContain("请点下方的「确认提交」按钮提交");
    const confirm = page.querySelector("#messages")!.querySelectorAll(".choice")[0];
    expect(text(confirm)).toBe("确认提交");
    await tap(confirm);
    expect(
      f.log.filter((l) => l === "requestSubscribeMessage" || /^POST \/api\/(conversations|me)/.test(l)),
    ).toEqual([
      "POST /api/conversations",
      "POST /api/conversations/c1/messages",
      "requestSubscribeMessage",
      "POST /api/me/subscription",
      "POST /api/conversations/c1/messages",
    ]);
  });

  it("after filing with the subscription refused, says the result waits in 我的申报", async () => {
    install(confirmServer, { subscribe: "reject" });
    const page = await open("pages/chat/index");
    await type(page.querySelector(".input"), "核对");
    await tap(page.querySelector(".send"));
    await tap(page.querySelector("#messages")!.querySelectorAll(".choice")[0]);
    expect(text(page.querySelector(".error"))).toBe(
      "您没有允许订阅消息，审核结果不会另行通知，会保存在「我的申报」里，请记得去看。",
    );
  });

  it("in 我的申报, says notices wait there when the person refused or switched them off, never 「会通知」", async () => {
    const open1 = {
      id: "a1",
      number: "ZB-2026-000001",
      status: "submitted",
      statusLabel: "待审核",
      clauses: [],
      createdAt: "2026-06-01T01:00:00Z",
      decisions: [],
    };
    install(() => ({
      status: 200,
      body: {
        items: [open1],
        subscription: { answer: "reject", answeredAt: "2026-06-01T01:00:00Z", willNotify: false },
      },
    }));
    const page = await open("pages/mine/index");
    const said = text(page.querySelector(".subscribe-text"));
    expect(said).toContain("审核结果不会另行通知，会保存在「我的申报」里");
    expect(said).not.toContain("会通过");
    install(
      () => ({
        status: 200,
        body: { items: [open1], subscription: { answer: null, answeredAt: null, willNotify: false } },
      }),
      { subscribe: "ban" },
    );
    const again = await open("pages/mine/index");
    await tap(again.querySelector(".subscribe-button"));
    expect(text(again.querySelector(".subscribe-text"))).toContain("您已在微信里关闭了本小程序的订阅消息");
    expect(again.querySelector(".subscribe-button")).toBeDefined();
  });
});

describe("without a subscribe template", () => {
  it("我的申报 promises no message and offers none: the results wait there", async () => {
    const f = fakeWx((req) =>
      req.path === "/api/miniprogram/login"
        ? { status: 200, body: { ...login, subscribeTemplateId: null } }
        : {
            status: 200,
            body: {
              items: [
                {
                  id: "a1",
                  number: "ZB-2026-000001",
                  status: "submitted",
                  statusLabel: "待审核",
                  clauses: [],
                  createdAt: "2026-06-01T01:00:00Z",
                  decisions: [],
                },
              ],
              subscription: { answer: null, answeredAt: null, willNotify: false },
            },
          },
    );
    (globalThis as { wx?: unknown }).wx = f.wx;
    const page = await open("pages/mine/index");
    expect(text(page.querySelector(".subscribe-text"))).toBe(
      "审核结果会保存在「我的申报」里（本小程序暂未开通审核结果通知），请记得回来查看。",
    );
    expect(page.querySelector(".subscribe-button")).toBeUndefined();
  });
});

describe("materials from the phone", () => {
  const app = (status: string, decisions: unknown[] = []) => ({
    id: "a1",
    number: "ZB-2026-000001",
    status,
    statusLabel: status === "needs_more_info" ? "待补材料" : "待审核",
    clauses: [],
    createdAt: "2026-06-01T01:00:00Z",
    decisions,
  });
  const asked = {
    decision: "needs_more_info",
    decisionLabel: "要求补充材料",
    note: "请补充营业执照和2025年纳统证明",
    approvedAmountYuan: null,
    at: "2026-06-02T01:00:00Z",
  };

  it("opens the upload from 我的申报 when the bureau asked for materials, showing what it asked", async () => {
    const f = install(() => ({ status: 200, body: { items: [app("needs_more_info", [asked])] } }));
    const page = await open("pages/mine/index");
    const card = page.querySelector("#card-a1")!;
    expect(text(card.querySelector(".request"))).toContain("请补充营业执照和2025年纳统证明");
    const upload = card.querySelector(".upload");
    expect(text(upload)).toBe("上传补充材料");
    await tap(upload);
    expect(f.calls.find(([n]) => n === "navigateTo")?.[1].url).toBe("/pages/materials/index?id=a1");
  });

  /** Opens 补充申报材料 as navigateTo from 我的申报 does: with the application's id. */
  it("announces it in the chat too, and the banner's button opens the upload", async () => {
    const f = install((req) =>
      req.path === "/api/me/applications"
        ? { status: 200, body: { items: [app("needs_more_info", [asked])] } }
        : req.path === "/api/conversations"
          ? {
              status: 201,
              body: { id: "c1", replies: ["您好"], asking: null, facts: {}, mode: "menu", choices: [] },
            }
          : { status: 404, body: null },
    );
    const page = await open("pages/chat/index");
    expect(text(page.querySelector(".waiting-text"))).toBe(
      "您的申报 ZB-2026-000001 需要补充材料：请补充营业执照和2025年纳统证明",
    );
    await tap(page.querySelector(".waiting-button"));
    expect(f.calls.find(([n]) => n === "navigateTo")?.[1].url).toBe("/pages/materials/index?id=a1");
  });

  async function openMaterials(_f: FakeWx) {
    forgetModules(mp);
    const page = simulate.render(load(mp, "pages/materials/index"));
    page.attach(document.createElement("parent-wrapper"));
    (page.instance as unknown as { onLoad(q: object): void }).onLoad({ id: "a1" });
    await settle();
    return page;
  }

  const server =
    (sent: { id: string; name: string; size: number; uploadedAt: string }[]): Route =>
    (req) =>
      req.path === "/api/applications/a1"
        ? { status: 200, body: app("needs_more_info", [asked]) }
        : req.path === "/api/applications/a1/materials"
          ? { status: 200, body: { items: sent } }
          : { status: 404, body: { error: { code: "not_found", message: "未找到" } } };

  it("sends photos from the camera or album with their progress, then lists what was sent", async () => {
    const sent: { id: string; name: string; size: number; uploadedAt: string }[] = [];
    const f = install(server(sent), {
      media: [{ tempFilePath: "wxfile://tmp_photo1.jpg", size: 300_000 }],
      upload: (req) => {
        sent.push({
          id: `m${sent.length + 1}`,
          name: req.formData.filename!,
          size: 300_000,
          uploadedAt: "2026-06-02T02:00:00Z",
        });
        return {
          status: 201,
          body: {
            id: "m1",
            name: req.formData.filename,
            contentType: "image/jpeg",
            size: 300_000,
            sha256: "x",
          },
        };
      },
    });
    const page = await openMaterials(f);
    expect(text(page.querySelector(".request"))).toContain("请补充营业执照和2025年纳统证明");
    expect(text(page.querySelector(".number"))).toBe("申报编号 ZB-2026-000001");
    await tap(page.querySelector(".pick-photos"));
    await settle(40);
    const chose = f.calls.find(([n]) => n === "chooseMedia")![1];
    expect(chose).toMatchObject({ mediaType: ["image"], sourceType: ["camera", "album"] });
    const up = f.calls.find(([n]) => n === "uploadFile")![1];
    expect(up).toMatchObject({
      name: "file",
      filePath: "wxfile://tmp_photo1.jpg",
      header: { Authorization: "Bearer tok" },
    });
    expect(up.url).toBe("http://127.0.0.1:3000/api/applications/a1/materials");
    expect(up.formData.filename).toMatch(/^照片\d{4}-\d{4}-1\.jpg$/);
    expect(page.querySelectorAll(".upload-message").map(text)).toEqual(["已上传"]);
    expect(page.querySelectorAll(".sent-name").map(text)).toEqual([up.formData.filename]);
  });

  it("sends a PDF from a WeChat chat, and refuses on the phone what the server would refuse", async () => {
    const f = install(server([]), {
      messageFiles: [
        { path: "wxfile://tmp_a.pdf", name: "2025年纳统证明.pdf", size: 1_000_000 },
        { path: "wxfile://tmp_b.docx", name: "说明.docx", size: 10_000 },
        { path: "wxfile://tmp_c.pdf", name: "扫描件.pdf", size: 20 * 1024 * 1024 + 1 },
        { path: "wxfile://tmp_d.pdf", name: "刚好.pdf", size: 20 * 1024 * 1024 },
      ],
    });
    const page = await openMaterials(f);
    await tap(page.querySelector(".pick-files"));
    await settle(60);
    expect(f.calls.find(([n]) => n === "chooseMessageFile")![1]).toMatchObject({
      type: "file",
      extension: ["pdf", "jpg", "jpeg", "png"],
    });
    expect(f.calls.filter(([n]) => n === "uploadFile").map(([, o]) => o.formData.filename)).toEqual([
      "2025年纳统证明.pdf",
      "刚好.pdf",
    ]);
    expect(page.querySelectorAll(".upload-message").map(text)).toEqual([
      "已上传",
      "未上传：只能上传 JPG、PNG 图片或 PDF 文件",
      "未上传：文件略超过每个 20 MB 的上限，请压缩或分开后再传",
      "已上传",
    ]);
  });

  it("shows the server's refusal and lets a failed file be sent again", async () => {
    let fail = true;
    const f = install(server([]), {
      messageFiles: [{ path: "wxfile://tmp_a.pdf", name: "a.pdf", size: 1000 }],
      upload: () =>
        fail
          ? {
              status: 415,
              body: { error: { code: "content_mismatch", message: "文件内容不是所注明的PDF 文件" } },
            }
          : {
              status: 201,
              body: { id: "m1", name: "a.pdf", contentType: "application/pdf", size: 1000, sha256: "x" },
            },
    });
    const page = await openMaterials(f);
    await tap(page.querySelector(".pick-files"));
    await settle(40);
    expect(page.querySelectorAll(".upload-message").map(text)).toEqual([
      "上传失败：文件内容不是所注明的PDF 文件",
    ]);
    fail = false;
    await tap(page.querySelector(".retry"));
    await settle(40);
    expect(page.querySelectorAll(".upload-message").map(text)).toEqual(["已上传"]);
  });
});
