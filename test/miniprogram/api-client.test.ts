// The mini-program's API client against a fake transport: it signs in with the wx.login code,
// sends the bearer token, signs in again once on a 401 and repeats the call, keeps the session
// between launches, and turns every failure into a Chinese message a person can read.

import { describe, expect, it } from "vitest";
import { ApiClient, ApiError, type HttpRequest, type HttpResponse } from "../../miniprogram/utils/api.ts";
import type { KeyValueStore } from "../../miniprogram/utils/types.ts";

const NOW = Date.parse("2026-03-01T08:00:00Z");
const HOUR = 3_600_000;

function memoryStore(): KeyValueStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: (k) => (map.has(k) ? JSON.parse(JSON.stringify(map.get(k))) : undefined),
    set: (k, v) => void map.set(k, JSON.parse(JSON.stringify(v))),
    remove: (k) => void map.delete(k),
  };
}

/** A fake API: each sign-in hands out token-1, token-2, …; `handle` answers everything else. */
function fakeServer(handle: (req: HttpRequest, token: string | null) => HttpResponse, expiresInMs = HOUR) {
  const requests: HttpRequest[] = [];
  let logins = 0;
  const transport = async (req: HttpRequest): Promise<HttpResponse> => {
    requests.push(req);
    if (req.url.endsWith("/api/miniprogram/login")) {
      logins++;
      return {
        status: 200,
        body: {
          token: `token-${logins}`,
          expiresAt: new Date(NOW + expiresInMs).toISOString(),
          subscribeTemplateId: "tmpl-decision",
        },
      };
    }
    const auth = req.headers["Authorization"];
    return handle(req, auth ? auth.replace(/^Bearer /, "") : null);
  };
  return { transport, requests, logins: () => logins };
}

const ok = (body: unknown = { items: [] }): HttpResponse => ({ status: 200, body });
const unauthorized: HttpResponse = {
  status: 401,
  body: { error: { code: "unauthorized", message: "请先登录" } },
};

function client(server: ReturnType<typeof fakeServer>, store = memoryStore(), now = () => NOW) {
  let codes = 0;
  return new ApiClient({
    apiBase: "https://api.example.cn/",
    transport: server.transport,
    loginCode: async () => `wx-code-${++codes}`,
    store,
    now,
  });
}

describe("the API client", () => {
  it("signs in with the wx.login code, then sends the token as a bearer token", async () => {
    const server = fakeServer(() => ok());
    const api = client(server);
    await api.myApplications();
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST https://api.example.cn/api/miniprogram/login",
      "GET https://api.example.cn/api/me/applications",
    ]);
    expect(server.requests[0]!.body).toEqual({ code: "wx-code-1" });
    expect(server.requests[1]!.headers["Authorization"]).toBe("Bearer token-1");
    expect(api.subscribeTemplateId()).toBe("tmpl-decision");
  });

  it("on a 401 (an expired token), signs in again once and repeats the call with the new token", async () => {
    const server = fakeServer((req, token) =>
      token === "token-1" ? unauthorized : ok({ replies: ["好的"] }),
    );
    const api = client(server);
    const turn = await api.sendMessage("c-1", "自测");
    expect(turn).toEqual({ replies: ["好的"] });
    expect(server.logins()).toBe(2);
    const sends = server.requests.filter((r) => r.url.endsWith("/messages"));
    expect(sends.map((r) => r.headers["Authorization"])).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(sends.map((r) => r.body)).toEqual([{ text: "自测" }, { text: "自测" }]);
  });

  it("gives up after one new sign-in when the call is still refused, with the server's message", async () => {
    const server = fakeServer(() => unauthorized);
    const api = client(server);
    const error = await api.myApplications().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: "unauthorized", message: "请先登录" });
    expect(server.logins()).toBe(2);
    expect(server.requests.filter((r) => r.url.endsWith("/api/me/applications"))).toHaveLength(2);
  });

  it("keeps the session in storage, so the next launch does not sign in again", async () => {
    const store = memoryStore();
    const server = fakeServer(() => ok());
    await client(server, store).myApplications();
    const again = client(server, store);
    expect(again.subscribeTemplateId()).toBe("tmpl-decision");
    await again.myApplications();
    expect(server.logins()).toBe(1);
  });

  it("renews a token about to expire before using it", async () => {
    const store = memoryStore();
    const server = fakeServer(() => ok(), 30_000);
    await client(server, store).myApplications();
    await client(server, store).myApplications();
    expect(server.logins()).toBe(2);
  });

  it("can sign in ahead of time, so the subscribe template is known before a tap needs it", async () => {
    const server = fakeServer(() => ok());
    const api = client(server);
    expect(api.subscribeTemplateId()).toBeNull();
    await api.ready();
    await api.ready();
    expect(api.subscribeTemplateId()).toBe("tmpl-decision");
    expect(server.logins()).toBe(1);
  });

  it("signs in only once when several calls need it at the same time", async () => {
    const server = fakeServer(() => ok());
    const api = client(server);
    await Promise.all([api.myApplications(), api.startConversation(), api.myApplications()]);
    expect(server.logins()).toBe(1);
  });

  it("sends no token to the public routes: the policy and the assessment", async () => {
    const server = fakeServer(() => ok({}));
    const api = client(server);
    await api.policy();
    await api.assess({ subjectType: "village", onlineRetailYuan: 15_000_000 });
    expect(server.logins()).toBe(0);
    expect(server.requests.map((r) => [r.method, r.url, r.headers["Authorization"]])).toEqual([
      ["GET", "https://api.example.cn/api/policy", undefined],
      ["POST", "https://api.example.cn/api/assessments", undefined],
    ]);
    expect(server.requests[1]!.body).toEqual({ subjectType: "village", onlineRetailYuan: 15_000_000 });
  });

  it("files an application with its Idempotency-Key header", async () => {
    const server = fakeServer(() => ({ status: 201, body: { id: "a1", number: "ZB-2026-000001" } }));
    const api = client(server);
    const created = await api.fileApplication(
      {
        applicant: {
          name: "某公司",
          uscc: "X",
          district: "张店区",
          contactName: "张三",
          contactPhone: "13800000000",
        },
        facts: { subjectType: "enterprise" },
        clauses: ["leading-enterprise"],
      },
      "key-1",
    );
    expect(created).toMatchObject({ number: "ZB-2026-000001" });
    const filed = server.requests.at(-1)!;
    expect(filed.url).toBe("https://api.example.cn/api/applications");
    expect(filed.headers["Idempotency-Key"]).toBe("key-1");
    expect(filed.headers["Content-Type"]).toBe("application/json");
  });

  it("puts the conversation id into the path safely", async () => {
    const server = fakeServer(() => ok({ replies: [] }));
    await client(server).sendMessage("a/b c", "你好");
    expect(server.requests.at(-1)!.url).toBe("https://api.example.cn/api/conversations/a%2Fb%20c/messages");
  });

  it("turns failures into messages a person can read", async () => {
    const cases: [HttpResponse | "no answer", Partial<ApiError>][] = [
      [
        { status: 429, body: { error: { code: "rate_limited", message: "发送太快了，请稍等一会儿再发。" } } },
        { status: 429, code: "rate_limited", message: "发送太快了，请稍等一会儿再发。" },
      ],
      [
        {
          status: 400,
          body: {
            error: {
              code: "invalid_facts",
              message: "事实有误",
              issues: [{ path: "activeShops", message: "须为整数" }],
            },
          },
        },
        { code: "invalid_facts", issues: [{ path: "activeShops", message: "须为整数" }] },
      ],
      [
        { status: 502, body: "<html>Bad Gateway</html>" },
        { status: 502, code: "http_502", message: "服务暂时不可用，请稍后再试。" },
      ],
      ["no answer", { status: 0, code: "network", message: "网络连接失败，请检查网络后重试。" }],
    ];
    for (const [answer, expected] of cases) {
      const api = new ApiClient({
        apiBase: "https://api.example.cn",
        transport: async () => {
          if (answer === "no answer") throw new Error("request:fail timeout");
          return answer;
        },
        loginCode: async () => "code",
      });
      const error = await api.policy().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject(expected);
    }
  });

  it("says so kindly when signing in fails", async () => {
    const api = new ApiClient({
      apiBase: "https://api.example.cn",
      transport: async () => ({ status: 502, body: null }),
      loginCode: async () => "code",
    });
    await expect(api.myApplications()).rejects.toMatchObject({ message: "服务暂时不可用，请稍后再试。" });
    const noCode = new ApiClient({
      apiBase: "https://api.example.cn",
      transport: async () => ok(),
      loginCode: async () => {
        throw new Error("login:fail");
      },
    });
    await expect(noCode.myApplications()).rejects.toMatchObject({
      code: "login_failed",
      message: "微信登录失败，请稍后重试。",
    });
  });
});

describe("the API client's files and subscription answers", () => {
  function uploading(answers: HttpResponse[]) {
    const server = fakeServer(() => ok());
    const sent: {
      url: string;
      filePath: string;
      headers: Record<string, string>;
      formData: Record<string, string>;
    }[] = [];
    let codes = 0;
    const api = new ApiClient({
      apiBase: "https://api.example.cn",
      transport: server.transport,
      loginCode: async () => `wx-code-${++codes}`,
      store: memoryStore(),
      now: () => NOW,
      upload: async (req, onProgress) => {
        sent.push(req);
        onProgress(50);
        onProgress(100);
        return answers.shift()!;
      },
    });
    return { api, sent, server };
  }

  it("sends a file as wx.uploadFile does, with the token, its name in a field, and its progress", async () => {
    const { api, sent } = uploading([
      { status: 201, body: { id: "m1", name: "执照.jpg", contentType: "image/jpeg", size: 9, sha256: "x" } },
    ]);
    const progress: number[] = [];
    const info = await api.uploadMaterial(
      "ZB-2026-000001",
      { path: "wxfile://tmp_1.jpg", name: "执照.jpg" },
      (p) => progress.push(p),
    );
    expect(info.id).toBe("m1");
    expect(sent).toEqual([
      {
        url: "https://api.example.cn/api/applications/ZB-2026-000001/materials",
        filePath: "wxfile://tmp_1.jpg",
        headers: { Authorization: "Bearer token-1" },
        formData: { filename: "执照.jpg" },
      },
    ]);
    expect(progress).toEqual([50, 100]);
  });

  it("signs in again once when an upload is refused with 401, and reports the server's 413 and 415 in Chinese", async () => {
    const { api, sent, server } = uploading([
      unauthorized,
      { status: 201, body: { id: "m2" } },
      { status: 413, body: { error: { code: "payload_too_large", message: "材料文件过大：上限 20 MB" } } },
    ]);
    expect((await api.uploadMaterial("a1", { path: "p", name: "a.pdf" }, () => {})).id).toBe("m2");
    expect(sent.map((s) => s.headers["Authorization"])).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(server.logins()).toBe(2);
    await expect(api.uploadMaterial("a1", { path: "p", name: "b.pdf" }, () => {})).rejects.toMatchObject({
      status: 413,
      message: "材料文件过大：上限 20 MB",
    });
  });

  it("says plainly when no upload is possible or the network fails", async () => {
    const noUpload = client(fakeServer(() => ok()));
    await expect(
      noUpload.uploadMaterial("a1", { path: "p", name: "a.pdf" }, () => {}),
    ).rejects.toBeInstanceOf(ApiError);
    const server = fakeServer(() => ok());
    const broken = new ApiClient({
      apiBase: "https://api.example.cn",
      transport: server.transport,
      loginCode: async () => "wx-code",
      now: () => NOW,
      upload: async () => {
        throw new Error("uploadFile:fail timeout");
      },
    });
    await expect(broken.uploadMaterial("a1", { path: "p", name: "a.pdf" }, () => {})).rejects.toMatchObject({
      status: 0,
      message: "网络连接失败，请检查网络后重试。",
    });
  });

  it("records the answer to the subscribe request and reads one's own application and its materials", async () => {
    const server = fakeServer((req) => ok({ path: req.url, body: req.body ?? null }));
    const api = client(server);
    expect(await api.recordSubscription("reject", "tmpl-decision")).toEqual({
      path: "https://api.example.cn/api/me/subscription",
      body: { answer: "reject", templateId: "tmpl-decision" },
    });
    expect(((await api.ownApplication("a/1")) as unknown as { path: string }).path).toBe(
      "https://api.example.cn/api/applications/a%2F1",
    );
    expect(((await api.materials("a1")) as unknown as { path: string }).path).toBe(
      "https://api.example.cn/api/applications/a1/materials",
    );
  });
});

describe("what an answer to the subscribe request means", () => {
  it("reads WeChat's answers, and its 20004 as switched off", async () => {
    const { answerOf, answerOfFailure, subscriptionText } =
      await import("../../miniprogram/utils/subscription.ts");
    expect(answerOf({ t: "accept" }, "t")).toBe("accept");
    expect(answerOf({ t: "filter" }, "t")).toBe("filter");
    expect(answerOf({ other: "accept" }, "t")).toBe("unavailable");
    expect(answerOf(null, "t")).toBe("unavailable");
    expect(answerOfFailure({ errCode: 20004 })).toBe("ban");
    expect(answerOfFailure({ errCode: 10002 })).toBe("unavailable");
    // Only an unspent 「允许」 promises a message.
    expect(subscriptionText("accept", true)).toContain("会通过微信服务通知告诉您");
    for (const a of ["accept", "reject", "ban", "filter", "unavailable", null] as const)
      expect(subscriptionText(a, false)).not.toContain("会通过微信服务通知告诉您");
  });
});
