// Parses a route input with its zod schema, or answers 400 with the contract's issues.

import type { z } from "zod";
import { toIssues } from "../../rules/index.ts";
import { ApiError } from "./errors.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = "请求"): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = toIssues(r.error);
  throw new ApiError(
    400,
    "validation_failed",
    `${what}内容有误：${issues.map((i) => i.message).join("；")}`,
    issues,
  );
}
