import { SqliteStore } from './sqlite/sqlite-store.js';
import type { CableStore } from './store.js';

export const DEFAULT_DB = './data/cablescope.db';

/** Opens the store a `--db` value names: a file path for SQLite (the default). */
export function openStore(db: string = DEFAULT_DB): CableStore {
  if (/^postgres(?:ql)?:\/\//i.test(db)) {
    throw new Error('PostgreSQL is not available yet in this version: use a SQLite file path');
  }
  return new SqliteStore(db);
}
