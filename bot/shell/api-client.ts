// The bot's HTTP client for the API (contract §5), with its bearer token. It classifies outcomes
// for the outbox: accepted, refused by the API (4xx: retrying cannot help), or worth retrying
// (network errors, timeouts, 5xx, 429).

import type { FeedItem } from "../../contract/index.ts";
import type { ApplicationDraft, RoundNotice } from "../core/dialog.ts";

export interface ApiClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type SubmitResult =
  | { kind: "submitted"; id: string; number: string }
  /** 409 duplicate_application: filed again only when the person confirms. */
  | { kind: "duplicate"; numbers: string[]; message: string }
  | { kind: "refused"; status: number; message: string }
  | { kind: "retry"; reason: string };

export type MaterialResult =
  | { kind: "attached"; name: string }
  | { kind: "refused"; status: number; message: string }
  | { kind: "retry"; reason: string };

export type { ApplicationSummary } from "../core/status.ts";
import type { ApplicationSummary } from "../core/status.ts";

export class ApiUnavailableError extends Error {}
export class ApiRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A notification from the API's feed (the API's own type, so the two cannot drift). */
export type { FeedItem } from "../../contract/index.ts";

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/$/, "");
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    signal: AbortSignal = AbortSignal.timeout(timeoutMs),
  ) {
    return doFetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal,
    });
  }

  /** A JSON call that throws ApiUnavailableError on network failure and ApiRefusedError on 4xx/5xx. */
  async function json<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let res: Response;
    try {
      res = await request(method, path, body, {}, signal);
    } catch (e) {
      throw new ApiUnavailableError((e as Error).message);
    }
    const data = (await res.json().catch(() => null)) as T & { error?: { message?: string } };
    if (!res.ok) {
      if (res.status >= 500) throw new ApiUnavailableError(`HTTP ${res.status}`);
      throw new ApiRefusedError(res.status, data?.error?.message ?? `HTTP ${res.status}`);
    }
    return data;
  }

  /** Long-polls the WeChat notifications still to be shown. */
  async function feed(waitSeconds: number, signal?: AbortSignal): Promise<FeedItem[]> {
    const timeout = AbortSignal.timeout(waitSeconds * 1000 + timeoutMs);
    const s = signal ? AbortSignal.any([signal, timeout]) : timeout;
    return (
      await json<{ items: FeedItem[] }>(
        "GET",
        `/api/notifications?wait=${waitSeconds}&limit=50`,
        undefined,
        s,
      )
    ).items;
  }

  async function ack(eventIds: string[]): Promise<void> {
    await json("POST", "/api/notifications/ack", { eventIds });
  }

  async function submit(idempotencyKey: string, application: ApplicationDraft): Promise<SubmitResult> {
    let res: Response;
    try {
      res = await request("POST", "/api/applications", application, { "idempotency-key": idempotencyKey });
    } catch (e) {
      return { kind: "retry", reason: (e as Error).message };
    }
    const json = (await res.json().catch(() => null)) as {
      id?: string;
      number?: string;
      error?: { code?: string; message?: string; details?: { message?: string }[] };
    } | null;
    if (res.status === 201 && json?.id && json.number)
      return { kind: "submitted", id: json.id, number: json.number };
    if (res.status === 409 && json?.error?.code === "duplicate_application") {
      const said = [json.error.message ?? "", ...(json.error.details ?? []).map((d) => d.message ?? "")];
      const numbers = [...new Set(said.join(" ").match(/[A-Z]{2,}-\d{4}-\d+/g) ?? [])];
      return { kind: "duplicate", numbers, message: json.error.message ?? "该单位今年已申报过相同项目" };
    }
    if (res.status === 429 || res.status >= 500) return { kind: "retry", reason: `HTTP ${res.status}` };
    return { kind: "refused", status: res.status, message: json?.error?.message ?? `HTTP ${res.status}` };
  }

  async function listApplications(wechatId: string): Promise<ApplicationSummary[]> {
    let res: Response;
    try {
      res = await request("GET", `/api/applications?wechatId=${encodeURIComponent(wechatId)}&limit=20`);
    } catch (e) {
      throw new ApiUnavailableError((e as Error).message);
    }
    if (!res.ok) throw new ApiUnavailableError(`HTTP ${res.status}`);
    return ((await res.json()) as { items: ApplicationSummary[] }).items;
  }

  /** The application rounds (GET /api/rounds, public, contract §13). */
  async function listRounds(): Promise<RoundNotice[]> {
    let res: Response;
    try {
      res = await request("GET", "/api/rounds");
    } catch (e) {
      throw new ApiUnavailableError((e as Error).message);
    }
    if (!res.ok) throw new ApiUnavailableError(`HTTP ${res.status}`);
    return ((await res.json()) as { items: RoundNotice[] }).items;
  }

  /** Attaches a file to the application, as the WeChat user it names (contract §12). */
  async function uploadMaterial(
    application: string,
    wechatId: string,
    file: { bytes: Buffer; contentType: string; name: string },
  ): Promise<MaterialResult> {
    let res: Response;
    try {
      res = await doFetch(
        `${base}/api/applications/${encodeURIComponent(application)}/materials?wechatId=${encodeURIComponent(wechatId)}`,
        {
          method: "POST",
          headers: {
            authorization: `Bearer ${options.token}`,
            "content-type": file.contentType,
            "x-filename": encodeURIComponent(file.name),
          },
          body: new Uint8Array(file.bytes),
          signal: AbortSignal.timeout(Math.max(timeoutMs, 60_000)),
        },
      );
    } catch (e) {
      return { kind: "retry", reason: (e as Error).message };
    }
    const body = (await res.json().catch(() => null)) as {
      name?: string;
      error?: { message?: string };
    } | null;
    if (res.status === 201) return { kind: "attached", name: body?.name ?? file.name };
    if (res.status === 429 || res.status >= 500) return { kind: "retry", reason: `HTTP ${res.status}` };
    return { kind: "refused", status: res.status, message: body?.error?.message ?? `HTTP ${res.status}` };
  }

  /** 「不再提醒」 for the WeChat user it names: no more invitations to apply. */
  async function optOut(wechatId: string): Promise<void> {
    const res = await request("POST", "/api/matching/opt-outs", undefined, { "x-wechat-id": wechatId });
    if (!res.ok) throw new ApiUnavailableError(`HTTP ${res.status}`);
  }

  return { submit, listApplications, listRounds, request, json, feed, ack, uploadMaterial, optOut };
}

export type ApiClient = ReturnType<typeof createApiClient>;
