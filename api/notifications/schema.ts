// The feed's own query (the acknowledgement body and the items are shared, in contract/).

import { z } from "zod";

export const feedQuery = z.object({
  wait: z.coerce.number({ error: "wait 须为 0–25 的秒数" }).min(0).max(25).default(0),
  limit: z.coerce.number({ error: "limit 须为 1–100 的整数" }).int().min(1).max(100).default(50),
});
