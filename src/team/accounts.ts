/**
 * Accounts, invitations and the audit log. Every change that matters to security is written to
 * the audit log in the same call. Names go through the same check as every author name
 * (`model/authorName.ts`): they become git authors.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { checkAuthorName } from '../model/authorName';
import type { TeamDb, UsersTable } from './db';
import { hashPassword, passwordProblem, type HashCost } from './passwords';
import { isRole, ROLES, type Role } from './roles';

export const SETUP_LINK_MS = 24 * 60 * 60 * 1000;
export const INVITE_LINK_MS = 72 * 60 * 60 * 1000;
const MAX_EMAIL = 254;
/* One address, no display name, no spaces, quotes, angle brackets, control or bidi characters. */
const EMAIL =
  /^[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]+@[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]+\.[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]+$/u;

/** A refusal the API shows as 400 (or the given status) and the CLI prints. */
export class TeamError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type Account = Omit<UsersTable, 'password_hash'>;

function withoutHash(user: UsersTable): Account {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    created_at: user.created_at,
  };
}

export function checkEmail(value: unknown): string {
  if (typeof value !== 'string') throw new TeamError('"email" must be text');
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL || !EMAIL.test(email)) {
    throw new TeamError('"email" must be one plain address like name@example.org');
  }
  return email;
}

export function checkName(value: unknown): string {
  const checked = checkAuthorName(value);
  if (!checked.ok) throw new TeamError(`"name": ${checked.message}`);
  return checked.name;
}

export function checkRole(value: unknown): Role {
  if (!isRole(value)) throw new TeamError(`"role" must be one of ${ROLES.join(', ')}`);
  return value;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function audit(
  db: TeamDb,
  actor: string,
  action: string,
  detail: string,
  now = Date.now(),
): Promise<void> {
  await db
    .insertInto('audit')
    .values({ id: randomUUID(), at: now, actor, action, detail })
    .execute();
}

export async function countAccounts(db: TeamDb): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewAccount {
  email: unknown;
  name: unknown;
  role: unknown;
  password: unknown;
}

/** Creates an account; 409 when the email is taken. */
export async function addAccount(
  db: TeamDb,
  input: NewAccount,
  actor: string,
  cost?: HashCost,
): Promise<Account> {
  const email = checkEmail(input.email);
  const name = checkName(input.name);
  const role = checkRole(input.role);
  const problem = passwordProblem(input.password);
  if (problem !== undefined) throw new TeamError(problem);
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (taken !== undefined) throw new TeamError(`there is already an account for ${email}`, 409);
  const account: UsersTable = {
    id: randomUUID(),
    email,
    name,
    role,
    password_hash: await hashPassword(input.password as string, cost),
    disabled: 0,
    created_at: Date.now(),
  };
  await db.insertInto('users').values(account).execute();
  await audit(db, actor, 'account.add', `${email} as ${role}`);
  return withoutHash(account);
}

export async function listAccounts(db: TeamDb): Promise<Account[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'disabled', 'created_at'])
    .orderBy('email')
    .execute();
}

/** Changes a role or disables an account; either ends all its sessions. */
export async function updateAccount(
  db: TeamDb,
  email: unknown,
  change: { role?: unknown; disabled?: unknown },
  actor: string,
): Promise<Account> {
  const address = checkEmail(email);
  const set: { role?: Role; disabled?: number } = {};
  if (change.role !== undefined) set.role = checkRole(change.role);
  if (change.disabled !== undefined) {
    if (typeof change.disabled !== 'boolean')
      throw new TeamError('"disabled" must be true or false');
    set.disabled = change.disabled ? 1 : 0;
  }
  if (Object.keys(set).length === 0) throw new TeamError('give "role" or "disabled"');
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', address)
    .executeTakeFirst();
  if (user === undefined) throw new TeamError(`there is no account for ${address}`, 404);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set(set).where('id', '=', user.id).execute();
    await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await tx.deleteFrom('leases').where('user_id', '=', user.id).execute();
  });
  const what = [
    set.role !== undefined ? `role ${user.role} -> ${set.role}` : '',
    set.disabled !== undefined ? (set.disabled ? 'disabled' : 'enabled') : '',
  ].filter((s) => s !== '');
  await audit(db, actor, 'account.change', `${address}: ${what.join(', ')}`);
  return withoutHash({ ...user, ...set });
}

/**
 * A one-time link token: `setup` creates the first admin (valid 24 h), `invite` an account with
 * the given email and role (72 h). Only its hash is stored.
 */
export async function createInvitation(
  db: TeamDb,
  input: { kind: 'setup' } | { kind: 'invite'; email: unknown; role: unknown },
  actor: string,
  now = Date.now(),
): Promise<{ token: string; expiresAt: number }> {
  const token = newToken();
  const setup = input.kind === 'setup';
  const email = setup ? null : checkEmail(input.email);
  const role = setup ? 'admin' : checkRole(input.role);
  const expiresAt = now + (setup ? SETUP_LINK_MS : INVITE_LINK_MS);
  await db
    .insertInto('invitations')
    .values({
      token_hash: tokenHash(token),
      kind: input.kind,
      email,
      role,
      created_by: setup ? null : actor,
      created_at: now,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  await audit(db, actor, `invitation.${input.kind}`, setup ? 'first admin' : `${email} as ${role}`);
  return { token, expiresAt };
}

/** What an unused, unexpired invitation offers (the page shows it before the form). */
export async function peekInvitation(
  db: TeamDb,
  token: string,
  now = Date.now(),
): Promise<{ kind: string; email: string | null; role: string }> {
  const row = await db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (row === undefined) throw new TeamError('this link is not valid', 404);
  if (row.used_at !== null) throw new TeamError('this link has already been used', 410);
  if (row.expires_at <= now) throw new TeamError('this link has expired', 410);
  return { kind: row.kind, email: row.email, role: row.role };
}

/**
 * Uses an invitation once: creates the account it offers. The `used_at` update is conditional,
 * so two uses racing (two instances on one PostgreSQL) create one account.
 */
export async function acceptInvitation(
  db: TeamDb,
  token: string,
  input: { email?: unknown; name: unknown; password: unknown },
  cost?: HashCost,
  now = Date.now(),
): Promise<Account> {
  const offer = await peekInvitation(db, token, now);
  const email = offer.email ?? checkEmail(input.email);
  const claimed = await db
    .updateTable('invitations')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash(token))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1)
    throw new TeamError('this link has already been used', 410);
  try {
    return await addAccount(
      db,
      { email, name: input.name, role: offer.role, password: input.password },
      email,
      cost,
    );
  } catch (error) {
    // Nothing was created: the link stays usable for a corrected form.
    await db
      .updateTable('invitations')
      .set({ used_at: null })
      .where('token_hash', '=', tokenHash(token))
      .execute();
    throw error;
  }
}

export interface AuditEntry {
  at: number;
  actor: string;
  action: string;
  detail: string;
}

export async function readAudit(db: TeamDb, limit = 500): Promise<AuditEntry[]> {
  return db
    .selectFrom('audit')
    .select(['at', 'actor', 'action', 'detail'])
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}
