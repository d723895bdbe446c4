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

export interface FakeWxOptions {
  subscribe?: "accept" | "reject" | "ban";
  /**
   * The privacy agreement: absent, the base library has no privacy APIs; "agreed", already given;
   * "ask", wx.requirePrivacyAuthorize calls the page's onNeedPrivacyAuthorization handler (the popup)
   * and waits for its answer, as WeChat does.
   */
  privacy?: "agreed" | "ask";
  /** What wx.chooseMedia and wx.chooseMessageFile give. */
  media?: { tempFilePath: string; size: number }[];
  messageFiles?: { path: string; name: string; size: number }[];
  /** wx.uploadFile's answer for a path (default 201 with a material). */
  upload?: (req: FakeRequest & { filePath: string; formData: Record<string, string> }) => {
    status: number;
    body: unknown;
  };
}

export function fakeWx(route: Route, options: FakeWxOptions = {}): FakeWx {
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
  let privacyListener: ((resolve: (r: { event: string }) => void, info: object) => void) | null = null;
  let agreed = options.privacy === "agreed";
  const wx: FakeWx["wx"] = {
    getAccountInfoSync: () => ({ miniProgram: { envVersion: "develop", appId: "wx-test", version: "" } }),
    ...(options.privacy
      ? {
          onNeedPrivacyAuthorization(listener: typeof privacyListener) {
            privacyListener = listener;
          },
          requirePrivacyAuthorize(o: any) {
            calls.push(["requirePrivacyAuthorize", o]);
            log.push("requirePrivacyAuthorize");
            if (agreed) return void o.success?.({ errMsg: "requirePrivacyAuthorize:ok" });
            if (!privacyListener) return void o.fail?.({ errMsg: "requirePrivacyAuthorize:fail" });
            privacyListener(
              (r) => {
                log.push(`privacy ${r.event}`);
                if (r.event === "agree") {
                  agreed = true;
                  o.success?.({ errMsg: "requirePrivacyAuthorize:ok" });
                } else if (r.event === "disagree")
                  o.fail?.({ errMsg: "requirePrivacyAuthorize:fail privacy permission is not authorized" });
              },
              { referrer: "requirePrivacyAuthorize" },
            );
          },
          openPrivacyContract: record("openPrivacyContract"),
        }
      : {}),
    chooseMedia(o: any) {
      calls.push(["chooseMedia", o]);
      log.push("chooseMedia");
      setTimeout(() => o.success?.({ tempFiles: options.media ?? [], type: "image" }), 0);
    },
    chooseMessageFile(o: any) {
      calls.push(["chooseMessageFile", o]);
      log.push("chooseMessageFile");
      setTimeout(() => o.success?.({ tempFiles: options.messageFiles ?? [] }), 0);
    },
    uploadFile(o: any) {
      const path = String(o.url).replace(/^https?:\/\/[^/]+/, "");
      const req = {
        method: "UPLOAD",
        url: o.url,
        path,
        header: { ...o.header },
        data: o.formData,
        filePath: o.filePath,
        formData: o.formData,
      };
      calls.push(["uploadFile", o]);
      requests.push(req);
      log.push(`UPLOAD ${path}`);
      let progress: ((p: { progress: number }) => void) | null = null;
      setTimeout(() => {
        progress?.({ progress: 40 });
        progress?.({ progress: 100 });
        const answer = options.upload
          ? options.upload(req)
          : {
              status: 201,
              body: {
                id: "m-new",
                name: o.formData?.filename,
                contentType: "application/pdf",
                size: 1,
                sha256: "x",
              },
            };
        o.success?.({
          statusCode: answer.status,
          data: JSON.stringify(answer.body),
          errMsg: "uploadFile:ok",
        });
      }, 0);
      return { onProgressUpdate: (f: typeof progress) => void (progress = f), abort() {} };
    },
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
        else if (options.subscribe === "ban")
          o.fail?.({ errMsg: "requestSubscribeMessage:fail main switch is off", errCode: 20004 });
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
