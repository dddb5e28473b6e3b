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
export const SQLITE_MIGRATIONS: readonly string[] = [
  schemaV1(dialect),
  schemaV2(dialect),
  schemaV3(dialect),
  // The full-text index keeps no copy of the text (the body column has it): contentless, with deletes.
  `${schemaV4(dialect)}
  CREATE VIRTUAL TABLE cable_text USING fts5(subject, body, content = '', contentless_delete = 1,
    tokenize = 'porter unicode61');
  INSERT INTO cable_text (rowid, subject, body) SELECT rowid, subject, body FROM cable_fts;
  DROP TABLE cable_fts;
  ALTER TABLE cable_text RENAME TO cable_fts;`,
  schemaV5(dialect, FILL_LINKS),
  schemaV6(dialect),
  schemaV7(dialect),
];
