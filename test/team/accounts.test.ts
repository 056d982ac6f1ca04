/** Accounts, invitations, sign-in, lockout and sessions, on SQLite and on PostgreSQL. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  acceptInvitation,
  addAccount,
  countAccounts,
  createInvitation,
  readAudit,
  updateAccount,
  INVITE_LINK_MS,
  SETUP_LINK_MS,
} from '../../src/team/accounts';
import type { TeamDb } from '../../src/team/db';
import { hashPassword, verifyPassword } from '../../src/team/passwords';
import { DEFAULT_POLICY, sessionUser, signIn, signOut } from '../../src/team/sessions';
import { clear, OPEN_TIMEOUT, STORES, TEST_COST } from './stores';

const PASSWORD = 'correct horse battery';

describe.each(STORES)('team database on $name', (store) => {
  let db: TeamDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await store.open());
  }, OPEN_TIMEOUT);
  afterAll(() => close());
  beforeEach(() => clear(db));

  const add = (email: string, role = 'author', name = 'Dr Ann Author') =>
    addAccount(db, { email, name, role, password: PASSWORD }, 'test', TEST_COST);

  it('adds accounts once per email, refusing hostile names and emails', async () => {
    expect(await countAccounts(db)).toBe(0);
    const account = await add('Ann@Example.org');
    expect(account).toMatchObject({ email: 'ann@example.org', role: 'author', disabled: 0 });
    expect(account).not.toHaveProperty('password_hash');
    await expect(add('ann@example.org')).rejects.toMatchObject({ status: 409 });
    for (const name of ['Dr A\nApproved-by: Chief', 'Dr \u202eA', '<b>', '   ']) {
      await expect(add(`x${name.length}@example.org`, 'author', name)).rejects.toMatchObject({
        status: 400,
      });
    }
    for (const email of [
      'no-at',
      'a b@example.org',
      'a@b',
      'x<y>@example.org',
      'a@ex\u202eample.org',
    ]) {
      await expect(add(email)).rejects.toMatchObject({ status: 400 });
    }
    await expect(add('r@example.org', 'superuser')).rejects.toMatchObject({ status: 400 });
    await expect(
      addAccount(
        db,
        { email: 's@example.org', name: 'S', role: 'author', password: 'short' },
        't',
        TEST_COST,
      ),
    ).rejects.toThrow(/at least 12/);
    expect(await countAccounts(db)).toBe(1);
  });

  it('signs in, keeps a session until idle or absolute expiry, and signs out', async () => {
    await add('ann@example.org');
    const t0 = Date.now();
    const { token, user } = await signIn(
      db,
      { email: 'ann@example.org', password: PASSWORD },
      '1.2.3.4',
      DEFAULT_POLICY,
      t0,
    );
    expect(user.name).toBe('Dr Ann Author');
    expect(await sessionUser(db, token, DEFAULT_POLICY, t0 + 1000)).toMatchObject({
      email: 'ann@example.org',
    });
    // Idle: each use within the idle time keeps it; the absolute limit ends it all the same.
    let at = t0;
    while (at + DEFAULT_POLICY.idleMs / 2 < t0 + DEFAULT_POLICY.absoluteMs) {
      at += DEFAULT_POLICY.idleMs / 2;
      expect(await sessionUser(db, token, DEFAULT_POLICY, at)).toBeDefined();
    }
    expect(
      await sessionUser(db, token, DEFAULT_POLICY, t0 + DEFAULT_POLICY.absoluteMs + 1),
    ).toBeUndefined();
    const second = await signIn(
      db,
      { email: 'ann@example.org', password: PASSWORD },
      '1.2.3.4',
      DEFAULT_POLICY,
      t0,
    );
    expect(
      await sessionUser(db, second.token, DEFAULT_POLICY, t0 + DEFAULT_POLICY.idleMs + 1),
    ).toBeUndefined();
    const third = await signIn(db, { email: 'ann@example.org', password: PASSWORD }, '1.2.3.4');
    await signOut(db, third.token);
    expect(await sessionUser(db, third.token)).toBeUndefined();
  });

  it('ends every session of an account whose role changes or that is disabled', async () => {
    await add('ann@example.org');
    const a = await signIn(db, { email: 'ann@example.org', password: PASSWORD }, 'x');
    const b = await signIn(db, { email: 'ann@example.org', password: PASSWORD }, 'y');
    await updateAccount(db, 'ann@example.org', { role: 'reviewer' }, 'admin@example.org');
    expect(await sessionUser(db, a.token)).toBeUndefined();
    expect(await sessionUser(db, b.token)).toBeUndefined();
    const c = await signIn(db, { email: 'ann@example.org', password: PASSWORD }, 'x');
    expect((await sessionUser(db, c.token))?.role).toBe('reviewer');
    await updateAccount(db, 'ann@example.org', { disabled: true }, 'admin@example.org');
    expect(await sessionUser(db, c.token)).toBeUndefined();
    await expect(
      signIn(db, { email: 'ann@example.org', password: PASSWORD }, 'x'),
    ).rejects.toMatchObject({
      status: 401,
    });
  });

  it('locks an email after 5 failures for 15 minutes, even for the right password', async () => {
    await add('ann@example.org');
    const t0 = Date.now();
    const attempt = (password: string, at: number) =>
      signIn(db, { email: 'ann@example.org', password }, '5.6.7.8', DEFAULT_POLICY, at);
    for (let i = 0; i < 4; i += 1) {
      await expect(attempt('wrong password!', t0 + i)).rejects.toMatchObject({ status: 401 });
    }
    await expect(attempt('wrong password!', t0 + 4)).rejects.toMatchObject({ status: 429 });
    await expect(attempt(PASSWORD, t0 + 5)).rejects.toMatchObject({ status: 429 });
    await expect(attempt(PASSWORD, t0 + DEFAULT_POLICY.lockMs - 1000)).rejects.toMatchObject({
      status: 429,
    });
    expect((await attempt(PASSWORD, t0 + DEFAULT_POLICY.lockMs + 10)).user.email).toBe(
      'ann@example.org',
    );
    const actions = (await readAudit(db)).map((e) => e.action);
    expect(actions.filter((a) => a === 'sign-in.failed')).toHaveLength(5);
    expect(actions).toContain('sign-in.lockout');
    expect(actions).toContain('sign-in.locked');
    // An unknown email fails the same way and says nothing about which part was wrong.
    await expect(
      signIn(db, { email: 'nobody@example.org', password: PASSWORD }, '9.9.9.9'),
    ).rejects.toThrow('the email or password is not right');
  });

  it('uses an invitation once, and not after 72 hours; the setup link lasts 24 hours', async () => {
    const now = Date.now();
    const invite = await createInvitation(
      db,
      { kind: 'invite', email: 'bo@example.org', role: 'approver' },
      'admin@example.org',
      now,
    );
    expect(invite.expiresAt - now).toBe(INVITE_LINK_MS);
    const account = await acceptInvitation(
      db,
      invite.token,
      { name: 'Dr Bo', password: PASSWORD },
      TEST_COST,
      now + 1,
    );
    expect(account).toMatchObject({ email: 'bo@example.org', role: 'approver' });
    await expect(
      acceptInvitation(
        db,
        invite.token,
        { name: 'Dr Bo Again', password: PASSWORD },
        TEST_COST,
        now + 2,
      ),
    ).rejects.toMatchObject({ status: 410 });
    const late = await createInvitation(
      db,
      { kind: 'invite', email: 'cy@example.org', role: 'author' },
      'a',
      now,
    );
    await expect(
      acceptInvitation(
        db,
        late.token,
        { name: 'Cy', password: PASSWORD },
        TEST_COST,
        now + INVITE_LINK_MS,
      ),
    ).rejects.toThrow(/expired/);
    const setup = await createInvitation(db, { kind: 'setup' }, 'server', now);
    expect(setup.expiresAt - now).toBe(SETUP_LINK_MS);
    // A bad form leaves the link usable.
    await expect(
      acceptInvitation(
        db,
        setup.token,
        { email: 'adm@example.org', name: 'A\nB', password: PASSWORD },
        TEST_COST,
        now,
      ),
    ).rejects.toMatchObject({ status: 400 });
    const adminAccount = await acceptInvitation(
      db,
      setup.token,
      { email: 'adm@example.org', name: 'Ada Admin', password: PASSWORD },
      TEST_COST,
      now,
    );
    expect(adminAccount.role).toBe('admin');
    await expect(
      acceptInvitation(db, 'not-a-token', { name: 'X', password: PASSWORD }, TEST_COST),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('password hashes', () => {
  it('are salted scrypt at the default cost and verify only the right password', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'plain')).toBe(false);
  });
});
