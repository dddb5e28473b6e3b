import { createHash } from 'node:crypto';
import type { CorpusStats, CountBy } from '../query/answers.js';
import type { SqlReader, SqlValue } from '../query/sql.js';
import type { CableRecord } from '../record.js';
import type { PreparedCable } from './stored-form.js';

export type { CorpusStats, CountBy };

/** What storing one record did. */
export type PutStatus = 'inserted' | 'unchanged' | 'replaced';

export interface PutResult {
  key: string;
  status: PutStatus;
}

/**
 * The corpus store: one interface, one implementation per database. Writes take a batch of records and
 * apply it in one transaction, so a killed ingest leaves whole cables or none.
 */
export interface CableStore extends SqlReader {
  /** Stores records; a record whose content is unchanged is left alone, a changed one replaced. */
  putMany(cables: PreparedCable[]): Promise<PutResult[]>;
  /**
   * The store keeps record JSON and body compressed: an ingest then compresses them where it prepares the
   * records (its workers), not on the one thread that writes.
   */
  readonly packsDocuments: boolean;
  get(key: string): Promise<CableRecord | null>;
  /** Keys already stored with this content hash, for skipping unchanged input before parsing. */
  has(key: string, hash: string): Promise<boolean>;
  stats(): Promise<CorpusStats>;
  /**
   * Changes whenever the stored corpus may have changed (by this process or another): answers cached
   * under one version are stale under the next.
   */
  version(): Promise<string>;
  /**
   * Tidies the indexes after a large write: SQLite merges the full-text index into one segment (faster
   * searches; about 20 s at 251k cables) and updates the planner's statistics; PostgreSQL analyzes.
   */
  optimize(): Promise<void>;
  /** Runs curation writes in one transaction, serialised with ingest. */
  writeTransaction<T>(fn: (sql: SqlWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Writes with `?` placeholders inside a transaction (curation). */
export interface SqlWriter {
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  select<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** How a stored identity resolves at ingest: a removed person is dropped, a merged one becomes its target. */
export function resolvedPerson(row: {
  person_id: number;
  merged_into: number | null;
  removed: number | boolean;
}): number | null {
  if (row.removed === true || row.removed === 1) return null;
  return row.merged_into ?? row.person_id;
}

/**
 * The key a cable is stored under: its archive id; for a cable without one (a partial extract read as
 * plain text) a digest of its text, so that the same text read from another path is the same cable.
 */
export function cableKey(record: Pick<CableRecord, 'id' | 'subject' | 'body'>): string {
  if (record.id) return record.id;
  const digest = createHash('sha256')
    .update(`${record.subject ?? ''}\n${record.body}`)
    .digest('hex');
  return `text:${digest.slice(0, 24)}`;
}

/** The corpus ids of a meeting's participants (named in the record by their names). */
export function participantIds(record: CableRecord, ids: ReadonlyMap<string, number>): number[] {
  const byName = new Map(record.persons.map((p) => [p.name, p.id]));
  const out = new Set<number>();
  for (const name of record.meeting?.participants ?? []) {
    const id = ids.get(byName.get(name) ?? '');
    if (id !== undefined) out.add(id);
  }
  return [...out];
}
