// The staff console (contract §9): static files from console/ (no build step, nothing from a CDN)
// and labels.js, made from the rules and the contract so the page names facts, clauses, states and
// decisions exactly as the bot and the notices do. Every path under /console serves the page; the
// page draws itself from the API with the session cookie.

import { readFileSync } from "node:fs";
import { CLAUSES, DISTRICTS, FACTS } from "../../../rules/index.ts";
import { EVENT_INFLUENCE_LABELS, SUBJECT_LABELS } from "../../../rules/facts.ts";
import { ASSESSMENT_STATUS_LABELS, DECISION_LABELS, STATUS_LABELS } from "../../../contract/labels.ts";
import { projectPath } from "../../../config/paths.ts";
import { ROLE_LABELS } from "../../services/staff-accounts.ts";
import { defineRoute } from "../route.ts";
import type { Context } from "koa";

const FILES = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "matching.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
} as const;

const read = (name: keyof typeof FILES) => readFileSync(projectPath("web", "console", name), "utf8");

// Chart.js as npm installed it, read once when first asked for.
let chart: string | null = null;
const chartJs = () =>
  (chart ??= readFileSync(projectPath("node_modules", "chart.js", "dist", "chart.umd.min.js"), "utf8"));

const ACTION_LABELS: Record<string, string> = {
  sign_in: "登录",
  sign_in_failed: "登录失败",
  sign_in_throttled: "登录受限",
  sign_out: "退出",
  export: "导出",
  account_added: "添加账号",
  account_disabled: "停用账号",
  "application.submitted": "提交申报",
  "application.approved": "通过",
  "application.rejected": "驳回",
  "application.needs_more_info": "要求补材料",
  "application.reopened": "重新打开",
  "matching.imported": "导入纳统数据",
  "matching.invited": "发送申报邀请",
};

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八"];

/** labels.js: the names the page shows, as one ES module (JSON inside, so nothing is evaluated). */
function labelsModule(): string {
  const data = {
    statuses: STATUS_LABELS,
    decisions: DECISION_LABELS,
    assessmentStatuses: ASSESSMENT_STATUS_LABELS,
    roles: ROLE_LABELS,
    roleNames: { reviewer: "初审", approver: "审批", admin: "管理员" },
    actions: ACTION_LABELS,
    facts: Object.fromEntries(Object.entries(FACTS).map(([k, d]) => [k, d.label])),
    clauses: CLAUSES.map((c) => ({ id: c.id, name: `第${NUMERALS[c.article]}条 ${c.name}` })),
    citations: Object.fromEntries(CLAUSES.map((c) => [c.id, c.citation])),
    clauseNames: Object.fromEntries(CLAUSES.map((c) => [c.id, `第${NUMERALS[c.article]}条 ${c.name}`])),
    districts: [...DISTRICTS],
    /** Facts whose values are words: shown by their Chinese names. */
    words: { subjectType: SUBJECT_LABELS, eventInfluence: EVENT_INFLUENCE_LABELS },
  };
  return `const L = ${JSON.stringify(data)};
const formatted = ${JSON.stringify(
    Object.fromEntries(Object.keys(FACTS).map((k) => [k, FACTS[k as keyof typeof FACTS].type])),
  )};
L.format = (key, value) => {
  if (typeof value === "boolean") return value ? "是" : "否";
  if (L.words[key] && L.words[key][value]) return L.words[key][value];
  if (typeof value !== "number") return String(value);
  switch (formatted[key]) {
    case "yuan": return (value / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 4 }) + " 万元";
    case "months": return value + " 个月";
    case "percent": return value + "%";
    default: return String(value);
  }
};
export default L;
`;
}

// The page's own scripts and styles only; no frames.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

export function consoleRoutes() {
  const files = Object.fromEntries(Object.keys(FILES).map((n) => [n, read(n as keyof typeof FILES)]));
  const labels = labelsModule();
  const send = (ctx: Context, body: string, type: string) => {
    ctx.type = type;
    ctx.set("Content-Security-Policy", CSP);
    ctx.set("X-Content-Type-Options", "nosniff");
    ctx.set("Cache-Control", "no-cache");
    ctx.body = body;
  };
  const page = (path: string, summary: string) =>
    defineRoute({
      method: "get",
      path,
      summary,
      tag: "页面",
      access: "public",
      responses: { 200: { description: "HTML", contentType: "text/html" } },
      handle: (ctx) => send(ctx, files["index.html"]!, FILES["index.html"]),
    });
  return [
    page("/console", "员工控制台：申报列表（未登录时为登录页）"),
    page("/console/applications/:id", "员工控制台：一份申报（通知中的「查看详情」链接）"),
    page("/console/audit", "员工控制台：审计日志（管理员）"),
    page("/console/accounts", "员工控制台：账号（管理员）"),
    page("/console/budget", "员工控制台：预算（各条款申请与核定，第二条全市总额）"),
    defineRoute({
      method: "get",
      path: "/console/vendor/chart.umd.min.js",
      summary: "Chart.js（随 npm ci 安装，不从 CDN 取）",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "chart.js", contentType: "text/javascript" } },
      handle: (ctx) => send(ctx, chartJs(), "text/javascript; charset=utf-8"),
    }),
    page("/console/matching", "员工控制台：政策找人（导入纳统数据）"),
    page("/console/matching/:id", "员工控制台：一次导入的逐行结果"),
    ...(["app.js", "matching.js", "style.css"] as const).map((name) =>
      defineRoute({
        method: "get",
        path: `/console/${name}`,
        summary: `员工控制台的 ${name}`,
        tag: "页面",
        access: "public",
        responses: { 200: { description: name, contentType: FILES[name].split(";")[0]! } },
        handle: (ctx) => send(ctx, files[name]!, FILES[name]),
      }),
    ),
    defineRoute({
      method: "get",
      path: "/console/labels.js",
      summary: "员工控制台的名称表（由规则与契约生成）",
      tag: "页面",
      access: "public",
      responses: { 200: { description: "labels.js", contentType: "text/javascript" } },
      handle: (ctx) => send(ctx, labels, "text/javascript; charset=utf-8"),
    }),
  ];
}
