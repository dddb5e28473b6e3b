import { createHash } from 'node:crypto';
import { escapeUTF8 } from 'entities';
import { assembleRecord, storedText } from '../store/stored-form.js';
import type { FacetCount, SearchHit, SearchResponse, SearchSort } from './answers.js';
import { datedCables, filterCondition } from './filters.js';
import { toFts5, toTsquery } from './fulltext.js';
import { type Filter, type ParsedQuery, parseQuery, positiveWords, QuerySyntaxError } from './language.js';
import { expandPrefixes } from './prefixes.js';
import { snippetFor } from './snippets.js';
import type { SqlReader, SqlValue } from './sql.js';

export type { FacetCount, SearchHit, SearchResponse, SearchSort };

export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'date', 'date-asc'];
export const MAX_PAGE = 100;

export interface SearchRequest {
  q: string;
  sort?: SearchSort;
  limit?: number;
  cursor?: string | null;
  /** Facet counts for the whole result set (costs a query per facet). */
  facets?: boolean;
  /** Count every match even where that means reading them all (date order over a broad filter). */
  exactTotal?: boolean;
  /** Where a count stops when not exact; COUNT_LIMIT unless set. */
  countLimit?: number;
  /** Rank every match by relevance, however many (SQLite otherwise ranks the latest RANK_LIMIT added). */
  rankAll?: boolean;
  /** How many matches relevance ranks when not `rankAll`; RANK_LIMIT unless set. */
  rankLimit?: number;
  /** Above how many cables a set filter in date order is read by date; DATE_SCAN_MIN unless set. */
  dateScanMin?: number;
  /** Whether date order led by `person:` or `speaker:` reads their evidence index (SQLite); true unless set. */
  evidenceOrder?: boolean;
}

/**
 * Where counting the matches costs a query of its own (date order), it stops here and the answer says
 * "at least": a count of every match of a broad filter reads the whole corpus.
 */
export const COUNT_LIMIT = 10_000;

/**
 * SQLite ranks by relevance at most this many matches, the ones added to the corpus last, and the answer
 * says so (`rankedAmong`). bm25 costs a few microseconds a match: a word in every cable of a
 * 251,287-cable corpus took 0.7 s to rank in full, and ranking a hundred thousand matches tells a reader
 * little that words or filters added to the query would not tell better.
 */
export const RANK_LIMIT = 5_000;

interface Piece {
  sql: string;
  params: SqlValue[];
}

/** Where the results come from, what they must satisfy, and how relevant each is. */
interface Plan {
  from: Piece;
  where: Piece[];
  score: Piece | null;
  /** SQLite: the FTS5 expression, when the query's words are all it asks (no filters, no exclusions). */
  ftsOnly?: string;
}

/** Filters that name a set of cables through another table: `person:`, `speaker:`, `org:`. */
const SET_FILTERS: ReadonlySet<string> = new Set(['person', 'speaker', 'org']);

/**
 * In date order without words, a set filter matching more than this many cables is read by probing each
 * cable of the date index from its end (SQLite), not by sorting the whole set: `person:Karzai` (20,000
 * cables at 251k) 100 → 80 ms. Below it sorting the set costs less than the scan (`speaker:Poloff`, 6,300).
 */
export const DATE_SCAN_MIN = 10_000;

function plan(reader: SqlReader, query: ParsedQuery, byDate = false): Plan {
  const where: Piece[] = query.filters.map((f) =>
    filterCondition(f, byDate && !f.negated && SET_FILTERS.has(f.field)),
  );
  if (!query.text) return { from: { sql: 'cables c', params: [] }, where, score: null };
  if (reader.dialect === 'sqlite') {
    const fts = toFts5(query.text);
    if (fts.exclude !== null)
      where.push({
        sql: 'c.rowid NOT IN (SELECT rowid FROM cable_fts WHERE cable_fts MATCH ?)',
        params: [fts.exclude],
      });
    if (fts.match === null) return { from: { sql: 'cables c', params: [] }, where, score: null };
    const ftsOnly = where.length === 0 ? fts.match : undefined;
    where.unshift({ sql: 'cable_fts MATCH ?', params: [fts.match] });
    return {
      from: { sql: 'cable_fts JOIN cables c ON c.rowid = cable_fts.rowid', params: [] },
      where,
      // The subject counts four times the body.
      score: { sql: '-bm25(cable_fts, 4.0, 1.0)', params: [] },
      ftsOnly,
    };
  }
  const params: string[] = [];
  const tsquery = { sql: toTsquery(query.text, params), params };
  where.unshift({ sql: `c.fts @@ ${tsquery.sql}`, params: tsquery.params });
  return {
    from: { sql: 'cables c', params: [] },
    where,
    score: { sql: `ts_rank_cd(c.fts, ${tsquery.sql})`, params: tsquery.params },
  };
}

function whereSql(p: Plan): Piece {
  if (p.where.length === 0) return { sql: '', params: [] };
  return {
    sql: ` WHERE ${p.where.map((w) => w.sql).join(' AND ')}`,
    params: p.where.flatMap((w) => w.params),
  };
}

/** The matching cables as a subquery (`key`, `origin`, `date`, `classification`), for counts and facets. */
function hits(p: Plan): Piece {
  const w = whereSql(p);
  return {
    sql: `SELECT c.key AS key, c.origin AS origin, c.date AS date, c.classification AS classification FROM ${p.from.sql}${w.sql}`,
    params: [...p.from.params, ...w.params],
  };
}

/** The keys of the cables a query matches, as a subquery (`SELECT … key …`) with its values. */
export function matchingKeys(reader: SqlReader, q: string): { sql: string; params: SqlValue[] } {
  const parsed = parseQuery(q);
  if (!parsed.text && parsed.filters.length === 0) throw new QuerySyntaxError('the query is empty', 0);
  const h = hits(plan(reader, parsed));
  return { sql: `SELECT key FROM (${h.sql}) m`, params: h.params };
}

function queryFingerprint(q: string, sort: SearchSort): string {
  return createHash('sha256').update(`${sort}\n${q}`).digest('base64url').slice(0, 10);
}

/** Opaque page cursors: the offset, tied to the query they were made for. */
export function encodeCursor(offset: number, q: string, sort: SearchSort): string {
  return Buffer.from(JSON.stringify({ o: offset, f: queryFingerprint(q, sort) })).toString('base64url');
}

export class CursorError extends Error {}

export function decodeCursor(cursor: string, q: string, sort: SearchSort): number {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('the cursor is not one this server made');
  }
  const v = value as { o?: unknown; f?: unknown };
  if (
    typeof v !== 'object' ||
    v === null ||
    !Number.isInteger(v.o) ||
    (v.o as number) < 0 ||
    (v.o as number) > 1e7
  )
    throw new CursorError('the cursor is not one this server made');
  if (v.f !== queryFingerprint(q, sort))
    throw new CursorError('the cursor belongs to another query or sort order');
  return v.o as number;
}

export const FACET_SAMPLE = 500;

/** What the facets count of one cable: read with the results, so three facets need no query. */
interface FacetRow {
  key: string;
  origin: string | null;
  date: string | null;
  classification: string | null;
}

const FACET_TOP = 20;

/** Counts of one value per cable, most frequent first, then by value; at most FACET_TOP. */
function countValues(values: string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, FACET_TOP)
    .map(([value, count]) => ({ value, count }));
}

/** Facet counts over a set of cables (the matches, or the best-ranked FACET_SAMPLE of them). */
async function facets(reader: SqlReader, rows: FacetRow[]): Promise<NonNullable<SearchResponse['facets']>> {
  const keys = rows.map((r) => r.key);
  const list = keys.length > 0 ? keys.map(() => '?').join(',') : 'NULL';
  const [tags, persons] = await Promise.all([
    reader.select<{ value: string; count: number | string }>(
      `SELECT t.tag AS value, count(*) AS count FROM tags t WHERE t.cable_key IN (${list})
       GROUP BY t.tag ORDER BY 2 DESC, 1 LIMIT ${FACET_TOP}`,
      keys,
    ),
    reader.select<{ id: number; value: string; count: number | string }>(
      `SELECT p.person_id AS id, p.name AS value, x.n AS count FROM (
         SELECT pm.person_id AS person_id, count(DISTINCT pm.cable_key) AS n FROM person_mentions pm
         WHERE pm.cable_key IN (${list}) GROUP BY pm.person_id ORDER BY 2 DESC, 1 LIMIT ${FACET_TOP}
       ) x JOIN persons p ON p.person_id = x.person_id ORDER BY x.n DESC, p.name`,
      keys,
    ),
  ]);
  const counts = (found: { value: string; count: number | string; id?: number }[]): FacetCount[] =>
    found.map((r) => ({ ...r, value: String(r.value), count: Number(r.count) }));
  return {
    origin: countValues(rows.map((r) => r.origin ?? 'unknown')),
    year: countValues(rows.map((r) => (r.date === null ? 'unknown' : r.date.slice(0, 4)))),
    classification: countValues(rows.map((r) => r.classification ?? 'unknown')),
    tags: counts(tags),
    persons: counts(persons),
  };
}

/**
 * The cables of a leading `person:`/`speaker:` filter with their dates, as `(…) s` with `s.k` and `s.d`
 * (a cable may repeat), kept where the query's other filters hold.
 */
function ledCables(leader: Filter, filters: readonly Filter[]): Piece {
  const set = datedCables(leader) as Piece;
  const others = filters.filter((f) => f !== leader).map((f) => filterCondition(f));
  if (others.length === 0) return { sql: `(${set.sql}) s`, params: set.params };
  return {
    sql: `(${set.sql}) s WHERE EXISTS (SELECT 1 FROM cables c WHERE c.key = s.k AND ${others.map((o) => o.sql).join(' AND ')})`,
    params: [...set.params, ...others.flatMap((o) => o.params)],
  };
}

/**
 * Snippets for a page of results only: the passage around the query's words (found here rather than by
 * the database, whose snippet functions re-read every body and cost more than the search), else the
 * opening of the first paragraph.
 */
async function pageSnippets(
  reader: SqlReader,
  words: string[],
  keys: string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (keys.length === 0) return out;
  const rows = await reader.select<{ key: string; record: unknown; body: unknown }>(
    `SELECT key, record, body FROM cable_documents WHERE key IN (${keys.map(() => '?').join(',')})`,
    keys,
  );
  const bodies = new Map<string, string>();
  for (const r of rows) {
    // The body has the paragraphs' text; a record kept whole has it in its paragraphs.
    const body = storedText(r.body);
    bodies.set(
      r.key,
      body ??
        assembleRecord(r.record, null, '')
          .paragraphs.map((p) => p.text)
          .join('\n'),
    );
  }
  for (const key of keys) {
    const body = bodies.get(key) ?? '';
    const opening =
      body.length > 240 ? `${escapeUTF8(body.slice(0, 240).replace(/\s+\S*$/, ''))}…` : escapeUTF8(body);
    out.set(key, snippetFor(body, words) ?? opening.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * Runs a query of the search language: a page of ranked (or dated) results with snippets, the total,
 * facet counts and the cursor of the next page. Throws QuerySyntaxError or CursorError for bad input.
 */
export async function search(reader: SqlReader, request: SearchRequest): Promise<SearchResponse> {
  const asked = parseQuery(request.q);
  if (!asked.text && asked.filters.length === 0) throw new QuerySyntaxError('the query is empty', 0);
  const parsed = asked.text ? { ...asked, text: await expandPrefixes(reader, asked.text) } : asked;
  const limit = Math.min(Math.max(1, Math.trunc(request.limit ?? 20)), MAX_PAGE);
  const p = plan(reader, parsed);
  const sort: SearchSort = request.sort ?? (p.score ? 'relevance' : 'date');
  const offset = request.cursor ? decodeCursor(request.cursor, request.q, sort) : 0;
  const score = p.score && sort === 'relevance' ? p.score : null;
  // `s` is the score's column in the ranking query below.
  const direction = sort === 'date-asc' ? 'ASC' : 'DESC';
  type Row = Omit<SearchHit, 'score' | 'snippet'> & { score: number | string | null };
  const wantFacets = request.facets !== false;
  // One ranking gives the page, the total (a window count) and the facets' sample, the best-ranked
  // FACET_SAMPLE: the matches are evaluated once. A page past the sample ranks on its own, and the
  // sample is then read again.
  const sample = wantFacets && offset + limit + 1 <= FACET_SAMPLE;
  const windowed = score !== null && reader.dialect === 'sqlite' && !request.rankAll;
  const window = windowed ? Math.max(1, Math.trunc(request.rankLimit ?? RANK_LIMIT)) : -1;
  // Date order with a set filter and no words (SQLite): the count comes first, and a large set is then
  // read by date (see DATE_SCAN_MIN); the count is not asked again below.
  let datePlan = p;
  let counted: number | null = null;
  const countLimit = Math.max(1, Math.trunc(request.countLimit ?? COUNT_LIMIT));
  // Date order without words, led by a person or a speaker (SQLite): their cables and dates come from the
  // evidence index, and the other filters are asked of those cables alone (`person:Karzai` at 251k
  // cables, 20,000 cables: count and page 66 → 20 ms).
  const leader =
    !score && reader.dialect === 'sqlite' && !parsed.text && request.evidenceOrder !== false
      ? parsed.filters.find((f) => datedCables(f) !== null)
      : undefined;
  const led = leader ? ledCables(leader, parsed.filters) : null;
  const countMatches = async (): Promise<number> => {
    const cap = request.exactTotal ? '' : ` LIMIT ${countLimit + 1}`;
    if (led) {
      const [row] = await reader.select<{ n: number | string }>(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${led.sql} GROUP BY s.k${cap}) h`,
        led.params,
      );
      return Number(row?.n ?? 0);
    }
    const h = p.ftsOnly
      ? { sql: 'SELECT rowid FROM cable_fts WHERE cable_fts MATCH ?', params: [p.ftsOnly] }
      : hits(p);
    const [row] = await reader.select<{ n: number | string }>(
      `SELECT count(*) AS n FROM (${h.sql}${cap}) h`,
      h.params,
    );
    return Number(row?.n ?? 0);
  };
  if (
    !led &&
    !score &&
    reader.dialect === 'sqlite' &&
    !parsed.text &&
    parsed.filters.some((f) => !f.negated && SET_FILTERS.has(f.field))
  ) {
    counted = await countMatches();
    if (counted > (request.dateScanMin ?? DATE_SCAN_MIN)) datePlan = plan(reader, parsed, true);
  }
  const rank = async (
    from: number,
    count: number,
  ): Promise<{ ids: (string | number)[]; scores: number[]; total: number | null }> => {
    let found: { id: string | number; s: number | string | null; n?: number | string }[];
    if (windowed && score && p.ftsOnly) {
      // Words only: FTS5 ranks its own latest `window` matches, without a join; a capped count (cheap:
      // no bm25) follows.
      found = await reader.select(
        `SELECT id, s FROM (
           SELECT rowid AS id, ${score.sql} AS s FROM cable_fts WHERE cable_fts MATCH ?
           ORDER BY rowid DESC LIMIT ?
         ) ORDER BY s DESC, id LIMIT ? OFFSET ?`,
        [p.ftsOnly, window, count, from],
      );
    } else if (windowed && score) {
      // The latest `window` matches that pass the filters, plus one to tell whether there are more (it is
      // the oldest, and left out of the ranking), with bm25 computed for them alone.
      const w = whereSql(p);
      found = await reader.select(
        `SELECT id, s, n FROM (
           SELECT id, s, date, r, count(*) OVER () AS n, min(r) OVER () AS oldest FROM (
             SELECT c.key AS id, ${score.sql} AS s, c.date AS date, cable_fts.rowid AS r
             FROM ${p.from.sql}${w.sql} ORDER BY cable_fts.rowid DESC LIMIT ?
           )
         ) WHERE n <= ? OR r > oldest ORDER BY s DESC, date DESC, id LIMIT ? OFFSET ?`,
        [...score.params, ...p.from.params, ...w.params, window + 1, window, count, from],
      );
    } else if (score) {
      const w = whereSql(p);
      found = await reader.select(
        `SELECT id, s, count(*) OVER () AS n FROM (
           SELECT c.key AS id, ${score.sql} AS s, c.date AS date FROM ${p.from.sql}${w.sql}
         ) ranked ORDER BY s DESC, date DESC, id LIMIT ? OFFSET ?`,
        [...score.params, ...p.from.params, ...w.params, count, from],
      );
    } else if (led) {
      const dated = await reader.select<{ id: string }>(
        // Grouped by date first: one sort both removes repeats and gives the order.
        `SELECT s.k AS id FROM ${led.sql} GROUP BY s.d, s.k ORDER BY s.d ${direction}, s.k LIMIT ? OFFSET ?`,
        [...led.params, count, from],
      );
      return { ids: dated.map((r) => r.id), scores: dated.map(() => Number.NaN), total: null };
    } else {
      // In date order the date index gives the first rows without reading the others: the count, which
      // must read them all, is a query of its own.
      const w = whereSql(datePlan);
      const dated = await reader.select<{ id: string }>(
        `SELECT c.key AS id FROM ${p.from.sql}${w.sql} ORDER BY c.date ${direction}, c.key LIMIT ? OFFSET ?`,
        [...p.from.params, ...w.params, count, from],
      );
      return { ids: dated.map((r) => r.id), scores: dated.map(() => Number.NaN), total: null };
    }
    return {
      ids: found.map((r) => r.id),
      scores: found.map((r) => (r.s === null ? Number.NaN : Number(r.s))),
      total: found.length > 0 && found[0]?.n !== undefined ? Number(found[0].n) : null,
    };
  };
  const first = await rank(sample ? 0 : offset, sample ? FACET_SAMPLE : limit + 1);
  let total = first.total;
  let totalExact = true;
  let rankedAmong: number | null = null;
  if (windowed && total !== null && total > window) {
    // More matches than the window (filters): ranked among the latest, counted only when asked.
    rankedAmong = window;
    total = request.exactTotal ? null : window;
    totalExact = false;
  }
  if (total === null) {
    // Date order, a ranking window, or no row at this offset: the count is asked on its own.
    total = counted ?? (await countMatches());
    totalExact = true;
    if (windowed && total > window) rankedAmong = window;
    if (total > countLimit && !request.exactTotal) {
      total = countLimit;
      totalExact = false;
    }
  }
  const pageAt = sample ? offset : 0;
  const pageIds = first.ids.slice(pageAt, pageAt + limit + 1);
  const sampleIds = sample ? first.ids : wantFacets ? (await rank(0, FACET_SAMPLE)).ids : [];
  const wanted = [...new Set([...pageIds, ...sampleIds])];
  const byRowid = p.ftsOnly !== undefined && score !== null;
  const info = wanted.length
    ? await reader.select<Omit<Row, 'score'> & { id: string | number }>(
        `SELECT ${byRowid ? 'c.rowid' : 'c.key'} AS id, c.key AS key, c.id AS cable_id, c.date AS date, c.origin AS origin,
           c.classification AS classification, c.subject AS subject
         FROM cables c WHERE ${byRowid ? 'c.rowid' : 'c.key'} IN (${wanted.map(() => '?').join(',')})`,
        wanted,
      )
    : [];
  const byId = new Map(info.map((x) => [String(x.id), x]));
  const rows: Row[] = pageIds.flatMap((id, i) => {
    const c = byId.get(String(id)) as (Omit<Row, 'score'> & { cable_id: string | null }) | undefined;
    if (!c) return [];
    const s = first.scores[pageAt + i] ?? Number.NaN;
    return [
      {
        key: c.key,
        id: c.cable_id,
        date: c.date,
        origin: c.origin,
        classification: c.classification,
        subject: c.subject,
        score: score && !Number.isNaN(s) ? s : null,
      },
    ];
  });
  const facetRows = sampleIds.flatMap((id) => byId.get(String(id)) ?? []);
  const more = rows.length > limit;
  const snippets = await pageSnippets(
    reader,
    positiveWords(asked.text),
    rows.slice(0, limit).map((r) => r.key),
  );
  const results = rows.slice(0, limit).map(
    (r): SearchHit => ({
      key: r.key,
      id: r.id,
      date: r.date,
      origin: r.origin,
      classification: r.classification,
      subject: r.subject,
      snippet: snippets.get(r.key) ?? '',
      score: r.score === null ? null : Math.round(Number(r.score) * 1e4) / 1e4,
    }),
  );
  const sampled = total > FACET_SAMPLE;
  const facetCounts = wantFacets ? await facets(reader, facetRows) : null;
  return {
    results,
    facets: facetCounts,
    total,
    totalExact,
    facetSample: request.facets !== false && sampled ? FACET_SAMPLE : null,
    rankedAmong,
    next: more ? encodeCursor(offset + limit, request.q, sort) : null,
  };
}
