import { z } from "zod";

export const signInBody = z
  .object({
    username: z.string({ error: "请填写用户名" }).min(1, "请填写用户名").max(100, "用户名过长"),
    password: z.string({ error: "请填写密码" }).min(1, "请填写密码").max(200, "密码过长"),
  })
  .meta({ id: "SignIn" });

export const sessionView = z
  .object({
    username: z.string(),
    name: z.string(),
    role: z.enum(["reviewer", "approver", "admin"]),
    /** A district account's district: it sees only that district's applications; null: the whole city. */
    district: z.string().nullable(),
    /** Echo it in X-CSRF-Token on every state-changing request made with the session cookie. */
    csrfToken: z.string().nullable(),
  })
  .meta({ id: "Session" });
