import { recountLinks } from './links.js';
import { refreshPersonNames } from './names.js';
import type { CableStore, SqlWriter } from './store.js';

/** A curation that cannot be applied (unknown person, merging a person into itself …). */
export class CurationError extends Error {}

interface PersonRow {
  person_id: number;
  name: string;
  name_key: string;
  affiliation: string;
  merged_into: number | null;
  removed: number | boolean;
}

async function live(sql: SqlWriter, id: number): Promise<PersonRow> {
  const [row] = await sql.select<PersonRow>(
    'SELECT person_id, name, name_key, affiliation, merged_into, removed FROM persons WHERE person_id = ?',
    [id],
  );
  if (!row) throw new CurationError(`no person ${id}`);
  if (row.removed === true || row.removed === 1) throw new CurationError(`person ${id} was removed`);
  if (row.merged_into !== null) throw new CurationError(`person ${id} was merged into ${row.merged_into}`);
  return row;
}

async function record(
  sql: SqlWriter,
  action: string,
  row: PersonRow,
  into: number | null,
  note: string | null,
) {
  await sql.run(
    `INSERT INTO person_curation (action, person_id, into_id, name, name_key, affiliation, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [action, row.person_id, into, row.name, row.name_key, row.affiliation, note, new Date().toISOString()],
  );
}

/**
 * Merges person `from` into person `into` (the extractor split one person: `John Doe`, `J. Doe`). Every
 * mention, statement and meeting moves to `into`; `from` keeps its row, marked as merged, so that a
 * re-ingest that finds `from` again files it under `into`. The change is logged with its note.
 */
export async function mergePersons(
  store: CableStore,
  into: number,
  from: number,
  note: string | null = null,
) {
  if (into === from) throw new CurationError('a person cannot be merged into itself');
  return store
    .writeTransaction(async (sql) => {
      await live(sql, into); // the person kept must exist and not be merged or removed itself
      const source = await live(sql, from);
      await sql.run('UPDATE persons SET merged_into = ? WHERE person_id = ? OR merged_into = ?', [
        into,
        from,
        from,
      ]);
      await sql.run('UPDATE person_mentions SET person_id = ? WHERE person_id = ?', [into, from]);
      await sql.run('UPDATE statements SET speaker_person_id = ? WHERE speaker_person_id = ?', [into, from]);
      await sql.run('UPDATE statements SET addressee_person_id = ? WHERE addressee_person_id = ?', [
        into,
        from,
      ]);
      await sql.run(
        `INSERT INTO meeting_participants (cable_key, person_id)
       SELECT cable_key, ? FROM meeting_participants m WHERE m.person_id = ?
         AND NOT EXISTS (SELECT 1 FROM meeting_participants o WHERE o.cable_key = m.cable_key AND o.person_id = ?)`,
        [into, from, into],
      );
      await sql.run('DELETE FROM meeting_participants WHERE person_id = ?', [from]);
      for (const step of recountLinks([into, from])) await sql.run(step.sql, step.params);
      await record(sql, 'merge', source, into, note);
      return { into, from };
    })
    .then(async (done) => {
      // The merged person's name is chosen again from all the evidence it now has.
      await refreshPersonNames(store, { personIds: [into] });
      return done;
    });
}

/**
 * Removes a false person (a capitalised phrase read as a name): its evidence rows go, statements keep
 * their speaker's words but no person, and a re-ingest that finds it again leaves it out.
 */
export async function removePerson(store: CableStore, id: number, note: string | null = null) {
  return store.writeTransaction(async (sql) => {
    const row = await live(sql, id);
    const removed = store.dialect === 'postgres' ? 'TRUE' : '1';
    await sql.run(`UPDATE persons SET removed = ${removed} WHERE person_id = ? OR merged_into = ?`, [id, id]);
    await sql.run('DELETE FROM person_mentions WHERE person_id = ?', [id]);
    await sql.run('UPDATE statements SET speaker_person_id = NULL WHERE speaker_person_id = ?', [id]);
    await sql.run('UPDATE statements SET addressee_person_id = NULL WHERE addressee_person_id = ?', [id]);
    await sql.run('DELETE FROM meeting_participants WHERE person_id = ?', [id]);
    for (const step of recountLinks([id])) await sql.run(step.sql, step.params);
    await record(sql, 'remove', row, null, note);
    return { removed: id };
  });
}

export interface Curation {
  action: string;
  person_id: number;
  into_id: number | null;
  name: string;
  affiliation: string;
  note: string | null;
  created_at: string;
}

export async function curations(store: CableStore): Promise<Curation[]> {
  return store.select<Curation>(
    'SELECT action, person_id, into_id, name, affiliation, note, created_at FROM person_curation ORDER BY curation_id',
  );
}
