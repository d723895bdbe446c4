// The applications resource as the API takes it: request schemas shared by api/ (which validates with
// them) and bot/ (which builds its requests to them); the OpenAPI document is generated from them.

import { z } from "zod";
import {
  DISTRICTS,
  registry,
  factsSchema,
  normalizePhone,
  normalizeUscc,
  usccProblem,
  USCC_PROBLEM_MESSAGES,
} from "../rules/index.ts";

// Text people type, made inert at the edge: no NUL or other control characters (a line break only
// where the field may have several lines), no lone surrogate halves (not text at all; PostgreSQL
// refuses them) — so nothing that passes here can fail when stored or forge lines when shown.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/;
const LINE_BREAK = /[\r\n\t]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const text = (max: number, what: string, o: { multiline?: boolean; min?: number } = {}) =>
  z
    .string({ error: `${what}须为文本` })
    .trim()
    .min(o.min ?? 1, { error: (o.min ?? 1) > 1 ? `${what}至少 ${o.min} 个字` : `${what}不能为空` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` })
    .refine((s) => !CONTROL.test(s) && (o.multiline || !LINE_BREAK.test(s)), {
      error: `${what}含有不能使用的控制字符${o.multiline ? "" : "或换行"}`,
    })
    .refine((s) => !LONE_SURROGATE.test(s), { error: `${what}含有无法识别的字符` });

export const usccSchema = z
  .string({ error: "统一社会信用代码须为文本" })
  .transform(normalizeUscc)
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: USCC_PROBLEM_MESSAGES[problem] });
  });

export const phoneSchema = z.string({ error: "联系电话须为文本" }).transform((s, ctx) => {
  const phone = normalizePhone(s);
  if (phone === null) {
    ctx.addIssue({
      code: "custom",
      message: "联系电话格式不对：手机号为 11 位（如 13800000000），座机请带区号（如 0533-1234567）",
    });
    return z.NEVER;
  }
  return phone;
});

export const applicantSchema = z.strictObject(
  {
    name: text(200, "申报主体名称"),
    uscc: usccSchema,
    district: z.enum(DISTRICTS, { error: `所属区县须为 ${DISTRICTS.join("、")} 之一` }),
    contactName: text(100, "联系人", { min: 2 }),
    contactPhone: phoneSchema,
    wechatId: text(200, "微信号").optional(),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? `不认识的字段：${iss.keys.join("、")}` : "申报主体信息须为对象",
  },
);

/** Every clause id of every policy the server holds; the application's own policy is checked on filing. */
const CLAUSE_IDS = [...new Set(registry().policies.flatMap((p) => p.clauseIds))] as [string, ...string[]];

export const clauseIdSchema = z.enum(CLAUSE_IDS, { error: `条款须为 ${CLAUSE_IDS.join("、")} 之一` });

export const applicationRequestSchema = z
  .strictObject(
    {
      applicant: applicantSchema,
      facts: factsSchema,
      clauses: z
        .array(clauseIdSchema, { error: "申报条款（clauses）须为数组" })
        .min(1, { error: "请至少选择一个申报条款" })
        .max(CLAUSE_IDS.length)
        .refine((a) => new Set(a).size === a.length, { error: "申报条款不能重复" }),
      /** Files again a clause the enterprise already has pending or approved this year (else 409). */
      confirmDuplicate: z.boolean({ error: "confirmDuplicate 须为 true 或 false" }).optional(),
      /** The round to file into (contract §13); default: the open round holding all the clauses. */
      roundId: z.uuid({ error: "roundId 须为申报批次编号" }).optional(),
      /** The policy filed under (contract §15); default: the city's. */
      policyId: z.string({ error: "policyId 须为政策编号" }).max(100).optional(),
    },
    {
      error: (iss) =>
        iss.code === "unrecognized_keys" ? `不认识的字段：${iss.keys.join("、")}` : "请求体须为 JSON 对象",
    },
  )
  .meta({ id: "ApplicationRequest" });
export type ApplicationRequest = z.infer<typeof applicationRequestSchema>;

export const APPLICATION_STATUSES = [
  "submitted",
  "approved",
  "rejected",
  "needs_more_info",
  "district_passed",
] as const;
export const DECISIONS = ["approved", "rejected", "needs_more_info", "reopened", "district_passed"] as const;

const amountYuan = z
  .number({ error: "核定金额须为整数（元）" })
  .int({ error: "核定金额须为整数（元）" })
  .min(0, { error: "核定金额不能为负数" })
  .max(1_000_000_000, { error: "核定金额过大" });

/** Decisions that change what the applicant gets or must do: each needs its reason. */
const NEEDS_REASON: Record<string, string> = {
  rejected: "驳回",
  needs_more_info: "要求补充材料",
  reopened: "重新打开",
};

export const decisionRequestSchema = z
  .strictObject(
    {
      decision: z.enum(DECISIONS, { error: `decision 须为 ${DECISIONS.join(" / ")} 之一` }),
      note: text(2000, "说明", { multiline: true, min: 0 }).default(""),
      /** The total approved (whole yuan). */
      approvedAmountYuan: amountYuan.optional(),
      /** The amount approved per clause, for an application with several clauses that carry money. */
      clauseAmounts: z.partialRecord(clauseIdSchema, amountYuan).optional(),
    },
    {
      error: (iss) =>
        iss.code === "unrecognized_keys" ? `不认识的字段：${iss.keys.join("、")}` : "请求体须为 JSON 对象",
    },
  )
  .superRefine((d, ctx) => {
    const act = NEEDS_REASON[d.decision];
    if (act && [...d.note].length < 2)
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: `${act}时须写明原因（说明 note，至少 2 个字）`,
      });
  })
  .meta({ id: "DecisionRequest" });
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

const statusList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  )
  .pipe(
    z.array(
      z.enum(APPLICATION_STATUSES, {
        error: `status 须为 ${APPLICATION_STATUSES.join(" / ")} 之一（可用逗号分隔多个）`,
      }),
    ),
  );

/** How the queue may be ordered: by the day filed, the amount (approved, else estimated), district or status. */
export const LIST_SORTS = ["submittedAt", "amount", "district", "status"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const listQuerySchema = z.object({
  /** One status or several, comma-separated (e.g. submitted,needs_more_info: all waiting on staff). */
  status: statusList.optional(),
  /**
   * Search: a prefix of the 统一社会信用代码 or of the number (ZB-…), or the applicant's name (a prefix
   * or any part of it), in any letter case.
   */
  q: z.string().trim().max(100, { error: "搜索词不能超过 100 个字符" }).optional(),
  clause: clauseIdSchema.optional(),
  district: z.enum(DISTRICTS, { error: "district 须为淄博市的区县之一" }).optional(),
  wechatId: z.string().min(1).max(200).optional(),
  year: z.coerce.number({ error: "year 须为年份" }).int().min(2022).max(2100).optional(),
  /** The round the applications were filed into (contract §13). */
  roundId: z.uuid({ error: "roundId 须为申报批次编号" }).optional(),
  sort: z.enum(LIST_SORTS, { error: `sort 须为 ${LIST_SORTS.join("、")} 之一` }).default("submittedAt"),
  /** Default: oldest first when only pending statuses are asked for (a queue), newest first otherwise. */
  order: z.enum(["asc", "desc"], { error: "order 须为 asc 或 desc" }).optional(),
  limit: z.coerce
    .number({ error: "limit 须为 10–200 的整数" })
    .int()
    .min(10, { error: "limit 须为 10–200 的整数" })
    .max(200, { error: "limit 须为 10–200 的整数" })
    .default(50),
  offset: z.coerce.number({ error: "offset 须为不小于 0 的整数" }).int().min(0).default(0),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const idempotencyKeySchema = z
  .string({ error: "缺少 Idempotency-Key 请求头" })
  .min(1, { error: "Idempotency-Key 不能为空" })
  .max(255, { error: "Idempotency-Key 不能超过 255 个字符" });
