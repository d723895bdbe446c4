// Publication (公示, contract §14): an approver publishes a round's approved applications for a period;
// GET /gongshi/:roundId is a public, printable Chinese page with 名称、区县、条款、拟奖励金额, the period and
// how to object — never a phone, WeChat id, contact name or file, every name escaped; objections by
// anyone during the period (rate-limited per address), 409 outside it; staff list and answer them; an
// approver withdraws an application under objection, with the reason in the audit log.

import { describe, expect, it } from "vitest";
import { STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";
import { approved, beijing, openRound } from "./support.ts";

const state = { now: beijing("2026-03-10T10:00:00") };

describe("a round's 公示", () => {
  const t = useTestApi("pglite", { clock: () => state.now, trustedProxies: ["loopback"] });
  let roundId = "";
  let first = { id: "", number: "" };
  let second = { id: "", number: "" };

  it("publishes the approved applications for an approver of the city only, once", async () => {
    roundId = await openRound(t.api);
    first = await approved(t.api, roundId, 200_000, {
      name: `<script>alert(1)</script>某村&"委员会"`,
      contactName: "王小二",
      contactPhone: "13912345678",
      wechatId: "wxid_secret_one",
    });
    second = await approved(t.api, roundId, 150_000, { district: "淄川区", contactName: "李四" });
    await addAccount(t.api, "pub-reviewer", "reviewer");
    await addAccount(t.api, "pub-district", "approver", { district: "张店区" });
    const reviewer = (await signIn(t.api, "pub-reviewer")).headers;
    const district = (await signIn(t.api, "pub-district")).headers;
    const body = { startsOn: "2026-04-01", days: 7 };
    const path = `/api/rounds/${roundId}/publication`;
    expect((await t.api.call("POST", path, { headers: reviewer, body })).status).toBe(403);
    expect((await t.api.call("POST", path, { headers: district, body })).status).toBe(403);
    const early = await t.api.call("POST", path, { token: STAFF, body: { startsOn: "2026-03-09", days: 7 } });
    expect(early.status).toBe(422);
    expect((await t.api.call("GET", `/gongshi/${roundId}`)).status).toBe(404);

    const r = await t.api.call("POST", path, { token: STAFF, body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      startsOn: "2026-04-01",
      endsOn: "2026-04-07",
      days: 7,
      count: 2,
      totalYuan: 350_000,
      url: `/gongshi/${roundId}`,
      phase: "scheduled",
    });
    const again = await t.api.call("POST", path, { token: STAFF, body });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_published");
  });

  it("keeps the page and objections closed before the period: 404 and 409", async () => {
    expect((await t.api.call("GET", `/gongshi/${roundId}`)).status).toBe(404);
    // A person following the link reads a page in Chinese, not the API's error body.
    const page = await fetch(`${t.api.url}/gongshi/${roundId}`, { headers: { accept: "text/html" } });
    expect([page.status, page.headers.get("content-type")]).toEqual([404, "text/html; charset=utf-8"]);
    expect(await page.text()).toContain("该批次的公示尚未开始");
    const o = await t.api.call("POST", `/api/rounds/${roundId}/objections`, {
      body: { text: "该村数据不实，请核查" },
    });
    expect(o.status).toBe(409);
    expect(o.body.error.code).toBe("publication_not_running");
  });

  it("shows a public, printable Chinese page with name, district, clause and amount, escaped, and no contact", async () => {
    state.now = beijing("2026-04-01T09:00:00");
    const r = await t.api.call("GET", `/gongshi/${roundId}`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/html");
    const html = r.body as string;
    for (const s of [
      "拟奖励名单公示",
      "名称",
      "区县",
      "条款",
      "拟奖励金额",
      "2026年4月1日至2026年4月7日",
      "异议",
      "淄川区",
      "电商村",
      "200,000",
      "150,000",
      "@media print",
    ])
      expect(html).toContain(s);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;某村&amp;&quot;委员会&quot;");
    expect(html).not.toContain("<script>alert(1)");
    for (const secret of [
      "13912345678",
      "wxid_secret_one",
      "王小二",
      "李四",
      "13800000000",
      "/api/materials",
    ])
      expect(html).not.toContain(secret);
  });

  it("takes objections from anyone during the period, a few per address, and lets staff list and answer them", async () => {
    const path = `/api/rounds/${roundId}/objections`;
    const from = (ip: string) => ({ "x-forwarded-for": ip });
    const o = await t.api.call("POST", path, {
      body: { text: "该村活跃网店数量不足二十家", number: first.number, contact: "13700000000" },
      headers: from("10.1.1.1"),
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    expect(o.body.message).toContain("已收到");
    const unknown = await t.api.call("POST", path, {
      body: { text: "编号不在名单中的异议", number: "ZB-2025-999999" },
      headers: from("10.1.1.1"),
    });
    expect(unknown.status).toBe(422);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await t.api.call("POST", path, {
            body: { text: `第 ${i} 条重复异议内容` },
            headers: from("10.2.2.2"),
          })
        ).status,
      );
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(
      (await t.api.call("POST", path, { body: { text: "另一个地址的异议" }, headers: from("10.3.3.3") }))
        .status,
    ).toBe(201);

    expect((await t.api.call("GET", `/api/rounds/${roundId}/objections`)).status).toBe(401);
    const list = await t.api.call("GET", `/api/rounds/${roundId}/objections`, { token: STAFF });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(7);
    const named = list.body.items.find((i: { application: unknown }) => i.application);
    expect(named.application.number).toBe(first.number);
    const district = (await signIn(t.api, "pub-district")).headers;
    const theirs = await t.api.call("GET", `/api/rounds/${roundId}/objections`, { headers: district });
    expect(theirs.body.items.map((i: { id: string }) => i.id)).toEqual([named.id]);

    const a = await t.api.call("POST", `/api/objections/${named.id}/answer`, {
      token: STAFF,
      body: { answer: "经核查，活跃网店数量符合要求" },
    });
    expect(a.status).toBe(200);
    expect(a.body.answeredBy).toBe("staff-1");
  });

  it("lets an approver withdraw an application under objection, the reason audited, and the page shows it no more", async () => {
    const path = `/api/rounds/${roundId}/publication/withdrawals`;
    const w = await t.api.call("POST", path, {
      token: STAFF,
      body: { application: second.number, reason: "经核查，网络零售额统计有误" },
    });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    expect(
      (
        await t.api.call("POST", path, {
          token: STAFF,
          body: { application: second.number, reason: "再次撤出" },
        })
      ).status,
    ).toBe(409);
    const html = (await t.api.call("GET", `/gongshi/${roundId}`)).body as string;
    expect(html).not.toContain(second.number);
    expect(html).toContain("另有 1 项经核查已撤出名单");
    const audit = await t.api.call("GET", "/api/audit?action=publication.withdrawn", { token: STAFF });
    expect(JSON.stringify(audit.body)).toContain("经核查，网络零售额统计有误");
  });

  it("refuses objections after the period with 409, and still shows the page", async () => {
    state.now = beijing("2026-04-08T00:00:01");
    const o = await t.api.call("POST", `/api/rounds/${roundId}/objections`, {
      body: { text: "期满后的异议内容" },
    });
    expect(o.status).toBe(409);
    expect(o.body.error.message).toContain("已结束");
    const page = await t.api.call("GET", `/gongshi/${roundId}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("公示期已结束");
  });
});
