import type { SqlValue } from '../query/sql.js';
import type { CableStore } from './store.js';

/** Which persons to name again: those of some cables, some persons, or (neither) everyone. */
export interface NameScope {
  cableKeys?: string[];
  personIds?: number[];
}

/**
 * Gives persons the name the cables write most often for them (a full name before a bare surname, then
 * the most frequent, then the longest): one stray long form — `George Herbert Walker Bush` on a ship's
 * name — no longer renames everyone called Bush. One pass over the evidence after an ingest; after a
 * merge or an upload, only over the persons it touched.
 */
export async function refreshPersonNames(store: CableStore, scope: NameScope = {}): Promise<void> {
  const list = (n: number) => Array.from({ length: n }, () => '?').join(',');
  let where = 'EXISTS (SELECT 1 FROM person_mentions pm WHERE pm.person_id = persons.person_id)';
  let params: SqlValue[] = [];
  if (scope.personIds) {
    if (scope.personIds.length === 0) return;
    where = `person_id IN (${list(scope.personIds.length)})`;
    params = scope.personIds;
  } else if (scope.cableKeys) {
    if (scope.cableKeys.length === 0) return;
    where = `person_id IN (SELECT person_id FROM person_mentions WHERE cable_key IN (${list(scope.cableKeys.length)}))`;
    params = scope.cableKeys;
  }
  await store.writeTransaction(async (sql) => {
    await sql.run(
      `UPDATE persons SET name = (
         SELECT pm.name FROM person_mentions pm WHERE pm.person_id = persons.person_id
         GROUP BY pm.name ORDER BY (pm.name LIKE '% %') DESC, count(*) DESC, length(pm.name) DESC, pm.name LIMIT 1)
       WHERE ${where} AND EXISTS (SELECT 1 FROM person_mentions pm WHERE pm.person_id = persons.person_id)`,
      params,
    );
  });
}
