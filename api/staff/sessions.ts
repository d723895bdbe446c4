// Signing in to the console (contract §9): a session per browser, named in the database only by the
// SHA-256 of its cookie's value; the token a state-changing request must echo (CSRF); an idle
// timeout; and failed sign-ins throttled per account and per address, counted from the audit log so
// every API process sees the same count and a restart forgets none. An account's fifth failure locks
// it on its row for `lockMinutes` (shown as locked, lifted by itself or by an admin's unlock).

import { newToken, tokenDigest } from "./session-tokens.ts";
import type { Prisma } from "../db/database.ts";
import type { StaffAccounts, StaffRole } from "./accounts.ts";

export interface SessionSettings {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Failed sign-ins allowed per account, and per address, within `windowMinutes`. */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMinutes: number;
  /** How long an account stays locked after too many failures (STAFF_LOCK_MINUTES). */
  lockMinutes: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleMinutes: 30,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  windowMinutes: 15,
  lockMinutes: 15,
};

export interface SignedIn {
  username: string;
  name: string;
  role: StaffRole;
  /** A district account's district (it sees only that district's applications); null: the city. */
  district: string | null;
  csrfToken: string;
  sessionId: string;
}

export type SignInResult =
  | { kind: "signed_in"; cookie: string; session: SignedIn }
  /** `remaining`: wrong passwords left before the lock (0: this one locked it); `lockMinutes`: how long a lock lasts. */
  | { kind: "refused"; remaining: number; lockMinutes: number }
  | { kind: "throttled"; retryAfterSeconds: number };

// The last-seen time is written at most this often: a busy console is not a write per request.
const TOUCH_EVERY_MS = 60_000;

export function createStaffSessions(deps: {
  prisma: Prisma;
  clock: () => Date;
  accounts: StaffAccounts;
  settings?: Partial<SessionSettings>;
}) {
  const { prisma, clock, accounts } = deps;
  const settings = { ...DEFAULT_SESSION_SETTINGS, ...deps.settings };

  /** Failures in the window, or since the account's last lock or unlock when that is later (spent before it). */
  type Since = { gte: Date } | { gt: Date };
  const sinceFor = (windowStart: Date, spentUntil: Date | null | undefined): Since =>
    spentUntil && spentUntil >= windowStart ? { gt: spentUntil } : { gte: windowStart };

  const accountFailures = (username: string, since: Since) =>
    prisma.auditEntry.count({
      where: {
        action: "sign_in_failed",
        createdAt: since,
        details: { path: ["username"], equals: username },
      },
    });

  const addressFailures = (address: string, windowStart: Date) =>
    prisma.auditEntry.count({
      where: { action: "sign_in_failed", createdAt: { gte: windowStart }, address },
    });

  const audit = (actor: string, action: string, address: string, details: object, at: Date) =>
    prisma.auditEntry.create({ data: { actor, action, address, details, createdAt: at } });

  /** A failure that makes `maxFailuresPerAccount` since the window (or the last lock) locks the account. */
  async function lockIfTooMany(
    account: { id: string; username: string },
    since: Since,
    now: Date,
    address: string,
  ) {
    if ((await accountFailures(account.username, since)) < settings.maxFailuresPerAccount) return;
    const until = new Date(now.getTime() + settings.lockMinutes * 60_000);
    await prisma.$transaction([
      prisma.staffAccount.update({
        where: { id: account.id },
        data: { lockedUntil: until, failuresSince: now },
      }),
      audit(
        account.username,
        "account_locked",
        address,
        { account: account.username, username: account.username, until: until.toISOString() },
        now,
      ),
    ]);
  }

  async function signIn(usernameTyped: string, password: string, address: string): Promise<SignInResult> {
    const username = usernameTyped.trim().toLowerCase().slice(0, 50);
    const now = clock();
    const windowStart = new Date(now.getTime() - settings.windowMinutes * 60_000);
    const known = await prisma.staffAccount.findUnique({
      where: { username },
      select: { id: true, username: true, lockedUntil: true, failuresSince: true },
    });
    const since = sinceFor(windowStart, known?.failuresSince);
    const [byAccount, byAddress] = await Promise.all([
      accountFailures(username, since),
      addressFailures(address, windowStart),
    ]);
    const lockedFor = known?.lockedUntil ? known.lockedUntil.getTime() - now.getTime() : 0;
    if (
      lockedFor > 0 ||
      // An unknown name is throttled by its count, as a known one would be locked: one answer.
      (!known && byAccount >= settings.maxFailuresPerAccount) ||
      byAddress >= settings.maxFailuresPerAddress
    ) {
      await audit(username || "（空）", "sign_in_throttled", address, { username }, now);
      const seconds = lockedFor > 0 ? Math.ceil(lockedFor / 1000) : settings.windowMinutes * 60;
      return { kind: "throttled", retryAfterSeconds: seconds };
    }
    const account = await accounts.check(username, password);
    if (!account) {
      await audit(username || "（空）", "sign_in_failed", address, { username }, now);
      if (known) await lockIfTooMany(known, since, now, address);
      // Counted alike for a name that does not exist, so the answer does not tell the two apart.
      const remaining = Math.max(0, settings.maxFailuresPerAccount - (byAccount + 1));
      return { kind: "refused", remaining, lockMinutes: settings.lockMinutes };
    }
    const cookie = newToken();
    const csrfToken = newToken();
    const sessionId = tokenDigest(cookie);
    await prisma.$transaction([
      prisma.staffSession.create({
        data: { id: sessionId, accountId: account.id, csrfToken, address, createdAt: now, lastSeenAt: now },
      }),
      prisma.auditEntry.create({
        data: { actor: account.username, action: "sign_in", address, details: {}, createdAt: now },
      }),
    ]);
    return {
      kind: "signed_in",
      cookie,
      session: {
        username: account.username,
        name: account.name,
        role: account.role,
        district: account.district,
        csrfToken,
        sessionId,
      },
    };
  }

  /** The session a cookie names, while it is in use and its account enabled; null otherwise. */
  async function resolve(cookie: string): Promise<SignedIn | null> {
    const id = tokenDigest(cookie);
    const s = await prisma.staffSession.findUnique({ where: { id }, include: { account: true } });
    if (!s || s.account.disabledAt !== null) return null;
    const now = clock();
    if (now.getTime() - s.lastSeenAt.getTime() > settings.idleMinutes * 60_000) {
      await prisma.staffSession.deleteMany({ where: { id } });
      return null;
    }
    if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS)
      await prisma.staffSession.updateMany({ where: { id }, data: { lastSeenAt: now } });
    return {
      username: s.account.username,
      name: s.account.name,
      role: s.account.role,
      district: s.account.district,
      csrfToken: s.csrfToken,
      sessionId: id,
    };
  }

  async function signOut(session: SignedIn, address: string): Promise<void> {
    await prisma.$transaction([
      prisma.staffSession.deleteMany({ where: { id: session.sessionId } }),
      prisma.auditEntry.create({
        data: { actor: session.username, action: "sign_out", address, details: {}, createdAt: clock() },
      }),
    ]);
  }

  return { signIn, resolve, signOut, settings };
}

export type StaffSessions = ReturnType<typeof createStaffSessions>;
