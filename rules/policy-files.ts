// The files of a policy's folder as zod schemas: what each must hold, with messages in Chinese.
// Cross-references (a condition's parameter, a material's clause) are checked by the loader.

import { z } from "zod";
import { EVENT_INFLUENCES, FACT_KEYS, SUBJECT_TYPES } from "./facts.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "须为 YYYY-MM-DD 格式的日期" });
const text = z.string().trim().min(1, { error: "不能为空" });
const factKey = z.enum(FACT_KEYS, { error: `须为合同 §2 的事实之一（${FACT_KEYS.join("、")}）` });

export const manifestFile = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: "须为小写字母、数字和连字符" }),
  title: text,
  issuer: text,
  districts: z.array(text).min(1, { error: "至少一个区县" }),
  from: day,
  to: day,
  notes: z.record(z.string(), text).default({}),
});

const wording = z.object({ pass: text, fail: text, suffix: z.string().optional() });

export type ConditionData =
  | { all: ConditionData[] }
  | { any: ConditionData[] }
  | {
      fact: string;
      atLeast?: string;
      above?: string;
      atMost?: string;
      is?: boolean;
      oneOf?: string[];
      wording?: z.infer<typeof wording>;
    };

export const conditionData: z.ZodType<ConditionData> = z.lazy(() =>
  z.union(
    [
      z.object({ all: z.array(conditionData).min(1) }).strict(),
      z.object({ any: z.array(conditionData).min(1) }).strict(),
      z
        .object({
          fact: factKey,
          atLeast: text.optional(),
          above: text.optional(),
          atMost: text.optional(),
          is: z.boolean().optional(),
          oneOf: z.array(z.enum(EVENT_INFLUENCES)).min(1).optional(),
          wording: wording.optional(),
        })
        .strict()
        .refine(
          (c) => [c.atLeast, c.above, c.atMost, c.is, c.oneOf].filter((x) => x !== undefined).length === 1,
          { error: "每个条件须恰有 atLeast、above、atMost、is、oneOf 之一" },
        ),
    ],
    { error: "条件须为 { all: [...] }、{ any: [...] } 或 { fact, atLeast|above|atMost|is|oneOf }" },
  ),
);

const clauseId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "须为小写字母、数字和连字符" });

export const clausesFile = z
  .array(
    z
      .object({
        id: clauseId,
        article: z.number().int().min(1),
        name: text,
        kind: z.enum(["award", "subsidy", "loan", "case_by_case"]),
        subjects: z.array(z.enum(SUBJECT_TYPES)).min(1),
        citation: text,
        when: conditionData,
        tiers: z.array(z.object({ when: conditionData.optional(), amount: text }).strict()),
        decidedByStaff: z.boolean().optional(),
        estimate: z.object({ fact: factKey, unit: text, rate: text, cap: text }).strict().optional(),
        cityTotal: text.optional(),
        note: text.optional(),
        reads: z.object({ from: factKey, as: factKey }).strict().optional(),
        fixedAmount: z.boolean().optional(),
        oncePerPolicy: z.boolean().optional(),
        highestTierOnly: z.boolean().optional(),
        approvalCeiling: text.optional(),
        bounds: z.object({ min: text, max: text }).strict().optional(),
      })
      .strict(),
  )
  .min(1, { error: "至少一个条款" });

export const parametersFile = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/, { error: "参数名形如 village.award" }),
  z
    .object({
      description: text,
      unit: z.enum(["yuan", "count", "months", "percent", "yuanPerUnit"]),
      money: z.literal(true).optional(),
      values: z
        .array(
          z
            .object({
              from: day,
              value: z
                .number({ error: "须为数字（金额以元为单位写整数，如 300000，不写「万」）" })
                .finite()
                .min(0, { error: "不能为负数" }),
              source: text,
            })
            .strict(),
        )
        .min(1, { error: "至少一个取值" }),
    })
    .strict(),
);

export const factsFile = z.partialRecord(
  factKey,
  z
    .object({
      label: text,
      yes: text.optional(),
      no: text.optional(),
      unit: text.optional(),
      articles: z.array(z.number().int().min(1)).default([]),
    })
    .strict(),
);

const SUBJECT_TEXTS = z
  .object({
    default: text,
    enterprise: text.optional(),
    village: text.optional(),
    town: text.optional(),
    park: text.optional(),
  })
  .strict();

export const questionsFile = z.array(
  z
    .object({
      fact: factKey.exclude(["assessedOn"]),
      text: z.union([text, SUBJECT_TEXTS]),
      example: text,
      reader: z.enum(["subjectType", "yuan", "yesNo", "count", "months", "percent", "influence"]),
      after: z.array(factKey.exclude(["assessedOn"])).optional(),
    })
    .strict(),
);

export const materialsFile = z.record(clauseId, z.array(text));

export const knowledgeFile = z.object({
  about: z.string().optional(),
  entries: z.array(
    z.object({
      id: text,
      title: text,
      article: z.number().int().min(0),
      answer: z.array(z.string()).min(1),
      questions: z.array(text),
      keywords: z.array(text).optional(),
      topics: z.array(text).optional(),
      generic: z.boolean().optional(),
      facts: z.array(factKey).optional(),
    }),
  ),
});

// The words people use for the facts (words.yaml): what the bot's grammar binds figures to. Cues, unit words
// and subject words are data here, so a synonym is a word added, never code.
const words = z.array(text).min(1, { error: "至少一个词" });
export const wordsFile = z
  .object({
    facts: z.array(
      z
        .object({
          // 「sales」: the subject's own sales figure; 「live」: live sales without saying whose live room.
          fact: z.union([factKey.exclude(["assessedOn", "subjectType"]), z.enum(["sales", "live"])]),
          kind: z.enum(["yuan", "count", "percent", "months"]),
          cues: words,
          units: words.optional(),
          range: z.tuple([z.number(), z.number()]).optional(),
          implies: z.enum(SUBJECT_TYPES).optional(),
          // Cues of two characters or more also match by their pinyin (voice input: 自波 for 自播), unless
          // listed here: words whose sound is another common word's (卖了/买了).
          notBySound: z.array(text).optional(),
          // Names of the things a count counts (中通、圆通…): a list of them answers the count.
          names: z.array(text).optional(),
          weak: z.boolean().optional(),
          // Cues that name the part which is the fact itself (「真正在卖的」 beside 「登记的网店」): beside another
          // figure of the fact, theirs is the one.
          narrow: z.array(text).optional(),
        })
        .strict(),
    ),
    yesNo: z.array(
      z
        .object({
          fact: factKey.exclude(["assessedOn", "subjectType"]),
          words,
          needs: z.array(words).optional(),
          // Words that say the fact does not hold (贸易公司 for 生产企业): read as 「否」, or 「是」 when negated.
          means: z.boolean().optional(),
        })
        .strict(),
    ),
    subjects: z.partialRecord(z.enum(SUBJECT_TYPES), words),
    otherSubjects: z.array(text).default([]),
    remarks: z.array(text).default([]),
    soundAlike: z.array(z.tuple([text, text])).default([]),
    notCues: z.array(text).default([]),
    // What a count may count that no fact counts (年轻人、主播): 「三十多个年轻人」 is no count of shops.
    notCounted: z.array(text).default([]),
    // Words that something is not settled yet (还在开发、公示中): a 「是」 said beside them is not written.
    notYet: z.array(text).default([]),
    // Words that name one item (佣金补助 → third-party-live): 「佣金补助还差多少」 asks about that item alone.
    items: z.record(text, words).default({}),
  })
  .strict();
export type PolicyWords = z.infer<typeof wordsFile>;

// A policy's tests as data (cases.yaml): facts on a date and, per clause, what is expected.
const expected = z
  .object({
    status: z.enum(["eligible", "ineligible", "needs_info", "manual_review", "not_applicable"]).optional(),
    maxAmountYuan: z.number().nullable().optional(),
    estimatedAmountYuan: z.number().nullable().optional(),
  })
  .strict();

export const casesFile = z.array(
  z
    .object({
      name: z.string().trim().min(1, { error: "每个用例须有名称" }),
      /** The day assessed (the facts' assessedOn). */
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "须为 YYYY-MM-DD 格式的日期" }),
      facts: z.record(z.string(), z.unknown()),
      expect: z.record(z.string(), expected),
    })
    .strict(),
);
export type PolicyCase = z.infer<typeof casesFile>[number];
