import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { CableStore } from './store.js';

export const DEFAULT_DB = './data/cablescope.db';

/** Opens the store a `--db` value names: `postgres://…` for PostgreSQL, else a SQLite file path. */
export function openStore(db: string = DEFAULT_DB): CableStore {
  if (/^postgres(?:ql)?:\/\//i.test(db)) return new PostgresStore(db);
  return new SqliteStore(db);
}

/** Runs `fn` with the store a `--db` value names, and closes it whatever happens. */
export async function withStore<T>(db: string, fn: (store: CableStore) => Promise<T>): Promise<T> {
  const store = openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
