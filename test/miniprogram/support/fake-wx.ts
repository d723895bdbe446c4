// A stand-in for the `wx` global, for pages loaded with miniprogram-simulate: wx.request answers
// from a route table in the test, storage is a Map, and every other call is recorded.

export interface FakeRequest {
  method: string;
  url: string;
  path: string;
  header: Record<string, string>;
  data: unknown;
}

export type Route = (
  req: FakeRequest,
) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>;

export interface FakeWx {
  wx: Record<string, (...args: any[]) => unknown>;
  requests: FakeRequest[];
  /** Every call but wx.request, in order: [name, options]. */
  calls: [string, any][];
  storage: Map<string, unknown>;
  /** Everything that happened, in order (requests as "METHOD /path", other calls by name). */
  log: string[];
}

export function fakeWx(route: Route, options: { subscribe?: "accept" | "reject" } = {}): FakeWx {
  const requests: FakeRequest[] = [];
  const calls: [string, any][] = [];
  const storage = new Map<string, unknown>();
  const log: string[] = [];
  const record = (name: string) => (o: any) => {
    calls.push([name, o]);
    log.push(name);
    o?.success?.({ errMsg: `${name}:ok` });
    o?.complete?.({ errMsg: `${name}:ok` });
  };
  let codes = 0;
  const wx: FakeWx["wx"] = {
    request(o: any) {
      const path = String(o.url).replace(/^https?:\/\/[^/]+/, "");
      const req: FakeRequest = {
        method: o.method ?? "GET",
        url: o.url,
        path,
        header: { ...o.header },
        data: o.data,
      };
      requests.push(req);
      log.push(`${req.method} ${path}`);
      Promise.resolve()
        .then(() => route(req))
        .then(
          (res) => o.success?.({ statusCode: res.status, data: res.body, header: {}, errMsg: "request:ok" }),
          () => o.fail?.({ errMsg: "request:fail" }),
        );
    },
    login(o: any) {
      log.push("login");
      o.success?.({ code: `code-${++codes}`, errMsg: "login:ok" });
    },
    getStorageSync: (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : ""),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    requestSubscribeMessage(o: any) {
      calls.push(["requestSubscribeMessage", o]);
      log.push("requestSubscribeMessage");
      const answer = Object.fromEntries(
        (o.tmplIds as string[]).map((id) => [id, options.subscribe ?? "accept"]),
      );
      setTimeout(() => {
        if (options.subscribe === "reject") o.fail?.({ errMsg: "requestSubscribeMessage:fail cancel" });
        else o.success?.({ errMsg: "requestSubscribeMessage:ok", ...answer });
      }, 0);
    },
    showModal: record("showModal"),
    navigateTo: record("navigateTo"),
    switchTab: record("switchTab"),
    pageScrollTo: record("pageScrollTo"),
    stopPullDownRefresh: record("stopPullDownRefresh"),
    setClipboardData: record("setClipboardData"),
  };
  return { wx, requests, calls, storage, log };
}

/** Lets pending promises and timers settle. */
export function settle(ms = 20): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
