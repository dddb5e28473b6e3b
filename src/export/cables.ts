import { matchingKeys } from '../query/search.js';
import type { SqlReader } from '../query/sql.js';
import type { CableRecord } from '../record.js';
import { assembleRecord, DOCUMENTS_JOIN, RECORD_COLUMNS, type RecordRow } from '../store/stored-form.js';

export interface StoredCable {
  key: string;
  record: CableRecord;
  /** The record's person ids → corpus person ids. */
  personIds: Map<string, number>;
}

/**
 * Every stored cable (or those a query matches) in key order, a page at a time: memory holds one page,
 * whatever the corpus size.
 */
export async function* storedCables(
  reader: SqlReader,
  q: string | null,
  page = 200,
): AsyncGenerator<StoredCable> {
  const match = q ? matchingKeys(reader, q) : null;
  let after = '';
  for (;;) {
    const rows = await reader.select<{ key: string } & RecordRow>(
      `SELECT c.key AS key, ${RECORD_COLUMNS} FROM cables c ${DOCUMENTS_JOIN} WHERE c.key > ?${match ? ` AND c.key IN (${match.sql})` : ''}
       ORDER BY c.key LIMIT ?`,
      [after, ...(match?.params ?? []), page],
    );
    if (rows.length === 0) return;
    const keys = rows.map((r) => r.key);
    const ids = await reader.select<{ cable_key: string; local_id: string; person_id: number }>(
      `SELECT cable_key, local_id, person_id FROM person_mentions WHERE cable_key IN (${keys.map(() => '?').join(',')})`,
      keys,
    );
    const byCable = new Map<string, Map<string, number>>();
    for (const r of ids) {
      const map = byCable.get(r.cable_key) ?? new Map<string, number>();
      map.set(r.local_id, Number(r.person_id));
      byCable.set(r.cable_key, map);
    }
    for (const row of rows)
      yield {
        key: row.key,
        record: assembleRecord(row.record, row.body, row.source),
        personIds: byCable.get(row.key) ?? new Map(),
      };
    after = rows[rows.length - 1]?.key ?? after;
    if (rows.length < page) return;
  }
}
