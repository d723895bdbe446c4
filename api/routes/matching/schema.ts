import { z } from "zod";
import { CLAUSE_IDS, DISTRICTS } from "../../../rules/index.ts";
import { SUBJECT_TYPES } from "../../../rules/facts.ts";

export const templateQuery = z.object({
  format: z.enum(["csv", "xlsx"], { error: "format 须为 csv 或 xlsx" }).default("xlsx"),
});

export const importQuery = z.object({
  /** The date the rows are assessed for; the server's date when absent. */
  assessedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "assessedOn 须为 YYYY-MM-DD" })
    .optional(),
  /** The file's name as the person chose it (shown in the list of runs). */
  fileName: z.string().trim().max(255, { error: "文件名过长" }).optional(),
});

export const runParams = z.object({ id: z.uuid({ error: "导入记录编号格式不对" }) });

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "须为 true 或 false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const resultsQuery = z.object({
  clause: z.enum(CLAUSE_IDS, { error: `clause 须为 ${CLAUSE_IDS.join("、")} 之一` }).optional(),
  status: z
    .enum(["eligible", "manual_review", "needs_info", "ineligible"], {
      error: "status 须为 eligible、manual_review、needs_info 或 ineligible",
    })
    .optional(),
  district: z.enum(DISTRICTS, { error: "district 须为淄博市的区县之一" }).optional(),
  subjectType: z
    .enum(SUBJECT_TYPES, { error: `subjectType 须为 ${SUBJECT_TYPES.join("、")} 之一` })
    .optional(),
  applied: flag.optional(),
  differs: flag.optional(),
  q: z.string().trim().max(100, { error: "搜索词不能超过 100 个字符" }).optional(),
  limit: z.coerce.number({ error: "limit 须为 1–500 的整数" }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: "offset 须为不小于 0 的整数" }).int().min(0).default(0),
});

export const inviteBody = z
  .object({
    clauses: z
      .array(z.enum(CLAUSE_IDS, { error: `条款须为 ${CLAUSE_IDS.join("、")} 之一` }))
      .min(1, { error: "请至少选择一个条款" }),
  })
  .meta({ id: "MatchingInvitation" });

const rowError = z.object({ row: z.number(), column: z.string(), message: z.string() });

export const runView = z
  .object({
    id: z.string(),
    rows: z.number(),
    valid: z.number(),
    invalid: z.number(),
    errors: z.array(rowError),
    eligible: z.record(z.string(), z.number()),
    estimatedYuan: z.number(),
  })
  .passthrough()
  .meta({ id: "MatchingRun" });
