// What a wrong password is told: the refusal, and before the lock a warning of it — on the last try
// left, 「再输错 1 次将锁定 15 分钟」; on the try that locks, that it is locked — with the minutes
// the server's settings give (STAFF_LOCK_MINUTES), never typed in here.

export function refusalText(r: { remaining: number; lockMinutes: number }): string {
  const base = "用户名或密码不正确";
  if (r.remaining <= 0)
    return `${base}；密码错误次数过多，账号已锁定 ${r.lockMinutes} 分钟，请稍后再试或请管理员解除锁定`;
  if (r.remaining === 1) return `${base}；再输错 1 次将锁定 ${r.lockMinutes} 分钟`;
  return base;
}
