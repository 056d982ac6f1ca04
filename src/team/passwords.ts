/**
 * Password hashes with scrypt (memory-hard, in node:crypto: no native add-on to build). Stored as
 * `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url), so the cost can rise later while old
 * hashes still verify. Default cost: N = 2^15, r = 8 (32 MiB per hash), as OWASP's minimum.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface HashCost {
  log2N: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: HashCost = { log2N: 15, r: 8, p: 1 };
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 1024;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: HashCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((done, fail) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => {
      if (error) fail(error);
      else done(key);
    });
  });
}

/** A problem with a new password, or undefined when it is acceptable. */
export function passwordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string') return 'the password must be text';
  if (Array.from(password.normalize('NFC')).length < MIN_PASSWORD) {
    return `the password must have at least ${MIN_PASSWORD} characters`;
  }
  if (password.length > MAX_PASSWORD) return `the password is longer than ${MAX_PASSWORD}`;
  return undefined;
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  const parts = [cost.log2N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')];
  return `scrypt$${parts.join('$')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, log2N, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const cost = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  if (![cost.log2N, cost.r, cost.p].every(Number.isInteger)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), cost);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
