// 我的申报 on the mobile chat page: the visitor's own applications (GET /api/me/applications) with
// their status and the bureau's decisions; one the bureau asked materials for (待补材料) says what
// was asked, first, and each open one takes photos (the phone offers its camera) and PDFs — checked
// here (JPG, PNG or PDF, at most 20 MB), sent one at a time as multipart/form-data with their
// progress, then listed. Everything a person or the server wrote is put in as text, never as HTML.

const MAX_BYTES = 20 * 1024 * 1024;
const TYPES = ["image/jpeg", "image/png", "application/pdf"];
const OPEN = ["submitted", "needs_more_info"];

/** An element with a class, its text, and attributes. */
function el(tag, className, text, attrs = {}) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Why a file cannot be sent, or null. */
export function problemOf(file) {
  const byName = /\.(jpe?g|png|pdf)$/i.test(file.name);
  if (!TYPES.includes(file.type) && !byName) return "只能上传 JPG、PNG 图片或 PDF 文件";
  if (file.size > MAX_BYTES) {
    // 「20.00 MB，超过 20 MB」 would read as a contradiction: just over the limit is said so.
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return mb === "20.0"
      ? "文件略超过每个 20 MB 的上限，请压缩或分开后再传"
      : `文件有 ${mb} MB，超过每个 20 MB 的上限，请压缩或分开后再传`;
  }
  if (file.size === 0) return "文件是空的";
  return null;
}

const beijing = (iso) =>
  new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }).replace(/:\d\d$/, "");

/** The latest 「补材料」 note of an application waiting for materials. */
const requestOf = (a) =>
  a.status === "needs_more_info"
    ? ([...(a.decisions ?? [])].reverse().find((d) => d.decision === "needs_more_info")?.note ?? "")
    : "";

/**
 * The panel: `call(method, path)` is the page's API call (with the visitor's token), `token()` the
 * token for uploads, `onChange(items)` told after each load (the page's 待补材料 banner).
 */
export function createMine({ panel, list, call, token, onChange }) {
  async function load() {
    list.replaceChildren(el("p", "hint", "正在加载…"));
    try {
      const res = await call("GET", "/api/me/applications");
      const items = res.items ?? [];
      onChange?.(items);
      if (items.length === 0) {
        list.replaceChildren(
          el("p", "hint", "您还没有在这里提交过申报。可以先在对话里回复「自测」，符合条件后再申报。"),
        );
        return items;
      }
      list.replaceChildren(...items.map(card));
      await Promise.all(items.filter((a) => OPEN.includes(a.status)).map(showSent));
      return items;
    } catch (e) {
      list.replaceChildren(el("p", "notice", `${e.message} 请稍后再试。`));
      return [];
    }
  }

  function card(a) {
    const box = el("article", "app", undefined, { "data-id": a.id, "aria-label": `申报 ${a.number}` });
    const head = el("div", "app-head");
    head.append(
      el("strong", "app-number", `申报编号 ${a.number}`),
      el("span", `status ${a.status}`, a.statusLabel),
    );
    box.append(head);
    if (a.status === "needs_more_info") {
      const req = el("div", "request", undefined, { role: "alert" });
      req.append(el("strong", "", "市商务局请您补充材料"));
      const note = requestOf(a);
      if (note) req.append(el("p", "", note));
      box.append(req);
    }
    box.append(el("p", "muted", `申报项目：${(a.clauses ?? []).map((c) => c.name).join("、")}`));
    box.append(el("p", "muted", `提交时间：${beijing(a.createdAt)}`));
    for (const d of a.decisions ?? []) {
      const amount =
        typeof d.approvedAmountYuan === "number"
          ? `，核定金额 ${d.approvedAmountYuan.toLocaleString("zh-CN")} 元`
          : "";
      box.append(
        el("p", "decision", `${beijing(d.at)} ${d.decisionLabel}${amount}${d.note ? `：${d.note}` : ""}`),
      );
    }
    if (OPEN.includes(a.status)) box.append(uploader(a));
    return box;
  }

  function uploader(a) {
    const wrap = el("div", "uploader");
    const label = el(
      "label",
      "upload-button",
      a.status === "needs_more_info" ? "上传补充材料（拍照或选 PDF）" : "上传材料（拍照或选 PDF）",
    );
    const input = el("input", "upload-input", undefined, {
      type: "file",
      accept: "image/jpeg,image/png,application/pdf,.pdf,.jpg,.jpeg,.png",
      multiple: "",
      "aria-label": `为申报 ${a.number} 选择照片或 PDF 文件上传`,
    });
    label.append(input);
    const queue = el("ul", "uploads", undefined, { "aria-label": "本次上传" });
    const sent = el("ul", "sent", undefined, { "aria-label": "已提交的材料" });
    sent.dataset.app = a.id;
    input.addEventListener("change", async () => {
      const files = [...input.files];
      input.value = "";
      for (const f of files) await sendOne(a.id, f, queue);
      await showSent({ id: a.id });
    });
    wrap.append(
      el("p", "hint", "可上传 JPG、PNG 图片或 PDF 文件，每个不超过 20 MB。"),
      label,
      queue,
      el("h3", "", "已提交的材料"),
      sent,
    );
    return wrap;
  }

  async function showSent(a) {
    const sent = list.querySelector(`ul.sent[data-app="${a.id}"]`);
    if (!sent) return;
    try {
      const res = await call("GET", `/api/applications/${a.id}/materials`);
      sent.replaceChildren(
        ...(res.items.length === 0
          ? [el("li", "muted", "还没有上传过材料。")]
          : res.items.map((m) => el("li", "", `${m.name}（${sizeText(m.size)}，${beijing(m.uploadedAt)}）`))),
      );
    } catch (e) {
      sent.replaceChildren(el("li", "notice", e.message));
    }
  }

  /** One file: checked, then sent with its progress shown. */
  function sendOne(applicationId, file, queue) {
    const row = el("li", "upload");
    const name = el("span", "upload-name", `${file.name}（${sizeText(file.size)}）`);
    const bar = el("progress", "", undefined, {
      max: "100",
      value: "0",
      "aria-label": `${file.name} 上传进度`,
    });
    const message = el("span", "upload-message", "等待上传");
    row.append(name, bar, message);
    queue.append(row);
    const problem = problemOf(file);
    if (problem) {
      bar.remove();
      row.classList.add("failed");
      message.textContent = `未上传：${problem}`;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const form = new FormData();
      form.append("filename", file.name);
      form.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `/api/applications/${encodeURIComponent(applicationId)}/materials`);
      xhr.setRequestHeader("Authorization", `Bearer ${token()}`);
      xhr.upload.addEventListener("progress", (e) => {
        if (!e.lengthComputable) return;
        const p = Math.round((e.loaded / e.total) * 100);
        bar.value = p;
        message.textContent = `上传中 ${p}%`;
      });
      xhr.addEventListener("load", () => {
        if (xhr.status === 201) {
          bar.value = 100;
          row.classList.add("done");
          message.textContent = "已上传";
        } else {
          let why = `上传失败（${xhr.status}）`;
          try {
            why = `上传失败：${JSON.parse(xhr.responseText).error.message}`;
          } catch {
            /* not the API's error body */
          }
          row.classList.add("failed");
          message.textContent = why;
        }
        resolve();
      });
      xhr.addEventListener("error", () => {
        row.classList.add("failed");
        message.textContent = "上传失败：网络连接不上，请稍后再选一次。";
        resolve();
      });
      message.textContent = "上传中 0%";
      xhr.send(form);
    });
  }

  return {
    load,
    open: async (focusId) => {
      panel.hidden = false;
      document.body.classList.add("panel-open");
      await load();
      const target = focusId && list.querySelector(`article[data-id="${focusId}"] .upload-button`);
      target?.scrollIntoView?.({ block: "center" });
      (target?.querySelector("input") ?? panel.querySelector("#mine-close"))?.focus?.();
    },
    close: () => {
      panel.hidden = true;
      document.body.classList.remove("panel-open");
    },
  };
}
