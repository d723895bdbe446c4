// Work for one key (a WeChat talker, a conversation) one at a time, in the order it was asked for;
// different keys run side by side. A failed piece does not stop the ones queued after it.

export function createSerial() {
  const chains = new Map<string, Promise<unknown>>();
  return function serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = chains.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    chains.set(key, tail);
    void tail.then(() => {
      if (chains.get(key) === tail) chains.delete(key);
    });
    return next;
  };
}
