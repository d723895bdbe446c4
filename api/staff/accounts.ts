// Staff accounts (contract §9): added, listed, disabled and enabled, unlocked, given a new password
// or another role by an admin (the CLI or the console), and checked at sign-in. Every change is
// audited with the account it touched (`detail.account`). A disabled account signs in no more; a
// disabled account, a new password and a new role all end the account's sessions at once. The last
// enabled admin can be neither disabled nor demoted, so nobody is ever locked out of managing accounts.

import { DISTRICTS } from "../../rules/index.ts";
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
  /** A district account sees only this district's applications; null: the whole city. */
  district: string | null;
  disabled: boolean;
  /** Locked by wrong passwords: until `lockedUntil`, when the lock lifts by itself. */
  locked: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

/** A refusal worded for the person who asked (the CLI prints it; the API sends it as 400/404/409). */
export class StaffAccountError extends Error {
  constructor(
    readonly code: "invalid" | "exists" | "not_found" | "last_admin",
    message: string,
  ) {
    super(message);
  }
}

/** 2–32 characters: lowercase letters, digits, `.`, `_`, `-`, starting with a letter or digit (li, wu, xu). */
export const USERNAME = /^[a-z0-9][a-z0-9_.-]{1,31}$/;
export const USERNAME_RULE = "用户名须为 2–32 位小写字母、数字或 _ . -，以字母或数字开头";
export const MIN_PASSWORD = 10;

export const normalizeUsername = (typed: string) => typed.trim().toLowerCase();

function checkRole(role: string): StaffRole {
  if (!(STAFF_ROLES as readonly string[]).includes(role))
    throw new StaffAccountError(
      "invalid",
      `角色「${role}」不对：须为 reviewer（初审）、approver（审批）或 admin（管理员）`,
    );
  return role as StaffRole;
}

function checkDistrict(district: string | null | undefined): string | null {
  if (district === undefined || district === null) return null;
  const d = district.trim();
  if (!(DISTRICTS as readonly string[]).includes(d))
    throw new StaffAccountError(
      "invalid",
      `所属区县「${district}」不是淄博市的区县，须为 ${DISTRICTS.join("、")} 之一`,
    );
  return d;
}

function checkPassword(password: string) {
  if ([...password].length < MIN_PASSWORD)
    throw new StaffAccountError("invalid", `密码至少 ${MIN_PASSWORD} 位`);
}

interface AccountRow {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  district: string | null;
  disabledAt: Date | null;
  lockedUntil: Date | null;
  createdAt: Date;
}

export function createStaffAccounts(deps: { prisma: Prisma; clock: () => Date }) {
  const { prisma, clock } = deps;
  const view = (a: AccountRow): StaffAccountView => {
    const locked = a.lockedUntil !== null && a.lockedUntil.getTime() > clock().getTime();
    return {
      username: a.username,
      name: a.name,
      role: a.role,
      district: a.district,
      disabled: a.disabledAt !== null,
      locked,
      lockedUntil: locked ? a.lockedUntil!.toISOString() : null,
      createdAt: a.createdAt.toISOString(),
    };
  };

  type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

  /** Refuses to leave no enabled admin: the admins' rows are locked so two such acts cannot cross. */
  async function keepAnAdmin(tx: Tx, account: AccountRow, what: string) {
    if (account.role !== "admin" || account.disabledAt !== null) return;
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "staff_accounts" WHERE "role" = 'admin' AND "disabled_at" IS NULL FOR UPDATE`;
    if (admins.every((a) => a.id === account.id))
      throw new StaffAccountError(
        "last_admin",
        `${account.username} 是最后一个可用的管理员账号，不能${what}：请先添加或启用另一个管理员`,
      );
  }

  /**
   * One act on one account, in one transaction with its audit entry: `change` returns the new
   * column values (or nothing to leave the row as it is) and what the audit entry adds.
   */
  async function act(
    typed: string,
    action: string,
    actor: string,
    address: string | null,
    change: (
      a: AccountRow,
      tx: Tx,
    ) => Promise<{ data?: Record<string, unknown>; endSessions?: boolean; detail?: object }>,
  ): Promise<StaffAccountView> {
    const username = normalizeUsername(typed);
    return prisma.$transaction(async (tx) => {
      const a = await tx.staffAccount.findUnique({ where: { username } });
      if (!a) throw new StaffAccountError("not_found", `没有用户名为 ${username} 的账号`);
      const { data, endSessions, detail } = await change(a, tx);
      const updated = data ? await tx.staffAccount.update({ where: { id: a.id }, data }) : a;
      if (endSessions) await tx.staffSession.deleteMany({ where: { accountId: a.id } });
      await tx.auditEntry.create({
        data: {
          actor,
          action,
          address,
          details: { account: username, username, ...detail },
          createdAt: clock(),
        },
      });
      return view(updated);
    });
  }

  async function add(
    input: { username: string; name: string; role: string; password: string; district?: string | null },
    actor: string,
    address: string | null = null,
  ): Promise<StaffAccountView> {
    const username = normalizeUsername(input.username);
    const name = input.name.trim();
    if (!USERNAME.test(username)) throw new StaffAccountError("invalid", USERNAME_RULE);
    if (name.length < 1 || name.length > 100) throw new StaffAccountError("invalid", "显示名须为 1–100 个字");
    const role = checkRole(input.role);
    const district = checkDistrict(input.district);
    checkPassword(input.password);
    const passwordHash = await hashPassword(input.password);
    const existing = await prisma.staffAccount.findUnique({ where: { username } });
    if (existing) throw new StaffAccountError("exists", `用户名 ${username} 已存在`);
    const created = await prisma.$transaction(async (tx) => {
      const a = await tx.staffAccount.create({
        data: { username, name, role, district, passwordHash, createdAt: clock() },
      });
      await tx.auditEntry.create({
        data: {
          actor,
          action: "account_added",
          address,
          details: { account: username, username, name, role, district },
          createdAt: clock(),
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

  const disable = (username: string, actor: string, address: string | null = null) =>
    act(username, "account_disabled", actor, address, async (a, tx) => {
      await keepAnAdmin(tx, a, "停用");
      return { data: { disabledAt: a.disabledAt ?? clock() }, endSessions: true };
    });

  const enable = (username: string, actor: string, address: string | null = null) =>
    act(username, "account_enabled", actor, address, async () => ({ data: { disabledAt: null } }));

  /** Lifts a lock by wrong passwords now; the failures before it no longer count. */
  const unlock = (username: string, actor: string, address: string | null = null) =>
    act(username, "account_unlocked", actor, address, async () => ({
      data: { lockedUntil: null, failuresSince: clock() },
    }));

  async function resetPassword(
    username: string,
    password: string,
    actor: string,
    address: string | null = null,
  ): Promise<StaffAccountView> {
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    return act(username, "account_password_reset", actor, address, async () => ({
      data: { passwordHash, lockedUntil: null, failuresSince: clock() },
      endSessions: true,
    }));
  }

  async function setRole(
    username: string,
    roleTyped: string,
    actor: string,
    address: string | null = null,
  ): Promise<StaffAccountView> {
    const role = checkRole(roleTyped);
    return act(username, "account_role_changed", actor, address, async (a, tx) => {
      if (role !== "admin") await keepAnAdmin(tx, a, "改为非管理员角色");
      return { data: { role }, endSessions: a.role !== role, detail: { from: a.role, role } };
    });
  }

  /** The account these credentials name, or null (unknown, disabled or wrong password: one answer). */
  async function check(username: string, password: string) {
    const a = await prisma.staffAccount.findUnique({ where: { username: normalizeUsername(username) } });
    const ok = await verifyPassword(password, a?.passwordHash ?? DUMMY_HASH);
    return a && ok && a.disabledAt === null ? a : null;
  }

  async function count(): Promise<number> {
    return prisma.staffAccount.count();
  }

  return { add, list, disable, enable, unlock, resetPassword, setRole, check, count };
}

export type StaffAccounts = ReturnType<typeof createStaffAccounts>;
