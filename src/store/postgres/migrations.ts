import { type Dialect, schemaMigrations } from '../schema.js';

const dialect: Dialect = {
  boolean: 'BOOLEAN',
  json: 'JSONB',
  serialKey: 'SERIAL PRIMARY KEY',
  cableColumns: ',\n    fts TSVECTOR NOT NULL',
  cableIndexes: 'CREATE INDEX cables_fts ON cables USING GIN (fts);',
  fullText: '',
  fullTextV4: '',
  false: 'FALSE',
  clustered: '',
};

/**
 * Versioned schema of the PostgreSQL store, the same tables as the SQLite one (`schema.ts`); full text
 * is a `tsvector` column with a GIN index. `schema_version` records how many versions have been applied.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = schemaMigrations(dialect);
