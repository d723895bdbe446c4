// Payment (拨付, contract §14): after a round's 公示 has ended, its payment list — each application still
// on the list and still approved, at its published amount, scaled pro rata (pro-rata.ts) when they
// exceed the round's budget — made once; an Excel sheet of it for the finance office; each transfer
// recorded once with its date and voucher.

import { randomUUID } from "node:crypto";
import { shanghaiDate } from "../../rules/index.ts";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { phaseOn } from "./publication.ts";
import { proRata } from "./pro-rata.ts";
import { paymentNotifications } from "../notifications/notices.ts";

export interface PaymentDeps {
  prisma: Prisma;
  clock: () => Date;
  onNotified?: () => void;
}

const ymd = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type PaymentRow = Awaited<ReturnType<Prisma["payment"]["findMany"]>>[number];
const present = (p: PaymentRow) => ({
  id: p.id,
  applicationId: p.applicationId,
  number: p.number,
  name: p.name,
  district: p.district,
  approvedYuan: p.approvedYuan,
  payableYuan: p.payableYuan,
  paidOn: ymd(p.paidOn),
  voucher: p.voucher,
});

/** Why a list is scaled, in a sentence the finance office reads on the sheet. */
export function scalingNote(l: {
  scaled: boolean;
  budgetYuan: number;
  approvedTotalYuan: number;
  ratio: string;
  remainderYuan: number;
  totalYuan: number;
}) {
  const y = (n: number) => n.toLocaleString("en-US");
  return l.scaled
    ? `核定金额合计 ${y(l.approvedTotalYuan)} 元超过批次预算 ${y(l.budgetYuan)} 元，按比例（预算 ÷ 核定合计 ≈ ${l.ratio}）折算，每项取整到元（不足 1 元舍去），拨付合计 ${y(l.totalYuan)} 元；舍去的余额 ${y(l.remainderYuan)} 元不拨付。`
    : `核定金额合计 ${y(l.approvedTotalYuan)} 元未超过批次预算 ${y(l.budgetYuan)} 元，按核定金额全额拨付。`;
}

export function createPayments(deps: PaymentDeps) {
  const { prisma, clock } = deps;
  const today = () => shanghaiDate(clock());

  async function list(roundId: string) {
    const head = await prisma.paymentList.findUnique({ where: { roundId } });
    if (!head) throw new ApiError(404, "no_payment_list", "该批次还没有生成拨付清单");
    const rows = await prisma.payment.findMany({ where: { roundId }, orderBy: { seq: "asc" } });
    const l = {
      budgetYuan: Number(head.budgetYuan),
      approvedTotalYuan: Number(head.approvedTotalYuan),
      totalYuan: Number(head.totalYuan),
      scaled: head.scaled,
      ratio: head.ratio,
      remainderYuan: Number(head.remainderYuan),
    };
    return {
      roundId,
      ...l,
      note: scalingNote(l),
      createdBy: head.createdBy,
      createdAt: head.createdAt.toISOString(),
      paidCount: rows.filter((r) => r.paidOn).length,
      paidTotalYuan: rows.reduce((s, r) => s + (r.paidOn ? r.payableYuan : 0), 0),
      items: rows.map(present),
    };
  }

  /** Makes the list once the 公示 has ended (before → 409 publication_running); made once, then read. */
  async function make(roundId: string, actor: string, address: string | null) {
    const round = await prisma.round.findUnique({ where: { id: roundId } });
    if (!round) throw notFound("申报批次");
    const pub = await prisma.publication.findUnique({ where: { roundId } });
    if (!pub) throw new ApiError(409, "not_published", "该批次尚未公示，公示期满后才能生成拨付清单");
    const period = { startsOn: ymd(pub.startsOn)!, endsOn: ymd(pub.endsOn)! };
    if (phaseOn(period, today()) !== "ended")
      throw new ApiError(
        409,
        "publication_running",
        `公示期（${period.startsOn} 至 ${period.endsOn}）尚未结束，期满后才能生成拨付清单`,
      );
    const created = await prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS "locked" FROM "rounds" WHERE "id" = ${roundId}::uuid FOR UPDATE`;
        if (await tx.paymentList.findUnique({ where: { roundId }, select: { roundId: true } })) return false;
        // On the list, not withdrawn, and still approved now (a reopened approval is not paid).
        const items = await tx.$queryRaw<
          { applicationId: string; number: string; name: string; district: string; amount: number }[]
        >`
          SELECT pi."application_id"::text AS "applicationId", pi."number", pi."name", pi."district",
                 pi."amount_yuan" AS "amount"
          FROM "publication_items" pi JOIN "applications" a ON a."id" = pi."application_id"
          WHERE pi."publication_id" = ${pub.id}::uuid AND pi."withdrawn_at" IS NULL AND a."status" = 'approved'
          ORDER BY pi."seq"`;
        const r = proRata(
          items.map((i) => i.amount),
          Number(round.budgetYuan),
        );
        await tx.paymentList.create({
          data: {
            roundId,
            budgetYuan: BigInt(r.budgetYuan),
            approvedTotalYuan: BigInt(r.approvedTotalYuan),
            totalYuan: BigInt(r.totalYuan),
            scaled: r.scaled,
            ratio: r.ratio,
            remainderYuan: BigInt(r.remainderYuan),
            createdBy: actor,
            createdAt: clock(),
          },
        });
        await bulkInsert(
          tx,
          "payments",
          [
            { name: "id", type: "uuid" },
            { name: "round_id", type: "uuid" },
            { name: "application_id", type: "uuid" },
            { name: "seq", type: "integer" },
            { name: "number", type: "text" },
            { name: "name", type: "text" },
            { name: "district", type: "text" },
            { name: "approved_yuan", type: "integer" },
            { name: "payable_yuan", type: "integer" },
          ],
          items.map((i, k) => [
            randomUUID(),
            roundId,
            i.applicationId,
            k + 1,
            i.number,
            i.name,
            i.district,
            i.amount,
            r.payable[k]!,
          ]),
        );
        await tx.auditEntry.create({
          data: {
            actor,
            address,
            action: "round.payment_list",
            details: {
              round: roundId,
              count: items.length,
              budgetYuan: r.budgetYuan,
              approvedTotalYuan: r.approvedTotalYuan,
              totalYuan: r.totalYuan,
              scaled: r.scaled,
              ratio: r.ratio,
              remainderYuan: r.remainderYuan,
            },
            createdAt: clock(),
          },
        });
        return true;
      },
      { timeout: 60_000 },
    );
    return { created, list: await list(roundId) };
  }

  /** Records a transfer: once (a second record → 409 already_paid). */
  async function paid(
    id: string,
    body: { paidOn: string; voucher: string },
    actor: string,
    address: string | null,
  ) {
    if (body.paidOn > today())
      throw new ApiError(422, "invalid_payment", `拨付日期 ${body.paidOn} 晚于今天（${today()}）`, [
        { path: "paidOn", message: "拨付日期不能晚于今天" },
      ]);
    const result = await prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ paid: boolean }[]>`
        SELECT ("paid_on" IS NOT NULL) AS "paid" FROM "payments" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!row) throw notFound("拨付记录");
      const before = await tx.payment.findUniqueOrThrow({ where: { id } });
      if (row.paid)
        throw new ApiError(
          409,
          "already_paid",
          `${before.number} 已于 ${ymd(before.paidOn)} 拨付（凭证 ${before.voucher}），不能重复登记`,
        );
      // Money moves only after the 公示 has ended: a transfer dated earlier is a typing slip.
      const shown = await tx.publication.findUnique({
        where: { roundId: before.roundId },
        select: { endsOn: true },
      });
      const lastDay = shown ? ymd(shown.endsOn)! : null;
      if (lastDay && body.paidOn <= lastDay)
        throw new ApiError(
          422,
          "invalid_payment",
          `拨付日期 ${body.paidOn} 不晚于公示期的最后一天（${lastDay}）`,
          [{ path: "paidOn", message: "拨付日期须在公示期满之后" }],
        );
      const p = await tx.payment.update({
        where: { id },
        data: {
          paidOn: new Date(`${body.paidOn}T00:00:00Z`),
          voucher: body.voucher,
          paidBy: actor,
          paidAt: clock(),
        },
      });
      // The applicant is told in the same transaction (the outbox): the amount and the date.
      const [to] = await tx.$queryRaw<{ wechatId: string | null; miniprogramUserId: string | null }[]>`
        SELECT a."wechat_id" AS "wechatId",
               (SELECT cu."id"::text FROM "chat_users" cu
                WHERE cu."id" = a."chat_user_id" AND cu."kind" = 'miniprogram') AS "miniprogramUserId"
        FROM "applications" a WHERE a."id" = ${p.applicationId}::uuid`;
      await tx.notification.createMany({
        data: paymentNotifications(
          {
            id: p.applicationId,
            number: p.number,
            wechatId: to?.wechatId ?? null,
            miniprogramUserId: to?.miniprogramUserId ?? null,
          },
          { payableYuan: p.payableYuan, approvedYuan: p.approvedYuan, paidOn: body.paidOn, at: clock() },
        ),
      });
      await tx.auditEntry.create({
        data: {
          actor,
          address,
          action: "payment.paid",
          applicationId: p.applicationId,
          details: {
            round: p.roundId,
            number: p.number,
            payableYuan: p.payableYuan,
            paidOn: body.paidOn,
            voucher: body.voucher,
          },
          createdAt: clock(),
        },
      });
      return present(p);
    });
    deps.onNotified?.();
    return result;
  }

  /** The list as an Excel workbook for the finance office. */
  async function xlsx(roundId: string): Promise<Buffer> {
    const round = await prisma.round.findUnique({ where: { id: roundId } });
    if (!round) throw notFound("申报批次");
    const l = await list(roundId);
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("拨付清单");
    sheet.addRow([`${round.title} 拨付清单`]);
    sheet.addRow([l.note]);
    sheet.addRow([]);
    const header = sheet.addRow([
      "序号",
      "编号",
      "名称",
      "区县",
      "核定金额（元）",
      "拨付金额（元）",
      "拨付日期",
      "凭证号",
    ]);
    header.font = { bold: true };
    l.items.forEach((i, k) =>
      sheet.addRow([
        k + 1,
        i.number,
        i.name,
        i.district,
        i.approvedYuan,
        i.payableYuan,
        i.paidOn ?? "",
        i.voucher ?? "",
      ]),
    );
    sheet.addRow(["合计", "", "", "", l.approvedTotalYuan, l.totalYuan, "", ""]).font = { bold: true };
    sheet.addRow(["批次预算", "", "", "", "", l.budgetYuan, "", ""]);
    sheet.addRow(["取整余额（不拨付）", "", "", "", "", l.remainderYuan, "", ""]);
    sheet.columns.forEach((c, i) => {
      c.width = [6, 16, 36, 10, 16, 16, 12, 20][i] ?? 12;
    });
    for (const col of [5, 6]) sheet.getColumn(col).numFmt = "#,##0";
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  return { make, list, paid, xlsx };
}

export type Payments = ReturnType<typeof createPayments>;
