import { TAGS } from '../lexicon/tags.js';
import { assembleRecord, DOCUMENTS_JOIN, RECORD_COLUMNS, type RecordRow } from '../store/stored-form.js';
import type { CableLink, CableView } from './answers.js';
import type { SqlReader } from './sql.js';

export type { CableLink, CableView };

const LINK = 'c.key AS key, c.id AS id, c.date AS date, c.origin AS origin, c.subject AS subject';

/** SQLite returns JSON columns as text, PostgreSQL as values. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export async function cableView(reader: SqlReader, key: string): Promise<CableView | null> {
  const [row] = await reader.select<{ key: string } & RecordRow>(
    `SELECT c.key AS key, ${RECORD_COLUMNS} FROM cables c ${DOCUMENTS_JOIN} WHERE c.key = ?`,
    [key],
  );
  if (!row) return null;
  const record = assembleRecord(row.record, row.body, row.source);
  const [ids, cites, citedBy] = await Promise.all([
    reader.select<{ local_id: string; person_id: number }>(
      'SELECT local_id, person_id FROM person_mentions WHERE cable_key = ?',
      [row.key],
    ),
    reader.select<CableLink & { ord: number }>(
      `SELECT r.ord AS ord, ${LINK} FROM refs r JOIN cables c ON c.key = r.ref_id WHERE r.cable_key = ?`,
      [row.key],
    ),
    reader.select<CableLink>(
      `SELECT DISTINCT ${LINK} FROM refs r JOIN cables c ON c.key = r.cable_key WHERE r.ref_id = ? AND r.cable_key <> ? ORDER BY c.date, c.key LIMIT 500`,
      [row.key, row.key],
    ),
  ]);
  const byOrd = new Map(cites.map(({ ord, ...link }) => [Number(ord), link]));
  return {
    key: row.key,
    record,
    personIds: Object.fromEntries(ids.map((r) => [r.local_id, Number(r.person_id)])),
    cites: record.references.map((_, i) => byOrd.get(i) ?? null),
    citedBy,
    tagMeanings: record.tags.map((code) => {
      const info = TAGS.get(code);
      return { code, meaning: info?.meaning ?? null, kind: info?.kind ?? null };
    }),
  };
}
