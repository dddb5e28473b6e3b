import { nameKey } from '../extract/persons.js';
import type { Appearance, Counterpart, PersonStatement, PersonSummary, PersonView } from './answers.js';
import { jsonValue } from './cables.js';
import { likeLiteral } from './filters.js';
import type { SqlReader } from './sql.js';

export type { Appearance, Counterpart, PersonStatement, PersonSummary, PersonView };

/** Persons whose name or surname starts with the text (all when empty), the most cited first. */
export async function listPersons(reader: SqlReader, q: string, limit: number): Promise<PersonSummary[]> {
  const text = q.trim().toLowerCase();
  const where = text
    ? "AND (p.name_key LIKE ? ESCAPE '\\' OR lower(p.name) LIKE ? ESCAPE '\\' OR lower(p.name) LIKE ? ESCAPE '\\')"
    : '';
  // A name or surname that starts with the text: `ban` finds Ban Ki-moon, not Miliband.
  const params = text
    ? [`${likeLiteral(nameKey(text))}%`, `${likeLiteral(text)}%`, `% ${likeLiteral(text)}%`]
    : [];
  const rows = await reader.select<{
    id: number;
    name: string;
    affiliation: string;
    cables: number | string;
    statements: number | string;
  }>(
    `SELECT p.person_id AS id, p.name AS name, p.affiliation AS affiliation,
       (SELECT count(DISTINCT pm.cable_key) FROM person_mentions pm WHERE pm.person_id = p.person_id) AS cables,
       (SELECT count(*) FROM statements s WHERE s.speaker_person_id = p.person_id) AS statements
     FROM persons p WHERE p.merged_into IS NULL AND NOT p.removed ${where} ORDER BY 4 DESC, 2 LIMIT ?`,
    [...params, limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    affiliation: r.affiliation || null,
    cables: Number(r.cables),
    statements: Number(r.statements),
  }));
}

const MAX_ROWS = 500;
/** Cables, the latest first, over which a person's co-participants are counted. */
export const CO_SAMPLE = 2000;

function span<T extends { first: string | null; last: string | null; cables: number }>(
  map: Map<string, T>,
  key: string,
  date: string | null,
  make: () => T,
): void {
  const entry = map.get(key) ?? make();
  entry.cables++;
  if (date && (!entry.first || date < entry.first)) entry.first = date;
  if (date && (!entry.last || date > entry.last)) entry.last = date;
  map.set(key, entry);
}

const STATEMENT_COLUMNS = `s.cable_key AS key, c.id AS id, c.date AS date, s.paragraph AS paragraph, s.speaker AS speaker,
  s.speaker_person_id AS speaker_id, s.addressee AS addressee, s.addressee_person_id AS addressee_id, s.cue AS cue,
  s.text AS text, s.quoted AS quoted`;

function statement(r: PersonStatement): PersonStatement {
  return {
    ...r,
    speaker_id: r.speaker_id === null ? null : Number(r.speaker_id),
    addressee_id: r.addressee_id === null ? null : Number(r.addressee_id),
    quoted: Boolean(r.quoted),
  };
}

function counterparts(rows: { id: number; name: string; affiliation: string; count: number | string }[]) {
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    affiliation: r.affiliation || null,
    count: Number(r.count),
  }));
}

/** The persons joined to one by edges of a kind, either way round, heaviest first. */
function linked(reader: SqlReader, id: number, kind: 'met' | 'spoke') {
  return reader.select<{ id: number; name: string; affiliation: string; count: number | string }>(
    `SELECT p.person_id AS id, p.name AS name, p.affiliation AS affiliation, sum(x.weight) AS count FROM (
       SELECT target AS other, weight FROM person_links WHERE kind = ? AND source = ?
       UNION ALL
       SELECT source AS other, weight FROM person_links WHERE kind = ? AND target = ?
     ) x JOIN persons p ON p.person_id = x.other WHERE p.person_id <> ?
     GROUP BY p.person_id, p.name, p.affiliation ORDER BY 4 DESC, 2 LIMIT 25`,
    [kind, id, kind, id, id],
  );
}

/** One person across the corpus: names, titles and affiliations over time, statements, counterparts. */
export async function personView(reader: SqlReader, id: number): Promise<PersonView | null> {
  const [person] = await reader.select<{
    id: number;
    name: string;
    affiliation: string;
    merged_into: number | null;
    removed: number | boolean;
  }>('SELECT person_id AS id, name, affiliation, merged_into, removed FROM persons WHERE person_id = ?', [
    id,
  ]);
  if (!person || person.removed === true || person.removed === 1) return null;
  // A person merged into another is shown as that one.
  if (person.merged_into !== null && person.merged_into !== id)
    return personView(reader, Number(person.merged_into));
  const [[counted], appearances, made, received, co, met, spoke] = await Promise.all([
    reader.select<{ n: number | string }>('SELECT count(*) AS n FROM person_mentions WHERE person_id = ?', [
      id,
    ]),
    reader.select<Omit<Appearance, 'titles'> & { titles: unknown }>(
      `SELECT c.key AS key, c.id AS id, c.date AS date, c.subject AS subject, pm.name AS name, pm.titles AS titles,
         pm.affiliation AS affiliation
       FROM person_mentions pm JOIN cables c ON c.key = pm.cable_key WHERE pm.person_id = ?
       ORDER BY pm.date, pm.cable_key LIMIT ${MAX_ROWS}`,
      [id],
    ),
    reader.select<PersonStatement>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN cables c ON c.key = s.cable_key
       WHERE s.speaker_person_id = ? ORDER BY s.date, s.cable_key, s.ord LIMIT ${MAX_ROWS}`,
      [id],
    ),
    reader.select<PersonStatement>(
      `SELECT ${STATEMENT_COLUMNS} FROM statements s JOIN cables c ON c.key = s.cable_key
       WHERE s.addressee_person_id = ? ORDER BY s.date, s.cable_key, s.ord LIMIT ${MAX_ROWS}`,
      [id],
    ),
    reader.select<{ id: number; name: string; affiliation: string; count: number | string }>(
      // Counted by id first, named after: a join per group, not per mention (35 → 25 ms at 251k cables).
      `SELECT p.person_id AS id, p.name AS name, p.affiliation AS affiliation, x.n AS count FROM (
         SELECT b.person_id AS person_id, count(DISTINCT b.cable_key) AS n
         FROM (SELECT cable_key FROM person_mentions WHERE person_id = ?
               ORDER BY date DESC, cable_key DESC LIMIT ${CO_SAMPLE}) a
         JOIN person_mentions b ON b.cable_key = a.cable_key
         WHERE b.person_id <> ? GROUP BY b.person_id
       ) x JOIN persons p ON p.person_id = x.person_id ORDER BY 4 DESC, 2 LIMIT 25`,
      [id, id],
    ),
    // Met with and spoke with: from the network's edges, kept with their weights at ingest.
    linked(reader, id, 'met'),
    linked(reader, id, 'spoke'),
  ]);
  const cableCount = Number(counted?.n ?? 0);
  const cables = appearances.map((a) => ({ ...a, titles: jsonTitles(a.titles) }));
  const titles = new Map<string, PersonView['titles'][number]>();
  const affiliations = new Map<string, PersonView['affiliations'][number]>();
  for (const a of cables) {
    for (const t of new Set(a.titles))
      span(titles, t, a.date, () => ({ title: t, first: null, last: null, cables: 0 }));
    if (a.affiliation)
      span(affiliations, a.affiliation, a.date, () => ({
        affiliation: a.affiliation as string,
        first: null,
        last: null,
        cables: 0,
      }));
  }
  return {
    id: Number(person.id),
    name: person.name,
    affiliation: person.affiliation || null,
    names: [...new Set(cables.map((a) => a.name))],
    titles: [...titles.values()].sort((a, b) => b.cables - a.cables),
    affiliations: [...affiliations.values()].sort((a, b) => b.cables - a.cables),
    cables,
    statementsMade: made.map(statement),
    statementsReceived: received.map(statement),
    coParticipants: counterparts(co),
    coParticipantsSample: cableCount > CO_SAMPLE ? CO_SAMPLE : null,
    cableCount,
    metWith: counterparts(met),
    spokeWith: counterparts(spoke),
  };
}

function jsonTitles(value: unknown): string[] {
  const parsed = jsonValue<unknown>(value);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}
