// The bot's HTTP client for the API (contract §5), with its bearer token. It classifies outcomes
// for the outbox: accepted, refused by the API (4xx: retrying cannot help), or worth retrying
// (network errors, timeouts, 5xx, 429).

import type { ApplicationDraft } from "./dialog.ts";

export interface ApiClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type SubmitResult =
  | { kind: "submitted"; id: string; number: string }
  | { kind: "refused"; status: number; message: string }
  | { kind: "retry"; reason: string };

export interface ApplicationSummary {
  id: string;
  number: string;
  status: string;
  clauses: string[];
  requestedAmountYuan: number | null;
  approvedAmountYuan: number | null;
  createdAt: string;
  updatedAt: string;
}

export class ApiUnavailableError extends Error {}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/$/, "");
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return doFetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
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
      error?: { message?: string };
    } | null;
    if (res.status === 201 && json?.id && json.number)
      return { kind: "submitted", id: json.id, number: json.number };
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

  return { submit, listApplications, request };
}

export type ApiClient = ReturnType<typeof createApiClient>;
