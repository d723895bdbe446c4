// The loop an outbox deliverer runs (webhook-deliverer.ts, subscribe-deliverer.ts): a round at once
// when the last one delivered something, else after `pollMs`; concurrent callers of runOnce share
// the round under way; stop waits for it to end.

export function createPollLoop(round: () => Promise<number>, pollMs: number) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  function runOnce(): Promise<number> {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    runOnce,
    start() {
      stopped = false;
      const tick = async () => {
        if (stopped) return;
        const n = await runOnce();
        if (!stopped) timer = setTimeout(() => void tick(), n > 0 ? 0 : pollMs);
      };
      timer = setTimeout(() => void tick(), 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
