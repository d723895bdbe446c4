// Conversations over HTTP (issue 11): 50 users at once, each sending the recorded conversations'
// messages one after another as fast as the API answers, on a real API process; p50 and p99 of a
// message's round trip, against the in-process core's turn (the floor: what the HTTP, the database
// and the state's load and save add is the difference).

import { handleMessage, startConversation } from "../bot/dialog.ts";
import { RECORDED_CONVERSATIONS } from "./conversations.ts";

export interface ChatHttpBenchDeps {
  startApi: (env: Record<string, string>) => Promise<{ url: string; stop: () => Promise<void> }>;
  users: number;
  /** Messages each user sends. */
  messages: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

/** The in-process core's median turn over the same messages, in ms. */
export function coreTurnMs(): number {
  const now = new Date("2026-06-01T02:00:00Z");
  const times: number[] = [];
  for (let round = 0; round < 20; round++)
    for (const c of RECORDED_CONVERSATIONS) {
      let s = startConversation({ id: "bench", now });
      for (const m of c) {
        const t = process.hrtime.bigint();
        s = handleMessage(s, m, { now }).state;
        if (round > 2) times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

export async function benchChatHttp(d: ChatHttpBenchDeps, env: Record<string, string>) {
  const token = "bench-bot-token";
  const api = await d.startApi({
    ...env,
    BOT_TOKEN: token,
    // The users here are the bench's own: no limit on how fast they type.
    CONVERSATION_BURST: "100000",
    CONVERSATION_PER_SECOND: "100000",
  });
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const times: number[] = [];
  let errors = 0;
  try {
    const user = async (n: number, record: boolean) => {
      const script = RECORDED_CONVERSATIONS[n % RECORDED_CONVERSATIONS.length]!;
      const c = (await (await fetch(`${api.url}/api/conversations`, { method: "POST", headers })).json()) as {
        id: string;
      };
      for (let i = 0; i < d.messages; i++) {
        const text = script[i % script.length]!;
        const t = process.hrtime.bigint();
        const res = await fetch(`${api.url}/api/conversations/${c.id}/messages`, {
          method: "POST",
          headers,
          body: JSON.stringify({ text }),
        });
        await res.arrayBuffer();
        if (!res.ok) errors++;
        if (record) times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    };
    await Promise.all(Array.from({ length: 5 }, (_, i) => user(i, false))); // warm up
    const started = Date.now();
    await Promise.all(Array.from({ length: d.users }, (_, i) => user(i, true)));
    const seconds = (Date.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), count: times.length, errors, seconds };
  } finally {
    await api.stop();
  }
}
