// The staff console (contract §9): the Vue app that scripts/build-console.mjs builds into
// dist/console/<stamp>/ (dist/console/current names it), and labels.json. Every other path under
// /console serves the app's page, so its history-mode routes survive a reload or a shared link; the
// app draws itself from the API with the session cookie. Nothing comes from a CDN.

import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Context } from "koa";
import { projectPath } from "../../config/paths.ts";
import { defineRoute } from "../http/route.ts";
import { consoleLabels } from "./console-labels.ts";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
};

// The app's own scripts and styles only; no frames. Element Plus sets element styles at run time
// (allowed by style-src through the CSSOM); images are the app's own and staff's materials.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'";

/** The folder of the build the server serves now (read per request: a rebuild takes effect at once). */
function currentBuild(): string | null {
  try {
    const stamp = readFileSync(projectPath("dist", "console", "current"), "utf8").trim();
    return /^[0-9a-f]{16}$/.test(stamp) ? projectPath("dist", "console", stamp) : null;
  } catch {
    return null;
  }
}

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>审核工作台</title>
<p>员工控制台尚未构建。请在项目目录运行 <code>npm run build</code>（<code>npm ci</code> 与 <code>npm start</code> 会自动构建）。</p></html>`;

function send(ctx: Context, body: string | Buffer, type: string, cache: string) {
  ctx.type = type;
  ctx.set("Content-Security-Policy", CSP);
  ctx.set("X-Content-Type-Options", "nosniff");
  ctx.set("Cache-Control", cache);
  ctx.body = body;
}

function page(ctx: Context) {
  const dir = currentBuild();
  let html: string;
  try {
    html = dir ? readFileSync(join(dir, "index.html"), "utf8") : NOT_BUILT;
  } catch {
    html = NOT_BUILT;
  }
  if (html === NOT_BUILT) ctx.status = 503;
  send(ctx, html, "text/html; charset=utf-8", "no-cache");
}

export function consoleRoutes() {
  const labels = JSON.stringify(consoleLabels());
  return [
    defineRoute({
      method: "get",
      path: "/console",
      summary: "员工控制台（未登录时为登录页）",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "HTML", contentType: "text/html" } },
      handle: page,
    }),
    defineRoute({
      method: "get",
      path: "/console/labels.json",
      summary: "员工控制台的名称表（由规则与契约生成）",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "labels.json", contentType: "application/json" } },
      handle: (ctx) => send(ctx, labels, "application/json; charset=utf-8", "no-cache"),
    }),
    defineRoute({
      method: "get",
      path: "/console/assets/:file",
      summary: "员工控制台的脚本与样式（文件名带内容摘要，可长期缓存）",
      tag: "页面",
      access: "public",
      responses: {
        200: { description: "脚本、样式或字体", contentType: "application/octet-stream" },
        404: { description: "没有这个文件" },
      },
      handle(ctx) {
        const file = String(ctx.params.file ?? "");
        const dir = currentBuild();
        const type = TYPES[extname(file)];
        if (!dir || !type || !/^[\w.-]+$/.test(file)) return void (ctx.status = 404);
        try {
          send(ctx, readFileSync(join(dir, "assets", file)), type, "public, max-age=31536000, immutable");
        } catch {
          ctx.status = 404;
        }
      },
    }),
    defineRoute({
      method: "get",
      path: "/console/*page",
      summary: "员工控制台的其余页面（申报、预算、政策找人、账号、审计……由页面自己的路由显示）",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "HTML", contentType: "text/html" } },
      handle: page,
    }),
  ];
}
