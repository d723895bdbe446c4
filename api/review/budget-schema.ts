import { z } from "zod";

export const budgetQuery = z.object({
  year: z.coerce.number({ error: "year 须为年份，例如 2025" }).int().min(2022).max(2100),
});
