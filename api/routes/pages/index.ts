// Pages a person may open in a browser before the staff console exists (issue 10): the root says
// where things are, and the link in every staff notice (/console/applications/:id) says how to see
// that application today, instead of a raw 401.

import { POLICY } from "../../../rules/index.ts";
import { defineRoute } from "../route.ts";
import { z } from "zod";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · 政策通·电商</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#222}
code{background:#f3f3f3;padding:.1rem .3rem;border-radius:3px}li{margin:.3rem 0}</style></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;

export function pageRoutes() {
  return [
    defineRoute({
      method: "get",
      path: "/",
      summary: "首页：服务在哪里",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "HTML", contentType: "text/html" } },
      handle(ctx) {
        ctx.type = "text/html; charset=utf-8";
        ctx.body = page(
          "政策通·电商 服务",
          `<p>${escape(POLICY.title)}（${POLICY.validFrom} 至 ${POLICY.validTo}）的自测、申报与审核服务正在运行。</p>
<ul><li>申请人：在微信里与「政策通」机器人对话，发送「自测」开始。</li>
<li>工作人员：在审核群里回复「帮助」查看指令；网页工作台建设中。</li>
<li>开发者：<a href="/openapi.json">接口文档（OpenAPI）</a>、<a href="/api/policy">政策数据</a>、<a href="/healthz">健康检查</a>。</li></ul>`,
        );
      },
    }),
    defineRoute({
      method: "get",
      path: "/console/applications/:id",
      summary: "通知中的「查看详情」链接：工作台上线前，说明如何查看该申报",
      tag: "页面",
      access: "public",
      request: { params: { schema: z.object({ id: z.string().max(100) }), what: "申报" } },
      responses: { 200: { description: "HTML", contentType: "text/html" } },
      handle(ctx, { params }) {
        ctx.type = "text/html; charset=utf-8";
        ctx.set("Cache-Control", "no-store");
        ctx.body = page(
          "查看申报",
          `<p>网页工作台尚未上线。目前可以这样查看这份申报：</p>
<ul><li>在审核群里回复「详情 申报编号」（编号见通知，如 ZB-2026-000001）。</li>
<li>或以员工令牌调用接口：<code>GET /api/applications/${escape(params.id)}</code>。</li></ul>`,
        );
      },
    }),
  ];
}
