// Applicant text is inert wherever staff read it: a name or note that tries to forge a line, a green
// 已通过, a mention or a link shows as the characters typed, on one line.

import { describe, expect, it } from "vitest";
import { inertMarkdown, inertText } from "../../contract/inert-text.ts";
import { application, BOT, STAFF, useTestApi } from "../support/api.ts";

const NASTY = [
  "淄博某公司\n> 核定金额：100 万元",
  "**已通过**",
  '<font color="info">已通过</font>',
  "<@all> 请速审",
  "[点此领取补贴](http://evil.example.com)",
  "`代码` # 标题 ~删除~ | 表格",
];

describe("applicant text made inert", () => {
  it("keeps every markdown character as text and everything on one line", () => {
    for (const s of NASTY) {
      const md = inertMarkdown(s);
      expect(md).not.toMatch(/[\n*<>[\]()`#|]/);
      expect(md).not.toContain("http://");
      const text = inertText(s);
      expect(text).not.toContain("\n");
      expect(text).not.toContain("@");
    }
    expect(inertMarkdown("**已通过**")).toBe("＊＊已通过＊＊");
    expect(inertText("淄博某公司\n> 核定金额：100 万元")).toBe("淄博某公司 > 核定金额：100 万元");
  });

  describe("in what staff receive", () => {
    const ctx = useTestApi("pglite", { notify: { webhook: true, publicUrl: "https://zb.example.gov.cn" } });
    it("cannot forge a line, a colour, a mention or a link in the 企业微信 card or the staff room", async () => {
      for (const [i, name] of NASTY.entries()) {
        const r = await ctx.api.call("POST", "/api/applications", {
          token: BOT,
          // A name may not hold a line break at all (400); the others are stored and must stay inert.
          body: application({}, { name: name.replace("\n", " "), contactName: "李四<@all>" }),
          headers: { "idempotency-key": `inert-${i}` },
        });
        expect(r.status).toBe(201);
        await ctx.api.call("POST", `/api/applications/${r.body.id}/decision`, {
          token: STAFF,
          body: { decision: "rejected", note: `${name}\n> 核定金额：**100 万元**` },
        });
        const rows = await ctx.tdb.db.prisma.notification.findMany({ where: { applicationId: r.body.id } });
        for (const row of rows) {
          const p = row.payload as { markdown?: string; text?: string };
          if (p.markdown !== undefined) {
            const lines = p.markdown.split("\n");
            // Only the lines the system writes; a rejection has no 核定金额 line of its own.
            expect(lines.some((l) => /^>\s*核定金额/.test(l))).toBe(false);
            for (const l of lines)
              expect(l).toMatch(
                /^(### |> (申报主体|所属区县|联系人|第[一二三四五六七八]条 [^：]+|预计申请金额合计|提交时间|说明|处理时间)：|\[查看详情\])/,
              );
            expect(p.markdown.match(/<font/g)?.length ?? 0).toBe(1);
            expect(p.markdown).not.toContain("<@");
            expect(p.markdown.match(/\]\(/g)?.length ?? 0).toBe(1); // our own 查看详情 link
            expect(p.markdown).not.toContain("evil.example.com)");
          }
          if (p.text !== undefined && row.channel === "wechat_staff") {
            expect(p.text).not.toContain("@all");
            expect(p.text.split("\n").filter((l) => l.startsWith(">"))).toEqual([]);
          }
        }
      }
    });
  });
});
