import { z } from "zod";

export const loginBody = z
  .object({
    /** What wx.login gave the mini-program (valid five minutes, once). */
    code: z
      .string({ error: "缺少 code（wx.login 得到的登录凭证）" })
      .trim()
      .min(1, "code 不能为空")
      .max(128, "code 过长")
      .regex(/^[\w-]+$/, "code 格式不对"),
  })
  .meta({ id: "MiniProgramLogin" });

export const chatSessionView = z
  .object({
    /** Bearer token for the conversation and application routes. */
    token: z.string(),
    expiresAt: z.string(),
    /** Ask the user to accept this template before filing (wx.requestSubscribeMessage); null when unset. */
    subscribeTemplateId: z.string().nullable(),
  })
  .meta({ id: "ChatSession" });
