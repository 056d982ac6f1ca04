/**
 * The team server's HTTP rules, through the real app on SQLite and a temp git repository: a
 * role × route matrix, the same-origin rule, cookie flags, revocation, and commits under the
 * signed-in person's name whatever name the body typed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createTeamApp } from '../../src/server/team/teamApp';
import { addAccount } from '../../src/team/accounts';
import { LEASE_MS } from '../../src/team/leases';
import type { TeamDb } from '../../src/team/db';
import { ROLES, type Role } from '../../src/team/roles';
import { tempRepo, type TempRepo } from '../gitRepo';
import { sqlite, TEST_COST } from './stores';

const BASE = 'http://team.test';
const OWN = { Origin: BASE, 'Content-Type': 'application/json' };
const ID = 'example-pathway';
const PASSWORD = 'correct horse battery';
const NAMES: Record<Role, string> = {
  viewer: 'Vi Viewer',
  author: 'Dr Ann Author',
  reviewer: 'Dr Rey Reviewer',
  approver: 'Dr Abe Approver',
  admin: 'Ada Admin',
};

let db: TeamDb;
let close: () => Promise<void>;
let repo: TempRepo;
let dist: string;
let app: Hono;
const cookies = new Map<Role, string>();

function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown } = {},
) {
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === 'string'
        ? init.body
        : JSON.stringify(init.body);
  return app.request(`${BASE}${path}`, { method, headers: init.headers, body });
}

async function signInAs(role: Role, extra: Record<string, string> = {}): Promise<Response> {
  return call('POST', '/api/session', {
    headers: { ...OWN, ...extra },
    body: { email: `${role}@example.org`, password: PASSWORD },
  });
}

function cookieOf(response: Response): string {
  const set = response.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

/** A new account, signed in: its session cookie. */
async function newSession(email: string, name: string, role: Role): Promise<string> {
  await addAccount(db, { email, name, role, password: PASSWORD }, 't', TEST_COST);
  return cookieOf(
    await call('POST', '/api/session', { headers: OWN, body: { email, password: PASSWORD } }),
  );
}

/** Every file of the trees folder and git's HEAD: what a refused request must leave alone. */
function snapshot(): string {
  const files = readdirSync(repo.dir)
    .sort()
    .map((name) => `${name}\n${readFileSync(join(repo.dir, name), 'utf8')}`);
  return `${repo.git('rev-parse', 'HEAD')}${files.join('\n')}`;
}

beforeAll(async () => {
  ({ db, close } = await sqlite.open());
  repo = tempRepo();
  dist = mkdtempSync(join(tmpdir(), 'stepwise-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Stepwise</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  app = createTeamApp({ db, contentDir: repo.dir, distDir: dist, cost: TEST_COST });
  for (const role of ROLES) {
    await addAccount(
      db,
      { email: `${role}@example.org`, name: NAMES[role], role, password: PASSWORD },
      'test',
      TEST_COST,
    );
    const response = await signInAs(role);
    expect(response.status).toBe(200);
    cookies.set(role, cookieOf(response));
  }
  await addAccount(
    db,
    { email: 'dummy@example.org', name: 'Dummy', role: 'viewer', password: PASSWORD },
    'test',
    TEST_COST,
  );
});

afterAll(async () => {
  await close();
  rmSync(repo.root, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

interface Route {
  method: string;
  path: string;
  least: Role;
  body?: () => unknown;
  headers?: Record<string, string>;
}

const tree = () =>
  JSON.parse(readFileSync(join(repo.dir, `${ID}.json`), 'utf8')) as {
    meta: { title: string } & Record<string, unknown>;
  };
/** The tree as a draft: the sign-off fields stand only on an approved tree (model/approval.ts). */
const asDraft = (t: ReturnType<typeof tree>) => {
  const meta: Record<string, unknown> = { ...t.meta, status: 'draft' };
  for (const key of ['reviewers', 'approvedOn', 'reviewDue']) delete meta[key];
  return { ...t, meta };
};
let edits = 0;
const ROUTES: Route[] = [
  { method: 'GET', path: '/api/trees', least: 'author' },
  { method: 'GET', path: `/api/trees/${ID}`, least: 'author' },
  {
    method: 'POST',
    path: `/api/trees/${ID}/approve`,
    least: 'approver',
    headers: { 'If-Match': '*' },
    body: () => ({ reviewers: ['Dr Rey Reviewer'], author: 'Forged' }),
  },
  {
    method: 'PUT',
    path: `/api/trees/${ID}`,
    least: 'author',
    headers: { 'If-Match': '*' },
    body: () => {
      const t = tree();
      edits += 1;
      t.meta.title = `Edit ${edits}`;
      return { tree: asDraft(t) };
    },
  },
  { method: 'GET', path: `/api/trees/${ID}/versions`, least: 'author' },
  {
    method: 'POST',
    path: `/api/trees/${ID}/versions`,
    least: 'author',
    body: () => ({ message: 'A version', author: 'Forged Name' }),
  },
  { method: 'GET', path: `/api/trees/${ID}/comments`, least: 'author' },
  {
    method: 'POST',
    path: `/api/trees/${ID}/comments`,
    least: 'author',
    body: () => ({ step: 'start', author: 'Forged', text: 'Why?' }),
  },
  { method: 'GET', path: '/api/team/users', least: 'admin' },
  {
    method: 'PATCH',
    path: '/api/team/users/dummy@example.org',
    least: 'admin',
    body: () => ({ role: 'viewer' }),
  },
  {
    method: 'POST',
    path: '/api/team/invitations',
    least: 'admin',
    body: () => ({ email: 'new@example.org', role: 'author' }),
  },
  { method: 'GET', path: '/api/team/audit', least: 'admin' },
];

describe('the role × route matrix', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path} needs ${route.least}`, async () => {
      const send = (role?: Role) =>
        call(route.method, route.path, {
          headers: {
            ...OWN,
            ...route.headers,
            ...(role ? { Cookie: cookies.get(role) ?? '' } : {}),
          },
          body: route.body?.(),
        });
      const before = snapshot();
      const anonymous = await send();
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: expect.any(String) as unknown });
      for (const role of ROLES) {
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(route.least);
        const response = await send(role);
        if (!allowed) {
          expect(response.status, role).toBe(403);
          expect(((await response.json()) as { error: string }).error).toMatch(
            `needs the ${route.least} role`,
          );
          expect(snapshot()).toBe(before);
        } else {
          expect([401, 403], `${role}: ${await response.clone().text()}`).not.toContain(
            response.status,
          );
          expect(response.status, role).toBeLessThan(500);
          if (route.method === 'GET') expect(response.status, role).toBe(200);
        }
      }
    });
  }

  it('records versions, comments and approvals under the signed-in account, not a typed name', () => {
    const log = repo.git('log', '--format=%an', '-n', '30').split('\n');
    expect(log).toContain(NAMES.author);
    expect(log).toContain(NAMES.approver);
    expect(log).not.toContain('Forged Name');
    expect(log).not.toContain('Forged');
    const comments = readFileSync(join(repo.dir, `${ID}.comments.json`), 'utf8');
    expect(comments).toContain(NAMES.author);
    expect(comments).not.toContain('"Forged"');
  });
});

describe('four eyes', () => {
  it('refuses an approver who changed the pathway since its last approval, not another', async () => {
    const approve = (cookie: string) =>
      call('POST', `/api/trees/${ID}/approve`, {
        headers: { ...OWN, 'If-Match': '*', Cookie: cookie },
        body: { reviewers: ['Dr Rey Reviewer'] },
      });
    const version = (role: Role, message: string) =>
      call('POST', `/api/trees/${ID}/versions`, {
        headers: { ...OWN, Cookie: cookies.get(role) ?? '' },
        body: { message },
      });
    const t = tree();
    t.meta.title = 'Changed by the approver';
    const saved = await call('PUT', `/api/trees/${ID}`, {
      headers: { ...OWN, 'If-Match': '*', Cookie: cookies.get('approver') ?? '' },
      body: { tree: asDraft(t) },
    });
    expect(saved.status).toBe(200);
    expect((await version('approver', 'My change')).status).toBe(201);
    const before = snapshot();
    const own = await approve(cookies.get('approver') ?? '');
    expect(own.status).toBe(403);
    expect(((await own.json()) as { error: string }).error).toMatch(/four eyes/);
    // Nor can anyone fake the end of the window with a version that looks like an approval.
    const fake = await version('approver', `Approve ${ID} 9.9.9 (Nobody); review due 2099-01-01`);
    expect(fake.status).toBe(403);
    expect(snapshot()).toBe(before);
    const other = await approve(await newSession('second@example.org', 'Dr Second', 'approver'));
    expect(other.status, await other.clone().text()).toBe(201);
    expect(repo.git('log', '-1', '--format=%an %s')).toMatch(/^Dr Second Approve example-pathway /);
  });
});

describe('edit leases', () => {
  it('shows who is editing, refuses a second author, lets them take over on request, and lapses', async () => {
    const lease = (role: Role, method: string, body?: unknown) =>
      call(method, `/api/team/leases/${ID}`, {
        headers: { ...OWN, Cookie: cookies.get(role) ?? '' },
        body,
      });
    const taken = await lease('author', 'POST', {});
    expect(taken.status).toBe(200);
    const seen = (await (await lease('reviewer', 'GET')).json()) as {
      lease: { holder: { name: string } };
    };
    expect(seen.lease.holder.name).toBe(NAMES.author);
    const refused = await lease('reviewer', 'POST', {});
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /^Dr Ann Author is editing since \d\d:\d\d UTC$/,
    );
    expect((await lease('viewer', 'GET')).status).toBe(403);
    const over = await lease('reviewer', 'POST', { takeOver: true });
    expect(over.status).toBe(200);
    const audit = (await (
      await call('GET', '/api/team/audit', { headers: { Cookie: cookies.get('admin') ?? '' } })
    ).json()) as { action: string; detail: string }[];
    expect(audit.find((e) => e.action === 'lease.takeover')?.detail).toBe(
      `${ID} from author@example.org`,
    );
    // Ten minutes without a heartbeat: the lease lapses and anyone may take it.
    await db
      .updateTable('leases')
      .set({ heartbeat_at: Date.now() - LEASE_MS - 1 })
      .execute();
    expect(await (await lease('author', 'GET')).json()).toEqual({ lease: null });
    expect((await lease('author', 'POST', {})).status).toBe(200);
    expect((await lease('author', 'DELETE')).status).toBe(204);
    expect(await (await lease('author', 'GET')).json()).toEqual({ lease: null });
  });
});

describe('same-origin writes', () => {
  const put = (headers: Record<string, string>) =>
    call('PUT', `/api/trees/${ID}`, {
      headers: { 'If-Match': '*', Cookie: cookies.get('author') ?? '', ...headers },
      body: { tree: tree() },
    });

  it('refuses a write without Origin, from another origin, cross-site, or as a simple form', async () => {
    const before = snapshot();
    const refused = [
      await put({ 'Content-Type': 'application/json' }),
      await put({ 'Content-Type': 'application/json', Origin: 'http://evil.test' }),
      await put({ 'Content-Type': 'application/json', Origin: 'null' }),
      await put({ ...OWN, 'Sec-Fetch-Site': 'cross-site' }),
      await put({ Origin: BASE, 'Content-Type': 'text/plain' }),
      await call('POST', '/api/session', {
        headers: { Origin: BASE, 'Content-Type': 'text/plain' },
        body: JSON.stringify({ email: 'author@example.org', password: PASSWORD }),
      }),
      await call('DELETE', '/api/session', {
        headers: { Origin: BASE, Cookie: cookies.get('author') ?? '' },
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    expect(refused.every((r) => r.headers.get('set-cookie') === null)).toBe(true);
    expect(snapshot()).toBe(before);
    expect(
      (await call('GET', '/api/session', { headers: { Cookie: cookies.get('author') ?? '' } }))
        .status,
    ).toBe(200);
  });

  it('sets an HttpOnly, SameSite=Lax cookie, Secure behind an HTTPS proxy, and signs out', async () => {
    const plain = (await signInAs('author')).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).toMatch(/Path=\//);
    expect(plain).not.toMatch(/Secure/);
    const proxied = createTeamApp({ db, contentDir: repo.dir, trustProxy: true });
    const secure = await proxied.request(`${BASE}/api/session`, {
      method: 'POST',
      headers: { ...OWN, 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({ email: 'author@example.org', password: PASSWORD }),
    });
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure/);
    const cookie = cookieOf(await signInAs('author'));
    const out = await call('DELETE', '/api/session', {
      headers: { Origin: BASE, 'X-Stepwise-Request': '1', Cookie: cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await call('GET', `/api/trees/${ID}`, { headers: { Cookie: cookie } })).status).toBe(
      401,
    );
  });

  it('ends a session when an admin changes the role, through the API', async () => {
    const cookie = await newSession('moved@example.org', 'Mo', 'author');
    expect((await call('GET', `/api/trees/${ID}`, { headers: { Cookie: cookie } })).status).toBe(
      200,
    );
    const change = await call('PATCH', '/api/team/users/moved@example.org', {
      headers: { ...OWN, Cookie: cookies.get('admin') ?? '' },
      body: { role: 'viewer' },
    });
    expect(change.status).toBe(200);
    expect((await call('GET', `/api/trees/${ID}`, { headers: { Cookie: cookie } })).status).toBe(
      401,
    );
    const audit = (await (
      await call('GET', '/api/team/audit', { headers: { Cookie: cookies.get('admin') ?? '' } })
    ).json()) as { action: string; detail: string }[];
    expect(audit.find((e) => e.action === 'account.change')?.detail).toMatch(
      'moved@example.org: role author -> viewer',
    );
  });
});

describe('sign-in over HTTP', () => {
  it('answers 401 for a wrong password, then 429 with Retry-After, and logs it', async () => {
    await addAccount(
      db,
      { email: 'lock@example.org', name: 'Lo', role: 'author', password: PASSWORD },
      't',
      TEST_COST,
    );
    const attempt = (password: string) =>
      call('POST', '/api/session', { headers: OWN, body: { email: 'lock@example.org', password } });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt('not the password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await attempt(PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('answers 400 for a body that is not a JSON object, and 404 for unknown team routes', async () => {
    expect((await call('POST', '/api/session', { headers: OWN, body: '[1]' })).status).toBe(400);
    expect((await call('POST', '/api/session', { headers: OWN, body: '{' })).status).toBe(400);
    expect((await call('GET', '/api/team/nothing')).status).toBe(404);
  });
});

describe('pages and files', () => {
  it('serves the build and the team pages with the CSP header and no inline script', async () => {
    for (const path of ['/', '/team/sign-in.html', '/team/invite.html', '/team/admin.html']) {
      const response = await call('GET', path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toMatch(/script-src 'self'/);
      expect(response.headers.get('content-security-policy'), path).toMatch(
        /frame-ancestors 'none'/,
      );
      const html = await response.text();
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], path).toEqual([]);
    }
    const script = await call('GET', '/team/team.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await call('GET', '/sw.js')).headers.get('cache-control')).toBe('no-cache');
    expect((await call('GET', '/../package.json')).status).toBe(404);
  });
});
