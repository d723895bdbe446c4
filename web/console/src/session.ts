// Who is signed in (from GET /api/session), and what the role may do: a reviewer asks for
// materials; an approver also approves, rejects and reopens; an admin also keeps accounts and reads
// the audit. A district account sees its own district only (the API filters; the page says so).

import { reactive } from "vue";

export type Role = "reviewer" | "approver" | "admin";

export interface Me {
  username: string;
  name: string;
  role: Role;
  csrfToken: string | null;
  district?: string | null;
}

const RANK: Record<Role, number> = { reviewer: 1, approver: 2, admin: 3 };

export const session = reactive<{ me: Me | null; checked: boolean; notice: string }>({
  me: null,
  checked: false,
  notice: "",
});

/** Whether the signed-in account holds this role or a higher one. */
export const may = (role: Role): boolean => !!session.me && RANK[session.me.role] >= RANK[role];

/** Called when the API says the session is gone: the layout shows the sign-in page with a note. */
export function signedOut(notice = ""): void {
  session.me = null;
  session.notice = notice;
}
