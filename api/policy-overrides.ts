// The bureau's yearly standards (POLICY_PARAMETERS_FILE): a JSON file of dated values that replace
// the policy's own figures from their dates, e.g.
//   { "leading.cityTotalCap": [{ "from": "2026-01-01", "value": 4000000, "source": "2026 年度申报通知" }] }
// A parameter named here replaces the policy's list for that parameter, so keep its earlier values.

import { readFileSync } from "node:fs";
import { z } from "zod";
import { PARAMETERS, type ParameterOverrides } from "../rules/index.ts";
import { ConfigError } from "./config.ts";

const dated = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "from 须为 YYYY-MM-DD" }),
  value: z.number().finite().min(0),
  source: z.string().min(1, { error: "请写明依据（source）" }),
});

const schema = z.record(
  z.enum(Object.keys(PARAMETERS) as [keyof typeof PARAMETERS, ...(keyof typeof PARAMETERS)[]], {
    error: "不认识的参数名",
  }),
  z.array(dated).min(1),
);

export function loadParameterOverrides(path: string | undefined): ParameterOverrides | undefined {
  if (!path) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ConfigError(`无法读取 POLICY_PARAMETERS_FILE（${path}）：${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new ConfigError(
      `POLICY_PARAMETERS_FILE 内容有误：\n${r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  return r.data as ParameterOverrides;
}
