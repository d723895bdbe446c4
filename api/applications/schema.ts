// Inputs of the applications routes that are the API's own (the shared request bodies are in contract/).

import { z } from "zod";
import { idempotencyKeySchema, listQuerySchema } from "../../contract/index.ts";

export const submitHeaders = z.object({ "idempotency-key": idempotencyKeySchema });

/** An application by its id (uuid) or its number (ZB-2025-000001). */
export const applicationParams = z.object({
  id: z.string().min(1).max(100).describe("申报 id 或编号（ZB-2025-000001）"),
});

/** The bot names the WeChat user it acts for (?wechatId= or the X-WeChat-Id header). */
export const detailQuery = z.object({ wechatId: z.string().min(1).max(200).optional() });

export const exportQuery = listQuerySchema.omit({ limit: true, offset: true, wechatId: true }).extend({
  format: z.enum(["csv", "xlsx"], { error: "format 须为 csv 或 xlsx" }).default("csv"),
});
