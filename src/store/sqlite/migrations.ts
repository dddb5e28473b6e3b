import { type Dialect, schemaV1, schemaV2, schemaV3 } from '../schema.js';

const dialect: Dialect = {
  boolean: 'INTEGER',
  json: 'TEXT',
  serialKey: 'INTEGER PRIMARY KEY',
  cableColumns: '',
  cableIndexes: '',
  // Full text over subject and body; rowid is the cable's rowid.
  fullText: "CREATE VIRTUAL TABLE cable_fts USING fts5(subject, body, tokenize = 'porter unicode61');",
  false: '0',
};

/**
 * Versioned schema of the SQLite store. Each entry is applied once, in order, inside a transaction;
 * `PRAGMA user_version` records how many have been applied. Never edit an applied migration: add one.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [schemaV1(dialect), schemaV2(dialect), schemaV3(dialect)];
