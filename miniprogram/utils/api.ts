// The API client: signs in with a wx.login code, sends the bearer token, signs in again once when
// a call comes back 401 (an expired token) and repeats it, and turns every failure into an ApiError
// whose message is Chinese a person can read. The transport (wx.request in the app, a fake in
// tests) and the login code come in from outside, so this file never touches `wx`.

import type {
  ApplicationCreated,
  ApplicationRequest,
  Assessment,
  ConversationTurn,
  Facts,
  KeyValueStore,
  LoginResponse,
  MaterialInfo,
  MaterialList,
  MyApplication,
  MyApplications,
  NewConversation,
  PolicyDocument,
  SubscriptionState,
} from "./types.js";
import type { SubscribeAnswer } from "./subscription.js";

export interface HttpRequest {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  body: unknown;
}

/** Sends one request; rejects only when no answer came (no network, timeout). */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/** A file sent as multipart/form-data (wx.uploadFile): its temporary path, under the field `file`. */
export interface UploadRequest {
  url: string;
  filePath: string;
  headers: Record<string, string>;
  formData: Record<string, string>;
}

/** Sends a file with its progress in percent; resolves with the answer (the body already parsed). */
export type UploadTransport = (
  request: UploadRequest,
  onProgress: (percent: number) => void,
) => Promise<HttpResponse>;

export interface ApiClientOptions {
  apiBase: string;
  transport: HttpTransport;
  /** A fresh wx.login code. */
  loginCode: () => Promise<string>;
  /** Sends files (wx.uploadFile); needed only for materials. */
  upload?: UploadTransport;
  /** Keeps the session between launches; optional. */
  store?: KeyValueStore;
  /** The clock, in milliseconds. */
  now?: () => number;
}

export interface ApiIssue {
  path: string;
  message: string;
}

export const NETWORK_MESSAGE = "网络连接失败，请检查网络后重试。";
export const SERVER_MESSAGE = "服务暂时不可用，请稍后再试。";
export const LOGIN_MESSAGE = "登录失败，请稍后重试。";

export class ApiError extends Error {
  /** The HTTP status; 0 when no answer came. */
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** The error of a response that is not 2xx: the server's own code and message when it sent them. */
export function errorFromResponse(response: HttpResponse): ApiError {
  const body = response.body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null;
  const e = body && typeof body === "object" ? body.error : undefined;
  const code = typeof e?.code === "string" ? e.code : `http_${response.status}`;
  const message =
    typeof e?.message === "string" && e.message.trim() !== ""
      ? e.message
      : response.status >= 500 || response.status === 0
        ? SERVER_MESSAGE
        : `请求未成功（${response.status}），请稍后再试。`;
  const issues = Array.isArray(e?.issues)
    ? (e.issues as unknown[]).flatMap((i) => {
        const x = i as { path?: unknown; message?: unknown } | null;
        return x && typeof x.message === "string"
          ? [{ path: typeof x.path === "string" ? x.path : "", message: x.message }]
          : [];
      })
    : [];
  return new ApiError(response.status, code, message, issues);
}

interface Session {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  subscribeTemplateId: string | null;
}

const SESSION_KEY = "zibo-policy.session";
/** A token this close to its end is renewed before use, rather than sent to fail. */
const RENEW_MARGIN_MS = 60_000;

interface CallOptions {
  body?: unknown;
  auth?: boolean;
  headers?: Record<string, string>;
}

export class ApiClient {
  private readonly options: ApiClientOptions;
  private session: Session | null;
  private loggingIn: Promise<Session> | null = null;

  constructor(options: ApiClientOptions) {
    this.options = options;
    this.session = readSession(options.store?.get(SESSION_KEY));
  }

  /** The subscribe message template the server sends decisions with, or null (not configured). */
  subscribeTemplateId(): string | null {
    return this.session?.subscribeTemplateId ?? null;
  }

  /**
   * Makes sure there is a valid session (signing in when there is none), so that what the sign-in
   * brings — the subscribe template — is known before a tap needs it.
   */
  async ready(): Promise<void> {
    await this.validSession();
  }

  /** Signs in afresh (POST /api/miniprogram/login with a new wx.login code). */
  login(): Promise<Session> {
    if (!this.loggingIn)
      this.loggingIn = this.doLogin().finally(() => {
        this.loggingIn = null;
      });
    return this.loggingIn;
  }

  startConversation(): Promise<NewConversation> {
    return this.call<NewConversation>("POST", "/api/conversations");
  }

  sendMessage(conversationId: string, text: string): Promise<ConversationTurn> {
    return this.call<ConversationTurn>(
      "POST",
      `/api/conversations/${encodeURIComponent(conversationId)}/messages`,
      { body: { text } },
    );
  }

  policy(): Promise<PolicyDocument> {
    return this.call<PolicyDocument>("GET", "/api/policy", { auth: false });
  }

  assess(facts: Facts): Promise<Assessment> {
    return this.call<Assessment>("POST", "/api/assessments", { body: facts, auth: false });
  }

  fileApplication(request: ApplicationRequest, idempotencyKey: string): Promise<ApplicationCreated> {
    return this.call<ApplicationCreated>("POST", "/api/applications", {
      body: request,
      headers: { "Idempotency-Key": idempotencyKey },
    });
  }

  myApplications(): Promise<MyApplications> {
    return this.call<MyApplications>("GET", "/api/me/applications");
  }

  /** One of the person's own applications (anyone else's is 404). */
  ownApplication(id: string): Promise<MyApplication> {
    return this.call<MyApplication>("GET", `/api/applications/${encodeURIComponent(id)}`);
  }

  materials(applicationId: string): Promise<MaterialList> {
    return this.call<MaterialList>("GET", `/api/applications/${encodeURIComponent(applicationId)}/materials`);
  }

  /** Tells the server the answer to the subscribe request, so 我的申报 says what it means. */
  recordSubscription(answer: SubscribeAnswer, templateId: string): Promise<SubscriptionState> {
    return this.call<SubscriptionState>("POST", "/api/me/subscription", { body: { answer, templateId } });
  }

  /**
   * Sends a file to an application's materials as multipart/form-data, its name in the `filename`
   * field; signs in again once on 401, like every call.
   */
  async uploadMaterial(
    applicationId: string,
    file: { path: string; name: string },
    onProgress: (percent: number) => void,
  ): Promise<MaterialInfo> {
    const upload = this.options.upload;
    if (!upload) throw new ApiError(0, "upload_unavailable", "当前环境不能上传文件。");
    const url = `${this.options.apiBase.replace(/\/+$/, "")}/api/applications/${encodeURIComponent(applicationId)}/materials`;
    const send = async (session: Session) => {
      try {
        return await upload(
          {
            url,
            filePath: file.path,
            headers: { Authorization: `Bearer ${session.token}` },
            formData: { filename: file.name },
          },
          onProgress,
        );
      } catch {
        throw new ApiError(0, "network", NETWORK_MESSAGE);
      }
    };
    let response = await send(await this.validSession());
    if (response.status === 401) {
      this.session = null;
      this.options.store?.remove(SESSION_KEY);
      response = await send(await this.login());
    }
    if (response.status >= 200 && response.status < 300) return response.body as MaterialInfo;
    throw errorFromResponse(response);
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  private async doLogin(): Promise<Session> {
    let code: string;
    try {
      code = await this.options.loginCode();
    } catch {
      throw new ApiError(0, "login_failed", "微信登录失败，请稍后重试。");
    }
    const response = await this.send("POST", "/api/miniprogram/login", { body: { code } }, null);
    if (response.status < 200 || response.status >= 300) {
      const e = errorFromResponse(response);
      throw new ApiError(
        e.status,
        e.code,
        e.message.startsWith("请求未成功") ? LOGIN_MESSAGE : e.message,
        e.issues,
      );
    }
    const body = response.body as Partial<LoginResponse> | null;
    if (!body || typeof body.token !== "string")
      throw new ApiError(response.status, "login_failed", LOGIN_MESSAGE);
    const expires = typeof body.expiresAt === "string" ? Date.parse(body.expiresAt) : NaN;
    const session: Session = {
      token: body.token,
      // Without a readable expiry, trust the token for an hour; a 401 renews it anyway.
      expiresAt: Number.isFinite(expires) ? expires : this.now() + 3_600_000,
      subscribeTemplateId: typeof body.subscribeTemplateId === "string" ? body.subscribeTemplateId : null,
    };
    this.session = session;
    this.options.store?.set(SESSION_KEY, session);
    return session;
  }

  private async validSession(): Promise<Session> {
    const s = this.session;
    if (s && s.expiresAt - RENEW_MARGIN_MS > this.now()) return s;
    return this.login();
  }

  private async call<T>(method: "GET" | "POST", path: string, options: CallOptions = {}): Promise<T> {
    const auth = options.auth !== false;
    let session = auth ? await this.validSession() : null;
    let response = await this.send(method, path, options, session);
    if (auth && response.status === 401) {
      // The token expired or was revoked: sign in again, once, and repeat the call.
      this.session = null;
      this.options.store?.remove(SESSION_KEY);
      session = await this.login();
      response = await this.send(method, path, options, session);
    }
    if (response.status >= 200 && response.status < 300) return response.body as T;
    throw errorFromResponse(response);
  }

  private async send(
    method: "GET" | "POST",
    path: string,
    options: CallOptions,
    session: Session | null,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (session) headers["Authorization"] = `Bearer ${session.token}`;
    const request: HttpRequest = {
      method,
      url: `${this.options.apiBase.replace(/\/+$/, "")}${path}`,
      headers,
    };
    if (options.body !== undefined) request.body = options.body;
    try {
      return await this.options.transport(request);
    } catch {
      throw new ApiError(0, "network", NETWORK_MESSAGE);
    }
  }
}

function readSession(value: unknown): Session | null {
  const v = value as Partial<Session> | null | undefined;
  if (!v || typeof v !== "object" || typeof v.token !== "string" || typeof v.expiresAt !== "number")
    return null;
  return {
    token: v.token,
    expiresAt: v.expiresAt,
    subscribeTemplateId: typeof v.subscribeTemplateId === "string" ? v.subscribeTemplateId : null,
  };
}
