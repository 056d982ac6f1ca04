/** `npm start` and `npm run users` on a temp data folder and build, port 0, 127.0.0.1 only. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIsStale, startTeamServer } from '../../src/server/team/start';

let temp: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'stepwise-start-'));
  mkdirSync(join(temp, 'dist'));
  writeFileSync(join(temp, 'dist', 'index.html'), '<!doctype html><title>Built</title>');
  env = { STEPWISE_DATA: join(temp, 'data'), STEPWISE_DIST: join(temp, 'dist') };
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const users = (args: string[], input = ''): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/users.ts', ...args], {
    env: { ...process.env, ...env, DATABASE_URL: '' },
    input,
    encoding: 'utf8',
  });

describe('npm start', () => {
  it('prints a one-time first-admin link on the first start only, and serves the build', async () => {
    const lines: string[] = [];
    const first = await startTeamServer({ port: 0, env, log: (l) => lines.push(l) });
    try {
      const link = lines.find((l) => l.includes('/team/invite.html#'))?.trim() ?? '';
      expect(link).toMatch(new RegExp(`^${first.url}/team/invite.html#[\\w-]{43}$`));
      const token = link.split('#')[1] ?? '';
      const offer = await fetch(`${first.url}/api/team/invitations/${token}`);
      expect(await offer.json()).toEqual({ kind: 'setup', email: null, role: 'admin' });
      const page = await fetch(`${first.url}/`);
      expect(await page.text()).toContain('Built');
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const created = await fetch(`${first.url}/api/team/invitations/${token}`, {
        method: 'POST',
        headers: { Origin: first.url, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'ada@example.org',
          name: 'Ada Admin',
          password: 'correct horse battery',
        }),
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('set-cookie')).toMatch(/^stepwise_session=.+HttpOnly/);
    } finally {
      await first.close();
    }
    const again: string[] = [];
    const second = await startTeamServer({ port: 0, env, log: (l) => again.push(l) });
    await second.close();
    expect(again.join('\n')).not.toMatch(/invite\.html/);
  });

  it('finds the build stale when missing or older than a source', () => {
    const dist = join(temp, 'dist');
    expect(buildIsStale(join(temp, 'nothing'))).toBe(true);
    expect(buildIsStale(dist)).toBe(false);
    utimesSync(join(dist, 'index.html'), new Date(0), new Date(0));
    expect(buildIsStale(dist)).toBe(true);
  });
});

describe('npm run users', () => {
  it('adds with a password from stdin, invites, lists, changes roles and shows the audit log', () => {
    expect(
      users(
        ['add', 'ann@example.org', '--name', 'Dr Ann', '--role', 'author'],
        'a long password\n',
      ),
    ).toBe('added ann@example.org (Dr Ann) as author\n');
    const invite = users(['invite', 'bo@example.org', '--role', 'approver']).split('\n');
    expect(invite[0]).toMatch(/\/team\/invite\.html#[\w-]{43}$/);
    expect(invite[1]).toMatch(/^valid once, until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    expect(users(['role', 'ann@example.org', 'reviewer'])).toBe(
      'ann@example.org is now reviewer\n',
    );
    expect(users(['list'])).toBe('ann@example.org\treviewer\tactive\tDr Ann\n');
    const audit = users(['audit'])
      .trim()
      .split('\n')
      .map((l) => l.split('\t').slice(1));
    expect(audit).toEqual([
      ['cli', 'account.change', 'ann@example.org: role author -> reviewer'],
      ['cli', 'invitation.invite', 'bo@example.org as approver'],
      ['cli', 'account.add', 'ann@example.org as author'],
    ]);
    expect(() =>
      users(
        ['add', 'cy@example.org', '--name', 'Cy\u202e', '--role', 'author'],
        'a long password\n',
      ),
    ).toThrow(/one line of plain text/);
  }, 180_000); // six CLI processes, each starting tsx, on a busy 2-core machine
});
