/**
 * Sign-in, sessions and the lockout policy.
 *
 * Lockout: 5 failed sign-ins for one email within 15 minutes lock that email for 15 minutes; 50
 * from one client address lock the address the same way. While locked every attempt, right or
 * wrong, answers 429 with the seconds left, and checks no password. A success clears the email's
 * count. Every failure and lockout is in the audit log.
 *
 * Sessions: a random 256-bit token in the cookie, its SHA-256 in the database. A session ends
 * after 2 hours without a request (idle) or 12 hours after sign-in (absolute, one shift), on
 * sign-out, and for every session of an account whose role changes or that is disabled
 * (`accounts.ts` deletes them).
 */
import { audit, checkEmail, newToken, TeamError, tokenHash } from './accounts';
import type { TeamDb } from './db';
import { hashPassword, verifyPassword } from './passwords';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
  maxFailures: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
  lockMs: number;
}

export const DEFAULT_POLICY: SessionPolicy = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  maxFailures: 5,
  maxFailuresPerAddress: 50,
  failureWindowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
};

export interface SignedIn {
  userId: string;
  email: string;
  name: string;
  role: string;
}

export class LockedOut extends TeamError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `too many failed sign-ins: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      429,
    );
  }
}

/* Checked against when the email is unknown, so a wrong email takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

async function lockedFor(db: TeamDb, keys: string[], now: number): Promise<number> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .selectAll()
    .where('key', 'in', keys)
    .execute();
  const until = Math.max(0, ...rows.map((r) => r.locked_until));
  return until > now ? until - now : 0;
}

async function countFailure(
  db: TeamDb,
  key: string,
  limit: number,
  policy: SessionPolicy,
  now: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_failures')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  const fresh = row === undefined || now - row.first_at > policy.failureWindowMs;
  const count = fresh ? 1 : row.count + 1;
  const locked = count >= limit;
  const values = {
    key,
    count: locked ? 0 : count,
    first_at: fresh || locked ? now : row.first_at,
    locked_until: locked ? now + policy.lockMs : 0,
  };
  await db
    .insertInto('sign_in_failures')
    .values(values)
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
  return locked;
}

/** Checks the password and opens a session; the cookie's token. */
export async function signIn(
  db: TeamDb,
  input: { email: unknown; password: unknown },
  address: string,
  policy = DEFAULT_POLICY,
  now = Date.now(),
): Promise<{ token: string; user: SignedIn }> {
  const email = checkEmail(input.email);
  if (typeof input.password !== 'string' || input.password.length > 1024) {
    throw new TeamError('"password" must be text');
  }
  const keys = [`email:${email}`, `ip:${address}`];
  const wait = await lockedFor(db, keys, now);
  if (wait > 0) {
    await audit(db, email, 'sign-in.locked', `from ${address}`, now);
    throw new LockedOut(Math.ceil(wait / 1000));
  }
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  const stored =
    user?.password_hash ?? (await (dummyHash ??= hashPassword('not a password at all')));
  const good = (await verifyPassword(input.password, stored)) && user !== undefined;
  if (!good || user.disabled !== 0) {
    const lockedEmail = await countFailure(db, keys[0] ?? '', policy.maxFailures, policy, now);
    const lockedAddress = await countFailure(
      db,
      keys[1] ?? '',
      policy.maxFailuresPerAddress,
      policy,
      now,
    );
    await audit(db, email, 'sign-in.failed', `from ${address}${good ? ' (disabled)' : ''}`, now);
    if (lockedEmail || lockedAddress) {
      await audit(db, email, 'sign-in.lockout', `from ${address}`, now);
      throw new LockedOut(Math.ceil(policy.lockMs / 1000));
    }
    throw new TeamError('the email or password is not right', 401);
  }
  await db
    .deleteFrom('sign_in_failures')
    .where('key', '=', keys[0] ?? '')
    .execute();
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), user_id: user.id, created_at: now, last_seen_at: now })
    .execute();
  await audit(db, email, 'sign-in', `from ${address}`, now);
  return { token, user: { userId: user.id, email, name: user.name, role: user.role } };
}

/** The account behind a session token, or undefined when it has ended (and then removes it). */
export async function sessionUser(
  db: TeamDb,
  token: string | undefined,
  policy = DEFAULT_POLICY,
  now = Date.now(),
): Promise<SignedIn | undefined> {
  if (token === undefined || token === '' || token.length > 100) return undefined;
  const hash = tokenHash(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.created_at',
      'sessions.last_seen_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', hash)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const ended =
    row.disabled !== 0 ||
    now - row.last_seen_at > policy.idleMs ||
    now - row.created_at > policy.absoluteMs;
  if (ended) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return undefined;
  }
  // At most one write a minute per session for the idle clock.
  if (now - row.last_seen_at > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('token_hash', '=', hash)
      .execute();
  }
  return { userId: row.id, email: row.email, name: row.name, role: row.role };
}

export async function signOut(db: TeamDb, token: string | undefined): Promise<void> {
  if (token === undefined || token === '') return;
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}
