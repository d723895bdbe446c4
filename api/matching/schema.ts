import { z } from "zod";
import { CLAUSE_IDS, DISTRICTS } from "../../rules/index.ts";
import { SUBJECT_TYPES } from "../../rules/facts.ts";

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

export const callsQuery = z.object({
  clause: z.enum(CLAUSE_IDS, { error: `clause 须为 ${CLAUSE_IDS.join("、")} 之一` }).optional(),
  /** true: only those called already; false: only those still to call. */
  called: flag.optional(),
  limit: z.coerce.number({ error: "limit 须为 1–500 的整数" }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: "offset 须为不小于 0 的整数" }).int().min(0).default(0),
});

export const callsExportQuery = callsQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(["csv", "xlsx"], { error: "format 须为 csv 或 xlsx" }).default("csv"),
});

export const callBody = z
  .strictObject(
    {
      uscc: z
        .string({ error: "请填写统一社会信用代码" })
        .trim()
        .min(18, { error: "统一社会信用代码为 18 位" })
        .max(18, { error: "统一社会信用代码为 18 位" }),
      clause: z.enum(CLAUSE_IDS, { error: `clause 须为 ${CLAUSE_IDS.join("、")} 之一` }),
      outcome: z.enum(["reached", "no_answer", "declined"], {
        error: "outcome 须为 reached（已联系上）、no_answer（无人接听）或 declined（不申报）",
      }),
      note: z.string().max(500, { error: "备注不能超过 500 个字" }).optional(),
    },
    {
      error: (iss) =>
        iss.code === "unrecognized_keys" ? `不认识的字段：${iss.keys.join("、")}` : "请求体须为 JSON 对象",
    },
  )
  .meta({ id: "MatchingCallRequest" });

const figure = z.object({ key: z.string(), label: z.string(), value: z.unknown(), text: z.string() });

export const callItem = z
  .object({
    row: z.number().int(),
    uscc: z.string(),
    name: z.string(),
    district: z.string().nullable(),
    subjectType: z.string(),
    subjectTypeLabel: z.string(),
    clause: z.string(),
    clauseName: z.string(),
    estimatedAmountYuan: z.number().nullable(),
    /** The counted figures the clause reads. */
    figures: z.array(figure),
    /** The applicant's phone from an earlier filing, where there is one. */
    phone: z.string().nullable(),
    contactName: z.string().nullable(),
    called: z.boolean(),
    call: z
      .object({
        outcome: z.enum(["reached", "no_answer", "declined"]),
        outcomeLabel: z.string(),
        note: z.string(),
        calledBy: z.string(),
        calledAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "MatchingCall" });

export const callList = z
  .object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(callItem),
  })
  .meta({ id: "MatchingCallList" });

export const invitationResult = z
  .object({
    invited: z.number().int(),
    skipped: z.object({ applied: z.number().int(), optedOut: z.number().int() }),
    candidates: z.number().int(),
    /** Subjects eligible for the chosen clauses, not applied, that no WeChat contact reaches: to phone. */
    toCall: z.number().int(),
  })
  .meta({ id: "MatchingInvitationResult" });

export const runList = z
  .object({ items: z.array(z.record(z.string(), z.unknown())) })
  .meta({ id: "MatchingRuns" });
