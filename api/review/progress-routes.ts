// A round's progress over HTTP (staff; a district account's holds its district's applications only).

import { defineRoute, errorResponse } from "../http/route.ts";
import { districtScope } from "../http/scope.ts";
import type { RoundProgress } from "./progress.ts";
import { roundParams } from "./publication-schema.ts";

export function progressRoutes({ roundProgress }: { roundProgress: RoundProgress }) {
  return [
    defineRoute({
      method: "get",
      path: "/api/rounds/:id/progress",
      summary:
        "批次进度（员工）：各环节申报数（待审核、待补材料、区县初审通过、已通过、已驳回、公示、撤出、拨付）与各条款金额",
      tag: "申报批次",
      access: ["staff"],
      request: { params: { schema: roundParams, what: "批次" } },
      responses: { 200: { description: "进度" }, 404: errorResponse("没有该批次") },
      async handle(ctx, { params }) {
        ctx.body = await roundProgress.progress(params.id, districtScope(ctx));
      },
    }),
  ];
}
