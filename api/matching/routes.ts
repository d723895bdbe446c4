// 政策找人 (contract §11): the import template, a statistics file imported and assessed as a run, the
// runs, and their rows with filters — each row saying whether its subject applied this year and
// whether the claimed figures differ from the counted ones.

import { ApiError } from "../http/errors.ts";
import { MAX_BYTES, templateCsv, templateXlsx, XLSX_TYPE } from "./index.ts";
import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { districtScope, principalOf } from "../http/scope.ts";
import {
  callBody,
  callItem,
  callList,
  callsExportQuery,
  callsQuery,
  importQuery,
  invitationResult,
  inviteBody,
  resultsQuery,
  runList,
  runParams,
  runView,
  templateQuery,
} from "./schema.ts";

const XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function matchingRoutes({
  matching,
  matchingCalls,
  invitations,
  audit,
}: Pick<Services, "matching" | "matchingCalls" | "invitations" | "audit">) {
  return [
    defineRoute({
      method: "get",
      path: "/api/matching/template",
      summary: "纳统数据导入模板（CSV 或 Excel）",
      tag: "政策找人",
      access: ["staff"],
      request: { query: { schema: templateQuery, what: "模板格式" } },
      responses: {
        200: { description: "模板文件", contentType: "text/csv" },
        401: errorResponse("未登录"),
      },
      async handle(ctx, { query }) {
        const name = `纳统数据导入模板.${query.format}`;
        ctx.set("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
        ctx.type = query.format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE;
        ctx.body = query.format === "csv" ? templateCsv() : await templateXlsx();
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/matching/runs",
      summary: "导入纳统数据并逐行测评（请求体即 CSV 或 Excel 文件，上限 50 MB）",
      tag: "政策找人",
      access: ["staff"],
      request: { query: { schema: importQuery, what: "导入参数" } },
      responses: {
        201: { description: "导入结果：行数、错误行、各条款符合数、第二条测算", body: runView },
        400: errorResponse("文件为空、表头不对、编码无法识别等"),
        413: errorResponse("文件超过 50 MB"),
        415: errorResponse("不是 CSV 或 Excel（.xlsx）文件"),
      },
      async handle(ctx, { query }) {
        const declared = Number(ctx.get("Content-Length") || NaN);
        if (declared > MAX_BYTES)
          throw new ApiError(413, "file_too_large", "文件超过 50 MB 的上限，请分成几个文件分别导入");
        const who = principalOf(ctx);
        const run = await matching.importRun({
          source: ctx.req,
          contentType: (ctx.get("Content-Type").split(";")[0] ?? "").trim().toLowerCase(),
          fileName: query.fileName ?? null,
          assessedOn: query.assessedOn,
          importedBy: who.id,
          address: ctx.ip,
        });
        ctx.status = 201;
        ctx.body = run;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/matching/runs",
      summary: "最近的导入记录",
      tag: "政策找人",
      access: ["staff"],
      responses: { 200: { description: "导入记录，新的在前", body: runList }, 401: errorResponse("未登录") },
      async handle(ctx) {
        ctx.set("Cache-Control", "no-store");
        ctx.body = await matching.listRuns();
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/matching/runs/:id",
      summary: "一次导入的结果",
      tag: "政策找人",
      access: ["staff"],
      request: { params: { schema: runParams, what: "导入记录编号" } },
      responses: { 200: { description: "导入结果", body: runView }, 404: errorResponse("没有这次导入") },
      async handle(ctx, { params }) {
        ctx.body = await matching.getRun(params.id);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/matching/runs/:id/results",
      summary: "逐行结果：按条款、状态、区县、主体类型、是否已申报、申报与纳统是否不一致筛选",
      tag: "政策找人",
      access: ["staff"],
      request: {
        params: { schema: runParams, what: "导入记录编号" },
        query: { schema: resultsQuery, what: "筛选条件" },
      },
      responses: { 200: { description: "{ total, items }" }, 404: errorResponse("没有这次导入") },
      async handle(ctx, { params, query }) {
        ctx.body = await matching.results(params.id, { ...query, scope: districtScope(ctx).district });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/matching/runs/:id/results/export",
      summary: "导出逐行结果（CSV，筛选同上）",
      tag: "政策找人",
      access: ["staff"],
      request: {
        params: { schema: runParams, what: "导入记录编号" },
        query: { schema: resultsQuery.omit({ limit: true, offset: true }), what: "筛选条件" },
      },
      responses: { 200: { description: "CSV", contentType: "text/csv" }, 404: errorResponse("没有这次导入") },
      async handle(ctx, { params, query }) {
        await matching.getRun(params.id); // 404 before the download starts
        await audit.record(principalOf(ctx).id, "export", { matchingRun: params.id, ...query }, ctx.ip);
        const name = `政策找人-${params.id.slice(0, 8)}.csv`;
        ctx.set(
          "Content-Disposition",
          `attachment; filename="matching.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
        );
        ctx.type = "text/csv; charset=utf-8";
        ctx.body = matching.exportCsv(params.id, { ...query, scope: districtScope(ctx).district });
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/matching/opt-outs",
      summary: "「不再提醒」：不再接收申报邀请（机器人以 X-WeChat-Id 指明用户；小程序或网页用户为本人）",
      tag: "政策找人",
      access: ["bot", "applicant"],
      responses: { 204: { description: "已记下" }, 400: errorResponse("机器人须指明 X-WeChat-Id") },
      async handle(ctx) {
        const who = principalOf(ctx);
        const wechatId = ctx.get("X-WeChat-Id").trim();
        if (!who.chatUser && !wechatId)
          throw new ApiError(400, "missing_wechat_id", "请在 X-WeChat-Id 中指明微信用户");
        await invitations.optOut(who.chatUser ? who.id : wechatId.slice(0, 200));
        ctx.status = 204;
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/matching/runs/:id/invitations",
      summary: "向符合所选条款、有微信联系方式、尚未申报的主体发送申报邀请（每次导入每个主体一次）",
      tag: "政策找人",
      access: ["staff"],
      request: {
        params: { schema: runParams, what: "导入记录编号" },
        body: { schema: inviteBody, what: "邀请" },
      },
      responses: {
        200: { description: "已邀请的数目，以及要电话联系的主体数（toCall）", body: invitationResult },
        403: errorResponse("无权发送邀请"),
        404: errorResponse("没有这次导入"),
      },
      async handle(ctx, { params, body }) {
        const who = principalOf(ctx);
        if (who.staffRole === "reviewer") throw new ApiError(403, "forbidden", "您的账号无权发送申报邀请");
        const { district } = districtScope(ctx);
        const sent = await invitations.invite(params.id, body.clauses, who.id, district);
        ctx.body = { ...sent, toCall: await matchingCalls.subjectsToCall(params.id, body.clauses, district) };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/matching/runs/:id/calls",
      summary:
        "电话联系名单：符合条件、今年尚未申报该项目、没有微信联系方式的主体（每个主体每个项目一行），附纳统数据、电话和联系记录",
      tag: "政策找人",
      access: ["staff"],
      request: {
        params: { schema: runParams, what: "导入记录编号" },
        query: { schema: callsQuery, what: "筛选条件" },
      },
      responses: {
        200: { description: "{ total, items }", body: callList },
        400: errorResponse("请求不合法"),
        404: errorResponse("没有这次导入"),
      },
      async handle(ctx, { params, query }) {
        ctx.body = await matchingCalls.list(params.id, { ...query, district: districtScope(ctx).district });
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/matching/runs/:id/calls/export",
      summary: "导出电话联系名单（CSV 或 Excel，筛选同上）",
      tag: "政策找人",
      access: ["staff"],
      request: {
        params: { schema: runParams, what: "导入记录编号" },
        query: { schema: callsExportQuery, what: "筛选条件" },
      },
      responses: {
        200: { description: "文件", contentType: "text/csv" },
        400: errorResponse("请求不合法"),
        404: errorResponse("没有这次导入"),
      },
      async handle(ctx, { params, query }) {
        const { format, ...filter } = query;
        const file = await matchingCalls.exportFile(
          params.id,
          { ...filter, district: districtScope(ctx).district },
          format,
        );
        await audit.record(
          principalOf(ctx).id,
          "export",
          { matchingRun: params.id, calls: true, ...query },
          ctx.ip,
        );
        ctx.attachment(`电话联系名单-${params.id.slice(0, 8)}.${format}`);
        ctx.type = format === "xlsx" ? XLSX_MEDIA : "text/csv; charset=utf-8";
        ctx.body = file;
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/matching/runs/:id/calls",
      summary: "记下一次电话联系（已联系上 / 无人接听 / 不申报，可附备注），记入审计日志",
      tag: "政策找人",
      access: ["staff"],
      request: {
        params: { schema: runParams, what: "导入记录编号" },
        body: { schema: callBody, what: "联系记录" },
      },
      responses: {
        201: { description: "名单中的这一行，带上这次联系", body: callItem },
        400: errorResponse("请求不合法"),
        404: errorResponse("没有这次导入，或该主体和项目不在电话联系名单中"),
      },
      async handle(ctx, { params, body }) {
        const item = await matchingCalls.mark(
          params.id,
          body,
          principalOf(ctx).id,
          ctx.ip,
          districtScope(ctx).district,
        );
        ctx.status = 201;
        ctx.body = item;
      },
    }),
  ];
}
