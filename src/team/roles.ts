/**
 * Roles of the team server and the least role each API route needs. Pure: the server's guard
 * (`src/server/team/guard.ts`) asks `requiredRole` for every request before any handler runs.
 *
 * viewer < author < reviewer < approver < admin. A viewer reads only what is published (the
 * pathway pages), never the authoring API: drafts, versions and comments need an author.
 */
export const ROLES = ['viewer', 'author', 'reviewer', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` is `least` or above. */
export function atLeast(role: string, least: Role): boolean {
  return isRole(role) && ROLES.indexOf(role) >= ROLES.indexOf(least);
}

/**
 * The least role for a request to `/api/trees…` (path without query). Reads need an author (a
 * viewer cannot read drafts); saves, versions and comments an author; approval an approver.
 */
export function requiredRole(path: string): Role {
  const [, , , , what] = path.split('/');
  return what === 'approve' ? 'approver' : 'author';
}
