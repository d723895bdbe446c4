// The optional understanding model (a shell, with I/O): where a bureau runs its own model behind an
// OpenAI-compatible chat-completions endpoint (how Qwen, DeepSeek and most local deployments are served),
// the bot may ask it for the facts of a message the grammar could not read. It is given the facts table
// as its JSON schema; its answer is checked by the same zod schemas as any facts (rules/schema.ts) and is
// only ever proposed back to the person for a 「是」 — it never decides eligibility, amounts or answers
// about the policy. Off unless UNDERSTANDING_MODEL_URL is set; any failure (slow, down, refusal, wrong
// JSON) is no reading, and the bot says what it would have said without it.

import { z } from "zod";
import {
  FACTS,
  factsPatchSchema,
  QUESTION_BY_FACT,
  type AskableFact,
  type Facts,
} from "../../rules/index.ts";

export interface UnderstandingModelConfig {
  url: string;
  model: string;
  key?: string | undefined;
  timeoutMs: number;
}

export type ModelFacts = Partial<Omit<Facts, "assessedOn">>;

export interface UnderstandingModel {
  /** The facts the model reads in `text` (validated), or null: none, or the model failed. */
  read(text: string, asking: AskableFact | null): Promise<ModelFacts | null>;
}

/** The facts table as a JSON schema, with each key's meaning, built once. */
let schema: Record<string, unknown> | null = null;
function factsJsonSchema(): Record<string, unknown> {
  if (!schema) {
    schema = z.toJSONSchema(factsPatchSchema as z.ZodType, { unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [k, p] of Object.entries(props)) p.description = FACTS[k as AskableFact]?.label ?? k;
  }
  return schema;
}

const SYSTEM = [
  "你是淄博市电子商务政策助手的信息提取器。只从用户这一句话中提取明确说出的事实，按给定的 JSON Schema 输出一个 JSON 对象。",
  "金额一律换算为整数元（例如 3200万 → 32000000）。没有明确说出的键不要输出；设想、提问、别人的数字、过去获得的奖励都不要输出。",
  "只输出 JSON，不要解释。无法提取时输出 {}。",
].join("\n");

const completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable().optional(),
          refusal: z.string().nullable().optional(),
        }),
      }),
    )
    .min(1),
});

/** The JSON object inside a reply (bare, or in a ```json fence). */
function jsonIn(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
  return JSON.parse((fenced ? fenced[1]! : content).trim());
}

export function createUnderstandingModel(
  config: UnderstandingModelConfig,
  fetchImpl: typeof fetch = fetch,
): UnderstandingModel {
  return {
    async read(text, asking) {
      const question = asking ? `（机器人正在问：${QUESTION_BY_FACT[asking].text(undefined)}）\n` : "";
      try {
        const res = await fetchImpl(config.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(config.key ? { authorization: `Bearer ${config.key}` } : {}),
          },
          body: JSON.stringify({
            model: config.model,
            temperature: 0,
            messages: [
              { role: "system", content: SYSTEM },
              { role: "user", content: `${question}${text}` },
            ],
            response_format: {
              type: "json_schema",
              json_schema: { name: "facts", schema: factsJsonSchema() },
            },
          }),
          signal: AbortSignal.timeout(config.timeoutMs),
        });
        if (!res.ok) return null;
        const body = completion.safeParse(await res.json());
        if (!body.success) return null;
        const { content, refusal } = body.data.choices[0]!.message;
        if (refusal || !content) return null;
        const facts = factsPatchSchema.safeParse(jsonIn(content));
        if (!facts.success || Object.keys(facts.data).length === 0) return null;
        return facts.data;
      } catch {
        // Timed out, down, or not JSON: no reading.
        return null;
      }
    },
  };
}
