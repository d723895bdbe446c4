// While `npm start` holds an embedded DATA_DIR (one process at a time), `npm run staff` reaches the
// running API instead: the API writes its address and a fresh token to a file in DATA_DIR that only
// the same OS user can read (0600), and accepts that token as an admin's. Whoever can read the data
// directory can read the database anyway; nothing is opened to the network that was not already.

import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCAL_CHANNEL_FILE = "zibo-api.local.json";

export interface LocalChannel {
  url: string;
  token: string;
  pid: number;
}

export function newLocalToken(): string {
  return randomBytes(32).toString("base64url");
}

export function writeLocalChannel(dataDir: string, channel: LocalChannel): () => void {
  const file = join(dataDir, LOCAL_CHANNEL_FILE);
  writeFileSync(file, JSON.stringify(channel), { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** The running API's channel, when its file is there and its process alive; null otherwise. */
export function readLocalChannel(dataDir: string): LocalChannel | null {
  try {
    const c = JSON.parse(readFileSync(join(dataDir, LOCAL_CHANNEL_FILE), "utf8")) as LocalChannel;
    process.kill(c.pid, 0); // throws when no such process
    return typeof c.url === "string" && typeof c.token === "string" ? c : null;
  } catch {
    return null;
  }
}
