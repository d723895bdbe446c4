// Staff accounts (contract §9): added, listed and disabled by an admin (the CLI or the console),
// and checked at sign-in. Every change is audited. A disabled account signs in no more and its
// sessions end at once.

import type { Prisma } from "../db/database.ts";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./passwords.ts";

export const STAFF_ROLES = ["reviewer", "approver", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  reviewer: "初审（可查看、要求补材料）",
  approver: "审批（还可通过、驳回、重新打开）",
  admin: "管理员（还可管理账号、查看审计日志）",
};

export interface StaffAccountView {
  username: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
}

/** A refusal worded for the person who asked (the CLI prints it; the API sends it as 400/409). */
export class StaffAccountError extends Error {
  constructor(
    readonly code: "invalid" | "exists" | "not_found",
    message: string,
  ) {
    super(message);
  }
}

const USERNAME = /^[a-z0-9][a-z0-9_.-]{2,49}$/;
export const MIN_PASSWORD = 10;

export function createStaffAccounts(deps: { prisma: Prisma; clock: () => Date }) {
  const { prisma } = deps;
  const view = (a: {
    username: string;
    name: string;
    role: StaffRole;
    disabledAt: Date | null;
    createdAt: Date;
  }): StaffAccountView => ({
    username: a.username,
    name: a.name,
    role: a.role,
    disabled: a.disabledAt !== null,
    createdAt: a.createdAt.toISOString(),
  });

  async function add(
    input: { username: string; name: string; role: string; password: string },
    actor: string,
    address: string | null = null,
  ): Promise<StaffAccountView> {
    const username = input.username.trim().toLowerCase();
    const name = input.name.trim();
    if (!USERNAME.test(username))
      throw new StaffAccountError("invalid", "用户名须为 3–50 位小写字母、数字或 _ . -，以字母或数字开头");
    if (name.length < 1 || name.length > 100) throw new StaffAccountError("invalid", "显示名须为 1–100 个字");
    if (!(STAFF_ROLES as readonly string[]).includes(input.role))
      throw new StaffAccountError("invalid", "角色须为 reviewer（初审）、approver（审批）或 admin（管理员）");
    if ([...input.password].length < MIN_PASSWORD)
      throw new StaffAccountError("invalid", `密码至少 ${MIN_PASSWORD} 位`);
    const passwordHash = await hashPassword(input.password);
    const existing = await prisma.staffAccount.findUnique({ where: { username } });
    if (existing) throw new StaffAccountError("exists", `用户名 ${username} 已存在`);
    const created = await prisma.$transaction(async (tx) => {
      const a = await tx.staffAccount.create({
        data: { username, name, role: input.role as StaffRole, passwordHash, createdAt: deps.clock() },
      });
      await tx.auditEntry.create({
        data: {
          actor,
          action: "account_added",
          address,
          details: { username, name, role: input.role },
          createdAt: deps.clock(),
        },
      });
      return a;
    });
    return view(created);
  }

  async function list(): Promise<StaffAccountView[]> {
    const rows = await prisma.staffAccount.findMany({ orderBy: { createdAt: "asc" } });
    return rows.map(view);
  }

  async function disable(
    username: string,
    actor: string,
    address: string | null = null,
  ): Promise<StaffAccountView> {
    const name = username.trim().toLowerCase();
    return prisma.$transaction(async (tx) => {
      const a = await tx.staffAccount.findUnique({ where: { username: name } });
      if (!a) throw new StaffAccountError("not_found", `没有用户名为 ${name} 的账号`);
      const updated = await tx.staffAccount.update({
        where: { id: a.id },
        data: { disabledAt: a.disabledAt ?? deps.clock() },
      });
      await tx.staffSession.deleteMany({ where: { accountId: a.id } });
      await tx.auditEntry.create({
        data: {
          actor,
          action: "account_disabled",
          address,
          details: { username: name },
          createdAt: deps.clock(),
        },
      });
      return view(updated);
    });
  }

  /** The account these credentials name, or null (unknown, disabled or wrong password: one answer). */
  async function check(username: string, password: string) {
    const a = await prisma.staffAccount.findUnique({ where: { username: username.trim().toLowerCase() } });
    const ok = await verifyPassword(password, a?.passwordHash ?? DUMMY_HASH);
    return a && ok && a.disabledAt === null ? a : null;
  }

  async function count(): Promise<number> {
    return prisma.staffAccount.count();
  }

  return { add, list, disable, check, count };
}

export type StaffAccounts = ReturnType<typeof createStaffAccounts>;
