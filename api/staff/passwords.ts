// Passwords kept as scrypt hashes (a memory-hard function, contract §9): Node's own crypto, so no
// native addon to build. 2^15 × 8 × 128 bytes = 32 MiB and about 0.1 s per hash on this machine —
// cheap for one sign-in, costly for guessing. The stored form names its parameters, so they can be
// raised later without breaking the hashes already stored.

import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

const maxmem = (o: { N: number; r: number }) => 256 * o.N * o.r;

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P, maxmem: maxmem({ N, r: R }) });
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Whether `password` matches `stored`; false for anything malformed. Constant time in the key. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split("$");
  if (kind !== "scrypt" || !salt || !hash) return false;
  const o = { N: Number(n), r: Number(r), p: Number(p) };
  if (![o.N, o.r, o.p].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), { ...o, maxmem: maxmem(o) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** The parts of a stored hash, or null when it is not one this module could have written. */
export function hashParameters(stored: string) {
  const [kind, n, r, p, salt, hash, ...rest] = stored.split("$");
  if (kind !== "scrypt" || !salt || !hash || rest.length > 0) return null;
  const o = { N: Number(n), r: Number(r), p: Number(p) };
  if (![o.N, o.r, o.p].every((x) => Number.isInteger(x) && x > 0)) return null;
  return {
    ...o,
    saltBytes: Buffer.from(salt, "base64").length,
    keyBytes: Buffer.from(hash, "base64").length,
  };
}

/** A stored hash of nothing anyone knows, with the very parameters of a real one: verified against
 * when the account does not exist, so the answer takes as long as for a real account (no way to
 * find usernames by timing). */
export const DUMMY_HASH = [
  "scrypt",
  N,
  R,
  P,
  Buffer.alloc(16).toString("base64"),
  Buffer.alloc(KEY_LENGTH).toString("base64"),
].join("$");
