// The inputs of publication (公示), objections and withdrawals.

import { z } from "zod";
import { text } from "../../contract/applications.ts";

export const roundParams = z.object({ id: z.uuid({ error: "批次编号格式不对" }) });
export const objectionParams = z.object({ id: z.uuid({ error: "异议编号格式不对" }) });

export const publicationBody = z.strictObject({
  startsOn: z.iso.date({ error: "startsOn 须为日期 YYYY-MM-DD" }),
  days: z
    .number({ error: "days 须为公示天数" })
    .int({ error: "days 须为整数天" })
    .min(1, { error: "公示至少 1 天" })
    .max(60, { error: "公示不超过 60 天" })
    .default(7),
});

export const objectionBody = z.strictObject({
  text: text(2000, "异议内容", { multiline: true, min: 5 }),
  contact: text(200, "联系方式").optional(),
  /** The number of the application on the list it concerns (optional). */
  number: z
    .string({ error: "项目编号须为文本" })
    .trim()
    .regex(/^[A-Za-z]{2}-\d{4}-\d{6}$/, { error: "项目编号形如 ZB-2025-000001" })
    .optional(),
});

export const answerBody = z.strictObject({ answer: text(2000, "答复", { multiline: true, min: 2 }) });

export const withdrawalBody = z.strictObject({
  /** The application's id or number. */
  application: z.string({ error: "请指明申报（编号或 id）" }).trim().min(1).max(60),
  reason: text(2000, "撤出理由", { multiline: true, min: 2 }),
});

export const gongshiQuery = z.object({
  page: z
    .union([z.literal("all"), z.coerce.number({ error: "page 须为页码" }).int().min(1).max(100_000)])
    .default(1),
});

export const paymentParams = z.object({ id: z.uuid({ error: "拨付记录编号格式不对" }) });

export const paidBody = z.strictObject({
  paidOn: z.iso.date({ error: "paidOn 须为日期 YYYY-MM-DD" }),
  voucher: text(100, "凭证号"),
});
