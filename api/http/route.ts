// One declaration per route: from it the route is mounted (access checked, inputs validated with
// its zod schemas) and described in /openapi.json, so the document cannot drift from the code.

import { bodyParser } from "@koa/bodyparser";
import type { Router } from "@koa/router";
import type { Context } from "koa";
import { ZodObject, type z } from "zod";
import { ApiError } from "./errors.ts";
import { edgeText } from "./edge-text.ts";
import { errorBodySchema } from "../../contract/index.ts";
import type { Role } from "./auth.ts";
import { parseInput } from "./validate.ts";
import { readFileBody, type FileBody, type FilePart } from "./raw-body.ts";

/** A schema for one part of the request, and how a person names that part in an error message. */
export interface Part<S extends z.ZodType = z.ZodType> {
  schema: S;
  what: string;
}

type Parsed<P> = P extends Part<infer S> ? z.infer<S> : undefined;

export interface RequestParts {
  body?: Part;
  /** A body that is a file (bytes), not JSON. */
  file?: FilePart;
  query?: Part<z.ZodObject>;
  params?: Part<z.ZodObject>;
  headers?: Part<z.ZodObject>;
}

export interface Input<R extends RequestParts> {
  body: Parsed<R["body"]>;
  query: Parsed<R["query"]>;
  params: Parsed<R["params"]>;
  headers: Parsed<R["headers"]>;
  file: R["file"] extends FilePart ? FileBody : undefined;
}

export interface ResponseSpec {
  description: string;
  /** The JSON body; omitted for bodies that are not JSON (files) or not described. */
  body?: z.ZodType;
  /** A non-JSON body's media type (e.g. text/csv). */
  contentType?: string;
}

/** A response in the contract's error body (§4). */
export const errorResponse = (description: string): ResponseSpec => ({ description, body: errorBodySchema });

export interface Route<R extends RequestParts = RequestParts> {
  method: "get" | "post" | "patch";
  /** Koa style, `:id` for a parameter. */
  path: string;
  summary: string;
  tag: string;
  /** Who may call: anyone, or the holders of a token of one of these roles. */
  access: "public" | readonly Role[];
  request?: R;
  responses: Record<number, ResponseSpec>;
  handle: (ctx: Context, input: Input<R>) => unknown;
}

/** Declares a route; the type of `handle`'s input follows from the schemas. */
export function defineRoute<R extends RequestParts = Record<never, never>>(route: Route<R>): Route {
  return route as unknown as Route;
}

export type Guard = (ctx: Context, next: () => Promise<unknown>) => Promise<void>;

export const BODY_LIMIT = "100kb";

// A JSON body is read only as application/json in UTF-8 (anything else is 415: a form, text/plain or
// latin-1 is not what any client of ours sends), within 100 KB; only routes that declare one read it
// (a route that takes a file reads the bytes itself, see raw-body.ts).
const jsonBody = bodyParser({
  enableTypes: ["json"],
  detectJSON: () => true,
  jsonLimit: BODY_LIMIT,
  jsonStrict: true,
});

async function requireJson(ctx: Context, next: () => Promise<unknown>) {
  const charset = ctx.request.charset.toLowerCase();
  if (
    ctx.is("application/json", "+json") === false ||
    (charset !== "" && charset !== "utf-8" && charset !== "utf8")
  )
    throw new ApiError(
      415,
      "unsupported_media_type",
      `请求体须为 UTF-8 编码的 JSON（Content-Type: application/json；收到：${ctx.get("Content-Type") || "未注明"}）`,
    );
  await next();
}

// Unknown fields in a body are refused, never dropped (a field the server ignores is a promise it does
// not keep, such as a district that would have limited an account): every object body is strict.
const strictBodies = new WeakMap<z.ZodType, z.ZodType>();
function strictBody(schema: z.ZodType): z.ZodType {
  let strict = strictBodies.get(schema);
  if (!strict) {
    strict = schema instanceof ZodObject && schema._zod.def.catchall === undefined ? schema.strict() : schema;
    strictBodies.set(schema, strict);
  }
  return strict;
}

/** Mounts routes: the access guard first, then the inputs parsed, then the handler. */
export function mount(router: Router, routes: readonly Route[], guardFor: (roles: readonly Role[]) => Guard) {
  for (const route of routes) {
    const r = route.request ?? {};
    const before = [
      ...(route.access === "public" ? [] : [guardFor(route.access)]),
      ...(r.body ? [requireJson, jsonBody] : []),
    ];
    router[route.method](route.path, ...before, async (ctx: Context) => {
      const input = {
        headers: r.headers ? parseInput(r.headers.schema, ctx.headers, r.headers.what) : undefined,
        params: r.params
          ? parseInput(r.params.schema, edgeText(ctx.params, "路径"), r.params.what)
          : undefined,
        query: r.query ? parseInput(r.query.schema, ctx.query, r.query.what) : undefined,
        body: r.body
          ? parseInput(strictBody(r.body.schema), edgeText(ctx.request.body, "请求体"), r.body.what)
          : undefined,
        file: r.file ? await readFileBody(ctx, r.file) : undefined,
      };
      await route.handle(ctx, input as never);
    });
  }
}
