/**
 * Edit leases: opening a pathway to edit takes a lease others see ("Dr X is editing since
 * 10:42"); it lapses after 10 minutes without a heartbeat; taking over another's live lease must
 * be asked for explicitly and is written to the audit log. One row per tree, so two instances on
 * one PostgreSQL agree.
 */
import { audit, TeamError } from './accounts';
import type { TeamDb } from './db';

export const LEASE_MS = 10 * 60 * 1000;

export interface Lease {
  treeId: string;
  holder: { email: string; name: string };
  since: number;
  heartbeatAt: number;
}

export async function readLease(
  db: TeamDb,
  treeId: string,
  now = Date.now(),
): Promise<Lease | null> {
  const row = await db
    .selectFrom('leases')
    .innerJoin('users', 'users.id', 'leases.user_id')
    .select(['leases.since', 'leases.heartbeat_at', 'users.email', 'users.name'])
    .where('leases.tree_id', '=', treeId)
    .executeTakeFirst();
  if (row === undefined || now - row.heartbeat_at > LEASE_MS) return null;
  return {
    treeId,
    holder: { email: row.email, name: row.name },
    since: row.since,
    heartbeatAt: row.heartbeat_at,
  };
}

/** Takes or renews the lease; 409 naming the holder when someone else holds a live one. */
export async function takeLease(
  db: TeamDb,
  treeId: string,
  user: { userId: string; email: string; name: string },
  takeOver: boolean,
  now = Date.now(),
): Promise<Lease> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('leases')
      .selectAll()
      .where('tree_id', '=', treeId)
      .executeTakeFirst();
    const live = row !== undefined && now - row.heartbeat_at <= LEASE_MS;
    const mine = row?.user_id === user.userId;
    if (live && !mine) {
      const holder = await readLease(tx, treeId, now);
      if (!takeOver) {
        const since = new Date(row.since).toISOString().slice(11, 16);
        throw new TeamError(
          `${holder?.holder.name ?? 'someone'} is editing since ${since} UTC`,
          409,
        );
      }
      await audit(
        tx,
        user.email,
        'lease.takeover',
        `${treeId} from ${holder?.holder.email ?? '?'}`,
        now,
      );
    }
    const since = live && mine ? row.since : now;
    const values = { tree_id: treeId, user_id: user.userId, since, heartbeat_at: now };
    await tx
      .insertInto('leases')
      .values(values)
      .onConflict((oc) => oc.column('tree_id').doUpdateSet(values))
      .execute();
    return { treeId, holder: { email: user.email, name: user.name }, since, heartbeatAt: now };
  });
}

export async function releaseLease(db: TeamDb, treeId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('leases')
    .where('tree_id', '=', treeId)
    .where('user_id', '=', userId)
    .execute();
}
