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

/** Calls of the fake `wx` still to answer (settle() waits for them, so a busy machine is no race). */
let inFlight = 0;
/** Runs `f` later, counted as in flight until it has run. */
function later(f: () => void | Promise<void>): void {
  inFlight++;
  setTimeout(() => {
    Promise.resolve()
      .then(f)
      .finally(() => inFlight--);
  }, 0);
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
      later(() => o.success?.({ tempFiles: options.media ?? [], type: "image" }));
    },
    chooseMessageFile(o: any) {
      calls.push(["chooseMessageFile", o]);
      log.push("chooseMessageFile");
      later(() => o.success?.({ tempFiles: options.messageFiles ?? [] }));
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
      later(() => {
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
      });
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
      later(() =>
        Promise.resolve()
          .then(() => route(req))
          .then(
            (res) =>
              o.success?.({ statusCode: res.status, data: res.body, header: {}, errMsg: "request:ok" }),
            () => o.fail?.({ errMsg: "request:fail" }),
          ),
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
      later(() => {
        if (options.subscribe === "reject") o.fail?.({ errMsg: "requestSubscribeMessage:fail cancel" });
        else if (options.subscribe === "ban")
          o.fail?.({ errMsg: "requestSubscribeMessage:fail main switch is off", errCode: 20004 });
        else o.success?.({ errMsg: "requestSubscribeMessage:ok", ...answer });
      });
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Lets pending promises and timers settle: at least `ms`, then until every call of the fake `wx`
 * has been answered and nothing new was asked for a moment (at most 5 s).
 */
export async function settle(ms = 20): Promise<void> {
  await sleep(ms);
  const until = Date.now() + 5_000;
  let quiet = 0;
  while (Date.now() < until && quiet < 3) {
    await sleep(5);
    quiet = inFlight === 0 ? quiet + 1 : 0;
  }
}
