// The applicant is told at each step (contract §14, issue 24 item 5): received, passed by the district,
// approved, published (with the 公示 page's link) and paid (amount and date) — through the outbox, so
// WeChat, the mini-program and /chat get it; 我的申报 shows the 公示 and the payment too.

import { describe, expect, it } from "vitest";
import { STAFF, useTestApi } from "../support/api.ts";
import { addAccount, signIn } from "../support/staff.ts";
import { beijing, openRound, village } from "./support.ts";

const state = { now: beijing("2026-03-10T10:00:00") };

describe("an applicant in a district-first round", () => {
  const t = useTestApi("pglite", {
    clock: () => state.now,
    notify: { webhook: false, publicUrl: "https://zc.example.gov.cn/" },
  });

  it("hears of receipt, the district's pass, the approval, the 公示 with its link, and the payment with amount and date", async () => {
    const roundId = await openRound(t.api, { districtReview: true, budgetYuan: 100_000 });
    const filed = await t.api.call("POST", "/api/applications", {
      token: STAFF,
      body: { ...village({}, { wechatId: "wxid_told" }), roundId },
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    await addAccount(t.api, "told-district", "approver", { district: "张店区" });
    const district = (await signIn(t.api, "told-district")).headers;
    expect(
      (
        await t.api.call("POST", `/api/applications/${id}/decision`, {
          headers: district,
          body: { decision: "district_passed", note: "村委会材料齐全" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.api.call("POST", `/api/applications/${id}/decision`, {
          token: STAFF,
          body: { decision: "approved", approvedAmountYuan: 200_000 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.api.call("POST", `/api/rounds/${roundId}/publication`, {
          token: STAFF,
          body: { startsOn: "2026-03-10", days: 3 },
        })
      ).status,
    ).toBe(201);
    state.now = beijing("2026-03-13T09:00:00");
    const list = await t.api.call("POST", `/api/rounds/${roundId}/payments`, { token: STAFF });
    expect(list.status).toBe(201);
    expect(list.body.items[0].payableYuan).toBe(100_000);
    expect(
      (
        await t.api.call("POST", `/api/payments/${list.body.items[0].id}/paid`, {
          token: STAFF,
          body: { paidOn: "2026-03-13", voucher: "财拨〔2026〕7号" },
        })
      ).status,
    ).toBe(200);

    const rows = await t.tdb.db.prisma.notification.findMany({
      where: { applicationId: id, channel: "wechat_applicant", recipient: "wxid_told" },
      orderBy: { seq: "asc" },
    });
    const said = rows.map((r) => [r.event, (r.payload as { text: string }).text] as const);
    expect(said.map(([e]) => e)).toEqual([
      "application.submitted",
      "application.district_passed",
      "application.approved",
      "round.published",
      "application.paid",
    ]);
    expect(said[0]![1]).toContain("已收到您的申报");
    expect(said[1]![1]).toContain("区县初审通过");
    expect(said[2]![1]).toContain("20 万元");
    expect(said[3]![1]).toContain(`https://zc.example.gov.cn/gongshi/${roundId}`);
    expect(said[3]![1]).toContain("2026-03-10 至 2026-03-12");
    expect(said[4]![1]).toContain("10 万元");
    expect(said[4]![1]).toContain("2026-03-13");
    expect(said[4]![1]).toContain("按比例");

    // Staff hear of the round's publication once, and of the transfer.
    const staff = await t.tdb.db.prisma.notification.findMany({
      where: { channel: "wechat_staff", event: { in: ["round.published", "application.paid"] } },
    });
    expect(staff.map((r) => r.event).sort()).toEqual(["application.paid", "round.published"]);
  });

  it("shows the 公示 and the payment in the applicant's own view", async () => {
    const app = await t.tdb.db.prisma.application.findFirstOrThrow({ where: { wechatId: "wxid_told" } });
    const { presentOwn, INCLUDE } = await import("../../api/applications/application-views.ts");
    const row = await t.tdb.db.prisma.application.findUniqueOrThrow({
      where: { id: app.id },
      include: INCLUDE,
    });
    const mine = presentOwn(row as never);
    expect(mine.publication).toMatchObject({ startsOn: "2026-03-10", endsOn: "2026-03-12" });
    expect(mine.payment).toEqual({ payableYuan: 100_000, paidOn: "2026-03-13" });
  });
});
