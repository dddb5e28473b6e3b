import { type Dialect, schemaMigrations } from '../schema.js';

const dialect: Dialect = {
  boolean: 'INTEGER',
  json: 'TEXT',
  serialKey: 'INTEGER PRIMARY KEY',
  cableColumns: '',
  cableIndexes: '',
  // Full text over subject and body; rowid is the cable's rowid.
  fullText: "CREATE VIRTUAL TABLE cable_fts USING fts5(subject, body, tokenize = 'porter unicode61');",
  // From version 4 the index keeps no copy of the text (the body column has it): contentless, with deletes.
  fullTextV4: `
  CREATE VIRTUAL TABLE cable_text USING fts5(subject, body, content = '', contentless_delete = 1,
    tokenize = 'porter unicode61');
  INSERT INTO cable_text (rowid, subject, body) SELECT rowid, subject, body FROM cable_fts;
  DROP TABLE cable_fts;
  ALTER TABLE cable_text RENAME TO cable_fts;`,
  false: '0',
  clustered: ' WITHOUT ROWID',
};

/**
 * Versioned schema of the SQLite store (`schema.ts`); `PRAGMA user_version` records how many versions
 * have been applied.
 */
export const SQLITE_MIGRATIONS: readonly string[] = schemaMigrations(dialect);
