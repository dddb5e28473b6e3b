/**
 * The network's edges (`met`: meetings shared; `spoke`: statements from one to the other), kept up to
 * date as cables are stored, replaced and curated, so that no request aggregates every statement and
 * meeting of the corpus:
 * - `cable_links`: each cable's edges with their counts and the cable's date, so that a network narrowed
 *   by dates, a tag or a query sums small rows read from an index;
 * - `person_links`: the whole corpus's edges with their weights, read heaviest first.
 * The SQL is shared by both stores (`?` placeholders; PostgreSQL numbers them).
 */
import type { CableRecord } from '../record.js';
import { participantIds } from './store.js';

/**
 * The pairs with their counts, those of one cable or those of the whole corpus, narrowed by the extra
 * conditions on statements and on meetings; `sign` is -1 to take a cable's pairs away. Version 5's
 * migration fills `person_links` with it, so its output must not change.
 */
function pairs(sign: 1 | -1, spokeWhere: string, metWhere: string): string {
  return `
  SELECT 'spoke', speaker_person_id, addressee_person_id, ${sign} * count(*) FROM statements
  WHERE speaker_person_id IS NOT NULL AND addressee_person_id IS NOT NULL
    AND speaker_person_id <> addressee_person_id${spokeWhere}
  GROUP BY speaker_person_id, addressee_person_id
  UNION ALL
  SELECT 'met', a.person_id, b.person_id, ${sign} * count(*) FROM meeting_participants a
  JOIN meeting_participants b ON b.cable_key = a.cable_key AND a.person_id < b.person_id
  WHERE 1 = 1${metWhere}
  GROUP BY a.person_id, b.person_id`;
}

/** Fills `person_links` from what is stored (version 5's migration). */
export const FILL_LINKS = `INSERT INTO person_links (kind, source, target, weight) ${pairs(1, '', '')}`;

const CABLE_LINK_COLUMNS = 'cable_links (cable_key, date, kind, source, target, weight)';

/** The pairs of each cable with the cable's date, narrowed by conditions on statements and on meetings. */
function pairsByCable(spokeWhere: string, metWhere: string): string {
  return `
  SELECT cable_key, date, 'spoke', speaker_person_id, addressee_person_id, count(*) FROM statements
  WHERE speaker_person_id IS NOT NULL AND addressee_person_id IS NOT NULL
    AND speaker_person_id <> addressee_person_id${spokeWhere}
  GROUP BY cable_key, date, speaker_person_id, addressee_person_id
  UNION ALL
  SELECT a.cable_key, c.date, 'met', a.person_id, b.person_id, count(*) FROM meeting_participants a
  JOIN meeting_participants b ON b.cable_key = a.cable_key AND a.person_id < b.person_id
  JOIN cables c ON c.key = a.cable_key
  WHERE 1 = 1${metWhere}
  GROUP BY a.cable_key, c.date, a.person_id, b.person_id`;
}

/** Fills `cable_links` from what is stored (version 11's migration). */
export const FILL_CABLE_LINKS = `INSERT INTO ${CABLE_LINK_COLUMNS} ${pairsByCable('', '')}`;

const UPSERT =
  'ON CONFLICT (kind, source, target) DO UPDATE SET weight = person_links.weight + excluded.weight';

/** One edge of a cable: who met or spoke to whom there, and how often. */
export interface CableEdge {
  kind: 'spoke' | 'met';
  source: number;
  target: number;
  weight: number;
}

/**
 * A cable's edges counted from its record and the corpus ids of its persons: the rows `pairsByCable`
 * aggregates from the statements and participants stored for it (a test holds the two equal), counted
 * in hand because the writer has the record and a GROUP BY over the rows it just wrote cost it a third
 * of a millisecond a cable.
 */
export function cableEdges(record: CableRecord, ids: ReadonlyMap<string, number>): CableEdge[] {
  const spoke = new Map<string, CableEdge>();
  for (const st of record.statements) {
    const source = st.speaker_id ? ids.get(st.speaker_id) : undefined;
    const target = st.addressee_id ? ids.get(st.addressee_id) : undefined;
    if (source === undefined || target === undefined || source === target) continue;
    const key = `${source} ${target}`;
    const edge = spoke.get(key);
    if (edge) edge.weight++;
    else spoke.set(key, { kind: 'spoke', source, target, weight: 1 });
  }
  const edges = [...spoke.values()];
  if (record.meeting) {
    const people = participantIds(record, ids).sort((a, b) => a - b);
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        edges.push({ kind: 'met', source: people[i] as number, target: people[j] as number, weight: 1 });
      }
    }
  }
  return edges;
}

/** Stores one of a cable's edges; parameters: cable key, date, kind, source, target, weight. */
export const INSERT_CABLE_LINK = `INSERT INTO ${CABLE_LINK_COLUMNS} VALUES (?, ?, ?, ?, ?, ?)`;

/** Adds a stored cable's edges (parameter: the cable key) onto the corpus's. */
export const ADD_TO_PERSON_LINKS = `INSERT INTO person_links (kind, source, target, weight)
  SELECT kind, source, target, weight FROM cable_links WHERE cable_key = ? ${UPSERT}`;

/** Adds one edge onto the corpus's; parameters: kind, source, target, weight. */
export const ADD_PERSON_LINK = `INSERT INTO person_links (kind, source, target, weight) VALUES (?, ?, ?, ?) ${UPSERT}`;

/**
 * Takes a cable's edges off the corpus's before it is replaced (parameter: the cable key); its own rows
 * go with the cable (`ON DELETE CASCADE`).
 */
export const REMOVE_CABLE_LINKS = `INSERT INTO person_links (kind, source, target, weight)
  SELECT kind, source, target, -weight FROM cable_links WHERE cable_key = ? ${UPSERT}`;
export const DROP_EMPTY_LINKS = 'DELETE FROM person_links WHERE weight <= 0';

/**
 * Statements that count again the edges of the given persons after a curation moved or removed their
 * evidence: the old edges go, the new ones are aggregated from the rows. Each takes the ids as parameters
 * (as many `?` as `ids`, repeated as the statement needs).
 */
export function recountLinks(ids: readonly number[]): { sql: string; params: number[] }[] {
  const list = ids.map(() => '?').join(', ');
  const touching = `source IN (${list}) OR target IN (${list})`;
  return [
    { sql: `DELETE FROM cable_links WHERE ${touching}`, params: [...ids, ...ids] },
    {
      sql: `INSERT INTO ${CABLE_LINK_COLUMNS} ${pairsByCable(
        ` AND (speaker_person_id IN (${list}) OR addressee_person_id IN (${list}))`,
        ` AND (a.person_id IN (${list}) OR b.person_id IN (${list}))`,
      )}`,
      params: [...ids, ...ids, ...ids, ...ids],
    },
    { sql: `DELETE FROM person_links WHERE ${touching}`, params: [...ids, ...ids] },
    {
      sql: `INSERT INTO person_links (kind, source, target, weight)
        SELECT kind, source, target, sum(weight) FROM cable_links WHERE ${touching} GROUP BY kind, source, target`,
      params: [...ids, ...ids],
    },
  ];
}
