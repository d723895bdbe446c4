import { z } from "zod";

export const materialParams = z.object({ id: z.string().min(1).max(100).describe("材料 id") });

/** The bot names the WeChat user it acts for. */
export const scopeQuery = z.object({ wechatId: z.string().min(1).max(200).optional() });

export const materialInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
  })
  .meta({ id: "Material" });

export const materialListSchema = z.object({
  items: z.array(materialInfoSchema.extend({ uploadedAt: z.string(), uploadedBy: z.string() })),
});

/** `?download=1`: sent as an attachment (saved); otherwise opened in the browser (inline). */
export const downloadQuery = scopeQuery.extend({
  download: z
    .enum(["1", "0", "true", "false"], { error: "download 须为 1 或 0" })
    .transform((v) => v === "1" || v === "true")
    .optional(),
});
