// Sending under WeChat's limits: about one message a second per conversation and 40 a minute in
// all (accounts that send faster get banned). Messages go out in order; the clock and the sleep are
// passed in so tests need not wait.

export interface ThrottleOptions {
  perConversationMs?: number;
  perMinute?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createThrottle(
  send: (target: string, text: string) => Promise<void>,
  o: ThrottleOptions = {},
) {
  const gap = o.perConversationMs ?? 1_100;
  const perMinute = o.perMinute ?? 40;
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const lastByTarget = new Map<string, number>();
  const window: number[] = [];
  let chain: Promise<void> = Promise.resolve();

  function waitFor(target: string): number {
    const t = now();
    while (window.length > 0 && window[0]! <= t - 60_000) window.shift();
    const byTarget = (lastByTarget.get(target) ?? -Infinity) + gap - t;
    const byMinute = window.length >= perMinute ? window[0]! + 60_000 - t : 0;
    return Math.max(0, byTarget, byMinute);
  }

  /** Queues a message; resolves once it is sent (rejects if sending fails). */
  function enqueue(target: string, text: string): Promise<void> {
    const job = chain.then(async () => {
      for (let w = waitFor(target); w > 0; w = waitFor(target)) await sleep(w);
      const t = now();
      lastByTarget.set(target, t);
      window.push(t);
      await send(target, text);
    });
    chain = job.catch(() => undefined);
    return job;
  }

  return { enqueue, idle: () => chain };
}

/** Joins one turn's replies into as few messages as fit a phone screen comfortably. */
export function joinReplies(replies: readonly string[], max = 900): string[] {
  const out: string[] = [];
  for (const r of replies) {
    const last = out.at(-1);
    if (last !== undefined && last.length + r.length + 2 <= max) out[out.length - 1] = `${last}\n\n${r}`;
    else out.push(r);
  }
  return out;
}
