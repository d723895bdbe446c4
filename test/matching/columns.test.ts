// The template's columns come from the fact table, and a file's header row is read tolerantly —
// but never so loosely that a column in 万元 passes for one in 元.

import { describe, expect, it } from "vitest";
import {
  MatchingFileError,
  matchHeaders,
  TEMPLATE_COLUMNS,
  TEMPLATE_FACTS,
  TEMPLATE_HEADERS,
} from "../../api/matching/index.ts";
import { FACT_KEYS, FACTS } from "../../rules/index.ts";

function problemOf(headers: string[]): MatchingFileError {
  try {
    matchHeaders(headers);
  } catch (err) {
    if (err instanceof MatchingFileError) return err;
    throw err;
  }
  throw new Error("the headers were accepted");
}

const fieldsOf = (headers: string[]) => matchHeaders(headers).columns.map((c) => c?.field ?? null);

describe("the template's columns", () => {
  it("start with the four identity columns of the contract, in its order", () => {
    expect(TEMPLATE_HEADERS.slice(0, 4)).toEqual(["统一社会信用代码", "名称", "所属区县", "主体类型"]);
  });

  it("have one column per numeric or yes/no fact, headed by its Chinese label, in the fact table's order", () => {
    const expected = FACT_KEYS.filter((k) =>
      ["yuan", "count", "months", "percent", "boolean"].includes(FACTS[k].type),
    );
    expect(TEMPLATE_FACTS).toEqual(expected);
    expect(TEMPLATE_HEADERS.slice(4)).toEqual(expected.map((k) => FACTS[k].label));
  });

  it("leave out the facts that are not a figure or a yes/no (subject type, date, event influence)", () => {
    expect(TEMPLATE_FACTS).not.toContain("subjectType");
    expect(TEMPLATE_FACTS).not.toContain("assessedOn");
    expect(TEMPLATE_FACTS).not.toContain("eventInfluence");
  });

  it("require only the credit code, the name and the subject type", () => {
    expect(TEMPLATE_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual([
      "统一社会信用代码",
      "名称",
      "主体类型",
    ]);
  });
});

describe("reading a header row", () => {
  it("maps the template's own headers one to one", () => {
    expect(fieldsOf([...TEMPLATE_HEADERS])).toEqual(TEMPLATE_COLUMNS.map((c) => c.field));
  });

  it("accepts spaces, full-width brackets and letters, straight quotes and a required-mark star", () => {
    const headers = [
      " 统一社会 信用代码* ",
      "名　称",
      "主体类型",
      "网络零售额已纳统(纳入第三方大数据公司统计)",
      "为ＭＣＮ机构 (多渠道网络服务商)",
      '实现仓储、分拣、运输、配送、揽件"五统一"',
      "申请的齐鲁电商贷额度",
    ];
    expect(fieldsOf(headers)).toEqual([
      "uscc",
      "name",
      "subjectType",
      "counted",
      "mcn",
      "fiveUnified",
      "loanAmountYuan",
    ]);
  });

  it("accepts a label without its bracketed note when no other column shares the rest", () => {
    expect(fieldsOf(["统一社会信用代码", "名称", "主体类型", "网络零售额已纳统", "为MCN机构"])).toEqual([
      "uscc",
      "name",
      "subjectType",
      "counted",
      "mcn",
    ]);
  });

  it("finds the columns wherever they stand", () => {
    const headers = ["年度网络零售额", "主体类型", "名称", "活跃网店数量", "统一社会信用代码"];
    expect(fieldsOf(headers)).toEqual(["onlineRetailYuan", "subjectType", "name", "activeShops", "uscc"]);
  });

  it("accepts the unit of its column in brackets: （元） for an amount, （%） for a share", () => {
    const headers = [
      "统一社会信用代码",
      "名称",
      "主体类型",
      "年度网络零售额（元）",
      "信息平台整合的县域快递单量占比(%)",
    ];
    expect(fieldsOf(headers).slice(3)).toEqual(["onlineRetailYuan", "parcelSharePercent"]);
  });

  it("refuses an amount column in 万元 instead of taking its figures as 元", () => {
    const e = problemOf(["统一社会信用代码", "名称", "主体类型", "年度网络零售额（万元）"]);
    expect(e.status).toBe(400);
    expect(e.code).toBe("bad_headers");
    expect(e.message).toContain("年度网络零售额（万元）");
    expect(e.message).toContain("元");
  });

  it("names every missing required column", () => {
    const e = problemOf(["名称", "年度网络零售额"]);
    expect(e.message).toContain("缺少必需的列：统一社会信用代码、主体类型");
  });

  it("tells a file whose first row is no header at all to use the template", () => {
    const e = problemOf(["91370303MA0000001M", "某公司", "企业"]);
    expect(e.message).toContain("请下载模板");
    expect(e.issues.map((i) => i.message)).toContain("不认识的列：91370303MA0000001M、某公司、企业");
  });

  it("refuses a column given twice, naming both places", () => {
    const e = problemOf(["统一社会信用代码", "名称", "主体类型", "年度网络零售额", "年度网络零售额（元）"]);
    expect(e.message).toContain("出现了两次");
    expect(e.message).toContain("第 4 列（D 列）");
    expect(e.message).toContain("第 5 列（E 列）");
  });

  it("ignores an unknown column and warns once, naming it on row 1", () => {
    const m = matchHeaders(["统一社会信用代码", "名称", "主体类型", "备注", ""]);
    expect(m.columns.map((c) => c?.field ?? null)).toEqual(["uscc", "name", "subjectType", null, null]);
    expect(m.warnings).toEqual([{ row: 1, column: "备注", message: "模板中没有这一列，已忽略" }]);
  });
});
