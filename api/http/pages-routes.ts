// The root page: where things are — the bot for applicants, the console for staff, the API for
// developers. (The pages themselves are in web/.)

import { POLICY } from "../../rules/index.ts";
import { defineRoute } from "./route.ts";
import { escapeHtml as escape } from "./html.ts";

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
<ul><li>申请人：在微信里与「政策通」机器人对话，或打开 <a href="/chat">网页对话</a>、「政策通」小程序，发送「自测」开始。</li>
<li>工作人员：<a href="/console">审核工作台</a>（用 <code>npm run staff</code> 建立的账号登录），或在审核群里回复「帮助」查看指令。</li>
<li>开发者：<a href="/openapi.json">接口文档（OpenAPI）</a>、<a href="/api/policy">政策数据</a>、<a href="/healthz">健康检查</a>。</li></ul>`,
        );
      },
    }),
  ];
}
