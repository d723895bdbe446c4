// The chat as a mobile web page (contract §10): GET /chat and its files from web/chat/, and a
// session of one's own for a visitor, who has no WeChat identity (POST /api/chat/visitors). The page
// then uses the same conversation routes as the mini-program.

import { readFileSync } from "node:fs";
import type { Context } from "koa";
import { projectPath } from "../../config/paths.ts";
import { createRateLimiter } from "../http/rate-limit.ts";
import type { Services } from "../services.ts";
import { chatSessionView } from "./miniprogram-schema.ts";
import { defineRoute, errorResponse } from "../http/route.ts";

const FILES = {
  "index.html": "text/html; charset=utf-8",
  "chat.js": "text/javascript; charset=utf-8",
  "mine.js": "text/javascript; charset=utf-8",
  "chat.css": "text/css; charset=utf-8",
} as const;

// Its own scripts and styles only. A mini-program's web-view may frame it; other sites may not.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self' https://servicewechat.com";

export function chatRoutes(
  { chatUsers, subscribeTemplateId }: Pick<Services, "chatUsers" | "subscribeTemplateId">,
  opts: { clock: () => Date },
) {
  const files = Object.fromEntries(
    Object.keys(FILES).map((n) => [n, readFileSync(projectPath("web", "chat", n), "utf8")]),
  );
  // New visitors from one address: fifty at once (a training room or a village office behind one
  // address), then ten a minute; a page reload keeps its session and asks for none.
  const admit = createRateLimiter(
    { burst: 50, perSecond: 1 / 6 },
    opts.clock,
    "新建会话过于频繁，请稍后再试",
  );
  const send = (ctx: Context, name: keyof typeof FILES) => {
    ctx.type = FILES[name];
    ctx.set("Content-Security-Policy", CSP);
    ctx.set("X-Content-Type-Options", "nosniff");
    ctx.set("Cache-Control", "no-cache");
    ctx.body = files[name];
  };
  return [
    defineRoute({
      method: "get",
      path: "/chat",
      summary: "手机网页对话（微信外的手机，或小程序的 web-view）",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "HTML", contentType: "text/html" } },
      handle: (ctx) => send(ctx, "index.html"),
    }),
    ...(["chat.js", "mine.js", "chat.css"] as const).map((name) =>
      defineRoute({
        method: "get",
        path: `/chat/${name}`,
        summary: `手机网页对话的 ${name}`,
        tag: "页面",
        access: "public",
        responses: { 200: { description: name, contentType: FILES[name].split(";")[0]! } },
        handle: (ctx) => send(ctx, name),
      }),
    ),
    defineRoute({
      method: "post",
      path: "/api/chat/visitors",
      summary: "网页访客的会话（不需登录；用于 /chat 的对话）",
      tag: "对话",
      access: "public",
      responses: {
        200: { description: "令牌", body: chatSessionView },
        429: errorResponse("同一地址新建会话过于频繁"),
      },
      async handle(ctx) {
        admit(ctx.ip);
        ctx.body = { ...(await chatUsers.startVisit()), subscribeTemplateId };
      },
    }),
  ];
}
