import { z } from "zod";

const ROLES = ["reviewer", "approver", "admin"] as const;
const role = z.enum(ROLES, { error: "角色须为 reviewer（初审）、approver（审批）或 admin（管理员）" });

/** Unknown fields are refused, never dropped: a misspelt `distrct` must not make a city-wide account. */
const unknownFields = {
  error: (iss: { code?: string; keys?: string[] }) =>
    iss.code === "unrecognized_keys"
      ? `不认识的字段：${(iss.keys ?? []).join("、")}`
      : "请求体须为 JSON 对象",
};

export const staffAccountBody = z
  .strictObject(
    {
      username: z.string({ error: "请填写用户名" }).max(50),
      name: z.string({ error: "请填写显示名" }).max(100),
      role,
      password: z.string({ error: "请填写密码" }).max(200),
      /** A district account (区县账号): one of contract §5's districts; absent or null: the whole city. */
      district: z.string({ error: "district 须为淄博市的区县之一" }).max(50).nullable().optional(),
    },
    unknownFields,
  )
  .meta({ id: "StaffAccountRequest" });

export const staffPasswordBody = z
  .strictObject({ password: z.string({ error: "请填写新密码" }).max(200) }, unknownFields)
  .meta({ id: "StaffPasswordRequest" });

export const staffRoleBody = z.strictObject({ role }, unknownFields).meta({ id: "StaffRoleRequest" });

export const staffAccountView = z
  .object({
    username: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    /** The district a district account sees; null: the whole city. */
    district: z.string().nullable(),
    disabled: z.boolean(),
    /** Locked by wrong passwords until `lockedUntil`, when it lifts by itself. */
    locked: z.boolean(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "StaffAccount" });

export const staffParams = z.object({ username: z.string().max(50) });
