// A round for the review tests: opened by the bureau, villages filed into it and approved, with a clock
// the test moves (Beijing dates).

import { expect } from "vitest";
import { roundBody } from "../support/rounds.ts";
import { application, STAFF, usccFor, type TestApi } from "../support/api.ts";

export const clockAt = (state: { now: Date }) => () => state.now;
export const beijing = (ymdhms: string) => new Date(`${ymdhms}+08:00`);

let n = 9_300_000 + Math.floor(Math.random() * 100_000) * 10;
export const village = (extra: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) =>
  application(
    {
      facts: { subjectType: "village", counted: true, onlineRetailYuan: 15_000_000, activeShops: 25 },
      clauses: ["village"],
      ...extra,
    },
    { uscc: usccFor(n++), name: `淄博市某某村${n}村民委员会`, ...applicant },
  );

export async function openRound(api: TestApi, over: Record<string, unknown> = {}) {
  const r = await api.call("POST", "/api/rounds", {
    token: STAFF,
    body: roundBody(over),
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
}

/** Files a village into the round and approves it for `amount` yuan (the staff token, a city admin). */
export async function approved(
  api: TestApi,
  roundId: string,
  amount: number,
  applicant: Record<string, unknown> = {},
) {
  const a = await api.call("POST", "/api/applications", {
    token: STAFF,
    body: { ...village({}, applicant), roundId },
    headers: { "idempotency-key": crypto.randomUUID() },
  });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  const d = await api.call("POST", `/api/applications/${a.body.id}/decision`, {
    token: STAFF,
    body: { decision: "approved", approvedAmountYuan: amount },
  });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
  return a.body as { id: string; number: string };
}
