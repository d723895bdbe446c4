// The bureau's console (contract §9): a page per path under /console, drawn from the API with the
// session cookie; every change echoes the session's CSRF token. Text from applicants is only ever
// set as textContent (never as HTML), so nothing typed by an applicant can become markup.

import LABELS from "/console/labels.js";
import { matchingPages } from "/console/matching.js";

const app = document.getElementById("app");
let me = null; // { username, name, role, csrfToken }

// ── helpers ──────────────────────────────────────────────────────────────────────────────────────

/** An element with attributes and children (strings become text). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

async function api(method, path, body) {
  const headers = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && me?.csrfToken) headers["x-csrf-token"] = me.csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  const json = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.status === 401 && path !== "/api/session") {
    me = null;
    showSignIn("登录已过期，请重新登录。");
    throw new Error("unauthorized");
  }
  return { status: res.status, body: json };
}

const wan = (yuan) =>
  yuan === null || yuan === undefined
    ? "—"
    : `${(yuan / 10000).toLocaleString("zh-CN", { maximumFractionDigits: 4 })} 万元`;
const time = (iso) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
const RANK = { reviewer: 1, approver: 2, admin: 3 };
const may = (role) => me && RANK[me.role] >= RANK[role];

function go(path) {
  history.pushState(null, "", path);
  route();
}
document.addEventListener("click", (e) => {
  const a = e.target.closest?.("a[data-link]");
  if (a && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    go(a.getAttribute("href"));
  }
});
window.addEventListener("popstate", () => route());
const matching = matchingPages({ h, api, app, go, wan, time, LABELS, may, me: () => me });

// ── signing in ───────────────────────────────────────────────────────────────────────────────────

function showSignIn(message = "") {
  document.getElementById("nav").hidden = true;
  const msg = h("p", { class: "error", role: "alert" }, message);
  const form = h(
    "form",
    { class: "card", "aria-label": "登录" },
    h("h1", {}, "员工登录"),
    h("label", { for: "username" }, "用户名"),
    h("input", { id: "username", name: "username", autocomplete: "username", required: true }),
    h("label", { for: "password" }, "密码"),
    h("input", {
      id: "password",
      name: "password",
      type: "password",
      autocomplete: "current-password",
      required: true,
    }),
    h("div", {}, h("button", { type: "submit", class: "primary" }, "登录")),
    msg,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const r = await api("POST", "/api/session", {
      username: form.username.value,
      password: form.password.value,
    });
    if (r.status === 200) {
      me = r.body;
      route();
    } else msg.textContent = r.body?.error?.message ?? "登录失败，请稍后再试。";
  });
  app.replaceChildren(form);
}

document.getElementById("signout").addEventListener("click", async () => {
  await api("POST", "/api/session/end").catch(() => {});
  me = null;
  history.pushState(null, "", "/console");
  showSignIn("已退出。");
});

// ── the queue ────────────────────────────────────────────────────────────────────────────────────

const STATES = ["submitted", "needs_more_info", "approved", "rejected"];

async function showQueue() {
  const params = new URLSearchParams(location.search);
  const status = params.get("status") ?? "submitted";
  const offset = Number(params.get("offset") ?? 0);
  const limit = 20;
  const counts = await Promise.all(STATES.map((s) => api("GET", `/api/applications?status=${s}&limit=1`)));
  const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  if (status !== "all") query.set("status", status);
  for (const k of ["q", "clause", "district", "year"]) if (params.get(k)) query.set(k, params.get(k));
  const list = await api("GET", `/api/applications?${query}`);

  const link = (s, label, n) =>
    h(
      "a",
      { href: `/console?status=${s}`, "data-link": true, "aria-current": String(s === status) },
      `${label} ${n ?? ""}`.trim(),
    );
  const filters = h(
    "form",
    { class: "card filters", "aria-label": "筛选" },
    h(
      "div",
      {},
      h("label", { for: "q" }, "搜索（名称、统一社会信用代码或编号）"),
      h("input", { id: "q", name: "q", value: params.get("q") ?? "" }),
    ),
    h(
      "div",
      {},
      h("label", { for: "clause" }, "条款"),
      h(
        "select",
        { id: "clause", name: "clause" },
        h("option", { value: "" }, "全部"),
        ...LABELS.clauses.map((c) =>
          h("option", { value: c.id, selected: params.get("clause") === c.id }, c.name),
        ),
      ),
    ),
    h(
      "div",
      {},
      h("label", { for: "district" }, "区县"),
      h(
        "select",
        { id: "district", name: "district" },
        h("option", { value: "" }, "全部"),
        ...LABELS.districts.map((d) => h("option", { value: d, selected: params.get("district") === d }, d)),
      ),
    ),
    h(
      "div",
      {},
      h("label", { for: "year" }, "年度"),
      h("input", { id: "year", name: "year", inputmode: "numeric", value: params.get("year") ?? "" }),
    ),
    h("div", {}, h("button", { type: "submit", class: "primary" }, "查询")),
  );
  filters.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = new URLSearchParams({ status });
    for (const k of ["q", "clause", "district", "year"])
      if (filters[k].value.trim()) next.set(k, filters[k].value.trim());
    go(`/console?${next}`);
  });

  const rows = (list.body?.items ?? []).map((a) =>
    h(
      "tr",
      {},
      h("td", {}, h("a", { href: `/console/applications/${a.id}`, "data-link": true }, a.number)),
      h("td", {}, a.applicantName),
      h("td", {}, a.district),
      h("td", {}, a.clauses.map((c) => LABELS.clauseNames[c] ?? c).join("、")),
      h("td", {}, wan(a.requestedAmountYuan)),
      h("td", { class: `status-${a.status}` }, LABELS.statuses[a.status] ?? a.status),
      h("td", {}, time(a.createdAt)),
    ),
  );
  const total = list.body?.total ?? 0;
  const pageLink = (to, label) => {
    const p = new URLSearchParams(params);
    p.set("offset", String(to));
    return h("a", { href: `/console?${p}`, "data-link": true }, label);
  };
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete("limit");
  exportQuery.delete("offset");
  app.replaceChildren(
    h("h1", {}, "申报列表"),
    h(
      "div",
      { class: "counts", role: "navigation", "aria-label": "按状态" },
      ...STATES.map((s, i) => link(s, LABELS.statuses[s], counts[i].body?.total)),
      link("all", "全部"),
    ),
    filters,
    h(
      "div",
      { class: "table" },
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["编号", "申报主体", "区县", "申报项目", "申请金额", "状态", "提交时间"].map((t) =>
              h("th", { scope: "col" }, t),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          rows.length ? rows : h("tr", {}, h("td", { colspan: 7, class: "muted" }, "没有符合条件的申报。")),
        ),
      ),
    ),
    h(
      "div",
      { class: "pager" },
      offset > 0 ? pageLink(Math.max(0, offset - limit), "上一页") : null,
      h(
        "span",
        { class: "muted" },
        `共 ${total} 份，第 ${total ? offset + 1 : 0}–${Math.min(offset + limit, total)} 份`,
      ),
      offset + limit < total ? pageLink(offset + limit, "下一页") : null,
      h(
        "a",
        {
          href: `/api/applications/export?${new URLSearchParams({ ...Object.fromEntries(exportQuery), format: "csv" })}`,
        },
        "导出 CSV",
      ),
      h(
        "a",
        {
          href: `/api/applications/export?${new URLSearchParams({ ...Object.fromEntries(exportQuery), format: "xlsx" })}`,
        },
        "导出 Excel",
      ),
    ),
  );
}

// ── an application ───────────────────────────────────────────────────────────────────────────────

async function showApplication(id) {
  const r = await api("GET", `/api/applications/${encodeURIComponent(id)}`);
  if (r.status !== 200) {
    app.replaceChildren(
      h("p", { class: "error" }, r.body?.error?.message ?? "没有找到这份申报。"),
      h("a", { href: "/console", "data-link": true }, "返回列表"),
    );
    return;
  }
  const a = r.body;
  const applicant = a.applicant;
  const facts = Object.entries(a.facts).filter(([k]) => k !== "assessedOn");
  const reasonsOf = Object.fromEntries((a.assessment?.results ?? []).map((r) => [r.clause, r.reasons ?? []]));
  const clauseRows = a.clauseResults.map((c) =>
    h(
      "tr",
      {},
      h("td", {}, LABELS.clauseNames[c.clause] ?? c.clause),
      h("td", {}, wan(c.estimatedAmountYuan ?? c.maxAmountYuan ?? null)),
      h("td", {}, wan(c.maxAmountYuan ?? null)),
      h("td", {}, wan(c.approvedAmountYuan ?? null)),
      h(
        "td",
        {},
        (reasonsOf[c.clause] ?? []).join("；"),
        h("br"),
        h("small", { class: "muted" }, `政策原文：${LABELS.citations[c.clause] ?? ""}`),
      ),
    ),
  );
  const history = a.decisions.map((d) =>
    h(
      "li",
      {},
      `${time(d.createdAt)} · ${d.decidedBy} · ${LABELS.decisions[d.decision] ?? d.decision}${d.approvedAmountYuan !== null ? ` · 核定 ${wan(d.approvedAmountYuan)}` : ""}${d.note ? ` · ${d.note}` : ""}`,
    ),
  );
  app.replaceChildren(
    h("p", {}, h("a", { href: "/console", "data-link": true }, "← 返回列表")),
    h("h1", {}, `申报 ${a.number}`),
    h("p", { class: `status-${a.status}` }, `状态：${LABELS.statuses[a.status] ?? a.status}`),
    h(
      "section",
      { class: "card", "aria-label": "申报主体" },
      h("h2", {}, "申报主体"),
      h(
        "dl",
        {},
        ...[
          ["名称", applicant.name],
          ["统一社会信用代码", applicant.uscc],
          ["区县", applicant.district],
          ["联系人", `${applicant.contactName ?? ""} ${applicant.contactPhone ?? ""}`],
          ["提交时间", time(a.createdAt)],
        ].flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v ?? "—")]),
      ),
    ),
    h(
      "section",
      { class: "card", "aria-label": "申报数据" },
      h("h2", {}, "申报数据"),
      h(
        "dl",
        {},
        ...facts.flatMap(([k, v]) => [h("dt", {}, LABELS.facts[k] ?? k), h("dd", {}, LABELS.format(k, v))]),
      ),
    ),
    h(
      "section",
      { class: "card table", "aria-label": "申报项目" },
      h("h2", {}, "申报项目与测评"),
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["项目", "申请", "政策上限", "核定", "依据与理由"].map((t) => h("th", { scope: "col" }, t)),
          ),
        ),
        h("tbody", {}, clauseRows),
      ),
    ),
    h(
      "section",
      { class: "card", "aria-label": "处理记录" },
      h("h2", {}, "处理记录"),
      history.length ? h("ol", {}, history) : h("p", { class: "muted" }, "尚无处理记录。"),
    ),
    matching.countedCard(a.counted),
    decisionForm(a),
  );
}

function decisionForm(a) {
  const waiting = a.status === "submitted" || a.status === "needs_more_info";
  const done = a.status === "approved" || a.status === "rejected";
  const maxTotal = a.clauseResults.reduce((s, c) => s + (c.kind === "loan" ? 0 : (c.maxAmountYuan ?? 0)), 0);
  const msg = h("p", { role: "status" });
  const form = h(
    "form",
    { class: "card", "aria-label": "审核决定" },
    h("h2", {}, "审核决定"),
    waiting && may("approver") ? h("label", { for: "amount" }, "核定金额（元）") : null,
    waiting && may("approver")
      ? h("input", {
          id: "amount",
          name: "amount",
          inputmode: "numeric",
          placeholder: `不填则按申请金额；政策上限合计 ${maxTotal.toLocaleString("zh-CN")} 元`,
        })
      : null,
    h("label", { for: "note" }, "说明"),
    h("textarea", { id: "note", name: "note", placeholder: "驳回、要求补材料或重新打开时必填" }),
    h(
      "div",
      {},
      waiting && may("approver")
        ? h("button", { type: "submit", class: "primary", value: "approved" }, "通过")
        : null,
      waiting && may("approver")
        ? h("button", { type: "submit", class: "danger", value: "rejected" }, "驳回")
        : null,
      a.status === "submitted" && may("reviewer")
        ? h("button", { type: "submit", class: "plain", value: "needs_more_info" }, "补材料")
        : null,
      done && may("approver")
        ? h("button", { type: "submit", class: "plain", value: "reopened" }, "重新打开")
        : null,
    ),
    msg,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const decision = e.submitter?.value;
    const body = { decision, note: form.note.value.trim() };
    if (decision === "approved" && form.amount?.value.trim()) {
      const n = Number(form.amount.value.replace(/[,，\s]/g, ""));
      if (!Number.isInteger(n) || n < 0)
        return void (msg.textContent = "核定金额须为不小于 0 的整数（元）。");
      if (maxTotal > 0 && n > maxTotal)
        return void (msg.textContent = `核定金额超过政策上限合计 ${maxTotal.toLocaleString("zh-CN")} 元，请核对。`);
      body.approvedAmountYuan = n;
    }
    if (decision !== "approved" && body.note.length < 2)
      return void (msg.textContent = "请在「说明」中写明理由（至少 2 个字）。");
    const r = await api("POST", `/api/applications/${a.id}/decision`, body);
    if (r.status === 200) showApplication(a.id);
    else msg.textContent = r.body?.error?.message ?? "提交失败，请稍后再试。";
  });
  return form;
}

// ── the budget ───────────────────────────────────────────────────────────────────────────────────

/** Chart.js, loaded only on the budget page (it is large and the other pages need none of it). */
function loadChart() {
  if (window.Chart) return Promise.resolve(window.Chart);
  return new Promise((resolve, reject) => {
    const s = h("script", { src: "/console/vendor/chart.umd.min.js" });
    s.addEventListener("load", () => resolve(window.Chart));
    s.addEventListener("error", reject);
    document.head.append(s);
  });
}

async function showBudget() {
  const params = new URLSearchParams(location.search);
  const year = Number(params.get("year") ?? new Date().getFullYear());
  const r = await api("GET", `/api/budget?year=${year}`);
  if (r.status !== 200)
    return void app.replaceChildren(h("p", { class: "error" }, r.body?.error?.message ?? "无法读取预算。"));
  const b = r.body;
  const money = b.clauses.filter((c) => c.kind !== "loan");
  const yearForm = h(
    "form",
    { class: "filters", "aria-label": "年度" },
    h(
      "div",
      {},
      h("label", { for: "budget-year" }, "年度"),
      h("input", { id: "budget-year", name: "year", inputmode: "numeric", value: String(year) }),
    ),
    h("div", {}, h("button", { type: "submit", class: "primary" }, "查看")),
  );
  yearForm.addEventListener("submit", (e) => {
    e.preventDefault();
    go(`/console/budget?year=${encodeURIComponent(yearForm.year.value.trim())}`);
  });
  const canvas = h("canvas", { role: "img", "aria-label": `${year} 年各条款申请与核定金额（万元）` });
  const a2 = b.article2;
  app.replaceChildren(
    h("h1", {}, `预算 · ${year} 年`),
    h("div", { class: "card" }, yearForm),
    h(
      "section",
      { class: "card", "aria-label": "第二条全市总额" },
      h("h2", {}, "第二条 龙头企业流量补贴：全市总额"),
      h(
        "dl",
        {},
        h("dt", {}, "全市总额上限"),
        h("dd", {}, wan(a2.cityCapYuan)),
        h("dt", {}, "已核定"),
        h("dd", {}, wan(a2.approvedYuan)),
        h("dt", {}, "折算系数"),
        h(
          "dd",
          { class: a2.exceeded ? "error" : "ok" },
          a2.exceeded ? `${a2.proRataFactor}（已超出上限，按比例兑现）` : "1（未超出）",
        ),
      ),
    ),
    h(
      "section",
      { class: "card", "aria-label": "图表" },
      h("h2", {}, "各条款申请与核定"),
      h("div", { class: "chart" }, canvas),
    ),
    h(
      "div",
      { class: "table" },
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...["条款", "申报份数", "已通过", "申请金额", "核定金额"].map((t) =>
              h("th", { scope: "col" }, t),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          ...b.clauses.map((c) =>
            h(
              "tr",
              {},
              h("td", {}, LABELS.clauseNames[c.clause] ?? c.name),
              h("td", {}, c.applications),
              h("td", {}, c.approvedApplications),
              h("td", {}, c.kind === "loan" ? "（贷款，不占预算）" : wan(c.requestedYuan)),
              h("td", {}, c.kind === "loan" ? "" : wan(c.approvedYuan)),
            ),
          ),
          h(
            "tr",
            {},
            h("th", {}, "合计"),
            h("th", {}, b.totals.applications),
            h("th", {}, ""),
            h("th", {}, wan(b.totals.requestedYuan)),
            h("th", {}, wan(b.totals.approvedYuan)),
          ),
        ),
      ),
    ),
    h("p", { class: "muted" }, b.note),
  );
  const Chart = await loadChart().catch(() => null);
  if (!Chart) return;
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: money.map((c) => LABELS.clauseNames[c.clause] ?? c.name),
      datasets: [
        {
          label: "申请（万元）",
          data: money.map((c) => c.requestedYuan / 10000),
          backgroundColor: "#54aeff",
        },
        { label: "核定（万元）", data: money.map((c) => c.approvedYuan / 10000), backgroundColor: "#1a7f37" },
      ],
    },
    options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false },
  });
}

// ── audit and accounts (admins) ──────────────────────────────────────────────────────────────────

async function showAudit() {
  const r = await api("GET", "/api/audit?limit=200");
  if (r.status !== 200)
    return void app.replaceChildren(
      h("p", { class: "error" }, r.body?.error?.message ?? "无法读取审计日志。"),
    );
  app.replaceChildren(
    h("h1", {}, "审计日志"),
    h(
      "div",
      { class: "table" },
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h("tr", {}, ...["时间", "操作人", "操作", "申报", "地址"].map((t) => h("th", { scope: "col" }, t))),
        ),
        h(
          "tbody",
          {},
          ...r.body.items.map((i) =>
            h(
              "tr",
              {},
              h("td", {}, time(i.at)),
              h("td", {}, i.actor),
              h("td", {}, LABELS.actions[i.action] ?? i.action),
              h("td", {}, i.applicationNumber ?? ""),
              h("td", {}, i.address ?? ""),
            ),
          ),
        ),
      ),
    ),
  );
}

async function showAccounts() {
  const r = await api("GET", "/api/staff");
  if (r.status !== 200)
    return void app.replaceChildren(h("p", { class: "error" }, r.body?.error?.message ?? "无法读取账号。"));
  const msg = h("p", { role: "status" });
  const form = h(
    "form",
    { class: "card", "aria-label": "添加账号" },
    h("h2", {}, "添加账号"),
    h("label", { for: "new-username" }, "新账号用户名"),
    h("input", { id: "new-username", name: "username", required: true }),
    h("label", { for: "new-name" }, "显示名"),
    h("input", { id: "new-name", name: "name", required: true }),
    h("label", { for: "new-role" }, "角色"),
    h(
      "select",
      { id: "new-role", name: "role" },
      ...Object.entries(LABELS.roles).map(([v, t]) => h("option", { value: v }, t)),
    ),
    h("label", { for: "new-password" }, "初始密码（至少 10 位）"),
    h("input", {
      id: "new-password",
      name: "password",
      type: "password",
      autocomplete: "new-password",
      required: true,
    }),
    h("div", {}, h("button", { type: "submit", class: "primary" }, "添加")),
    msg,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const res = await api("POST", "/api/staff", {
      username: form.username.value,
      name: form.name.value,
      role: form.role.value,
      password: form.password.value,
    });
    if (res.status === 201) showAccounts();
    else msg.textContent = res.body?.error?.message ?? "添加失败。";
  });
  const rows = r.body.items.map((a) =>
    h(
      "tr",
      {},
      h("td", {}, a.username),
      h("td", {}, a.name),
      h("td", {}, LABELS.roles[a.role] ?? a.role),
      h("td", {}, a.disabled ? "已停用" : "正常"),
      h(
        "td",
        {},
        a.disabled || a.username === me.username
          ? ""
          : h(
              "button",
              {
                type: "button",
                class: "plain",
                onclick: async () => (
                  await api("POST", `/api/staff/${encodeURIComponent(a.username)}/disable`),
                  showAccounts()
                ),
              },
              "停用",
            ),
      ),
    ),
  );
  app.replaceChildren(
    h("h1", {}, "账号"),
    h(
      "div",
      { class: "table" },
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h("tr", {}, ...["用户名", "显示名", "角色", "状态", ""].map((t) => h("th", { scope: "col" }, t))),
        ),
        h("tbody", {}, rows),
      ),
    ),
    form,
  );
}

// ── routing ──────────────────────────────────────────────────────────────────────────────────────

async function route() {
  if (!me) {
    const r = await api("GET", "/api/session").catch(() => null);
    if (!r || r.status !== 200) return showSignIn();
    me = r.body;
  }
  const nav = document.getElementById("nav");
  nav.hidden = false;
  for (const a of nav.querySelectorAll("[data-role]")) a.hidden = !may(a.dataset.role);
  document.getElementById("who").textContent = `${me.name}（${LABELS.roleNames[me.role] ?? me.role}）`;
  const path = location.pathname.replace(/\/+$/, "");
  const detail = /^\/console\/applications\/([^/]+)$/.exec(path);
  try {
    if (detail) await showApplication(decodeURIComponent(detail[1]));
    else if (path === "/console/audit") await showAudit();
    else if (path === "/console/accounts") await showAccounts();
    else if (path === "/console/budget") await showBudget();
    else if (path === "/console/matching") await matching.showImports();
    else if (/^\/console\/matching\/[^/]+$/.test(path))
      await matching.showRun(decodeURIComponent(path.split("/")[3]));
    else await showQueue();
  } catch (e) {
    if (e.message !== "unauthorized")
      app.replaceChildren(h("p", { class: "error" }, "页面加载失败，请刷新重试。"));
  }
}

route();
