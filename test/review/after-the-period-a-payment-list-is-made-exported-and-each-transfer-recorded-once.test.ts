// Payment (拨付, contract §14): only after the 公示 has ended (before → 409 publication_running); each
// approved application on the list, scaled pro rata when the approvals exceed the budget (whole yuan,
// never above the approval, the total within the budget, the remainder stated); a withdrawn one not paid;
// the list exported as Excel for the finance office; each transfer recorded once with date and voucher.

import { describe, expect, it } from "vitest";
import { STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";
import { approved, beijing, openRound } from "./support.ts";

const state = { now: beijing("2026-03-10T10:00:00") };

describe("a round's payment list", () => {
  const t = useTestApi("pglite", { clock: () => state.now });
  let roundId = "";
  const apps: { id: string; number: string }[] = [];

  it("is refused before publication and while the 公示 runs", async () => {
    roundId = await openRound(t.api, { budgetYuan: 500_000 });
    for (const amount of [300_000, 200_000, 100_000, 50_000])
      apps.push(await approved(t.api, roundId, amount));
    const path = `/api/rounds/${roundId}/payments`;
    const before = await t.api.call("POST", path, { token: STAFF });
    expect(before.status).toBe(409);
    expect(before.body.error.code).toBe("not_published");
    expect(
      (
        await t.api.call("POST", `/api/rounds/${roundId}/publication`, {
          token: STAFF,
          body: { startsOn: "2026-04-01", days: 5 },
        })
      ).status,
    ).toBe(201);
    state.now = beijing("2026-04-05T23:59:59");
    const running = await t.api.call("POST", path, { token: STAFF });
    expect(running.status).toBe(409);
    expect(running.body.error.code).toBe("publication_running");
    expect(running.body.error.message).toContain("2026-04-05");
    // One application is withdrawn from the list during the period: it is not paid.
    expect(
      (
        await t.api.call("POST", `/api/rounds/${roundId}/publication/withdrawals`, {
          token: STAFF,
          body: { application: apps[3]!.number, reason: "异议属实，取消拟奖励" },
        })
      ).status,
    ).toBe(200);
  });

  it("scales 300,000 + 200,000 + 100,000 to the budget of 500,000 in whole yuan and states the remainder", async () => {
    state.now = beijing("2026-04-06T09:00:00");
    await addAccount(t.api, "pay-district", "approver", { district: "张店区" });
    const district = (await signIn(t.api, "pay-district")).headers;
    expect((await t.api.call("POST", `/api/rounds/${roundId}/payments`, { headers: district })).status).toBe(
      403,
    );
    const r = await t.api.call("POST", `/api/rounds/${roundId}/payments`, { token: STAFF });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      budgetYuan: 500_000,
      approvedTotalYuan: 600_000,
      totalYuan: 499_999,
      scaled: true,
      ratio: "0.833333",
      remainderYuan: 1,
    });
    expect(r.body.note).toContain("余额 1 元");
    expect(
      r.body.items.map((i: { number: string; approvedYuan: number; payableYuan: number }) => [
        i.number,
        i.approvedYuan,
        i.payableYuan,
      ]),
    ).toEqual([
      [apps[0]!.number, 300_000, 250_000],
      [apps[1]!.number, 200_000, 166_666],
      [apps[2]!.number, 100_000, 83_333],
    ]);
    const again = await t.api.call("POST", `/api/rounds/${roundId}/payments`, { token: STAFF });
    expect(again.status).toBe(200);
    expect(again.body.items.map((i: { id: string }) => i.id)).toEqual(
      r.body.items.map((i: { id: string }) => i.id),
    );
  });

  it("exports the list as an Excel workbook for the finance office", async () => {
    const res = await fetch(`${t.api.url}/api/rounds/${roundId}/payments/export`, {
      headers: { authorization: `Bearer ${STAFF}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet("拨付清单")!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[2]).toEqual([
      "序号",
      "编号",
      "名称",
      "区县",
      "核定金额（元）",
      "拨付金额（元）",
      "拨付日期",
      "凭证号",
    ]);
    expect(rows[3]!.slice(0, 2)).toEqual([1, apps[0]!.number]);
    expect(rows[3]!.slice(4, 6)).toEqual([300_000, 250_000]);
    expect(rows.find((r) => r[0] === "合计")!.slice(4, 6)).toEqual([600_000, 499_999]);
    expect(rows.find((r) => r[0] === "取整余额（不拨付）")![5]).toBe(1);
    expect(String(rows[1]![0])).toContain("按比例");
  });

  it("records each transfer once, with its date and voucher", async () => {
    const list = (await t.api.call("GET", `/api/rounds/${roundId}/payments`, { token: STAFF })).body;
    const id = list.items[0].id;
    const future = await t.api.call("POST", `/api/payments/${id}/paid`, {
      token: STAFF,
      body: { paidOn: "2026-04-07", voucher: "财拨〔2026〕18号" },
    });
    expect(future.status).toBe(422);
    const paid = await t.api.call("POST", `/api/payments/${id}/paid`, {
      token: STAFF,
      body: { paidOn: "2026-04-06", voucher: "财拨〔2026〕18号" },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body).toMatchObject({
      paidOn: "2026-04-06",
      voucher: "财拨〔2026〕18号",
      payableYuan: 250_000,
    });
    const twice = await t.api.call("POST", `/api/payments/${id}/paid`, {
      token: STAFF,
      body: { paidOn: "2026-04-06", voucher: "另一个凭证" },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("already_paid");
    const after = (await t.api.call("GET", `/api/rounds/${roundId}/payments`, { token: STAFF })).body;
    expect(after).toMatchObject({ paidCount: 1, paidTotalYuan: 250_000 });
    expect(after.items[0].voucher).toBe("财拨〔2026〕18号");
  });

  it("pays every approval in full when they fit the budget", async () => {
    state.now = beijing("2026-03-10T10:00:00");
    const other = await openRound(t.api, { budgetYuan: 5_000_000, title: "2025年度第二批" });
    await approved(t.api, other, 120_000);
    await approved(t.api, other, 80_000);
    await t.api.call("POST", `/api/rounds/${other}/publication`, {
      token: STAFF,
      body: { startsOn: "2026-03-10", days: 1 },
    });
    state.now = beijing("2026-03-11T08:00:00");
    const r = await t.api.call("POST", `/api/rounds/${other}/payments`, { token: STAFF });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ scaled: false, totalYuan: 200_000, remainderYuan: 0 });
    expect(r.body.items.map((i: { payableYuan: number }) => i.payableYuan)).toEqual([120_000, 80_000]);
  });
});
