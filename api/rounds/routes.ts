// Rounds over HTTP (contract §13): the bureau creates and changes them (admin), anyone reads them (no
// budget), staff simulate a round's cost. Every change is in the audit log with who made it.

import { z } from "zod";
import { requireStaffRole } from "../http/auth.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import {
  publicRoundView,
  roundBody,
  roundParams,
  roundPatch,
  roundView,
  simulationBody,
  simulationView,
} from "./schema.ts";
import type { Rounds } from "./service.ts";

export function roundRoutes({ rounds }: { rounds: Rounds }) {
  return [
    defineRoute({
      method: "post",
      path: "/api/rounds",
      summary: "创建申报批次（管理员）：数据年度、受理日期、条款、预算、各项兑现标准",
      tag: "申报批次",
      access: ["staff"],
      request: { body: { schema: roundBody, what: "申报批次" } },
      responses: {
        201: { description: "已创建", body: roundView },
        400: errorResponse("请求不合法"),
        403: errorResponse("仅管理员"),
        422: errorResponse("日期、年度、条款或标准不符合政策"),
      },
      async handle(ctx, { body }) {
        const who = principalOf(ctx);
        requireStaffRole(who, "admin", "创建申报批次");
        ctx.status = 201;
        ctx.body = await rounds.create(body, who.id, ctx.ip);
      },
    }),
    defineRoute({
      method: "patch",
      path: "/api/rounds/:id",
      summary: "修改申报批次（管理员）；首次通过后兑现标准不能再改",
      tag: "申报批次",
      access: ["staff"],
      request: {
        params: { schema: roundParams, what: "批次" },
        body: { schema: roundPatch, what: "批次修改" },
      },
      responses: {
        200: { description: "已修改", body: roundView },
        400: errorResponse("请求不合法"),
        403: errorResponse("仅管理员"),
        404: errorResponse("没有该批次"),
        409: errorResponse("已有申报获批，标准已固定"),
        422: errorResponse("不符合政策"),
      },
      async handle(ctx, { params, body }) {
        const who = principalOf(ctx);
        requireStaffRole(who, "admin", "修改申报批次");
        ctx.body = await rounds.change(params.id, body, who.id, ctx.ip);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds",
      summary: "申报批次（公开）：名称、数据年度、受理日期、条款、状态",
      tag: "申报批次",
      access: "public",
      responses: { 200: { description: "批次", body: z.object({ items: z.array(publicRoundView) }) } },
      async handle(ctx) {
        ctx.body = { items: (await rounds.all()).map(rounds.publicView) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds/settings",
      summary: "申报批次的全部设置（员工）：含预算、创建人，以及兑现标准是否已固定",
      tag: "申报批次",
      access: ["staff"],
      responses: {
        200: { description: "批次", body: z.object({ items: z.array(roundView) }) },
        401: errorResponse("未登录"),
      },
      async handle(ctx) {
        const all = await rounds.all();
        ctx.body = {
          items: await Promise.all(all.map(async (r) => rounds.view(r, await rounds.frozen(r.id)))),
        };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/rounds/:id",
      summary: "一个申报批次（公开）",
      tag: "申报批次",
      access: "public",
      request: { params: { schema: roundParams, what: "批次" } },
      responses: { 200: { description: "批次", body: publicRoundView }, 404: errorResponse("没有该批次") },
      async handle(ctx, { params }) {
        ctx.body = rounds.publicView(await rounds.find(params.id));
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/rounds/:id/simulation",
      summary: "测算批次花费（不写入任何数据）：另一套标准、另一个预算，可加一次政策找人导入",
      tag: "申报批次",
      access: ["staff"],
      request: {
        params: { schema: roundParams, what: "批次" },
        body: { schema: simulationBody, what: "测算条件" },
      },
      responses: {
        200: { description: "测算结果", body: simulationView },
        404: errorResponse("没有该批次或导入记录"),
        422: errorResponse("标准不符合政策"),
      },
      async handle(ctx, { params, body }) {
        ctx.body = await rounds.simulate(params.id, body);
      },
    }),
  ];
}
