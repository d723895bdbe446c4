// Found by a stranger's trial of issue 24: once a round's list is published, an approval or a changed
// amount would reach neither the 公示 nor the payment list — both refused with what to do instead; and a
// transfer cannot be dated before the 公示 has ended.

import { describe, expect, it } from "vitest";
import { STAFF, useTestApi } from "../support/api.ts";
import { approved, beijing, openRound, village } from "./support.ts";

const state = { now: beijing("2026-03-10T10:00:00") };

describe("after a round is published", () => {
  const t = useTestApi("pglite", { clock: () => state.now });

  it("refuses a new approval and a reopened one in that round, saying why", async () => {
    const roundId = await openRound(t.api, { title: "2025年度第四批" });
    const listed = await approved(t.api, roundId, 200_000);
    const late = await t.api.call("POST", "/api/applications", {
      token: STAFF,
      body: { ...village(), roundId },
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    const published = await t.api.call("POST", `/api/rounds/${roundId}/publication`, {
      token: STAFF,
      body: { startsOn: "2026-03-10", days: 5 },
    });
    expect(published.status).toBe(201);
    for (const [id, decision] of [
      [late.body.id, "approved"],
      [listed.id, "reopened"],
    ] as const) {
      const r = await t.api.call("POST", `/api/applications/${id}/decision`, {
        token: STAFF,
        body: {
          decision,
          approvedAmountYuan: decision === "approved" ? 100_000 : undefined,
          note: "再议一下",
        },
      });
      expect([r.status, r.body.error.code]).toEqual([409, "already_published"]);
      expect(r.body.error.message).toContain("已于 2026-03-10 公示");
    }
  });

  it("refuses a transfer dated on or before the last day of the 公示, and takes the day after", async () => {
    state.now = beijing("2026-03-10T10:00:00");
    const roundId = await openRound(t.api, { title: "2025年度第五批" });
    await approved(t.api, roundId, 100_000);
    await t.api.call("POST", `/api/rounds/${roundId}/publication`, {
      token: STAFF,
      body: { startsOn: "2026-03-10", days: 2 },
    });
    state.now = beijing("2026-03-20T10:00:00");
    const list = await t.api.call("POST", `/api/rounds/${roundId}/payments`, { token: STAFF });
    const id = list.body.items[0].id as string;
    const early = await t.api.call("POST", `/api/payments/${id}/paid`, {
      token: STAFF,
      body: { paidOn: "2026-03-11", voucher: "财拨〔2026〕7号" },
    });
    expect([early.status, early.body.error.issues[0].path]).toEqual([422, "paidOn"]);
    const paid = await t.api.call("POST", `/api/payments/${id}/paid`, {
      token: STAFF,
      body: { paidOn: "2026-03-12", voucher: "财拨〔2026〕7号" },
    });
    expect(paid.status).toBe(200);
  });
});

describe("a withdrawal from a published list", () => {
  const t = useTestApi("pglite", { clock: () => beijing("2026-03-10T10:00:00") });

  it("tells the applicant why, in WeChat, and staff with them", async () => {
    const roundId = await openRound(t.api, { title: "2025年度第六批" });
    const a = await approved(t.api, roundId, 100_000, { wechatId: "wxid_withdrawn_1" });
    await t.api.call("POST", `/api/rounds/${roundId}/publication`, {
      token: STAFF,
      body: { startsOn: "2026-03-10", days: 5 },
    });
    const w = await t.api.call("POST", `/api/rounds/${roundId}/publication/withdrawals`, {
      token: STAFF,
      body: { application: a.number, reason: "经核查网店数量不实" },
    });
    expect(w.status).toBeLessThan(300);
    const rows = await t.tdb.db.prisma.notification.findMany({
      where: { applicationId: a.id, event: "application.withdrawn_from_list" },
    });
    const to = (channel: string) =>
      rows.find((r) => r.channel === channel)?.payload as { text: string } | undefined;
    expect(to("wechat_applicant")?.text).toContain(
      "经核查已撤出「2025年度第六批」的拟奖励名单，本批次不予拨付。原因：经核查网店数量不实",
    );
    expect(to("wechat_staff")?.text).toContain(a.number);
  });
});
