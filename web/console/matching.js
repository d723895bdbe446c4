// 政策找人 in the console (issue 12): upload the counted figures (a progress bar while a large file
// goes up), the run's totals, its bad rows, the rows by filter with export, the claims that differ,
// and invitations for the clauses staff choose. Drawn with the console's own helpers, handed in.

/** POST the file with XMLHttpRequest: fetch cannot report upload progress. */
function uploadFile(file, assessedOn, csrfToken, onProgress) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const q = new URLSearchParams({ fileName: file.name });
    if (assessedOn) q.set("assessedOn", assessedOn);
    xhr.open("POST", `/api/matching/runs?${q}`);
    const type = /\.xlsx$/i.test(file.name)
      ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      : "text/csv";
    xhr.setRequestHeader("content-type", type);
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: { error: { message: "网络中断，文件没有上传成功。" } } });
    xhr.send(file);
  });
}

export function matchingPages({ h, api, app, go, wan, time, LABELS, may, me }) {
  const STATUS_NAMES = LABELS.assessmentStatuses;
  const SUBJECTS = LABELS.words.subjectType;
  const clauseName = (id) => LABELS.clauseNames[id] ?? id;

  function summary(run) {
    const le = run.leadingEnterprise;
    return h(
      "section",
      { class: "card", "aria-label": "导入结果" },
      h("h2", {}, `导入结果：${run.fileName ?? "（未命名文件）"}`),
      h(
        "dl",
        {},
        ...[
          ["测评日期", run.assessedOn],
          ["导入人", run.importedBy],
          ["导入时间", time(run.createdAt)],
          ["数据行", `${run.rows} 行：有效 ${run.valid} 行，有问题 ${run.invalid} 行`],
          ["文件 SHA-256", run.sha256],
        ].flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, String(v))]),
      ),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "条款"), h("th", { scope: "col" }, "符合条件"))),
        h(
          "tbody",
          {},
          ...LABELS.clauses.map((c) =>
            h(
              "tr",
              {},
              h(
                "td",
                {},
                h("a", { href: `/console/matching/${run.id}?clause=${c.id}`, "data-link": true }, c.name),
              ),
              h("td", {}, String(run.eligible?.[c.id] ?? 0)),
            ),
          ),
        ),
      ),
      le
        ? h(
            "p",
            {},
            `第二条流量补贴：${le.eligible} 家符合，测算合计 ${wan(le.totalYuan)}；全市上限 ${wan(le.cityCapYuan)}` +
              (le.factor < 1
                ? `，如全部申报须按 ${(le.factor * 100).toFixed(1)}% 比例兑现（合计 ${wan(le.payableYuan)}）。`
                : "，未超过上限。"),
          )
        : null,
    );
  }

  function errorsTable(run) {
    if (!run.errors?.length) return h("p", { class: "ok" }, "所有数据行都已读入。");
    return h(
      "section",
      { class: "card table", "aria-label": "有问题的行" },
      h(
        "h2",
        {},
        `有问题的行（${run.errorCount ?? run.errors.length} 处${run.errorsTruncated ? "，仅列出前面的" : ""}）`,
      ),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, ...["行号", "列", "问题"].map((t) => h("th", { scope: "col" }, t)))),
        h(
          "tbody",
          {},
          ...run.errors
            .slice(0, 500)
            .map((e) =>
              h("tr", {}, h("td", {}, String(e.row)), h("td", {}, e.column), h("td", {}, e.message)),
            ),
        ),
      ),
    );
  }

  async function showImports() {
    const runs = await api("GET", "/api/matching/runs");
    const file = h("input", { id: "file", type: "file", accept: ".csv,.xlsx,text/csv", required: true });
    const date = h("input", { id: "assessedOn", type: "date" });
    const bar = h("progress", { max: 1, value: 0, hidden: true, "aria-label": "上传进度" });
    const message = h("p", { role: "status" });
    const result = h("div");
    const form = h(
      "form",
      { class: "card filters", "aria-label": "导入纳统数据" },
      h("div", {}, h("label", { for: "file" }, "纳统数据文件（CSV 或 Excel，50 MB 以内）"), file),
      h("div", {}, h("label", { for: "assessedOn" }, "测评日期（默认今天）"), date),
      h("div", {}, h("button", { type: "submit", class: "primary" }, "导入")),
      h(
        "p",
        { class: "muted" },
        "模板：",
        h("a", { href: "/api/matching/template?format=xlsx" }, "Excel"),
        " · ",
        h("a", { href: "/api/matching/template?format=csv" }, "CSV"),
        "。金额填整数元，是否类填「是」「否」，不清楚的留空。",
      ),
      bar,
      message,
    );
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const f = file.files?.[0];
      if (!f) return;
      bar.hidden = false;
      bar.value = 0;
      message.textContent = "正在上传……";
      const r = await uploadFile(f, date.value, me().csrfToken, (p) => {
        bar.value = p;
        message.textContent = p < 1 ? `正在上传 ${Math.round(p * 100)}%` : "已上传，正在逐行测评……";
      });
      bar.hidden = true;
      if (r.status === 201) {
        message.textContent = `导入完成：${r.body.valid} 行有效，${r.body.invalid} 行有问题。`;
        result.replaceChildren(
          summary(r.body),
          errorsTable(r.body),
          h("p", {}, h("a", { href: `/console/matching/${r.body.id}`, "data-link": true }, "查看逐行结果 →")),
        );
      } else {
        message.textContent = r.body?.error?.message ?? `导入失败（${r.status}）`;
        message.className = "error";
        const issues = r.body?.error?.issues ?? [];
        result.replaceChildren(
          ...(issues.length ? [h("ul", {}, ...issues.map((i) => h("li", {}, i.message)))] : []),
        );
      }
    });
    const list = (runs.body?.items ?? []).map((r) =>
      h(
        "tr",
        {},
        h(
          "td",
          {},
          h("a", { href: `/console/matching/${r.id}`, "data-link": true }, r.fileName ?? r.id.slice(0, 8)),
        ),
        h("td", {}, r.assessedOn),
        h("td", {}, `${r.valid} / ${r.rows}`),
        h("td", {}, r.importedBy),
        h("td", {}, time(r.createdAt)),
      ),
    );
    app.replaceChildren(
      h("h1", {}, "政策找人"),
      h(
        "p",
        { class: "muted" },
        "导入第三方大数据公司统计的网络零售额等数据，按政策逐家测评，找出符合条件却还没有申报的主体，核对申报数据与纳统数据是否一致。",
      ),
      form,
      result,
      h(
        "section",
        { class: "card table", "aria-label": "导入记录" },
        h("h2", {}, "导入记录"),
        list.length
          ? h(
              "table",
              {},
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  ...["文件", "测评日期", "有效行/总行", "导入人", "时间"].map((t) =>
                    h("th", { scope: "col" }, t),
                  ),
                ),
              ),
              h("tbody", {}, ...list),
            )
          : h("p", { class: "muted" }, "还没有导入过。"),
      ),
    );
  }

  /** What a row qualifies for first; items it misses only for want of figures, counted, not listed. */
  function resultsCell(results) {
    const by = (status) => results.filter((r) => r.status === status).map((r) => r.name);
    const eligible = by("eligible");
    const review = by("manual_review");
    const unknown = by("needs_info").length;
    return [
      eligible.length
        ? h("div", { class: "ok" }, `符合：${eligible.join("、")}`)
        : h("div", {}, "暂无符合的项目"),
      review.length ? h("div", {}, `需人工审核：${review.join("、")}`) : null,
      unknown ? h("small", { class: "muted" }, `另有 ${unknown} 项缺少数据，无法判断`) : null,
    ];
  }

  async function showRun(id) {
    const params = new URLSearchParams(location.search);
    const limit = 50;
    const offset = Number(params.get("offset") ?? 0);
    const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
    const keys = ["clause", "status", "district", "subjectType", "applied", "differs", "q"];
    for (const k of keys) if (params.get(k)) query.set(k, params.get(k));
    const [run, res] = await Promise.all([
      api("GET", `/api/matching/runs/${encodeURIComponent(id)}`),
      api("GET", `/api/matching/runs/${encodeURIComponent(id)}/results?${query}`),
    ]);
    if (run.status !== 200) {
      app.replaceChildren(h("p", { class: "error" }, run.body?.error?.message ?? "没有这次导入。"));
      return;
    }
    const select = (name, label, options) =>
      h(
        "div",
        {},
        h("label", { for: name }, label),
        h(
          "select",
          { id: name, name },
          h("option", { value: "" }, "全部"),
          ...options.map(([v, t]) => h("option", { value: v, selected: params.get(name) === v }, t)),
        ),
      );
    const filters = h(
      "form",
      { class: "card filters", "aria-label": "筛选" },
      select(
        "clause",
        "条款",
        LABELS.clauses.map((c) => [c.id, c.name]),
      ),
      select("status", "状态", Object.entries(STATUS_NAMES)),
      select(
        "district",
        "区县",
        LABELS.districts.map((d) => [d, d]),
      ),
      select("subjectType", "主体类型", Object.entries(SUBJECTS)),
      select("applied", "今年是否已申报", [
        ["true", "已申报"],
        ["false", "未申报"],
      ]),
      select("differs", "申报与纳统", [["true", "不一致"]]),
      h(
        "div",
        {},
        h("label", { for: "q" }, "名称或统一社会信用代码"),
        h("input", { id: "q", name: "q", value: params.get("q") ?? "" }),
      ),
      h("div", {}, h("button", { type: "submit", class: "primary" }, "筛选")),
    );
    filters.addEventListener("submit", (e) => {
      e.preventDefault();
      const next = new URLSearchParams();
      for (const k of keys) if (filters[k].value.trim()) next.set(k, filters[k].value.trim());
      go(`/console/matching/${id}?${next}`);
    });
    const items = res.body?.items ?? [];
    const rows = items.map((x) =>
      h(
        "tr",
        {},
        h("td", {}, String(x.row)),
        h("td", {}, x.name, h("br"), h("small", { class: "muted" }, x.uscc)),
        h("td", {}, x.district ?? "—"),
        h("td", {}, SUBJECTS[x.subjectType] ?? x.subjectType),
        h("td", {}, resultsCell(x.results)),
        h("td", {}, wan(x.estimatedYuan || null)),
        h(
          "td",
          {},
          x.applied
            ? x.applications.map((a) =>
                h(
                  "div",
                  {},
                  h("a", { href: `/console/applications/${a.id}`, "data-link": true }, a.number),
                  ...a.differences.map((d) => h("div", { class: "error" }, d.text)),
                ),
              )
            : "未申报",
        ),
      ),
    );
    const total = res.body?.total ?? 0;
    const page = (to, label) => {
      const p = new URLSearchParams(params);
      p.set("offset", String(to));
      return h("a", { href: `/console/matching/${id}?${p}`, "data-link": true }, label);
    };
    const exportQuery = new URLSearchParams(query);
    exportQuery.delete("limit");
    exportQuery.delete("offset");

    const inviteBox = h("div");
    if (may("approver")) {
      const chosen = params.get("clause");
      const button = h(
        "button",
        { type: "button", class: "primary", disabled: !chosen },
        chosen ? `邀请符合「${clauseName(chosen)}」且未申报的主体` : "先按条款筛选，再发送邀请",
      );
      const said = h("p", { role: "status" });
      button.addEventListener("click", async () => {
        if (
          !confirm(
            `向符合「${clauseName(chosen)}」、有微信联系方式且今年未申报的主体发送申报邀请？每个主体每次导入只邀请一次。`,
          )
        )
          return;
        const r = await api("POST", `/api/matching/runs/${id}/invitations`, { clauses: [chosen] });
        said.textContent =
          r.status === 200
            ? `已邀请 ${r.body.invited} 家；已申报的 ${r.body.skipped.applied} 家、要求不再提醒的 ${r.body.skipped.optedOut} 家未邀请。`
            : (r.body?.error?.message ?? "发送失败");
      });
      inviteBox.replaceChildren(h("section", { class: "card", "aria-label": "申报邀请" }, button, said));
    }

    app.replaceChildren(
      h("p", {}, h("a", { href: "/console/matching", "data-link": true }, "← 政策找人")),
      summary(run.body),
      filters,
      inviteBox,
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
              ...["行号", "主体", "区县", "类型", "各条款", "测算金额", "今年申报"].map((t) =>
                h("th", { scope: "col" }, t),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            rows.length ? rows : h("tr", {}, h("td", { colspan: 7, class: "muted" }, "没有符合条件的行。")),
          ),
        ),
      ),
      h(
        "div",
        { class: "pager" },
        offset > 0 ? page(Math.max(0, offset - limit), "上一页") : null,
        h(
          "span",
          { class: "muted" },
          `共 ${total} 行，第 ${total ? offset + 1 : 0}–${Math.min(offset + limit, total)} 行`,
        ),
        offset + limit < total ? page(offset + limit, "下一页") : null,
        h("a", { href: `/api/matching/runs/${id}/results/export?${exportQuery}` }, "导出 CSV"),
      ),
      errorsTable(run.body),
    );
  }

  /** On an application's page: its counted figures beside the claimed ones. */
  function countedCard(counted) {
    if (!counted) return null;
    return h(
      "section",
      { class: "card", "aria-label": "纳统数据对比" },
      h("h2", {}, "纳统数据对比"),
      h(
        "p",
        { class: "muted" },
        `${counted.fileName ?? "纳统数据"}（测评日期 ${counted.assessedOn}，第 ${counted.row} 行）`,
      ),
      counted.differences.length
        ? h("ul", {}, ...counted.differences.map((d) => h("li", { class: "error" }, d.text)))
        : h("p", { class: "ok" }, "申报数据与纳统数据一致。"),
    );
  }

  return { showImports, showRun, countedCard };
}
