/**
 * The team server's database: accounts, sessions, invitations, sign-in failures, edit leases and
 * the audit log. One schema and one migration set (Kysely's `Migrator`) for both stores:
 * - an embedded SQLite file, `<STEPWISE_DATA>/stepwise.db` (better-sqlite3 12: 13 crashes on
 *   Node 20), the default;
 * - PostgreSQL when `DATABASE_URL` is set, so several server instances can share it.
 * Tests also run it on PGlite (PostgreSQL in WebAssembly) through the same Postgres dialect rules.
 *
 * Only column types both stores read back as JS values are used: `text`, `integer` (0/1 flags
 * and counts) and `double precision` for times in epoch milliseconds (a Postgres `bigint` would
 * come back as a string). Ids are random text, so no dialect-specific auto-increment is needed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type Dialect,
  type Migration,
} from 'kysely';
import pg from 'pg';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  /** `scrypt$…` (`passwords.ts`); null for an account that signs in another way. */
  password_hash: string | null;
  disabled: number;
  created_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the database cannot be replayed as cookies. */
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
}

export interface InvitationsTable {
  token_hash: string;
  /** `setup` (the first admin, no email yet) or `invite`. */
  kind: string;
  email: string | null;
  role: string;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface SignInFailuresTable {
  /** `email:<address>` or `ip:<address>`. */
  key: string;
  count: number;
  first_at: number;
  locked_until: number;
}

export interface LeasesTable {
  tree_id: string;
  user_id: string;
  since: number;
  heartbeat_at: number;
}

export interface AuditTable {
  id: string;
  at: number;
  /** The account's email, or `-` for an anonymous attempt. */
  actor: string;
  action: string;
  detail: string;
}

export interface TeamSchema {
  users: UsersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  sign_in_failures: SignInFailuresTable;
  leases: LeasesTable;
  audit: AuditTable;
}

export type TeamDb = Kysely<TeamSchema>;

/** Every migration, in order. Append; never edit one that has shipped. */
const migrations: Record<string, Migration> = {
  '001_accounts': {
    async up(db: Kysely<unknown>) {
      const time = 'double precision';
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', time, (c) => c.notNull())
        .addColumn('last_seen_at', time, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('invitations')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', time, (c) => c.notNull())
        .addColumn('expires_at', time, (c) => c.notNull())
        .addColumn('used_at', time)
        .execute();
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('first_at', time, (c) => c.notNull())
        .addColumn('locked_until', time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('leases')
        .addColumn('tree_id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('since', time, (c) => c.notNull())
        .addColumn('heartbeat_at', time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', time, (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_at').on('audit').column('at').execute();
    },
  },
};

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrate(db: TeamDb): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
}

export interface OpenOptions {
  /** A PostgreSQL connection string; the SQLite file is used when absent. */
  databaseUrl?: string;
  /** Folder of the SQLite file; default `./data`. */
  dataDir?: string;
  /** Any other Kysely dialect (the tests' PGlite). */
  dialect?: Dialect;
}

/** Opens (creating when needed) and migrates the database. */
export async function openTeamDb(options: OpenOptions = {}): Promise<TeamDb> {
  const db = new Kysely<TeamSchema>({ dialect: options.dialect ?? dialectOf(options) });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

function dialectOf(options: OpenOptions): Dialect {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    return new PostgresDialect({
      pool: new pg.Pool({ connectionString: options.databaseUrl, max: 10 }),
    });
  }
  const dir = resolve(options.dataDir ?? 'data');
  mkdirSync(dir, { recursive: true });
  const file = new Database(join(dir, 'stepwise.db'));
  // WAL: readers do not wait for the writer; foreign keys are off by default in SQLite.
  file.pragma('journal_mode = WAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: file });
}

/** The options `npm start` and `npm run users` take from the environment. */
export function openOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions {
  return { databaseUrl: env.DATABASE_URL, dataDir: env.STEPWISE_DATA ?? 'data' };
}
