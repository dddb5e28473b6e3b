/**
 * `person_links`: the network's edges with their weights (`met`: meetings shared; `spoke`: statements
 * from one to the other), kept up to date as cables are stored, replaced and curated, so that the whole
 * network is read from an index instead of aggregated from every statement and meeting on each request.
 * The SQL is shared by both stores (`?` placeholders; PostgreSQL numbers them).
 */

/**
 * The pairs with their counts, those of one cable or those of the whole corpus, narrowed by the extra
 * conditions on statements and on meetings; `sign` is -1 to take a cable's pairs away.
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

/** One cable's pairs (parameters: the cable key, twice). */
function cablePairs(sign: 1 | -1): string {
  return pairs(sign, ' AND cable_key = ?', ' AND a.cable_key = ?');
}

const UPSERT =
  'ON CONFLICT (kind, source, target) DO UPDATE SET weight = person_links.weight + excluded.weight';

/** Adds a stored cable's edges (parameters: the cable key, twice). */
export const ADD_CABLE_LINKS = `INSERT INTO person_links (kind, source, target, weight) ${cablePairs(1)} ${UPSERT}`;
/** Takes away the edges of a cable about to be replaced (parameters: the cable key, twice). */
export const REMOVE_CABLE_LINKS = `INSERT INTO person_links (kind, source, target, weight) ${cablePairs(-1)} ${UPSERT}`;
export const DROP_EMPTY_LINKS = 'DELETE FROM person_links WHERE weight <= 0';

/** Fills the table from what is stored (the migration that creates it). */
export const FILL_LINKS = `INSERT INTO person_links (kind, source, target, weight) ${pairs(1, '', '')}`;

/**
 * Statements that count again the edges of the given persons after a curation moved or removed their
 * evidence: the old edges go, the new ones are aggregated from the rows. Each takes the ids as parameters
 * (as many `?` as `ids`, repeated as the statement needs).
 */
export function recountLinks(ids: readonly number[]): { sql: string; params: number[] }[] {
  const list = ids.map(() => '?').join(', ');
  return [
    {
      sql: `DELETE FROM person_links WHERE source IN (${list}) OR target IN (${list})`,
      params: [...ids, ...ids],
    },
    {
      sql: `INSERT INTO person_links (kind, source, target, weight) ${pairs(
        1,
        ` AND (speaker_person_id IN (${list}) OR addressee_person_id IN (${list}))`,
        ` AND (a.person_id IN (${list}) OR b.person_id IN (${list}))`,
      )}`,
      params: [...ids, ...ids, ...ids, ...ids],
    },
  ];
}
