// One error type with a stable code; the error middleware turns it into the contract's body
// { error: { code, message, issues } }. Messages of 4xx errors are shown; 5xx details are hidden.

import type { Context, Next } from "koa";
import type { Logger } from "pino";
import type { Issue } from "../../rules/index.ts";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: Issue[];
  readonly headers: Record<string, string>;
  /** Fields for programs beside code, message and issues (e.g. `duplicates` of a 409, contract §5). */
  readonly extra: Record<string, unknown>;
  constructor(
    status: number,
    code: string,
    message: string,
    issues: Issue[] = [],
    headers: Record<string, string> = {},
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
    this.extra = extra;
  }
}

export const notFound = (what = "资源") => new ApiError(404, "not_found", `未找到该${what}`);

/** Errors thrown by Koa's own middleware (body parser) carry a status; map the common ones. */
function fromHttpError(e: { status?: number; type?: string; message?: string }): ApiError | null {
  const status = e.status;
  if (typeof status !== "number" || status < 400 || status >= 500) return null;
  if (status === 413) return new ApiError(413, "payload_too_large", "请求体过大（上限 100 KB）");
  if (status === 415)
    return new ApiError(415, "unsupported_media_type", "请求体须为 JSON（Content-Type: application/json）");
  if (e.type === "entity.parse.failed" || status === 400)
    return new ApiError(400, "invalid_json", "请求体不是合法的 JSON");
  return new ApiError(status, "bad_request", "请求有误");
}

export function errorHandler(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new ApiError(404, "not_found", "没有这个接口");
      if (ctx.status === 405 && ctx.body === undefined)
        throw new ApiError(405, "method_not_allowed", "不支持该请求方法");
    } catch (err) {
      const e = err instanceof ApiError ? err : fromHttpError(err as object);
      if (e) {
        ctx.status = e.status;
        for (const [k, v] of Object.entries(e.headers)) ctx.set(k, v);
        ctx.body = { error: { ...e.extra, code: e.code, message: e.message, issues: e.issues } };
        return;
      }
      logger.error({ err, method: ctx.method, path: ctx.path }, "unhandled error");
      ctx.status = 500;
      ctx.body = { error: { code: "internal_error", message: "服务器内部错误，请稍后再试", issues: [] } };
    }
  };
}
