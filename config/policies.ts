// Where the policies are (contract §15): POLICIES_DIR, default policies/ in the project; and which of
// them is the city's, served when a request names none.

import { z } from "zod";
import { optionalText } from "./env.ts";
import { projectPath } from "./paths.ts";

/** The city's policy: the one every district has, and the default of every entry point. */
export const CITY_POLICY_ID = "zibo-ecommerce-2022";

const schema = z.object({ POLICIES_DIR: optionalText });

let dir: string | undefined;

/** The folder holding one folder per policy, read from the environment once. */
export function policiesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env !== process.env) return schema.parse(env).POLICIES_DIR ?? projectPath("policies");
  return (dir ??= schema.parse(env).POLICIES_DIR ?? projectPath("policies"));
}
