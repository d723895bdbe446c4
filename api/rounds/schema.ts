// The rounds resource (contract §13): what a round is made of, as the API takes and shows it.

import { z } from "zod";
import { registry } from "../../rules/index.ts";

/** Every clause id of every policy held; the round's own policy is checked by the service. */
const CLAUSE_IDS = [...new Set(registry().policies.flatMap((p) => p.clauseIds))] as [string, ...string[]];

const day = (what: string) => z.iso.date({ error: `${what}须为日期 YYYY-MM-DD` });

export const standardsSchema = z.record(z.string(), z.number({ error: "标准须为数字（元）" }), {
  error: "standards 须为对象：参数名 → 金额",
});

const roundFields = z.strictObject({
  title: z.string({ error: "请填写批次名称" }).trim().min(2, { error: "批次名称至少 2 个字" }).max(200),
  figuresYear: z.number({ error: "figuresYear 须为年份" }).int({ error: "figuresYear 须为年份" }),
  opensOn: day("opensOn "),
  closesOn: day("closesOn "),
  clauses: z
    .array(z.enum(CLAUSE_IDS, { error: `条款须为 ${CLAUSE_IDS.join("、")} 之一` }), {
      error: "clauses 须为条款数组",
    })
    .min(1, { error: "请至少选择一个条款" })
    .refine((a) => new Set(a).size === a.length, { error: "条款不能重复" }),
  budgetYuan: z
    .number({ error: "budgetYuan 须为金额（元）" })
    .int({ error: "budgetYuan 须为整数元" })
    .min(0, { error: "budgetYuan 不能为负数" })
    .max(1e13),
  standards: standardsSchema,
  districtReview: z.boolean({ error: "districtReview 须为 true 或 false" }),
  policyId: z.string().optional(),
});

export const roundBody = roundFields
  .extend({
    standards: standardsSchema.default({}),
    districtReview: roundFields.shape.districtReview.default(false),
  })
  .meta({ id: "RoundRequest" });

/** A change names only what changes (no defaults: an absent field is left as it is). */
export const roundPatch = roundFields.partial().omit({ policyId: true }).meta({ id: "RoundChange" });

export const roundParams = z.object({ id: z.uuid({ error: "批次编号格式不对" }) });

export const simulationBody = z
  .strictObject({
    budgetYuan: z.number().int().min(0).max(1e13).optional(),
    standards: standardsSchema.optional(),
    matchingRunId: z.uuid({ error: "matchingRunId 须为导入记录编号" }).optional(),
  })
  .meta({ id: "SimulationRequest" });

const publicRound = {
  id: z.string(),
  policyId: z.string(),
  title: z.string(),
  figuresYear: z.number(),
  opensOn: z.string(),
  closesOn: z.string(),
  clauses: z.array(z.string()),
  standards: z.record(z.string(), z.number()),
  districtReview: z.boolean(),
  status: z.enum(["scheduled", "open", "closed"]),
};

export const publicRoundView = z.object(publicRound).meta({ id: "RoundPublic" });
export const roundView = z
  .object({ ...publicRound, budgetYuan: z.number(), frozen: z.boolean(), createdBy: z.string() })
  .meta({ id: "Round" });

export const simulationView = z
  .object({
    budgetYuan: z.number(),
    totalYuan: z.number(),
    byClause: z.record(z.string(), z.object({ count: z.number(), totalYuan: z.number() })),
    /** With a matching run: the round's applications alone (the totals above add the run's subjects). */
    applications: z
      .object({
        totalYuan: z.number(),
        byClause: z.record(z.string(), z.object({ count: z.number(), totalYuan: z.number() })),
      })
      .optional(),
  })
  .meta({ id: "Simulation" });
