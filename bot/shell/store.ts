// The bot's durable state: each conversation's state and the outbox of submissions not yet
// accepted by the API. Files under BOT_DATA_DIR, each written to a temporary name and renamed into
// place, so a crash leaves the old version or the new one, never half of one.

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ApplicationDraft, DialogState } from "../core/dialog.ts";
import { isDialogState } from "../core/state.ts";

export interface OutboxItem {
  idempotencyKey: string;
  /** The WeChat contact (or terminal user) to tell of the outcome. */
  talker: string;
  application: ApplicationDraft;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  lastError?: string;
  createdAt: number;
}

/** A notice to an applicant who could not be reached, kept here to try again later. */
export interface ParkedNotice {
  item: import("../../contract/index.ts").FeedItem;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  lastError: string;
}

export interface FeedState {
  cursor: string | null;
  /** Event ids already shown, newest last (bounded). */
  seen: string[];
  /** Applicant notices that failed, waiting for their next try (absent in older files). */
  parked?: ParkedNotice[];
}

export interface BotStore {
  loadState(talker: string): Promise<DialogState | null>;
  saveState(talker: string, state: DialogState): Promise<void>;
  putOutbox(item: OutboxItem): Promise<void>;
  removeOutbox(idempotencyKey: string): Promise<void>;
  listOutbox(): Promise<OutboxItem[]>;
  loadFeed(): Promise<FeedState>;
  saveFeed(feed: FeedState): Promise<void>;
}

const fileName = (key: string) => `${createHash("sha256").update(key).digest("hex").slice(0, 40)}.json`;

async function writeAtomic(path: string, data: unknown) {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, path);
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    if (e instanceof SyntaxError) return null; // a damaged file: start that conversation afresh
    throw e;
  }
}

export async function createFileStore(dir: string): Promise<BotStore> {
  const conversations = join(dir, "conversations");
  const outbox = join(dir, "outbox");
  await mkdir(conversations, { recursive: true });
  await mkdir(outbox, { recursive: true });
  const feedPath = join(dir, "feed.json");
  return {
    async loadState(talker) {
      const rec = await readJson<{ talker: string; state: unknown }>(join(conversations, fileName(talker)));
      return rec && rec.talker === talker && isDialogState(rec.state) ? rec.state : null;
    },
    saveState: (talker, state) => writeAtomic(join(conversations, fileName(talker)), { talker, state }),
    putOutbox: (item) => writeAtomic(join(outbox, fileName(item.idempotencyKey)), item),
    removeOutbox: (key) => rm(join(outbox, fileName(key)), { force: true }),
    async listOutbox() {
      const names = (await readdir(outbox)).filter((n) => n.endsWith(".json"));
      const items = await Promise.all(names.map((n) => readJson<OutboxItem>(join(outbox, n))));
      return items.filter((x): x is OutboxItem => x !== null).sort((a, b) => a.createdAt - b.createdAt);
    },
    async loadFeed() {
      return (await readJson<FeedState>(feedPath)) ?? { cursor: null, seen: [] };
    },
    saveFeed: (feed) => writeAtomic(feedPath, feed),
  };
}

/** The same store in memory, for tests and the terminal. */
export function createMemoryStore(): BotStore {
  const states = new Map<string, string>();
  const items = new Map<string, OutboxItem>();
  let feed: FeedState = { cursor: null, seen: [] };
  return {
    loadState: async (t) => (states.has(t) ? (JSON.parse(states.get(t)!) as DialogState) : null),
    saveState: async (t, s) => void states.set(t, JSON.stringify(s)),
    putOutbox: async (i) => void items.set(i.idempotencyKey, structuredClone(i)),
    removeOutbox: async (k) => void items.delete(k),
    listOutbox: async () => [...items.values()].map((i) => structuredClone(i)),
    loadFeed: async () => structuredClone(feed),
    saveFeed: async (f) => void (feed = structuredClone(f)),
  };
}
