import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { CableStore } from '../src/store/store.js';
import { scratchDir } from './scratch.js';

/** A database each test can use: what `--db` takes, and a way to open it. */
export interface Backend {
  name: string;
  /** A fresh, empty database; returns the `--db` value that names it. */
  fresh(): Promise<string>;
  open(db: string): CableStore;
  cleanup(): Promise<void>;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async fresh() {
    return join(scratchDir('store'), 'c.db');
  },
  open: (db) => new SqliteStore(db),
  async cleanup() {},
};

/**
 * PostgreSQL from `CABLESCOPE_TEST_PG` (a URL of a role that may create databases): every fresh()
 * makes a scratch database, dropped at the end of the run.
 */
export function postgresBackend(): Backend | null {
  const admin = process.env.CABLESCOPE_TEST_PG;
  if (!admin) return null;
  const created: string[] = [];
  const withDb = (name: string) => {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    name: 'postgres',
    async fresh() {
      const name = `cablescope_t_${process.pid}_${created.length}_${Math.random().toString(36).slice(2, 8)}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      created.push(name);
      return withDb(name);
    },
    open: (db) => new PostgresStore(db),
    async cleanup() {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        for (const name of created) await dropScratch(client, name);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Drops a scratch database. A server process of another role (an autovacuum worker) may still be on it and
 * refuse to be ended: try again a few times, then leave the database behind with a warning, as it holds
 * nothing a test needs.
 */
async function dropScratch(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt >= 5) {
        console.warn(`scratch database ${name} left behind: ${(error as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** Both backends; PostgreSQL is required in CI and skipped elsewhere with a visible message. */
export function backends(): Backend[] {
  const pgBackend = postgresBackend();
  if (!pgBackend) {
    if (process.env.CI) throw new Error('CI requires CABLESCOPE_TEST_PG for the PostgreSQL store tests');
    console.warn(
      'PostgreSQL store tests SKIPPED: set CABLESCOPE_TEST_PG=postgres://user:pass@127.0.0.1/postgres',
    );
    return [sqliteBackend];
  }
  return [sqliteBackend, pgBackend];
}
