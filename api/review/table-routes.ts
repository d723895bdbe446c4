// The review table over HTTP: every cell, so the console's buttons and the staff room's commands
// follow the same table the server decides by (a client never keeps a copy of its own).

import { defineRoute } from "../http/route.ts";
import { reviewTable } from "./table.ts";

export function reviewTableRoutes() {
  return [
    defineRoute({
      method: "get",
      path: "/api/review/table",
      summary:
        "审核规则表：状态 × 决定 × 角色（市级或区县账号）× 批次是否区县初审 → 下一状态与通知，或拒绝的原因",
      tag: "审核",
      access: ["staff", "bot"],
      responses: { 200: { description: "每一格" } },
      handle(ctx) {
        ctx.body = { items: reviewTable() };
      },
    }),
  ];
}
