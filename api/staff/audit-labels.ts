// The audit log's actions in Chinese, as staff read them in the console and in an export.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  sign_in: "登录",
  sign_in_failed: "登录失败",
  sign_in_throttled: "登录被暂停（失败次数过多）",
  sign_out: "退出登录",
  account_added: "添加账号",
  account_disabled: "停用账号",
  account_enabled: "启用账号",
  account_unlocked: "解除锁定",
  account_locked: "账号被锁定（密码错误次数过多）",
  account_password_reset: "重设密码",
  account_role_changed: "更改角色",
  export: "导出",
  "application.submitted": "提交申报",
  "application.approved": "通过",
  "application.rejected": "驳回",
  "application.needs_more_info": "要求补材料",
  "application.reopened": "重新打开",
  "application.district_passed": "区县初审通过",
  "material.uploaded": "上传材料",
  "matching.imported": "导入纳统数据",
  "matching.invited": "发送申报邀请",
  "matching.called": "电话联系",
  "round.created": "新建申报批次",
  "round.changed": "修改申报批次",
  "round.published": "公示拟奖励名单",
  "objection.answered": "答复公示异议",
  "publication.withdrawn": "撤出公示名单",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
