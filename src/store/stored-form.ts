import { createHash } from 'node:crypto';
import type { CableRecord } from '../record.js';
import { cableKey } from './store.js';

/**
 * A record as the stores write it, prepared off the writer's thread (the ingest workers call this).
 * The JSON leaves out the body and the paragraph texts, which are stored once in the body column (a
 * paragraph's text is `body.slice(start, end)`), and the source, which has a column of its own. A record
 * whose offsets do not hold (none the parser makes) is kept whole in the JSON, with no body column.
 */
export interface PreparedCable {
  record: CableRecord;
  key: string;
  /** Hash of everything but the source: equal hashes mean the content did not change. */
  hash: string;
  json: string;
  body: string | null;
}

export function prepareCable(record: CableRecord): PreparedCable {
  const { body } = record;
  const sliced = record.paragraphs.every((p) => body.slice(p.start, p.end) === p.text);
  // Empty placeholders keep the record's key order when the texts are put back.
  const content = sliced
    ? { ...record, source: '', body: '', paragraphs: record.paragraphs.map((p) => ({ ...p, text: '' })) }
    : { ...record, source: '' };
  const json = JSON.stringify(content);
  const hash = createHash('sha256')
    .update(json)
    .update('\u0000')
    .update(sliced ? body : '')
    .digest('hex');
  return {
    record,
    key: cableKey(record),
    hash,
    json: sliced ? json : JSON.stringify(record),
    body: sliced ? body : null,
  };
}

/**
 * The record from its stored parts: the JSON (SQLite returns it as text, PostgreSQL as a value), the body
 * column (null where the JSON is whole, as in rows written before the column existed) and the source.
 */
export function assembleRecord(json: unknown, body: string | null, source: string): CableRecord {
  const record = (typeof json === 'string' ? JSON.parse(json) : json) as CableRecord;
  if (body === null) return record;
  record.body = body;
  record.source = source;
  for (const p of record.paragraphs) p.text = body.slice(p.start, p.end);
  return record;
}

/** The columns `assembleRecord` reads, from `cables` under the alias `c` joined with DOCUMENTS_JOIN. */
export const RECORD_COLUMNS = 'd.record AS record, d.body AS body, c.source AS source';
export const DOCUMENTS_JOIN = 'JOIN cable_documents d ON d.key = c.key';

export interface RecordRow {
  record: unknown;
  body: string | null;
  source: string;
}
