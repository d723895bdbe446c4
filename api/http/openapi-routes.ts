// The API's own description, made once from every route's declaration (this one included).

import { openApiDocument } from "./openapi.ts";
import { defineRoute, type Route } from "./route.ts";

export function openApiRoutes(others: readonly Route[]) {
  const self = defineRoute({
    method: "get",
    path: "/openapi.json",
    summary: "本 API 的 OpenAPI 3.1 文档",
    tag: "运维",
    access: "public",
    responses: { 200: { description: "OpenAPI 文档" } },
    handle(ctx) {
      ctx.type = "application/json; charset=utf-8";
      ctx.body = document;
    },
  });
  const document = JSON.stringify(openApiDocument([...others, self]));
  return [self];
}
