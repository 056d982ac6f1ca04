/**
 * The stores the team database is tested on: SQLite always; PostgreSQL when `TEST_DATABASE_URL`
 * (or `DATABASE_URL`) is set, each test in its own schema; otherwise PGlite (PostgreSQL in
 * WebAssembly), so a fresh machine still runs the Postgres path.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { openTeamDb, type TeamDb } from '../../src/team/db';
import type { HashCost } from '../../src/team/passwords';

/** Cheap hashes for tests; the real cost is checked once in passwords.test.ts. */
export const TEST_COST: HashCost = { log2N: 10, r: 8, p: 1 };

export interface Store {
  name: string;
  open: () => Promise<{ db: TeamDb; close: () => Promise<void> }>;
}

const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export const sqlite: Store = {
  name: 'SQLite',
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-team-db-'));
    const db = await openTeamDb({ dataDir: dir });
    return {
      db,
      close: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: Store =
  postgresUrl !== undefined && postgresUrl !== ''
    ? {
        name: 'PostgreSQL',
        open: async () => {
          const schema = `t_${randomBytes(6).toString('hex')}`;
          const admin = new pg.Client({ connectionString: postgresUrl });
          await admin.connect();
          await admin.query(`CREATE SCHEMA ${schema}`);
          const pool = new pg.Pool({
            connectionString: postgresUrl,
            options: `-c search_path=${schema}`,
            max: 4,
          });
          const db = await openTeamDb({ dialect: new PostgresDialect({ pool }) });
          return {
            db,
            close: async () => {
              await db.destroy();
              await admin.query(`DROP SCHEMA ${schema} CASCADE`);
              await admin.end();
            },
          };
        },
      }
    : {
        name: 'PostgreSQL (PGlite)',
        open: async () => {
          const db = await openTeamDb({ dialect: new PGliteDialect(new PGlite()) });
          return { db, close: () => db.destroy() };
        },
      };

export const STORES: Store[] = [sqlite, postgres];

/** Empties every table, children first: tests share one database per file (PGlite starts slowly). */
export async function clear(db: TeamDb): Promise<void> {
  for (const table of [
    'sessions',
    'leases',
    'invitations',
    'sign_in_failures',
    'audit',
    'users',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
}

/** PGlite's WebAssembly start takes seconds on a busy 2-core machine. */
export const OPEN_TIMEOUT = 120_000;
