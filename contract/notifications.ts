// The bot's notification feed as the API hands it out and takes acknowledgements: shared by api/
// (routes) and bot/ (its client), so neither side retypes the shape.

import { z } from "zod";

export const feedItemSchema = z
  .object({
    eventId: z.string(),
    seq: z.string(),
    event: z.string(),
    channel: z.enum(["wechat_staff", "wechat_applicant"]),
    recipient: z.string().nullable(),
    applicationId: z.string().nullable(),
    /** The text to show, ready for WeChat. */
    text: z.string(),
    payload: z.unknown(),
    createdAt: z.string(),
  })
  .meta({ id: "FeedItem" });
export type FeedItem = z.infer<typeof feedItemSchema>;

export const feedResponseSchema = z.object({ items: z.array(feedItemSchema) });

export const ackSchema = z.strictObject(
  {
    eventIds: z
      .array(z.uuid({ error: "事件 id 格式不对" }), { error: "eventIds 须为数组" })
      .min(1, { error: "eventIds 不能为空" })
      .max(100),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? `不认识的字段：${iss.keys.join("、")}` : "请求体须为 JSON 对象",
  },
);
export type AckRequest = z.infer<typeof ackSchema>;

export const ackResponseSchema = z.object({ acknowledged: z.number().int() });
