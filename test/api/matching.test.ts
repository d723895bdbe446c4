// 政策找人 through the API (contract §11): the template, a file imported as a run (bad rows reported by
// row and skipped, nothing stored from a file that fails), results by filter, claims set against the
// counted figures on the application too, and invitations — once per subject per run, 「不再提醒」
// honoured — that bring an application filled in.

import { describe, expect, it } from "vitest";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";
import { csvText, gbk, subject, uscc, xlsx } from "../matching/helpers.ts";
import { TEMPLATE_HEADERS, XLSX_TYPE } from "../../api/matching/index.ts";
import { handleMessage, offerInvitation, startConversation } from "../../bot/dialog.ts";

const WAN = 10_000;
const NOW = new Date("2026-06-01T02:00:00Z");

async function upload(api: { url: string }, body: Uint8Array | string, type = "text/csv", query = "") {
  const res = await fetch(`${api.url}/api/matching/runs${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${STAFF}`, "content-type": type },
    body: body as unknown as BodyInit,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe("matching the counted figures through the API", () => {
  const ctx = useTestApi("pglite", { clock: () => NOW });

  it("serves the template as CSV (with BOM) and as Excel, headed in Chinese", async () => {
    const csv = await fetch(`${ctx.api.url}/api/matching/template?format=csv`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("统一社会信用代码,名称,所属区县,主体类型");
    const x = await fetch(`${ctx.api.url}/api/matching/template?format=xlsx`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    expect(x.headers.get("content-type")).toBe(XLSX_TYPE);
    expect((await fetch(`${ctx.api.url}/api/matching/template`)).status).toBe(401);
  });

  it("imports a GBK file: counts per clause on both sides of 3,000 万, bad rows by number, and records the file", async () => {
    const rows = [
      subject(1, "企业", { 当年实物商品网络零售额: 3000 * WAN }),
      subject(2, "企业", { 当年实物商品网络零售额: 3000 * WAN - 1 }),
      subject(3, "企业", { 当年实物商品网络零售额: "三千万" }),
      subject(4, "行政村", { 年度网络零售额: 1000 * WAN, 活跃网店数量: 20 }),
      {
        ...subject(5, "企业", { 当年实物商品网络零售额: 8000 * WAN }),
        统一社会信用代码: "91370303MA0000001X",
      },
    ];
    const r = await upload(ctx.api, gbk(csvText(rows)), "text/csv", "?fileName=%E7%BA%B3%E7%BB%9F.csv");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      rows: 5,
      valid: 3,
      invalid: 2,
      encoding: "gbk",
      assessedOn: "2026-06-01",
    });
    expect(r.body.eligible["leading-enterprise"]).toBe(1);
    expect(r.body.errors.map((e: { row: number }) => e.row)).toEqual([4, 6]);
    expect(r.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.body.estimatedYuan).toBe(15_000);
    const list = await ctx.api.call("GET", "/api/matching/runs", { token: STAFF });
    expect(list.body.items[0]).toMatchObject({ id: r.body.id, fileName: "纳统.csv", importedBy: "staff-1" });
    const audit = await ctx.api.call("GET", "/api/audit", { token: STAFF });
    expect(audit.body.items.some((i: { action: string }) => i.action === "matching.imported")).toBe(true);
  });

  it("answers a file it cannot read clearly and keeps nothing of it", async () => {
    const before = (await ctx.api.call("GET", "/api/matching/runs", { token: STAFF })).body.items.length;
    const empty = await upload(ctx.api, "");
    expect(empty.status).toBe(400);
    const headers = await upload(ctx.api, "甲,乙\n1,2\n");
    expect(headers.status).toBe(400);
    expect(headers.body.error.message).toContain("统一社会信用代码");
    const binary = await upload(
      ctx.api,
      new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x81, 0x20]),
      "application/octet-stream",
    );
    expect([400, 415]).toContain(binary.status);
    const late = await upload(
      ctx.api,
      csvText([subject(9, "企业", {})]),
      "text/csv",
      "?assessedOn=2030-01-01",
    );
    expect(late.status).toBe(400);
    expect(late.body.error.message).toContain("不在政策有效期");
    const after = (await ctx.api.call("GET", "/api/matching/runs", { token: STAFF })).body.items.length;
    expect(after).toBe(before);
  });

  it("filters results by clause and status, district, subject type and search", async () => {
    const rows = [
      subject(11, "企业", { 当年实物商品网络零售额: 5000 * WAN }),
      subject(12, "企业", { 当年实物商品网络零售额: 100 * WAN }),
      { ...subject(13, "行政村", { 年度网络零售额: 1000 * WAN, 活跃网店数量: 20 }), 所属区县: "淄川区" },
    ];
    const run = (await upload(ctx.api, csvText(rows))).body;
    const get = async (q: string) => {
      const r = await ctx.api.call("GET", `/api/matching/runs/${run.id}/results?${encodeURI(q)}`, {
        token: STAFF,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    expect((await get("clause=leading-enterprise")).items.map((i: { uscc: string }) => i.uscc)).toEqual([
      uscc(11),
    ]);
    expect((await get("clause=leading-enterprise&status=ineligible")).total).toBe(1);
    expect((await get("district=淄川区")).items[0].uscc).toBe(uscc(13));
    expect((await get("subjectType=enterprise")).total).toBe(2);
    expect((await get(`q=${uscc(12)}`)).total).toBe(1);
    expect((await get("status=eligible")).total).toBe(2);
    // Lacking figures: the enterprises lack those of their other items; the village has all it needs.
    expect((await get("status=needs_info")).total).toBe(2);
    expect((await get("clause=new-shop&status=needs_info")).total).toBe(2);
    expect((await get("clause=village&status=needs_info")).total).toBe(0);
    const village = (await get("district=淄川区")).items[0];
    expect(village.assessment.results.find((x: { clause: string }) => x.clause === "village")).toMatchObject({
      status: "eligible",
      maxAmountYuan: 300_000,
    });
    expect(village.results).toEqual([
      { clause: "village", name: "电商村奖励", status: "eligible", estimatedAmountYuan: 300_000 },
    ]);
    const bad = await ctx.api.call("GET", `/api/matching/runs/${run.id}/results?clause=nothing`, {
      token: STAFF,
    });
    expect(bad.status).toBe(400);
  });

  it("sets an applicant's claimed figures against the counted ones, in the results and on the application", async () => {
    const code = uscc(21);
    const filed = await ctx.api.call("POST", "/api/applications", {
      token: BOT,
      body: application(
        { facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 8000 * WAN } },
        { uscc: code },
      ),
      headers: { "idempotency-key": "claims-1" },
    });
    expect(filed.status).toBe(201);
    const run = (
      await upload(
        ctx.api,
        csvText([
          subject(21, "企业", { 当年实物商品网络零售额: 7200 * WAN }),
          subject(22, "企业", { 当年实物商品网络零售额: 4000 * WAN }),
        ]),
      )
    ).body;
    const differs = await ctx.api.call("GET", `/api/matching/runs/${run.id}/results?differs=true`, {
      token: STAFF,
    });
    expect(differs.body.total).toBe(1);
    expect(differs.body.items[0].applications[0].differences[0].text).toBe(
      "当年实物商品网络零售额：申报 8,000 万元，纳统 7,200 万元",
    );
    const notApplied = await ctx.api.call("GET", `/api/matching/runs/${run.id}/results?applied=false`, {
      token: STAFF,
    });
    expect(notApplied.body.items.map((i: { uscc: string }) => i.uscc)).toEqual([uscc(22)]);
    const detail = await ctx.api.call("GET", `/api/applications/${filed.body.id}`, { token: STAFF });
    expect(detail.body.counted.differences[0].text).toContain("纳统 7,200 万元");
  });

  it("invites a reachable subject once per run with an application filled in, and honours 「不再提醒」", async () => {
    // Three enterprises that filed last year, reachable on WeChat; b asked not to be reminded, c has
    // already applied this year.
    const who = { a: [31, "wxid_inv_a"], b: [32, "wxid_inv_b"], c: [33, "wxid_inv_c"] } as const;
    for (const [n, wx] of Object.values(who)) {
      const r = await ctx.api.call("POST", "/api/applications", {
        token: BOT,
        body: application({}, { uscc: uscc(n), wechatId: wx, name: `邀请测试${n}` }),
        headers: { "idempotency-key": `inv-${n}` },
      });
      expect(r.status).toBe(201);
      if (n !== 33)
        await ctx.tdb.db.prisma.application.update({ where: { id: r.body.id }, data: { year: 2025 } });
    }
    const optOut = await fetch(`${ctx.api.url}/api/matching/opt-outs`, {
      method: "POST",
      headers: { authorization: `Bearer ${BOT}`, "x-wechat-id": "wxid_inv_b" },
    });
    expect(optOut.status).toBe(204);
    const run = (
      await upload(
        ctx.api,
        csvText(Object.values(who).map(([n]) => subject(n, "企业", { 当年实物商品网络零售额: 6000 * WAN }))),
      )
    ).body;
    const invite = () =>
      ctx.api.call("POST", `/api/matching/runs/${run.id}/invitations`, {
        token: STAFF,
        body: { clauses: ["leading-enterprise"] },
      });
    const first = await invite();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ invited: 1, skipped: { applied: 1, optedOut: 1 } });
    expect((await invite()).body.invited).toBe(0);

    const feed = await ctx.api.call("GET", "/api/notifications?wait=0", { token: BOT });
    const invitations = feed.body.items.filter((i: { event: string }) => i.event === "matching.invitation");
    expect(invitations.map((i: { recipient: string }) => i.recipient)).toEqual(["wxid_inv_a"]);
    expect(invitations[0].text).toContain("第二条");
    expect(invitations[0].text).toContain("不再提醒");
    // The bot puts the conversation at the summary: 「确认提交」 files it.
    const offered = offerInvitation(
      startConversation({ now: NOW, wechatId: "wxid_inv_a" }),
      invitations[0].payload.invitation.draft,
    );
    expect(offered.state.mode).toBe("confirm");
    expect(offered.replies[0]).toContain("邀请测试31");
    const confirm = handleMessage(offered.state, "确认提交", { now: NOW });
    expect(confirm.effects[0]).toMatchObject({
      type: "submit",
      application: { clauses: ["leading-enterprise"], facts: { physicalGoodsRetailYuan: 6000 * WAN } },
    });
  });

  it("exports the filtered rows as a CSV Excel reads: BOM, Chinese headers, each clause's status", async () => {
    const run = (
      await upload(
        ctx.api,
        csvText([
          subject(41, "企业", { 当年实物商品网络零售额: 5000 * WAN }),
          subject(42, "企业", { 当年实物商品网络零售额: 10 * WAN }),
        ]),
      )
    ).body;
    const res = await fetch(
      `${ctx.api.url}/api/matching/runs/${run.id}/results/export?clause=leading-enterprise`,
      { headers: { authorization: `Bearer ${STAFF}` } },
    );
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toContain("统一社会信用代码");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(uscc(41));
    expect(lines[1]).toContain("符合");
  });

  it("counts a 3,000-row file of villages, towns and enterprises exactly, every bad row reported by its number", async () => {
    // Values on both sides of the thresholds, from a fixed sequence; every 37th row is bad.
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    const pick = <T>(xs: readonly T[]) => xs[next() % xs.length]!;
    const rows: Record<string, string | number | boolean | null>[] = [];
    const bad: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const kind = pick(["企业", "行政村", "乡镇"] as const);
      const facts =
        kind === "企业"
          ? { 当年实物商品网络零售额: pick([3000 * WAN - 1, 3000 * WAN, 8000 * WAN, 0]) }
          : kind === "行政村"
            ? {
                年度网络零售额: pick([1000 * WAN - 1, 1000 * WAN, 3000 * WAN]),
                活跃网店数量: pick([19, 20, 50]),
              }
            : {
                年度网络零售额: pick([10_000 * WAN, 10_000 * WAN + 1, 5000 * WAN]),
                乡镇内电商村数量: pick([3, 4]),
              };
      const row = subject(1000 + i, kind, facts);
      if (i % 37 === 36) {
        row.统一社会信用代码 = "91370303MA000000XX";
        bad.push(i + 2);
      }
      rows.push(row);
    }
    const r = await upload(ctx.api, csvText(rows));
    expect(r.status).toBe(201);
    expect(r.body.rows).toBe(3000);
    expect(r.body.invalid).toBe(bad.length);
    expect(r.body.valid).toBe(3000 - bad.length);
    expect(r.body.errors.map((e: { row: number }) => e.row)).toEqual(bad);
    for (const [clause, count] of Object.entries(r.body.eligible as Record<string, number>)) {
      const filtered = await ctx.api.call(
        "GET",
        `/api/matching/runs/${r.body.id}/results?clause=${clause}&limit=1`,
        {
          token: STAFF,
        },
      );
      expect(filtered.body.total, clause).toBe(count);
    }
    expect(r.body.eligible["leading-enterprise"]).toBeGreaterThan(0);
    expect(r.body.eligible.village).toBeGreaterThan(0);
    expect(r.body.eligible.town).toBeGreaterThan(0);
  });

  it("offers a /chat or mini-program user's invitation when they next start a conversation, and files it on 「确认提交」", async () => {
    const token = (await ctx.api.call("POST", "/api/chat/visitors")).body.token as string;
    const earlier = await ctx.api.call("POST", "/api/applications", {
      token,
      body: application({}, { uscc: uscc(61), name: "网页用户的公司" }),
      headers: { "idempotency-key": "chat-inv-1" },
    });
    expect(earlier.status).toBe(201);
    await ctx.tdb.db.prisma.application.update({ where: { id: earlier.body.id }, data: { year: 2025 } });
    const run = (
      await upload(ctx.api, csvText([subject(61, "企业", { 当年实物商品网络零售额: 7000 * WAN })]))
    ).body;
    const sent = await ctx.api.call("POST", `/api/matching/runs/${run.id}/invitations`, {
      token: STAFF,
      body: { clauses: ["leading-enterprise"] },
    });
    expect(sent.body.invited).toBe(1);
    const c = await ctx.api.call("POST", "/api/conversations", { token });
    expect(c.body.replies[0]).toContain("可能符合");
    expect(c.body.replies[1]).toContain("网页用户的公司");
    expect(c.body.mode).toBe("confirm");
    const filed = await ctx.api.call("POST", `/api/conversations/${c.body.id}/messages`, {
      token,
      body: { text: "确认提交" },
    });
    expect(filed.body.replies.join("\n")).toMatch(/申报已提交，编号 ZB-2026-\d{6}/);
    // Shown once: the next conversation starts with the greeting alone.
    const next = await ctx.api.call("POST", "/api/conversations", { token });
    expect(next.body.replies).toHaveLength(1);
    // 「不再提醒」 in the chat is recorded for this user.
    await ctx.api.call("POST", `/api/conversations/${next.body.id}/messages`, {
      token,
      body: { text: "不再提醒" },
    });
    const opted = await ctx.tdb.db.prisma.invitationOptOut.findMany();
    expect(opted.some((o) => o.recipient.startsWith("user:"))).toBe(true);
  });
});
