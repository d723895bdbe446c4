// Conversations over HTTP (contract §10): the core of the WeChat bot, for the mini-program, the /chat
// page and other clients. A conversation belongs to whoever started it; anyone else gets 404.

import type { Context } from "koa";
import type { Owner } from "./service.ts";
import type { Services } from "../services.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { principalOf } from "../http/scope.ts";
import { conversationParams, conversationView, messageBody, turnView } from "./schema.ts";

/** The conversation's owner: the chat user, or the bot (which may name its WeChat user). */
function ownerOf(ctx: Context): Owner {
  const p = principalOf(ctx);
  return p.chatUser ? { id: p.id, chatUserId: p.chatUser.userId } : { id: p.id, chatUserId: null };
}

const ACCESS = ["applicant", "bot"] as const;

export function conversationRoutes({ conversations }: Pick<Services, "conversations">) {
  return [
    defineRoute({
      method: "post",
      path: "/api/conversations",
      summary: "开始一段对话（小程序、网页或机器人令牌）",
      tag: "对话",
      access: ACCESS,
      responses: {
        201: { description: "新对话与问候语", body: conversationView },
        401: errorResponse("缺少或无效的令牌"),
        429: errorResponse("太频繁"),
      },
      async handle(ctx) {
        const owner = ownerOf(ctx);
        const wechatId = owner.chatUserId ? null : ctx.get("X-WeChat-Id").slice(0, 200) || null;
        ctx.status = 201;
        ctx.body = await conversations.create(owner, wechatId);
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/conversations/:id",
      summary: "对话当前的状态（客户端重启后接着聊）",
      tag: "对话",
      access: ACCESS,
      request: { params: { schema: conversationParams, what: "对话编号" } },
      responses: {
        200: { description: "当前问题、已知事实和按钮", body: conversationView },
        401: errorResponse("缺少或无效的令牌"),
        404: errorResponse("没有这段对话（或不是您的）"),
      },
      async handle(ctx, { params }) {
        ctx.body = await conversations.get(ownerOf(ctx), params.id);
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/conversations/:id/messages",
      summary: "发一条消息，得到回复",
      tag: "对话",
      access: ACCESS,
      request: {
        params: { schema: conversationParams, what: "对话编号" },
        body: { schema: messageBody, what: "消息" },
      },
      responses: {
        200: { description: "回复、当前问题、已知事实和按钮", body: turnView },
        400: errorResponse("消息不合法（如过长）"),
        401: errorResponse("缺少或无效的令牌"),
        404: errorResponse("没有这段对话（或不是您的）"),
        409: errorResponse("同一对话的消息在别处处理中，稍后重发"),
        413: errorResponse("请求体过大"),
        429: errorResponse("消息太频繁"),
      },
      async handle(ctx, { params, body }) {
        ctx.body = await conversations.message(ownerOf(ctx), params.id, body.text);
      },
    }),
  ];
}
