// Signing in to the console (contract §9): a session per browser, named in the database only by the
// SHA-256 of its cookie's value; the token a state-changing request must echo (CSRF); an idle
// timeout; and failed sign-ins throttled per account and per address, counted from the audit log so
// every API process sees the same count and a restart forgets none.

import { newToken, tokenDigest } from "./session-tokens.ts";
import type { Prisma } from "../db/database.ts";
import type { StaffAccounts, StaffRole } from "./staff-accounts.ts";

export interface SessionSettings {
  /** Minutes without a request after which a session ends. */
  idleMinutes: number;
  /** Failed sign-ins allowed per account, and per address, within `windowMinutes`. */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMinutes: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleMinutes: 30,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  windowMinutes: 15,
};

export interface SignedIn {
  username: string;
  name: string;
  role: StaffRole;
  csrfToken: string;
  sessionId: string;
}

export type SignInResult =
  | { kind: "signed_in"; cookie: string; session: SignedIn }
  | { kind: "refused" }
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

  async function failuresSince(since: Date, username: string, address: string) {
    const where = { action: "sign_in_failed", createdAt: { gte: since } };
    const [byAccount, byAddress] = await Promise.all([
      prisma.auditEntry.count({ where: { ...where, details: { path: ["username"], equals: username } } }),
      prisma.auditEntry.count({ where: { ...where, address } }),
    ]);
    return { byAccount, byAddress };
  }

  async function signIn(usernameTyped: string, password: string, address: string): Promise<SignInResult> {
    const username = usernameTyped.trim().toLowerCase().slice(0, 50);
    const now = clock();
    const since = new Date(now.getTime() - settings.windowMinutes * 60_000);
    const failures = await failuresSince(since, username, address);
    if (
      failures.byAccount >= settings.maxFailuresPerAccount ||
      failures.byAddress >= settings.maxFailuresPerAddress
    ) {
      await prisma.auditEntry.create({
        data: {
          actor: username || "（空）",
          action: "sign_in_throttled",
          address,
          details: { username },
          createdAt: now,
        },
      });
      return { kind: "throttled", retryAfterSeconds: settings.windowMinutes * 60 };
    }
    const account = await accounts.check(username, password);
    if (!account) {
      await prisma.auditEntry.create({
        data: {
          actor: username || "（空）",
          action: "sign_in_failed",
          address,
          details: { username },
          createdAt: now,
        },
      });
      return { kind: "refused" };
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
      session: { username: account.username, name: account.name, role: account.role, csrfToken, sessionId },
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
