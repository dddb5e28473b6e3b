import { FILL_LINKS } from '../links.js';
import {
  type Dialect,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
} from '../schema.js';

const dialect: Dialect = {
  boolean: 'BOOLEAN',
  json: 'JSONB',
  serialKey: 'SERIAL PRIMARY KEY',
  cableColumns: ',\n    fts TSVECTOR NOT NULL',
  cableIndexes: 'CREATE INDEX cables_fts ON cables USING GIN (fts);',
  fullText: '',
  false: 'FALSE',
};

/**
 * Versioned schema of the PostgreSQL store, the same tables as the SQLite one; full text is a
 * `tsvector` column with a GIN index. `schema_version` records how many migrations have been applied.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  schemaV1(dialect),
  schemaV2(dialect),
  schemaV3(dialect),
  schemaV4(dialect),
  schemaV5(dialect, FILL_LINKS),
  schemaV6(dialect),
  schemaV7(dialect),
];
