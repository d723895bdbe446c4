// Reads a policy's folder (contract §15) into a Policy value: every file checked with zod, every name
// one file gives another checked against it, and any fault reported naming the file and the field, so
// that a broken folder stops the start with a message the bureau can act on.

import { existsSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { Article } from "./articles.ts";
import type { Clause } from "./clauses.ts";
import { DISTRICTS } from "./districts.ts";
import { FACT_KEYS, FACT_TYPES, type AskableFact, type FactDefinition, type FactKey } from "./facts.ts";
import { all, any, compare, is, oneOf, type BooleanFact, type Condition, type NumericFact } from "./logic.ts";
import type { Parameter } from "./parameters.ts";
import type { KnowledgeEntry, Policy } from "./policy.ts";
import {
  casesFile,
  clausesFile,
  factsFile,
  knowledgeFile,
  wordsFile,
  manifestFile,
  materialsFile,
  parametersFile,
  questionsFile,
  type ConditionData,
  type PolicyCase,
} from "./policy-files.ts";
import type { Question } from "./questions.ts";

export class PolicyFolderError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(`政策文件夹有误：${file}${field ? ` 的 ${field}` : ""}：${message}`);
    this.name = "PolicyFolderError";
  }
}

const fieldOf = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");

function parsed<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  let issue: z.core.$ZodIssue = r.error.issues[0]!;
  let path = [...issue.path];
  // A condition that fits none of its forms: the form it was written in (the key it has) says what is
  // wrong with it, else the form that got furthest.
  while (issue.code === "invalid_union" && issue.errors.length > 0) {
    const value = path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data);
    const has = (i: z.core.$ZodIssue) =>
      typeof value === "object" && value !== null && i.path.length > 0 && i.path[0]! in value;
    const firsts = issue.errors.map((option) => option[0]!).filter(Boolean);
    const chosen = firsts.find(has) ?? [...firsts].sort((a, b) => b.path.length - a.path.length)[0];
    if (!chosen || chosen.path.length === 0) break;
    path = [...path, ...chosen.path];
    issue = chosen;
  }
  // A clause is named by its id as well as its place: 「[0]（village）.when…」.
  const id =
    typeof path[0] === "number" ? (data as { id?: unknown }[] | undefined)?.[path[0]]?.id : undefined;
  const rest = path.slice(1);
  const field =
    typeof id === "string"
      ? `[${String(path[0])}]（${id}）${typeof rest[0] === "string" ? "." : ""}${fieldOf(rest)}`
      : fieldOf(path);
  throw new PolicyFolderError(file, field, issue.message);
}

function readData(dir: string, name: string, shown: string, required: boolean): unknown {
  const path = join(dir, name);
  if (!existsSync(path)) {
    if (required) throw new PolicyFolderError(shown, "", "文件不存在");
    return undefined;
  }
  const source = readFileSync(path, "utf8");
  try {
    return name.endsWith(".json") ? JSON.parse(source) : parseYaml(source);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new PolicyFolderError(
      shown,
      line ? `第 ${line} 行` : "",
      `格式有误，无法读取（请检查缩进、冒号和括号）。详情：${(e as Error).message.split("\n")[0]}`,
    );
  }
}

const NUMERALS = "一二三四五六七八九十";

/** The articles of the text: each line 「一、标题。正文」, numbered by its numeral. */
function articlesOf(text: string): Article[] {
  const out: Article[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^([一二三四五六七八九十]{1,3})、([^。]+)。/.exec(line.trim());
    if (!m) continue;
    const n = [...m[1]!].reduce((acc, ch) => {
      const d = NUMERALS.indexOf(ch) + 1;
      return d === 10 ? (acc === 0 ? 10 : acc * 10) : acc + d;
    }, 0);
    out.push({ number: n, title: m[2]!, text: line.trim() });
  }
  return out;
}

/** The folder's cases (cases.yaml), checked; none when the file is absent. */
export function loadCases(dir: string): PolicyCase[] {
  const shown = join(basename(dir), "cases.yaml");
  return parsed(shown, casesFile, readData(dir, "cases.yaml", shown, false) ?? []);
}

/** Loads and checks the folder `dir`; throws PolicyFolderError naming the file and field at fault. */
export function loadPolicy(dir: string, root = join(dir, "..")): Policy {
  const folder = basename(dir);
  const shown = (name: string) => relative(join(root, ".."), join(dir, name)) || name;
  const manifestName = existsSync(join(dir, "policy.json")) ? "policy.json" : "policy.yaml";
  const manifest = parsed(
    shown(manifestName),
    manifestFile,
    readData(dir, manifestName, shown(manifestName), true),
  );
  if (manifest.id !== folder)
    throw new PolicyFolderError(
      shown(manifestName),
      "id",
      `须与文件夹名一致（文件夹为 ${folder}，id 为 ${manifest.id}）`,
    );
  if (manifest.from > manifest.to)
    throw new PolicyFolderError(
      shown(manifestName),
      "to",
      `结束日期 ${manifest.to} 早于开始日期 ${manifest.from}`,
    );
  manifest.districts.forEach((d, i) => {
    if (!(DISTRICTS as readonly string[]).includes(d))
      throw new PolicyFolderError(
        shown(manifestName),
        `districts[${i}]`,
        `不认识的区县「${d}」（可用：${DISTRICTS.join("、")}）`,
      );
  });

  const textPath = join(dir, "text.txt");
  if (!existsSync(textPath)) throw new PolicyFolderError(shown("text.txt"), "", "文件不存在（政策原文）");
  const text = readFileSync(textPath, "utf8");
  const articles = articlesOf(text);

  const parameters: Record<string, Parameter> = parsed(
    shown("parameters.yaml"),
    parametersFile,
    readData(dir, "parameters.yaml", shown("parameters.yaml"), true),
  );
  const param = (file: string, field: string, name: string) => {
    if (!Object.hasOwn(parameters, name))
      throw new PolicyFolderError(shown(file), field, `parameters.yaml 中没有参数 ${name}`);
    return name;
  };

  const factWords = parsed(
    shown("facts.yaml"),
    factsFile,
    readData(dir, "facts.yaml", shown("facts.yaml"), true),
  );
  const facts = {} as Record<FactKey, FactDefinition>;
  for (const key of FACT_KEYS) {
    const words = factWords[key];
    if (!words) throw new PolicyFolderError(shown("facts.yaml"), key, "缺少这个事实的中文名称");
    const type = FACT_TYPES[key];
    if (type === "boolean" && (!words.yes || !words.no))
      throw new PolicyFolderError(shown("facts.yaml"), key, "是否类事实须写明 yes 和 no 两种说法");
    facts[key] = { type, ...words };
  }

  const clauseData = parsed(
    shown("clauses.yaml"),
    clausesFile,
    readData(dir, "clauses.yaml", shown("clauses.yaml"), true),
  );
  const read = new Set<FactKey>();
  const condition = (c: ConditionData, field: string): Condition => {
    if ("all" in c) return all(...c.all.map((p, i) => condition(p, `${field}.all[${i}]`)));
    if ("any" in c) return any(...c.any.map((p, i) => condition(p, `${field}.any[${i}]`)));
    const fact = c.fact as FactKey;
    read.add(fact);
    const def = facts[fact];
    const numeric = ["yuan", "count", "months", "percent"].includes(def.type);
    const wrong = (what: string) =>
      new PolicyFolderError(
        shown("clauses.yaml"),
        `${field}.fact`,
        `${fact} 是${def.type}类事实，不能用 ${what}`,
      );
    if (c.is !== undefined) {
      if (def.type !== "boolean") throw wrong("is");
      return is(fact as BooleanFact, c.is, def);
    }
    if (c.oneOf !== undefined) {
      if (def.type !== "influence") throw wrong("oneOf");
      return oneOf("eventInfluence", c.oneOf as never, def);
    }
    if (!numeric) throw wrong("atLeast / above / atMost");
    const [op, name, key] =
      c.atLeast !== undefined
        ? (["gte", c.atLeast, "atLeast"] as const)
        : c.above !== undefined
          ? (["gt", c.above, "above"] as const)
          : (["lte", c.atMost!, "atMost"] as const);
    return compare(fact as NumericFact, op, param("clauses.yaml", `${field}.${key}`, name), def, c.wording);
  };
  const seen = new Set<string>();
  const clauses: Clause[] = clauseData.map((c, i) => {
    const at = `[${i}]（${c.id}）`;
    if (seen.has(c.id)) throw new PolicyFolderError(shown("clauses.yaml"), `${at}.id`, `条款 ${c.id} 重复`);
    seen.add(c.id);
    if (articles.length > 0 && !articles.some((a) => a.number === c.article))
      throw new PolicyFolderError(
        shown("clauses.yaml"),
        `${at}.article`,
        `原文（text.txt）没有第 ${c.article} 条`,
      );
    const p = (field: string, name: string) => param("clauses.yaml", `${at}.${field}`, name);
    const clause: Clause = {
      id: c.id,
      article: c.article,
      name: c.name,
      kind: c.kind,
      subjects: c.subjects,
      citation: c.citation,
      when: condition(c.when, `${at}.when`),
      tiers: c.tiers.map((t, j) => ({
        ...(t.when ? { when: condition(t.when, `${at}.tiers[${j}].when`) } : {}),
        amount: p(`tiers[${j}].amount`, t.amount),
      })),
    };
    if (c.decidedByStaff !== undefined) clause.decidedByStaff = c.decidedByStaff;
    if (c.estimate) {
      clause.estimate = {
        fact: c.estimate.fact as NumericFact,
        unit: p("estimate.unit", c.estimate.unit),
        rate: p("estimate.rate", c.estimate.rate),
        cap: p("estimate.cap", c.estimate.cap),
      };
      read.add(c.estimate.fact);
    }
    if (c.cityTotal !== undefined) clause.cityTotal = p("cityTotal", c.cityTotal);
    if (c.note !== undefined) clause.note = c.note;
    if (c.reads) clause.reads = c.reads as Clause["reads"];
    if (c.fixedAmount !== undefined) clause.fixedAmount = c.fixedAmount;
    if (c.oncePerPolicy !== undefined) clause.oncePerPolicy = c.oncePerPolicy;
    if (c.highestTierOnly !== undefined) clause.highestTierOnly = c.highestTierOnly;
    if (c.approvalCeiling !== undefined) clause.approvalCeiling = p("approvalCeiling", c.approvalCeiling);
    if (c.bounds) clause.bounds = { min: p("bounds.min", c.bounds.min), max: p("bounds.max", c.bounds.max) };
    return clause;
  });

  const questionData = parsed(
    shown("questions.yaml"),
    questionsFile,
    readData(dir, "questions.yaml", shown("questions.yaml"), true),
  );
  const questions: Question[] = questionData.map((q) => {
    const texts = typeof q.text === "string" ? { default: q.text } : q.text;
    return {
      fact: q.fact,
      text: (subject) => (subject ? texts[subject] : undefined) ?? texts.default,
      example: q.example,
      reader: q.reader,
      ...(q.after ? { after: q.after } : {}),
    };
  });
  const questionByFact = Object.fromEntries(questions.map((q) => [q.fact, q])) as Record<
    AskableFact,
    Question
  >;
  for (const f of ["subjectType", ...read] as FactKey[])
    if (f !== "assessedOn" && !questionByFact[f as AskableFact])
      throw new PolicyFolderError(shown("questions.yaml"), f, `条款读取事实 ${f}，但没有对它的提问`);

  const materials = parsed(
    shown("materials.yaml"),
    materialsFile,
    readData(dir, "materials.yaml", shown("materials.yaml"), false) ?? {},
  );
  for (const id of Object.keys(materials))
    if (!seen.has(id))
      throw new PolicyFolderError(shown("materials.yaml"), id, `clauses.yaml 中没有条款 ${id}`);

  const kb = parsed(
    shown("knowledge.json"),
    knowledgeFile,
    readData(dir, "knowledge.json", shown("knowledge.json"), false) ?? { entries: [] },
  );
  kb.entries.forEach((e, i) => {
    for (const m of e.answer.join("\n").matchAll(/\{(?:p|above):([^}]+)\}/g))
      param("knowledge.json", `entries[${i}].answer`, m[1]!);
  });

  const words = readData(dir, "words.yaml", shown("words.yaml"), false);
  const checkedWords =
    words === undefined || words === null ? null : parsed(shown("words.yaml"), wordsFile, words);
  checkedWords?.facts.forEach((w, i) => {
    if (w.fact === "sales" || w.fact === "live") {
      if (w.kind !== "yuan")
        throw new PolicyFolderError(shown("words.yaml"), `facts[${i}].kind`, `${w.fact} 是金额，须为 yuan`);
    } else if (FACT_TYPES[w.fact] !== w.kind)
      throw new PolicyFolderError(
        shown("words.yaml"),
        `facts[${i}].kind`,
        `事实 ${w.fact} 的类型是 ${FACT_TYPES[w.fact]}，不是 ${w.kind}`,
      );
  });
  checkedWords?.yesNo.forEach((w, i) => {
    if (FACT_TYPES[w.fact] !== "boolean")
      throw new PolicyFolderError(shown("words.yaml"), `yesNo[${i}].fact`, `事实 ${w.fact} 不是是非类事实`);
  });
  for (const id of Object.keys(checkedWords?.items ?? {}))
    if (!clauses.some((c) => c.id === id))
      throw new PolicyFolderError(shown("words.yaml"), `items.${id}`, `没有 id 为 ${id} 的条款`);

  return {
    id: manifest.id,
    title: manifest.title,
    issuer: manifest.issuer,
    districts: manifest.districts,
    validFrom: manifest.from,
    validTo: manifest.to,
    notes: manifest.notes,
    text,
    articles,
    clauses,
    clausesById: Object.fromEntries(clauses.map((c) => [c.id, c])),
    clauseIds: clauses.map((c) => c.id),
    parameters,
    facts,
    questions,
    questionByFact,
    materials: Object.fromEntries(clauses.map((c) => [c.id, materials[c.id] ?? []])),
    knowledge: kb.entries as KnowledgeEntry[],
    words: checkedWords,
  };
}
