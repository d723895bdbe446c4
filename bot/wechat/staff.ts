// Staff commands in WeChat (the STAFF_ROOM room, or a private chat with a member of
// STAFF_WECHAT_IDS), carried out through the API with a staff token. Only listed staff have any
// power; anyone else in the room is told so.
//
//   待审                                  applications waiting on staff (new, and back with materials)
//   查 名称/统一社会信用代码/编号             search
//   详情 ZB-2025-000001                    one application
//   通过 ZB-2025-000001 8万 材料齐全        approve with an amount and a note
//   驳回 ZB-2025-000001 原因…              reject
//   补材料 ZB-2025-000001 需要…            ask for more
//   重新打开 ZB-2025-000001 原因…          reopen a decided application
//   预算 2025                              the year's budget report

import { DECISION_LABELS, inertText, STATUS_LABELS as STATUS } from "../../contract/index.ts";
import {
  CLAUSES_BY_ID,
  formatBeijingTime,
  formatWan,
  formatYuanExact,
  maskPhone,
  parseYuan,
  shanghaiDate,
  type ClauseId,
} from "../../rules/index.ts";
import { ApiRefusedError, ApiUnavailableError, type ApiClient } from "../shell/api-client.ts";
import type { StaffHooks } from "./wechat-channel.ts";

export const STAFF_HELP = [
  "员工指令：",
  "「待审」查看待审核和待补材料的申报",
  "「查 名称或统一社会信用代码或编号」查找申报",
  "「详情 ZB-2025-000001」查看详情",
  "「通过 ZB-2025-000001 8万 材料齐全」",
  "「驳回 ZB-2025-000001 原因」",
  "「补材料 ZB-2025-000001 需要的材料」",
  "「重新打开 ZB-2025-000001 原因」",
  "「预算 2025」查看年度预算使用情况",
].join("\n");

type Command =
  | { kind: "pending" }
  | { kind: "search"; q: string }
  | { kind: "detail"; number: string }
  | {
      kind: "decide";
      number: string;
      decision: "approved" | "rejected" | "needs_more_info" | "reopened";
      rest: string;
    }
  | { kind: "budget"; year: number | null }
  | { kind: "help" };

const NUMBER = /(ZB-\d{4}-\d{6})/i;

export function parseStaffCommand(text: string): Command | null {
  const t = text.trim().replace(/\s+/g, " ");
  if (/^(待审|待审核|待办)$/.test(t)) return { kind: "pending" };
  if (/^(帮助|指令|help)$/i.test(t)) return { kind: "help" };
  const search = /^(查|查找|搜索|查询)\s+(.+)$/.exec(t);
  if (search) return { kind: "search", q: search[2]!.trim() };
  const budget = /^预算\s*(\d{4})?(年)?$/.exec(t);
  if (budget) return { kind: "budget", year: budget[1] ? Number(budget[1]) : null };
  const m = /^(详情|通过|驳回|补材料|补充材料|重新打开)\s*(\S+)\s*(.*)$/.exec(t);
  if (!m) return null;
  const num = NUMBER.exec(m[2]!)?.[1]?.toUpperCase();
  if (!num) return null;
  const rest = m[3]!.trim();
  switch (m[1]) {
    case "详情":
      return { kind: "detail", number: num };
    case "通过":
      return { kind: "decide", number: num, decision: "approved", rest };
    case "驳回":
      return { kind: "decide", number: num, decision: "rejected", rest };
    case "重新打开":
      return { kind: "decide", number: num, decision: "reopened", rest };
    default:
      return { kind: "decide", number: num, decision: "needs_more_info", rest };
  }
}

interface Summary {
  number: string;
  applicantName: string;
  district: string;
  clauses: string[];
  requestedAmountYuan: number | null;
  status: string;
}

const names = (ids: string[]) => ids.map((c) => CLAUSES_BY_ID[c as ClauseId]?.name ?? c).join("、");

/** One application in a list: number, state, who (inert), where, what, how much. */
const line = (a: Summary) =>
  `${a.number}【${STATUS[a.status] ?? a.status}】${inertText(a.applicantName)}（${a.district}）${names(a.clauses)}，测算 ${formatWan(a.requestedAmountYuan ?? 0)}`;

export function createStaffCommands(deps: {
  api: Pick<ApiClient, "json">;
  staffIds: readonly string[];
  now?: () => Date;
}): StaffHooks {
  const now = deps.now ?? (() => new Date());

  async function run(cmd: Command): Promise<string> {
    switch (cmd.kind) {
      case "help":
        return STAFF_HELP;
      case "pending": {
        // Waiting on staff: new ones, and those that were asked for materials.
        const r = await deps.api.json<{ items: Summary[]; total: number }>(
          "GET",
          "/api/applications?status=submitted,needs_more_info&limit=20",
        );
        if (r.total === 0) return "目前没有待审核或待补材料的申报。";
        const count = (status: string) => r.items.filter((a) => a.status === status).length;
        return [
          `待处理 ${r.total} 份${r.total > r.items.length ? `（显示最新的 ${r.items.length} 份）` : ""}：待审核 ${count("submitted")} 份，待补材料 ${count("needs_more_info")} 份`,
          ...r.items.map(line),
        ].join("\n");
      }
      case "search": {
        const r = await deps.api.json<{ items: Summary[]; total: number }>(
          "GET",
          `/api/applications?q=${encodeURIComponent(cmd.q)}&limit=10`,
        );
        if (r.total === 0)
          return `没有找到与「${inertText(cmd.q)}」相符的申报（可按名称、统一社会信用代码或编号查找）。`;
        return [
          `找到 ${r.total} 份${r.total > r.items.length ? `（显示最新的 ${r.items.length} 份）` : ""}：`,
          ...r.items.map(line),
        ].join("\n");
      }
      case "detail": {
        const a = await deps.api.json<
          Summary & {
            applicant: { name: string; uscc: string; contactName: string; contactPhone: string };
            clauseResults: {
              name: string;
              maxAmountYuan: number | null;
              estimatedAmountYuan: number | null;
            }[];
            decisions: { decision: string; note: string; createdAt: string; decidedBy: string }[];
            createdAt: string;
          }
        >("GET", `/api/applications/${cmd.number}`);
        const materials = await deps.api
          .json<{ items: { name: string }[] }>("GET", `/api/applications/${cmd.number}/materials`)
          .then((m) => m.items.length)
          .catch(() => null);
        return [
          `${a.number}（${STATUS[a.status] ?? a.status}）`,
          `申报主体：${inertText(a.applicant.name)}（${a.district}）`,
          `信用代码：${a.applicant.uscc}`,
          // The staff room is a group chat: the phone is masked here; the full one is in the API.
          `联系人：${inertText(a.applicant.contactName)} ${maskPhone(a.applicant.contactPhone)}`,
          ...a.clauseResults.map(
            (c) =>
              `· ${c.name}：${c.estimatedAmountYuan !== null ? `测算 ${formatWan(c.estimatedAmountYuan)}，` : ""}上限 ${c.maxAmountYuan !== null ? formatWan(c.maxAmountYuan) : "一事一议"}`,
          ),
          `提交时间：${formatBeijingTime(new Date(a.createdAt))}（北京时间）`,
          ...(materials !== null ? [`申报材料：${materials} 份`] : []),
          ...a.decisions.map(
            (d) =>
              `处理记录：${formatBeijingTime(new Date(d.createdAt))} ${d.decidedBy} ${DECISION_LABELS[d.decision] ?? d.decision}${d.note ? `：${inertText(d.note)}` : ""}`,
          ),
        ].join("\n");
      }
      case "decide": {
        let amount: number | undefined;
        let note = cmd.rest;
        if (cmd.decision === "approved") {
          const [first, ...more] = cmd.rest.split(" ");
          const yuan = first ? parseYuan(first) : null;
          if (yuan === null) return `请写明核定金额，例如「通过 ${cmd.number} 8万 材料齐全」。`;
          amount = yuan;
          note = more.join(" ");
        } else if (note === "") {
          const what = {
            rejected: "驳回原因",
            needs_more_info: "需要补充的材料",
            reopened: "重新打开的原因",
          }[cmd.decision];
          return `请写明${what}，申请人会看到这段说明。`;
        }
        const a = await deps.api.json<Summary & { approvedAmountYuan: number | null; warnings?: string[] }>(
          "POST",
          `/api/applications/${cmd.number}/decision`,
          { decision: cmd.decision, note, ...(amount !== undefined ? { approvedAmountYuan: amount } : {}) },
        );
        const money = amount !== undefined ? `，核定 ${formatYuanExact(amount)}` : "";
        return [
          `已处理 ${a.number}：${STATUS[a.status] ?? a.status}${money}。申请人将收到通知。`,
          ...(a.warnings ?? []).map((w) => `⚠️ ${w}`),
        ].join("\n");
      }
      case "budget": {
        const year = cmd.year ?? Number(shanghaiDate(now()).slice(0, 4));
        const b = await deps.api.json<{
          clauses: {
            name: string;
            applications: number;
            requestedYuan: number;
            approvedYuan: number;
            kind: string;
          }[];
          totals: { applications: number; requestedYuan: number; approvedYuan: number };
          article2: { cityCapYuan: number; approvedYuan: number; proRataFactor: number; exceeded: boolean };
        }>("GET", `/api/budget?year=${year}`);
        const lines = b.clauses
          .filter((c) => c.applications > 0)
          .map((c) =>
            c.kind === "loan"
              ? `· ${c.name}：${c.applications} 份（贷款，不占预算）`
              : `· ${c.name}：${c.applications} 份，申请 ${formatWan(c.requestedYuan)}，已核定 ${formatWan(c.approvedYuan)}`,
          );
        const a2 = b.article2;
        return [
          `${year} 年预算使用情况：共 ${b.totals.applications} 份申报，申请 ${formatWan(b.totals.requestedYuan)}，已核定 ${formatWan(b.totals.approvedYuan)}`,
          ...lines,
          `第二条流量补贴全市上限 ${formatWan(a2.cityCapYuan)}，已核定 ${formatWan(a2.approvedYuan)}${a2.exceeded ? `，超出上限，按 ${a2.proRataFactor} 的比例兑现` : "，未超上限"}`,
        ].join("\n");
      }
    }
  }

  return {
    isCommand: (text) => parseStaffCommand(text) !== null,
    async onStaffMessage(text, from, reply) {
      const cmd = parseStaffCommand(text);
      if (!cmd) return; // ordinary talk in the staff room
      if (!deps.staffIds.includes(from.id)) {
        await reply("抱歉，审核指令仅限市商务局工作人员使用。");
        return;
      }
      try {
        await reply(await run(cmd));
      } catch (e) {
        if (e instanceof ApiRefusedError) await reply(`未能处理：${e.message}`);
        else if (e instanceof ApiUnavailableError) await reply("申报系统暂时连接不上，请稍后再试。");
        else throw e;
      }
    },
  };
}
