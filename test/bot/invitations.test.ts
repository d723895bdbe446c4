// 政策找人 in the chat: an invitation's application put at its summary (「确认提交」 files it,
// 「取消」 drops it, items that no longer fit are left out), and 「不再提醒」 from anywhere, sent
// to the API for the WeChat user.

import { describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.ts";
import { handleMessage, offerInvitation, startConversation } from "../../bot/dialog.ts";
import { createRunner } from "../../bot/shell/runner.ts";
import { createMemoryStore } from "../../bot/shell/store.ts";
import { NOW, say } from "../support/dialog.ts";

const draft = {
  applicant: {
    name: "淄博邀请电子商务有限公司",
    uscc: "91350100M000100Y43",
    district: "张店区",
    contactName: "张三",
    contactPhone: "13800000000",
  },
  facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 60_000_000 },
  clauses: ["leading-enterprise"],
};

describe("an invitation to apply in the chat", () => {
  it("puts the conversation at the summary, and 「确认提交」 files the filled-in application", () => {
    const offered = offerInvitation(startConversation({ now: NOW, wechatId: "wxid_x" }), draft);
    expect(offered.state.mode).toBe("confirm");
    expect(offered.replies[0]).toContain("淄博邀请电子商务有限公司");
    expect(offered.replies[0]).toContain("确认提交");
    const t = say(offered.state, "确认提交");
    expect(t.effects[0]).toMatchObject({
      type: "submit",
      application: {
        clauses: ["leading-enterprise"],
        applicant: { wechatId: "wxid_x", uscc: draft.applicant.uscc },
      },
    });
  });

  it("drops it on 「取消」, keeping nothing filed", () => {
    const offered = offerInvitation(startConversation({ now: NOW }), draft);
    const t = say(offered.state, "取消");
    expect(t.effects).toEqual([]);
    expect(t.state.mode).not.toBe("confirm");
  });

  it("leaves out items the figures no longer fit, and offers nothing when none do", () => {
    const below = { ...draft, facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 29_999_999 } };
    const t = offerInvitation(startConversation({ now: NOW }), below);
    expect(t.replies).toEqual([]);
    expect(t.state.mode).toBe("menu");
    const broken = { ...draft, facts: { subjectType: "enterprise", physicalGoodsRetailYuan: -1 } };
    expect(offerInvitation(startConversation({ now: NOW }), broken).replies).toEqual([]);
  });

  it("understands 「不再提醒」 at any point and asks the shell to record it", () => {
    for (const s of [
      startConversation({ now: NOW, wechatId: "wxid_y" }),
      say(startConversation({ now: NOW }), "自测").state,
    ]) {
      const t = handleMessage(s, "不再提醒", { now: NOW });
      expect(t.effects).toEqual([{ type: "opt_out", wechatId: s.wechatId }]);
      expect(t.replies[0]).toContain("不再向您发送申报提醒");
    }
  });

  it("the WeChat runner sends 「不再提醒」 to the API and saves an offered invitation for the talker", async () => {
    const optedOut: string[] = [];
    const store = createMemoryStore();
    const runner = createRunner({
      store,
      outbox: null,
      api: {
        listApplications: async () => [],
        optOut: async (w: string) => {
          optedOut.push(w);
        },
      },
      notifyStaff: async () => {},
      logger: createLogger("silent"),
      now: () => NOW,
    });
    await runner.handle("wxid_z", "不再提醒");
    expect(optedOut).toEqual(["wxid_z"]);
    const replies = await runner.offer("wxid_z", draft);
    expect(replies[0]).toContain("请核对申报信息");
    expect((await store.loadState("wxid_z"))?.mode).toBe("confirm");
  });
});
