import { z } from "zod";

/** Longer than anyone types; the core itself asks for shorter messages past 300 characters. */
export const MAX_MESSAGE = 2000;

export const messageBody = z
  .object({
    text: z
      .string({ error: "缺少 text（消息内容）" })
      .max(MAX_MESSAGE, `消息太长了（上限 ${MAX_MESSAGE} 字），请分几次发送`),
  })
  .meta({ id: "ConversationMessage" });

export const conversationParams = z.object({
  id: z.uuid({ error: "对话编号格式不对" }),
});

const choice = z.object({ label: z.string(), text: z.string() });

export const turnView = z
  .object({
    replies: z.array(z.string()),
    asking: z.string().nullable(),
    facts: z.record(z.string(), z.unknown()),
    mode: z.string(),
    /** Buttons for the pending question: a tap sends `text`, as if typed (contract §7 extension). */
    choices: z.array(choice),
  })
  .meta({ id: "ConversationTurn" });

export const conversationView = turnView.extend({ id: z.string() }).meta({ id: "Conversation" });
