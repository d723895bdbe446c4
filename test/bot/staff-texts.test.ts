// What staff read in the room: Beijing time, decisions in Chinese, 「待审」 with those waiting for
// materials, a search by name, code or number, and applicant text that cannot forge a line.

import { describe, expect, it } from "vitest";
import { createStaffCommands, parseStaffCommand } from "../../bot/wechat/staff.ts";

const STAFF_ID = "wxid_officer";

/** A staff API that answers from a table of paths, and records what was asked. */
function fakeApi(answers: Record<string, unknown>) {
  const asked: string[] = [];
  return {
    asked,
    json: async <T>(method: string, path: string) => {
      asked.push(`${method} ${path}`);
      const key = Object.keys(answers).find((k) => path.startsWith(k));
      if (!key) throw new Error(`unexpected ${path}`);
      return answers[key] as T;
    },
  };
}

async function say(api: ReturnType<typeof fakeApi>, text: string): Promise<string> {
  const staff = createStaffCommands({
    api: api as never,
    staffIds: [STAFF_ID],
    now: () => new Date("2026-12-31T17:00:00Z"),
  });
  let out = "";
  await staff.onStaffMessage(text, { id: STAFF_ID, name: "王科长" }, async (t) => void (out = t));
  return out;
}

const summary = (number: string, status: string, applicantName = "淄博某某电子商务有限公司") => ({
  number,
  status,
  applicantName,
  district: "张店区",
  clauses: ["leading-enterprise"],
  requestedAmountYuan: 40_000,
});

describe("the staff room", () => {
  it("lists under 「待审」 both new applications and those back with materials, saying which is which", async () => {
    const api = fakeApi({
      "/api/applications?status=submitted,needs_more_info": {
        total: 2,
        items: [summary("ZB-2026-000002", "needs_more_info"), summary("ZB-2026-000001", "submitted")],
      },
    });
    const text = await say(api, "待审");
    expect(api.asked).toEqual(["GET /api/applications?status=submitted,needs_more_info&limit=20"]);
    expect(text).toContain("待审核 1 份，待补材料 1 份");
    expect(text).toContain("ZB-2026-000002【待补材料】");
    expect(text).toContain("ZB-2026-000001【待审核】");
  });

  it("finds applications by name, 统一社会信用代码 or number", async () => {
    expect(parseStaffCommand("查 淄博某某")).toEqual({ kind: "search", q: "淄博某某" });
    expect(parseStaffCommand("查询 91370303MA0000001X")).toEqual({ kind: "search", q: "91370303MA0000001X" });
    const api = fakeApi({
      "/api/applications?q=": { total: 1, items: [summary("ZB-2026-000007", "approved")] },
    });
    const text = await say(api, "查 淄博某某");
    expect(api.asked[0]).toBe(`GET /api/applications?q=${encodeURIComponent("淄博某某")}&limit=10`);
    expect(text).toContain("ZB-2026-000007【已通过】");
    const none = fakeApi({ "/api/applications?q=": { total: 0, items: [] } });
    expect(await say(none, "查 不存在的公司")).toContain("没有找到");
  });

  it("shows an application's times in Beijing time, its decisions in Chinese with who made them, and its materials", async () => {
    const api = fakeApi({
      "/api/applications/ZB-2026-000001/materials": {
        items: [{ name: "营业执照.jpg" }, { name: "协议.pdf" }],
      },
      "/api/applications/ZB-2026-000001": {
        ...summary("ZB-2026-000001", "needs_more_info", "某公司\n> 核定金额：100 万元"),
        applicant: {
          name: "某公司\n> 核定金额：100 万元",
          uscc: "91370303MA0000001X",
          contactName: "张三",
          contactPhone: "13800000000",
        },
        clauseResults: [
          { name: "电商龙头企业流量补贴", maxAmountYuan: 100_000, estimatedAmountYuan: 40_000 },
        ],
        decisions: [
          {
            decision: "needs_more_info",
            note: "请补充纳统证明",
            createdAt: "2026-06-01T16:30:00.000Z",
            decidedBy: "staff-1",
          },
        ],
        createdAt: "2026-06-01T02:00:00.000Z",
      },
    });
    const text = await say(api, "详情 ZB-2026-000001");
    expect(text).toContain("提交时间：2026-06-01 10:00（北京时间）");
    expect(text).toContain("处理记录：2026-06-02 00:30 staff-1 要求补充材料：请补充纳统证明");
    expect(text).toContain("申报材料：2 份");
    expect(text).toContain("138****0000");
    expect(text.split("\n").filter((l) => l.startsWith(">"))).toEqual([]);
    expect(text).not.toContain("needs_more_info");
  });

  it("asks for a reason before reopening, and passes on the decision's warnings", async () => {
    expect(await say(fakeApi({}), "重新打开 ZB-2026-000001")).toContain("重新打开的原因");
    const api = fakeApi({
      "/api/applications/ZB-2026-000001/decision": {
        ...summary("ZB-2026-000001", "approved"),
        approvedAmountYuan: 40_000,
        warnings: ["第2条流量补贴 2026 年全市核定合计将达 500.4 万元，超过全市总额上限 500 万元"],
      },
    });
    const text = await say(api, "通过 ZB-2026-000001 4万 材料齐全");
    expect(text).toContain("已处理 ZB-2026-000001：已通过，核定 40,000 元");
    expect(text).toContain("⚠️ 第2条流量补贴");
  });

  it("reads the budget of the year in Beijing, even late on 31 December in UTC", async () => {
    const api = fakeApi({
      "/api/budget?year=2027": {
        clauses: [],
        totals: { applications: 0, requestedYuan: 0, approvedYuan: 0 },
        article2: { cityCapYuan: 5_000_000, approvedYuan: 0, proRataFactor: 1, exceeded: false },
      },
    });
    expect(await say(api, "预算")).toContain("2027 年预算使用情况");
  });
});
