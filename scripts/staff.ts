// npm run staff -- add USERNAME --name 显示名 --role reviewer|approver|admin [--district 张店区] --password-stdin
//                   list
//                   disable | enable | unlock USERNAME
//                   reset-password USERNAME --password-stdin
//                   set-role USERNAME reviewer|approver|admin
// Staff accounts on the same database as `npm start` (DATABASE_URL, or the embedded one in DATA_DIR,
// created and migrated if empty; while `npm start` holds it, through the running API). A password is
// read from standard input, never from the command line (which other users of the machine can see)
// and never printed.

import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../api/config.ts";
import { DataDirLockedError } from "../api/db/data-dir-lock.ts";
import { DatabaseUnavailableError, openDatabase } from "../api/db/database.ts";
import { migrate, MigrationError } from "../api/db/migrate.ts";
import { readLocalChannel, type LocalChannel } from "../api/staff/local-channel.ts";
import {
  createStaffAccounts,
  ROLE_LABELS,
  StaffAccountError,
  type StaffAccountView,
} from "../api/staff/accounts.ts";
import { formatBeijingTime } from "../rules/index.ts";

const USAGE = `用法：
  npm run staff -- add 用户名 --name 显示名 --role reviewer|approver|admin [--district 区县] --password-stdin
  npm run staff -- list
  npm run staff -- disable 用户名          停用（其登录状态立即失效）
  npm run staff -- enable 用户名           重新启用
  npm run staff -- unlock 用户名           解除因密码错误造成的锁定
  npm run staff -- reset-password 用户名 --password-stdin
  npm run staff -- set-role 用户名 reviewer|approver|admin
用户名为 2–32 位小写字母、数字或 _ . -；--district 为区县账号（只看本区县的申报），须为淄博市的区县。
密码从标准输入读取，例如：printf '%s\\n' "$密码" | npm run staff -- add zhangsan --name 张三 --role approver --password-stdin`;

const COMMANDS = ["add", "list", "disable", "enable", "unlock", "reset-password", "set-role"] as const;
type Command = (typeof COMMANDS)[number];

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("请输入密码后按回车（不会回显到日志）：\n");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** What the commands need of the accounts: the service itself, or the running API standing in for it. */
interface Accounts {
  add(input: {
    username: string;
    name: string;
    role: string;
    password: string;
    district?: string;
  }): Promise<StaffAccountView>;
  list(): Promise<StaffAccountView[]>;
  disable(username: string): Promise<StaffAccountView>;
  enable(username: string): Promise<StaffAccountView>;
  unlock(username: string): Promise<StaffAccountView>;
  resetPassword(username: string, password: string): Promise<StaffAccountView>;
  setRole(username: string, role: string): Promise<StaffAccountView>;
}

/** The same acts, carried out by the running API (the embedded database is its while it runs). */
function viaRunningApi(channel: LocalChannel): Accounts {
  const call = async (method: string, path: string, body?: object) => {
    const res = await fetch(channel.url + path, {
      method,
      headers: {
        authorization: `Bearer ${channel.token}`,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (!res.ok)
      throw new StaffAccountError(
        "invalid",
        (json?.error as { message?: string } | undefined)?.message ?? `HTTP ${res.status}`,
      );
    return json as unknown;
  };
  const on = (username: string, verb: string, body?: object) =>
    call("POST", `/api/staff/${encodeURIComponent(username)}/${verb}`, body) as Promise<StaffAccountView>;
  return {
    add: (input) => call("POST", "/api/staff", input) as Promise<StaffAccountView>,
    list: async () => ((await call("GET", "/api/staff")) as { items: StaffAccountView[] }).items,
    disable: (u) => on(u, "disable"),
    enable: (u) => on(u, "enable"),
    unlock: (u) => on(u, "unlock"),
    resetPassword: (u, password) => on(u, "password", { password }),
    setRole: (u, role) => on(u, "role", { role }),
  };
}

function direct(accounts: ReturnType<typeof createStaffAccounts>, actor: string): Accounts {
  return {
    add: (input) => accounts.add(input, actor),
    list: () => accounts.list(),
    disable: (u) => accounts.disable(u, actor),
    enable: (u) => accounts.enable(u, actor),
    unlock: (u) => accounts.unlock(u, actor),
    resetPassword: (u, p) => accounts.resetPassword(u, p, actor),
    setRole: (u, r) => accounts.setRole(u, r, actor),
  };
}

const stateOf = (a: StaffAccountView) =>
  a.disabled ? "已停用" : a.locked ? `已锁定（至 ${formatBeijingTime(new Date(a.lockedUntil!))}）` : "正常";

function printList(list: StaffAccountView[]) {
  if (list.length === 0) console.log("还没有账号。用 npm run staff -- add … --role admin 添加第一个管理员。");
  for (const a of list)
    console.log([a.username, a.name, a.role, stateOf(a), a.district ?? "全市", a.createdAt].join("\t"));
}

async function run(
  command: Command,
  username: string | undefined,
  arg: string | undefined,
  values: Values,
  accounts: Accounts,
) {
  const u = username!;
  const who = (a: StaffAccountView) => `${a.username}（${a.name}）`;
  switch (command) {
    case "list":
      return printList(await accounts.list());
    case "add": {
      const password = await readStdin();
      const a = await accounts.add({
        username: u,
        name: values.name!,
        role: values.role!,
        password,
        ...(values.district !== undefined ? { district: values.district } : {}),
      });
      return `已添加账号 ${who(a)}：${ROLE_LABELS[a.role]}${a.district ? `，区县账号（${a.district}）` : ""}。`;
    }
    case "disable":
      return `已停用账号 ${who(await accounts.disable(u))}，其登录状态已全部退出。`;
    case "enable":
      return `已重新启用账号 ${who(await accounts.enable(u))}。`;
    case "unlock":
      return `已解除账号 ${who(await accounts.unlock(u))}的锁定，现在可以登录。`;
    case "reset-password": {
      const a = await accounts.resetPassword(u, await readStdin());
      return `已重设账号 ${who(a)}的密码，其登录状态已全部退出。`;
    }
    case "set-role": {
      const a = await accounts.setRole(u, arg!);
      return `账号 ${who(a)} 的角色现在是：${ROLE_LABELS[a.role]}。其登录状态已全部退出。`;
    }
  }
}

type Values = { name?: string | undefined; role?: string | undefined; district?: string | undefined };

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      role: { type: "string" },
      district: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
  const [typed, username, arg] = positionals;
  if (!(COMMANDS as readonly string[]).includes(typed ?? "")) throw new UsageError(USAGE);
  const command = typed as Command;
  if (command !== "list" && !username) throw new UsageError(`缺少用户名。\n${USAGE}`);
  if (command === "add" && (!values.name || !values.role || !values["password-stdin"]))
    throw new UsageError(`add 需要 --name、--role 和 --password-stdin。\n${USAGE}`);
  if (command === "reset-password" && !values["password-stdin"])
    throw new UsageError(`reset-password 需要 --password-stdin（新密码从标准输入读取）。\n${USAGE}`);
  if (command === "set-role" && !arg)
    throw new UsageError(`set-role 需要新角色：reviewer、approver 或 admin。\n${USAGE}`);

  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
  }).catch((e: unknown) => {
    // `npm start` holds the embedded database: ask it instead, through its local channel.
    const channel = e instanceof DataDirLockedError ? readLocalChannel(config.DATA_DIR) : null;
    if (!channel) throw e;
    return channel;
  });
  if ("token" in db) {
    const said = await run(command, username, arg, values, viaRunningApi(db));
    if (said) console.log(`${said}（由正在运行的 npm start 完成）`);
    return;
  }
  try {
    await migrate(db.sql);
    const accounts = createStaffAccounts({ prisma: db.prisma, clock: () => new Date() });
    const said = await run(command, username, arg, values, direct(accounts, `cli:${userInfo().username}`));
    if (said) console.log(said);
  } finally {
    await db.close();
  }
}

try {
  await main();
} catch (e) {
  if (
    e instanceof UsageError ||
    e instanceof StaffAccountError ||
    e instanceof ConfigError ||
    e instanceof MigrationError ||
    e instanceof DataDirLockedError ||
    e instanceof DatabaseUnavailableError
  ) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  if ((e as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  throw e;
}
