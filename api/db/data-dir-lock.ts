// One process at a time on an embedded (PGlite) data directory: two would both write its files and
// corrupt them. A lock file holds the owner's pid; a start finds it and refuses while that process
// lives, and takes it over at once when the owner is gone (killed -9, the machine restarted).
//
// proper-lockfile was left: it judges a lock stale by its age, so after a crash the next start would
// have to wait out the stale period; a pid on the same machine is known dead at once, and an embedded
// data directory is always local.

import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export class DataDirLockedError extends Error {}

export const LOCK_FILE = "zibo-api.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}

function owner(path: string): { pid: number; host: string } | null {
  try {
    const [pid, host] = readFileSync(path, "utf8").trim().split("\n");
    return { pid: Number(pid), host: host ?? "" };
  } catch {
    return null;
  }
}

/** Takes the directory's lock, or throws DataDirLockedError naming the process that holds it. */
export function lockDataDir(dataDir: string): { release(): void } {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid}\n${hostname()}\n`);
      closeSync(fd);
      const release = () => {
        if (owner(path)?.pid === process.pid) unlinkSync(path);
      };
      process.once("exit", release);
      return {
        release() {
          process.off("exit", release);
          release();
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const held = owner(path);
    if (held && (held.host !== hostname() || alive(held.pid)))
      throw new DataDirLockedError(
        `数据目录 ${dataDir} 正被另一个进程使用（进程号 ${held.pid}${held.host !== hostname() ? `，主机 ${held.host}` : ""}）。` +
          `内置数据库同一时间只能由一个进程打开：请先停止那个进程，或为这个进程设置另一个 DATA_DIR，多进程部署请改用 DATABASE_URL（PostgreSQL）。`,
      );
    // The owner is gone: move its lock aside (only one contender can), then try again.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      unlinkSync(`${path}.stale-${process.pid}`);
    } catch {
      /* another contender moved it first */
    }
  }
  throw new DataDirLockedError(`无法取得数据目录 ${dataDir} 的锁，请稍后再试。`);
}
