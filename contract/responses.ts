// Response bodies of the API that clients read (the bot, the console, the mini-program): described
// once here, so the OpenAPI document and the clients' types come from the same place.

import { z } from "zod";
import { APPLICATION_STATUSES } from "./applications.ts";

/** The contract's error body (§4): every error of every route. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })),
      /** 409 duplicate_application: each clause already filed, by number and status (§5, §13). */
      duplicates: z
        .array(z.object({ clause: z.string(), number: z.string(), status: z.string() }))
        .optional(),
    }),
  })
  .meta({ id: "Error" });

const assessmentSchema = z.object({
  policyId: z.string(),
  inForce: z.boolean(),
  results: z.array(z.unknown()),
});

export const submissionResponseSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.literal("submitted"),
  clauses: z.array(z.string()),
  requestedAmountYuan: z.number().int(),
  createdAt: z.string(),
  assessment: assessmentSchema,
});
export type SubmissionResponse = z.infer<typeof submissionResponseSchema>;

export const applicationSummarySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    applicantName: z.string(),
    district: z.string(),
    subjectType: z.string(),
    clauses: z.array(z.string()),
    requestedAmountYuan: z.number().int(),
    /** The loan asked under a loan clause (a referral to the banks, not budget money); null when none. */
    loanAmountYuan: z.number().int().nullable().optional(),
    approvedAmountYuan: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ApplicationSummary" });
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationListSchema = z.object({
  items: z.array(applicationSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const applicationDetailSchema = applicationSummarySchema
  .extend({
    applicant: z.record(z.string(), z.unknown()),
    facts: z.record(z.string(), z.unknown()),
    /** The applicant's own figures as filed (no assessment date), and each with its label and as read. */
    claimed: z.object({
      facts: z.record(z.string(), z.unknown()),
      items: z.array(z.object({ key: z.string(), label: z.string(), value: z.unknown(), text: z.string() })),
    }),
    assessment: assessmentSchema,
    /** The round it was filed into (contract §13), or null when filed before any round existed. */
    round: z.object({ id: z.string(), title: z.string(), figuresYear: z.number().int() }).nullable(),
    /** The files attached (申报材料): `url` opens one inline; `url?download=1` downloads it. */
    materials: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        uploadedBy: z.string(),
        uploadedAt: z.string(),
        url: z.string(),
      }),
    ),
    /** Each clause: its status, ceiling, estimate, approved amount and, for the loan, the amount asked. */
    clauseResults: z.array(z.record(z.string(), z.unknown())),
    decisions: z.array(
      z.object({
        id: z.string(),
        decision: z.string(),
        note: z.string(),
        approvedAmountYuan: z.number().int().nullable(),
        decidedBy: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: "ApplicationDetail" });
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
