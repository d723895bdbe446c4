// Reading settings from the environment: the field kinds every process's zod schema is made of, and
// the parse that fails with one message naming every bad variable (exit 2 for command-line use).

import { z } from "zod";

/** A comma-separated list; blank entries dropped. */
export const list = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  );

/** Text, or undefined when unset or blank. */
export const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s.trim()));

export const optionalUrl = (protocols: RegExp, what: string) =>
  optionalText.refine((s) => s === undefined || (URL.canParse(s) && protocols.test(new URL(s).protocol)), {
    message: `须为 ${what} 地址`,
  });

export const logLevel = z
  .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
  .default("info");

export class ConfigError extends Error {}

/** Parses the environment with a schema, or throws ConfigError listing every bad variable. */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const r = schema.safeParse(env);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new ConfigError(`配置有误（环境变量）：\n${lines.join("\n")}`);
}

/** For command-line entry points: the settings, or their message on standard error and exit 2. */
export function parseEnvOrExit<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  try {
    return parseEnv(schema, env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}
