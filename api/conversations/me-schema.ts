import { z } from "zod";

export const ownApplication = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  applicantName: z.string(),
  clauses: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      estimatedAmountYuan: z.number().nullable(),
      maxAmountYuan: z.number().nullable(),
    }),
  ),
  requestedAmountYuan: z.number().nullable(),
  approvedAmountYuan: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  decisions: z.array(
    z.object({
      decision: z.string(),
      decisionLabel: z.string(),
      note: z.string(),
      approvedAmountYuan: z.number().nullable(),
      at: z.string(),
    }),
  ),
  /** On a round's 公示 list (contract §14): the period and the public page; null when not (or withdrawn). */
  publication: z.object({ startsOn: z.string(), endsOn: z.string(), url: z.string() }).nullable().optional(),
  /** Paid (拨付): the amount and the date; null until the transfer is recorded. */
  payment: z.object({ payableYuan: z.number(), paidOn: z.string() }).nullable().optional(),
});

/**
 * Whether a decision will reach the person as a WeChat subscribe message: their last answer to the
 * request (accept, reject, ban, filter — WeChat's words — or unavailable) and whether one message is
 * still permitted. A /chat visitor never gets one: the list is where decisions wait.
 */
export const subscription = z.object({
  answer: z.enum(["accept", "reject", "ban", "filter", "unavailable"]).nullable(),
  answeredAt: z.string().nullable(),
  willNotify: z.boolean(),
});

export const subscriptionAnswer = z
  .object({
    answer: z.enum(["accept", "reject", "ban", "filter", "unavailable"], {
      error: "answer 须为 accept、reject、ban、filter 或 unavailable",
    }),
    templateId: z.string().min(1).max(128).optional(),
  })
  .strict();

export const myApplications = z
  .object({ items: z.array(ownApplication), subscription })
  .meta({ id: "MyApplications" });
