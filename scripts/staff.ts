// npm run staff -- add USERNAME --name 显示名 --role reviewer|approver|admin --password-stdin
//                   list
//                   disable USERNAME
// Staff accounts on the same database as `npm start` (DATABASE_URL, or the embedded one in DATA_DIR,
// created and migrated if empty). The password is read from standard input, never from the command
// line (which other users of the machine can see) and never printed.

import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../api/config.ts";
import { DataDirLockedError } from "../api/db/data-dir-lock.ts";
import { DatabaseUnavailableError, openDatabase } from "../api/db/database.ts";
import { migrate, MigrationError } from "../api/db/migrate.ts";
import { readLocalChannel, type LocalChannel } from "../api/local-channel.ts";
import {
  createStaffAccounts,
  ROLE_LABELS,
  StaffAccountError,
  type StaffAccountView,
} from "../api/services/staff-accounts.ts";

const USAGE = `用法：
  npm run staff -- add 用户名 --name 显示名 --role reviewer|approver|admin --password-stdin
  npm run staff -- list
  npm run staff -- disable 用户名
密码从标准输入读取，例如：printf '%s\\n' "$密码" | npm run staff -- add zhangsan --name 张三 --role approver --password-stdin`;

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

type Values = { name?: string | undefined; role?: string | undefined };

/** The same commands, carried out by the running API (the embedded database is its while it runs). */
async function viaRunningApi(
  channel: LocalChannel,
  command: string,
  username: string | undefined,
  values: Values,
) {
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
    return json!;
  };
  if (command === "add") {
    const password = await readStdin();
    const a = (await call("POST", "/api/staff", {
      username,
      name: values.name,
      role: values.role,
      password,
    })) as unknown as StaffAccountView;
    console.log(
      `已添加账号 ${a.username}（${a.name}）：${ROLE_LABELS[a.role]}。（由正在运行的 npm start 完成）`,
    );
  } else if (command === "disable") {
    const a = (await call(
      "POST",
      `/api/staff/${encodeURIComponent(username!)}/disable`,
    )) as unknown as StaffAccountView;
    console.log(`已停用账号 ${a.username}（${a.name}），其登录状态已全部退出。`);
  } else {
    const { items } = (await call("GET", "/api/staff")) as { items: StaffAccountView[] };
    printList(items);
  }
}

function printList(list: StaffAccountView[]) {
  if (list.length === 0) console.log("还没有账号。用 npm run staff -- add … --role admin 添加第一个管理员。");
  for (const a of list)
    console.log(`${a.username}\t${a.name}\t${a.role}\t${a.disabled ? "已停用" : "正常"}\t${a.createdAt}`);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      role: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
  const [command, username] = positionals;
  if (command !== "add" && command !== "list" && command !== "disable") throw new UsageError(USAGE);
  if (command !== "list" && !username) throw new UsageError(`缺少用户名。\n${USAGE}`);
  if (command === "add" && (!values.name || !values.role || !values["password-stdin"]))
    throw new UsageError(`add 需要 --name、--role 和 --password-stdin。\n${USAGE}`);

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
  if ("token" in db) return viaRunningApi(db, command, username, values);
  try {
    await migrate(db.sql);
    const accounts = createStaffAccounts({ prisma: db.prisma, clock: () => new Date() });
    const actor = `cli:${userInfo().username}`;
    if (command === "add") {
      const password = await readStdin();
      const a = await accounts.add(
        { username: username!, name: values.name!, role: values.role!, password },
        actor,
      );
      console.log(`已添加账号 ${a.username}（${a.name}）：${ROLE_LABELS[a.role]}。`);
    } else if (command === "disable") {
      const a = await accounts.disable(username!, actor);
      console.log(`已停用账号 ${a.username}（${a.name}），其登录状态已全部退出。`);
    } else {
      printList(await accounts.list());
    }
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
