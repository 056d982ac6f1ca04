/**
 * The team server's checks before any handler runs: who is signed in (session cookie), whether
 * their role allows the route (`team/roles.ts`), and whether a write comes from the server's own
 * pages.
 *
 * Same-origin rule for every write (any method but GET/HEAD): the `Origin` header must be present
 * and name this server's host, `Sec-Fetch-Site` (when the browser sends it) must be
 * `same-origin`, and the request must carry `Content-Type: application/json` or
 * `X-Stepwise-Request: 1`. A cross-site page can send neither without a CORS preflight, which
 * this server never approves; a plain HTML form can send neither at all.
 */
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { TeamDb } from '../../team/db';
import { atLeast, requiredRole } from '../../team/roles';
import {
  DEFAULT_POLICY,
  sessionUser,
  type SessionPolicy,
  type SignedIn,
} from '../../team/sessions';
import { json, type Identity, type TreesRequest } from '../http';
import { toResponse } from './apiApp';
import { fourEyesProblem } from './fourEyes';

export const SESSION_COOKIE = 'stepwise_session';
export const REQUEST_HEADER = 'x-stepwise-request';

export interface GuardOptions {
  db: TeamDb;
  policy?: SessionPolicy;
  /** Mark cookies Secure even when the request looks like plain HTTP (behind a TLS proxy). */
  secureCookies?: boolean;
  /** Trust `X-Forwarded-Proto`/`-Host`/`-For` from a reverse proxy in front. */
  trustProxy?: boolean;
}

export function refuse(
  status: number,
  error: string,
  headers: Record<string, string> = {},
): Response {
  return toResponse(json(status, { error }, headers));
}

function ownHost(c: Context, options: GuardOptions): string | undefined {
  const forwarded = options.trustProxy ? c.req.header('x-forwarded-host') : undefined;
  return forwarded?.split(',')[0]?.trim() ?? c.req.header('host') ?? new URL(c.req.url).host;
}

/** A 403 when a write is not from this server's own pages; undefined when it is. */
export function sameOriginProblem(c: Context, options: GuardOptions): Response | undefined {
  const method = c.req.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') return undefined;
  const origin = c.req.header('origin');
  let host = '';
  try {
    host = origin === undefined ? '' : new URL(origin).host;
  } catch {
    host = '';
  }
  if (host === '' || host !== ownHost(c, options)) {
    return refuse(403, 'changes are accepted only from this server’s own pages (Origin)');
  }
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    return refuse(403, 'changes are accepted only from this server’s own pages (Sec-Fetch-Site)');
  }
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && c.req.header(REQUEST_HEADER) !== '1') {
    return refuse(403, `a change must be sent as JSON or with ${REQUEST_HEADER}: 1`);
  }
  return undefined;
}

export function isHttps(c: Context, options: GuardOptions): boolean {
  if (options.secureCookies === true) return true;
  if (options.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') {
    return true;
  }
  return new URL(c.req.url).protocol === 'https:';
}

export function setSessionCookie(c: Context, token: string, options: GuardOptions): void {
  const policy = options.policy ?? DEFAULT_POLICY;
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, options),
    maxAge: Math.floor(policy.absoluteMs / 1000),
  });
}

export function clearSessionCookie(c: Context, options: GuardOptions): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c, options) });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export async function currentUser(
  c: Context,
  options: GuardOptions,
): Promise<SignedIn | undefined> {
  return sessionUser(options.db, sessionToken(c), options.policy);
}

/** The client's address, for the lockout count. */
export function clientAddress(c: Context, options: GuardOptions): string {
  if (options.trustProxy) {
    const hops = c.req.header('x-forwarded-for')?.split(',') ?? [];
    const last = hops[hops.length - 1]?.trim();
    if (last !== undefined && last !== '') return last;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/* Body fields that name a person, by sub-route: the signed-in name replaces whatever was typed. */
const NAME_FIELD: Record<string, string> = {
  versions: 'author',
  approve: 'author',
  comments: 'author',
};

/**
 * Every typed name in a write becomes the signed-in person's: commits, approvals and comments
 * are recorded under the account, whatever the body said.
 */
export function signBody(req: TreesRequest, identity: Identity): void {
  if (req.body === undefined || req.body === '') return;
  const path = req.url.split(/[?#]/, 1)[0] ?? '';
  const [, , , , what, commentId] = path.split('/');
  if (what === undefined) return;
  const field = what === 'comments' && commentId !== undefined ? 'by' : NAME_FIELD[what];
  if (field === undefined) return;
  let value: unknown;
  try {
    value = JSON.parse(req.body);
  } catch {
    return; // the handler answers 400 with the line and column
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  req.body = JSON.stringify({ ...value, [field]: identity.name });
}

/** The guard `mountTreesApi` runs on the team server, over the trees in `dir`. */
export function treesGuard(options: GuardOptions, dir: string) {
  return async (c: Context, req: TreesRequest): Promise<Identity | Response> => {
    const user = await currentUser(c, options);
    if (user === undefined) return refuse(401, 'sign in first');
    const path = req.url.split(/[?#]/, 1)[0] ?? '';
    const least = requiredRole(path);
    if (!atLeast(user.role, least)) {
      return refuse(403, `this needs the ${least} role; you are ${user.role}`);
    }
    const notOwn = sameOriginProblem(c, options);
    if (notOwn !== undefined) return notOwn;
    const identity: Identity = { name: user.name, email: user.email, role: user.role };
    signBody(req, identity);
    const fourEyes = await fourEyesProblem(dir, req, identity);
    if (fourEyes !== undefined) return refuse(403, fourEyes);
    return identity;
  };
}
