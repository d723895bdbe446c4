import { z } from "zod";

const own = z.object({
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
});

export const myApplications = z.object({ items: z.array(own) }).meta({ id: "MyApplications" });
