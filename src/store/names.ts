import type { CableStore } from './store.js';

/**
 * Gives every person the name the cables write most often for them (a full name before a bare surname,
 * then the most frequent, then the longest): one stray long form — `George Herbert Walker Bush` on a
 * ship's name — no longer renames everyone called Bush. One pass over the evidence, run after an ingest.
 */
export async function refreshPersonNames(store: CableStore): Promise<void> {
  await store.writeTransaction(async (sql) => {
    await sql.run(
      `UPDATE persons SET name = (
         SELECT pm.name FROM person_mentions pm WHERE pm.person_id = persons.person_id
         GROUP BY pm.name ORDER BY (pm.name LIKE '% %') DESC, count(*) DESC, length(pm.name) DESC, pm.name LIMIT 1)
       WHERE EXISTS (SELECT 1 FROM person_mentions pm WHERE pm.person_id = persons.person_id)`,
    );
  });
}
