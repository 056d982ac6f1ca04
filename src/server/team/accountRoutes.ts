/**
 * The team server's own API (JSON in, JSON out, errors `{ error }`):
 * - `GET    /api/session` → 200 `{ user }` or 401; `POST /api/session` `{ email, password }` →
 *   200 `{ user }` and the session cookie, 401, or 429 with `Retry-After` (policy in
 *   `team/sessions.ts`); `DELETE /api/session` → 204, cookie cleared.
 * - `GET  /api/team/invitations/:token` → 200 `{ kind, email, role }` (404/410 when used or
 *   expired); `POST` `{ email?, name, password }` → 201 `{ user }` and signed in.
 * - admin only: `GET /api/team/users`, `PATCH /api/team/users/:email` `{ role?, disabled? }`,
 *   `POST /api/team/invitations` `{ email, role }` → 201 `{ link, expiresAt }`,
 *   `GET /api/team/audit`.
 * - author and up: `GET|POST|DELETE /api/team/leases/:treeId` (edit leases; POST
 *   `{ takeOver?: true }` → 200 `{ lease }`, or 409 naming who is editing since when).
 * Every write passes the same-origin rule (`guard.ts`).
 */
import { Hono, type Context } from 'hono';
import {
  acceptInvitation,
  audit,
  createInvitation,
  listAccounts,
  peekInvitation,
  readAudit,
  TeamError,
  updateAccount,
} from '../../team/accounts';
import type { HashCost } from '../../team/passwords';
import { readLease, releaseLease, takeLease } from '../../team/leases';
import { atLeast, type Role } from '../../team/roles';
import { MAX_ID_LENGTH, TREE_ID } from '../treesApi';
import { LockedOut, signIn, signOut } from '../../team/sessions';
import {
  clearSessionCookie,
  clientAddress,
  currentUser,
  refuse,
  sameOriginProblem,
  sessionToken,
  setSessionCookie,
  type GuardOptions,
} from './guard';

export interface AccountRoutesOptions extends GuardOptions {
  cost?: HashCost;
  /** The invitation page's address with the token appended, e.g. `http://host/team/invite#`. */
  linkBase?: (c: Context) => string;
}

const MAX_BODY = 16 * 1024;

async function bodyOf(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.length > MAX_BODY) throw new TeamError(`the body is larger than ${MAX_BODY} bytes`, 413);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TeamError('the body must be JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TeamError('the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

export function accountRoutes(options: AccountRoutesOptions): Hono {
  const app = new Hono();
  const { db } = options;
  const linkBase =
    options.linkBase ?? ((c: Context) => `${new URL(c.req.url).origin}/team/invite.html#`);

  app.onError((error) => {
    if (error instanceof LockedOut) {
      return refuse(429, error.message, { 'Retry-After': String(error.retryAfterSeconds) });
    }
    if (error instanceof TeamError) return refuse(error.status, error.message);
    console.error(`[team api] ${String(error)}`);
    return refuse(500, 'the request could not be completed');
  });
  // Same origin for every write here, before anything is read or changed.
  app.use('*', async (c: Context, next) => {
    const notOwn = sameOriginProblem(c, options);
    if (notOwn !== undefined) return notOwn;
    await next();
  });
  const needs = async (c: Context, least: Role) => {
    const user = await currentUser(c, options);
    if (user === undefined) return refuse(401, 'sign in first');
    if (!atLeast(user.role, least)) {
      return refuse(403, `this needs the ${least} role; you are ${user.role}`);
    }
    return user;
  };
  const admin = (c: Context) => needs(c, 'admin');
  const treeId = (c: Context): string => {
    const id = c.req.param('id') ?? '';
    if (!TREE_ID.test(id) || id.length > MAX_ID_LENGTH) throw new TeamError('invalid tree id');
    return id;
  };

  // Edit leases (`team/leases.ts`): read, take or renew (`{ takeOver: true }` to take over), release.
  app.get('/api/team/leases/:id', async (c) => {
    const user = await needs(c, 'author');
    if (user instanceof Response) return user;
    return c.json({ lease: await readLease(db, treeId(c)) });
  });
  app.post('/api/team/leases/:id', async (c) => {
    const user = await needs(c, 'author');
    if (user instanceof Response) return user;
    const body = await bodyOf(c);
    return c.json({ lease: await takeLease(db, treeId(c), user, body.takeOver === true) });
  });
  app.delete('/api/team/leases/:id', async (c) => {
    const user = await needs(c, 'author');
    if (user instanceof Response) return user;
    await releaseLease(db, treeId(c), user.userId);
    return c.body(null, 204);
  });

  app.get('/api/session', async (c) => {
    const user = await currentUser(c, options);
    if (user === undefined) return refuse(401, 'not signed in');
    return c.json({ user: { email: user.email, name: user.name, role: user.role } });
  });
  /** Signs in, sets the cookie; the account as the pages show it. */
  const startSession = async (c: Context, email: unknown, password: unknown) => {
    const at = clientAddress(c, options);
    const { token, user } = await signIn(db, { email, password }, at, options.policy);
    setSessionCookie(c, token, options);
    return { user: { email: user.email, name: user.name, role: user.role } };
  };
  app.post('/api/session', async (c) => {
    const body = await bodyOf(c);
    return c.json(await startSession(c, body.email, body.password));
  });
  app.delete('/api/session', async (c) => {
    const user = await currentUser(c, options);
    await signOut(db, sessionToken(c));
    if (user !== undefined) await audit(db, user.email, 'sign-out', '');
    clearSessionCookie(c, options);
    return c.body(null, 204);
  });

  app.get('/api/team/invitations/:token', async (c) =>
    c.json(await peekInvitation(db, c.req.param('token'))),
  );
  app.post('/api/team/invitations/:token', async (c) => {
    const body = await bodyOf(c);
    const account = await acceptInvitation(
      db,
      c.req.param('token'),
      { email: body.email, name: body.name, password: body.password },
      options.cost,
    );
    return c.json(await startSession(c, account.email, body.password), 201);
  });

  app.get('/api/team/users', async (c) => {
    const user = await admin(c);
    if (user instanceof Response) return user;
    return c.json(await listAccounts(db));
  });
  app.patch('/api/team/users/:email', async (c) => {
    const user = await admin(c);
    if (user instanceof Response) return user;
    const body = await bodyOf(c);
    return c.json(await updateAccount(db, c.req.param('email'), body, user.email));
  });
  app.post('/api/team/invitations', async (c) => {
    const user = await admin(c);
    if (user instanceof Response) return user;
    const body = await bodyOf(c);
    const invitation = await createInvitation(
      db,
      { kind: 'invite', email: body.email, role: body.role },
      user.email,
    );
    return c.json(
      { link: `${linkBase(c)}${invitation.token}`, expiresAt: invitation.expiresAt },
      201,
    );
  });
  app.get('/api/team/audit', async (c) => {
    const user = await admin(c);
    if (user instanceof Response) return user;
    return c.json(await readAudit(db));
  });
  app.all('/api/team/*', (c) =>
    refuse(404, `no such route: ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  return app;
}
