// Idempotent submissions: a key is scoped to its caller (the token), remembered with the response
// it got, and answered again byte for byte for the same body; another body under the same key is
// refused. Concurrent requests with one key in this process share one attempt.

import { createHash } from "node:crypto";
import type { Prisma } from "../db/database.ts";
import { ApiError } from "../http/errors.ts";

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** A stable hash of a JSON value: keys sorted, so the same body in another key order is the same. */
export function hashBody(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex");
}

export function createIdempotency(prisma: Prisma) {
  /** The stored answer for this key, or null; a different body under the key is refused. */
  async function replay(scope: string, key: string, hash: string): Promise<StoredResponse | null> {
    const existing = await prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!existing) return null;
    if (existing.requestHash !== hash)
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "该 Idempotency-Key 已用于另一份不同的申报，请为新的申报使用新的 Idempotency-Key",
      );
    return {
      status: existing.responseStatus,
      body: JSON.parse(existing.responseBody) as unknown,
      replayed: true,
    };
  }

  const inFlight = new Map<string, Promise<StoredResponse>>();
  /** Runs `attempt` once per key at a time in this process; a concurrent caller gets the stored answer. */
  async function once(
    scope: string,
    key: string,
    hash: string,
    attempt: () => Promise<StoredResponse>,
  ): Promise<StoredResponse> {
    const flight = `${scope}\u0000${key}`;
    const running = inFlight.get(flight);
    if (running) {
      await running.catch(() => undefined);
      const stored = await replay(scope, key, hash);
      if (stored) return stored;
    }
    const p = attempt();
    inFlight.set(flight, p);
    try {
      return await p;
    } finally {
      if (inFlight.get(flight) === p) inFlight.delete(flight);
    }
  }

  return { replay, once };
}
