// Health: 200 when the database answers.

import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "./route.ts";

export function healthRoutes({ ping }: Pick<Services, "ping">) {
  return [
    defineRoute({
      method: "get",
      path: "/healthz",
      summary: "健康检查",
      tag: "运维",
      access: "public",
      responses: {
        200: { description: "数据库可用" },
        503: errorResponse("数据库不可用"),
      },
      async handle(ctx) {
        try {
          await ping();
          ctx.body = { status: "ok" };
        } catch {
          ctx.status = 503;
          ctx.body = { error: { code: "database_unavailable", message: "数据库暂时无法访问", issues: [] } };
        }
      },
    }),
  ];
}
