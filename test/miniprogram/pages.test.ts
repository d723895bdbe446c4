// @vitest-environment jsdom
// The pages, rendered by miniprogram-simulate with a stand-in `wx` whose wx.request answers like
// the API (the real policy document, the real rules' assessment): a person taps and types as on
// the phone, and the test sees what is sent, in which order, and what is shown.

import simulate from "miniprogram-simulate";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { policyDocument } from "../../api/policy-document.ts";
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
    (req) => (req.path === "/api/miniprogram/login" ? { status: 200, body: login } : route(req)),
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
    expect(page.data.done).toEqual({ number: "ZB-2025-000001", statusLabel: "待审核" });
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
    expect(text(page.querySelector(".subscribe"))).toBe("好的，审核有结果时会通过微信服务通知告诉您。");
  });

  it("say so kindly when there is no application yet", async () => {
    install(() => ({ status: 200, body: { items: [] } }));
    const page = await open("pages/mine/index");
    expect(text(page.querySelector(".empty"))).toContain("您还没有通过小程序提交过申报。");
  });
});
