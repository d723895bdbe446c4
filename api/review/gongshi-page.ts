// The public 公示 page (contract §14): a Chinese page anyone may open and print, listing a round's
// approved applications — 名称、区县、条款、拟奖励金额 — with the period and how to object. It holds no
// phone, WeChat id, contact name or file (the publication never stored them), and every name is escaped.

import { escapeHtml as e } from "../http/html.ts";
import type { Publications } from "./publication.ts";

type Page = Awaited<ReturnType<Publications["publicPage"]>>;

const cn = (ymd: string) => {
  const [y, m, d] = ymd.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};
const yuan = (n: number) => n.toLocaleString("en-US");

const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei",system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.7}
h1{font-size:1.4rem;text-align:center;margin-bottom:.3rem}.sub{text-align:center;color:#555;margin-top:0}
table{width:100%;border-collapse:collapse;margin:1rem 0;font-size:.95rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left}
th{background:#f2f2f2}td.n,th.n{text-align:right;white-space:nowrap}.notice{background:#fafafa;border:1px solid #ddd;padding:.6rem 1rem}
nav a{margin-right:.8rem}form label{display:block;margin:.5rem 0 .2rem}textarea,input{width:100%;max-width:40rem;font:inherit}
button{margin-top:.6rem;font:inherit;padding:.3rem 1.2rem}#result{margin-top:.5rem;color:#064}
td:nth-child(2),td:nth-child(4){white-space:nowrap}.print-only{display:none}
@media (max-width:40rem){table{display:block;overflow-x:auto;font-size:.85rem}th,td{padding:.2rem .3rem}}
@media print{.print-only{display:inline}body{max-width:none;margin:0;font-size:11pt}nav,form,.no-print{display:none!important}
thead{display:table-header-group}tr{page-break-inside:avoid}a{color:inherit;text-decoration:none}th{background:none}}`;

export function gongshiHtml(p: Page): string {
  const rows = p.items
    .map(
      (it, i) =>
        `<tr><td class="n">${p.offset + i + 1}</td><td>${e(it.number)}</td><td>${e(it.name)}</td><td>${e(it.district)}</td><td>${e(it.clauses.join("、"))}</td><td class="n">${yuan(it.amountYuan)}</td></tr>`,
    )
    .join("\n");
  const base = `/gongshi/${encodeURIComponent(p.round.id)}`;
  const pager =
    p.pages > 1
      ? `<nav class="no-print">${p.page !== "all" && p.page > 1 ? `<a href="${base}?page=${p.page - 1}">上一页</a>` : ""}<span>第 ${p.page === "all" ? "全部" : p.page} / ${p.pages} 页</span> ${
          p.page !== "all" && p.page < p.pages ? `<a href="${base}?page=${p.page + 1}">下一页</a>` : ""
        }<a href="${base}?page=all">显示全部（用于打印）</a></nav>`
      : "";
  const running = p.phase === "running";
  const form = running
    ? `<form id="objection" class="no-print"><h2>在线提出异议</h2>
<label for="number">项目编号（选填，如 ZB-2025-000001）</label><input id="number" name="number" maxlength="20">
<label for="text">异议内容（必填）</label><textarea id="text" name="text" rows="5" maxlength="2000" required></textarea>
<label for="contact">联系方式（选填，便于核实后答复）</label><input id="contact" name="contact" maxlength="200">
<button type="submit">提交异议</button><div id="result" role="status"></div></form>
<script>
document.getElementById("objection").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const f = ev.target, out = document.getElementById("result");
  const body = { text: f.text.value };
  if (f.number.value.trim()) body.number = f.number.value.trim();
  if (f.contact.value.trim()) body.contact = f.contact.value.trim();
  const r = await fetch(${JSON.stringify(`/api/rounds/${p.round.id}/objections`)}, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const j = await r.json().catch(() => ({}));
  out.textContent = r.ok ? j.message : (j.error && j.error.message) || "提交未成功，请稍后再试";
  if (r.ok) f.reset();
});
</script>`
    : "";
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(p.round.title)} 拟奖励名单公示</title><style>${STYLE}</style></head>
<body>
<h1>${e(p.round.title)}<br>拟奖励名单公示</h1>
<p class="sub">公示期：${cn(p.startsOn)}至${cn(p.endsOn)}（共 ${p.days} 天）${p.phase === "ended" ? "　公示期已结束" : ""}</p>
<p>经申报单位申报、区县和市级审核，现将 ${p.round.figuresYear} 年度拟奖励名单予以公示，共 ${p.count} 项，拟奖励金额合计 ${yuan(p.totalYuan)} 元。${
    p.withdrawn > 0 ? `另有 ${p.withdrawn} 项经核查已撤出名单。` : ""
  }</p>
<div class="notice"><strong>异议方式：</strong>公示期间，任何单位和个人对名单中的项目有异议的，可<span class="no-print">在本页下方在线提出，或</span><span class="print-only">在网上公示页（/gongshi/${e(p.round.id)}）在线提出，或</span>以书面形式向市商务局反映，请写明项目编号、异议事实和理由；留有联系方式的，核实后予以答复。公示期满后不再受理。</div>
${pager}
<table><thead><tr><th class="n">序号</th><th>编号</th><th>名称</th><th>区县</th><th>条款</th><th class="n">拟奖励金额（元）</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${pager}
${form}
<p class="no-print"><a href="javascript:window.print()">打印本页</a></p>
</body></html>`;
}

/** The page a person sees when a round has no 公示 (yet): plain Chinese, the same look. */
export function gongshiMissing(message: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>公示</title><style>${STYLE}</style></head>
<body><h1>公示</h1><p class="notice">${e(message)}。公示开始后，本页将列出拟奖励名单；如有疑问请联系市商务局。</p></body></html>`;
}
