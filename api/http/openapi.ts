// GET /openapi.json: an OpenAPI 3.1 document made from the routes' own declarations (their zod
// schemas, access and responses) by @asteasolutions/zod-to-openapi, so it cannot drift from the code.

import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { POLICY } from "../../rules/index.ts";
import type { Route } from "./route.ts";

/** Koa's `:id` as OpenAPI's `{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

export function openApiDocument(routes: readonly Route[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  for (const route of routes) {
    const r = route.request ?? {};
    const config: RouteConfig = {
      method: route.method,
      path: openApiPath(route.path),
      summary: route.summary,
      tags: [route.tag],
      ...(route.access === "public"
        ? {}
        : { security: [{ bearer: [] }], description: `令牌角色：${route.access.join("、")}` }),
      request: {
        ...(r.body
          ? { body: { required: true, content: { "application/json": { schema: r.body.schema } } } }
          : {}),
        ...(r.query ? { query: r.query.schema } : {}),
        ...(r.params ? { params: r.params.schema } : {}),
        ...(r.headers ? { headers: r.headers.schema } : {}),
      },
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, spec]) => [
          status,
          {
            description: spec.description,
            ...(spec.body
              ? { content: { "application/json": { schema: spec.body } } }
              : spec.contentType
                ? { content: { [spec.contentType]: { schema: { type: "string" as const } } } }
                : {}),
          },
        ]),
      ),
    };
    registry.registerPath(config);
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "政策通·电商 API",
      version: "1.0.0",
      description: `${POLICY.title}（${POLICY.validFrom} 至 ${POLICY.validTo}）`,
    },
  });
}
