// Addresses the browser opens itself (exports, materials, templates) and the uploads sent with
// XMLHttpRequest: built only from paths the OpenAPI document declares for GET (links) or POST
// (uploads), so an address of a route that is not there does not compile.

import type { PathsWithMethod } from "openapi-typescript-helpers";
import type { paths } from "./client";

export type GetPath = PathsWithMethod<paths, "get">;
export type PostPath = PathsWithMethod<paths, "post">;

/** `/api/materials/{id}` with its parameters filled in and the query appended (empty values left out). */
export function href(
  path: GetPath | PostPath,
  params: Record<string, string> = {},
  query: Record<string, string | number | null | undefined> = {},
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? ""));
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${filled}?${s}` : filled;
}
