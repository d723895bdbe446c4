import { z } from "zod";

export const staffAccountBody = z
  .object({
    username: z.string({ error: "请填写用户名" }).max(50),
    name: z.string({ error: "请填写显示名" }).max(100),
    role: z.enum(["reviewer", "approver", "admin"], { error: "角色须为 reviewer、approver 或 admin" }),
    password: z.string({ error: "请填写密码" }).max(200),
  })
  .meta({ id: "StaffAccountRequest" });

export const staffAccountView = z
  .object({
    username: z.string(),
    name: z.string(),
    role: z.enum(["reviewer", "approver", "admin"]),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "StaffAccount" });

export const staffParams = z.object({ username: z.string().max(50) });
