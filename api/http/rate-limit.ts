// A token bucket per key, in this process's memory: a burst, then so many a second. A message
// beyond it is refused (429, with Retry-After) before anything is read or written.

import { ApiError } from "./errors.ts";

export interface Rate {
  burst: number;
  perSecond: number;
}

export function createRateLimiter(rate: Rate, clock: () => Date, message: string) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return function admit(key: string): void {
    const t = clock().getTime();
    const b = buckets.get(key) ?? { tokens: rate.burst, at: t };
    b.tokens = Math.min(rate.burst, b.tokens + ((t - b.at) / 1000) * rate.perSecond);
    b.at = t;
    buckets.set(key, b);
    if (b.tokens < 1) {
      const wait = Math.max(1, Math.ceil((1 - b.tokens) / rate.perSecond));
      throw new ApiError(429, "rate_limited", message, [], { "Retry-After": String(wait) });
    }
    b.tokens -= 1;
    // Full buckets are forgotten now and then, so the map does not grow with every caller ever seen.
    if (buckets.size > 50_000)
      for (const [k, v] of buckets) if (t - v.at > (rate.burst / rate.perSecond) * 1000) buckets.delete(k);
  };
}
