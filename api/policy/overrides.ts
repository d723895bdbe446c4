// The bureau's yearly standards (POLICY_PARAMETERS_FILE): a JSON file naming only the parameters it
// changes, each with dated values ADDED to the policy's own, e.g.
//   { "<参数名，见 npm run policy -- show>": [{ "from": "2027-01-01", "value": 4000000, "source": "2027 年度申报通知" }] }
// From 2027-01-01 the cap is 400 万; earlier years keep theirs. A value dated like a built-in one
// replaces it. Every entry is checked: the parameter's name, a real date, a figure of the right kind.

import { readFileSync } from "node:fs";
import { z } from "zod";
import {
  PARAMETERS,
  type DatedValue,
  type ParameterName,
  type ParameterOverrides,
} from "../../rules/index.ts";
import { ConfigError } from "../config.ts";

const dated = z.strictObject({
  from: z.iso.date({ error: "from 须为真实的日期 YYYY-MM-DD" }),
  value: z.number({ error: "value 须为数字" }).finite().min(0, { error: "value 不能为负数" }),
  source: z.string().trim().min(1, { error: "请写明依据（source），如年度申报通知的文号" }),
});

const NAMES = Object.keys(PARAMETERS) as [ParameterName, ...ParameterName[]];
const schema = z
  .partialRecord(z.enum(NAMES, { error: "不认识的参数名" }), z.array(dated).min(1), {
    // zod reports a name outside the enum as an unrecognized key of the record.
    error: (iss) => {
      const i = iss as { code: string; keys?: string[] };
      if (i.code === "unrecognized_keys") return `不认识的参数名：${(i.keys ?? []).join("、")}`;
      if (i.code === "invalid_key") return "不认识的参数名";
      return "须为一个 JSON 对象：参数名 → 日期和取值的列表";
    },
  })
  .superRefine((file, ctx) => {
    for (const [name, values] of Object.entries(file) as [ParameterName, DatedValue[]][])
      values.forEach((v, i) => {
        const unit = PARAMETERS[name]!.unit;
        if (unit !== "percent" && unit !== "yuanPerUnit" && !Number.isInteger(v.value))
          ctx.addIssue({ code: "custom", path: [name, i, "value"], message: "须为整数" });
        if (unit === "percent" && v.value > 100)
          ctx.addIssue({ code: "custom", path: [name, i, "value"], message: "百分比不能超过 100" });
      });
  });

/** The file's values added to the policy's own (same date: the file's wins), in date order. */
export function mergeParameters(file: ParameterOverrides): ParameterOverrides {
  const merged: ParameterOverrides = {};
  for (const [name, values] of Object.entries(file) as [ParameterName, readonly DatedValue[]][]) {
    const byDate = new Map(PARAMETERS[name]!.values.map((v) => [v.from, v]));
    for (const v of values) byDate.set(v.from, v);
    merged[name] = [...byDate.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
  }
  return merged;
}

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
  return mergeParameters(r.data as ParameterOverrides);
}
