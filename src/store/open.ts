import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { CableStore } from './store.js';

export const DEFAULT_DB = './data/cablescope.db';

/** Opens the store a `--db` value names: `postgres://…` for PostgreSQL, else a SQLite file path. */
/**
 * Opens the store a `--db` value names. `bulk`: for a long write (an ingest), SQLite reads no pages through
 * a memory map, so that the mapped pages do not count against the process's memory.
 */
export function openStore(db: string = DEFAULT_DB, options: { bulk?: boolean } = {}): CableStore {
  if (/^postgres(?:ql)?:\/\//i.test(db)) return new PostgresStore(db);
  return new SqliteStore(db, { memoryMap: !options.bulk });
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
