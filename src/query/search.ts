import { createHash } from 'node:crypto';
import { escapeUTF8 } from 'entities';
import type { FacetCount, SearchHit, SearchResponse, SearchSort } from './answers.js';
import { filterCondition } from './filters.js';
import { toFts5, toTsquery } from './fulltext.js';
import { type ParsedQuery, parseQuery, positiveWords, QuerySyntaxError } from './language.js';
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
}

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

function plan(reader: SqlReader, query: ParsedQuery): Plan {
  const where: Piece[] = query.filters.map(filterCondition);
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

export const FACET_SAMPLE = 1000;

/** Facet counts over a set of cables given by key (the matches, or the best-ranked FACET_SAMPLE of them). */
async function facets(reader: SqlReader, keys: string[]): Promise<NonNullable<SearchResponse['facets']>> {
  const top = 20;
  const list = keys.length > 0 ? keys.map(() => '?').join(',') : 'NULL';
  const grouped = (expr: string) =>
    reader.select<{ value: string; count: number | string }>(
      `SELECT coalesce(${expr}, 'unknown') AS value, count(*) AS count FROM cables c WHERE c.key IN (${list})
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${top}`,
      keys,
    );
  const [origin, year, classification, tags, persons] = await Promise.all([
    grouped('c.origin'),
    grouped('substr(c.date, 1, 4)'),
    grouped('c.classification'),
    reader.select<{ value: string; count: number | string }>(
      `SELECT t.tag AS value, count(*) AS count FROM tags t WHERE t.cable_key IN (${list})
       GROUP BY t.tag ORDER BY 2 DESC, 1 LIMIT ${top}`,
      keys,
    ),
    reader.select<{ id: number; value: string; count: number | string }>(
      `SELECT p.person_id AS id, p.name AS value, x.n AS count FROM (
         SELECT pm.person_id AS person_id, count(DISTINCT pm.cable_key) AS n FROM person_mentions pm
         WHERE pm.cable_key IN (${list}) GROUP BY pm.person_id ORDER BY 2 DESC, 1 LIMIT ${top}
       ) x JOIN persons p ON p.person_id = x.person_id ORDER BY x.n DESC, p.name`,
      keys,
    ),
  ]);
  const counts = (rows: { value: string; count: number | string; id?: number }[]): FacetCount[] =>
    rows.map((r) => ({ ...r, value: String(r.value), count: Number(r.count) }));
  return {
    origin: counts(origin),
    year: counts(year),
    classification: counts(classification),
    tags: counts(tags),
    persons: counts(persons),
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
  const rows = await reader.select<{ key: string; text: string }>(
    `SELECT cable_key AS key, text FROM paragraphs WHERE cable_key IN (${keys.map(() => '?').join(',')})
     ORDER BY cable_key, ord`,
    keys,
  );
  const bodies = new Map<string, string[]>();
  for (const r of rows) {
    const list = bodies.get(r.key) ?? [];
    list.push(r.text);
    bodies.set(r.key, list);
  }
  for (const key of keys) {
    const body = (bodies.get(key) ?? []).join('\n');
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
  const parsed = parseQuery(request.q);
  if (!parsed.text && parsed.filters.length === 0) throw new QuerySyntaxError('the query is empty', 0);
  const limit = Math.min(Math.max(1, Math.trunc(request.limit ?? 20)), MAX_PAGE);
  const p = plan(reader, parsed);
  const sort: SearchSort = request.sort ?? (p.score ? 'relevance' : 'date');
  const offset = request.cursor ? decodeCursor(request.cursor, request.q, sort) : 0;
  const score = p.score && sort === 'relevance' ? p.score : null;
  const order =
    score !== null
      ? 'score DESC, c.date DESC, c.key'
      : sort === 'date-asc'
        ? 'c.date ASC, c.key'
        : 'c.date DESC, c.key';
  type Row = Omit<SearchHit, 'score' | 'snippet'> & { score: number | string | null };
  const wantFacets = request.facets !== false;
  let rows: Row[];
  let total: number;
  let facetKeys: string[] = [];
  if (p.ftsOnly && score) {
    // Words only, by relevance: FTS5 ranks its own matches without a join (half the time), one ranking
    // gives both the page and the facets' sample, and the count needs no join either.
    const ranked = await reader.select<{ r: number; s: number }>(
      `SELECT rowid AS r, -bm25(cable_fts, 4.0, 1.0) AS s FROM cable_fts WHERE cable_fts MATCH ? ORDER BY s DESC, rowid LIMIT ?`,
      [p.ftsOnly, Math.max(offset + limit + 1, wantFacets ? FACET_SAMPLE : 0)],
    );
    const [count] = await reader.select<{ n: number }>(
      'SELECT count(*) AS n FROM cable_fts WHERE cable_fts MATCH ?',
      [p.ftsOnly],
    );
    total = Number(count?.n ?? 0);
    const page = ranked.slice(offset, offset + limit + 1);
    const wanted = wantFacets ? ranked.slice(0, FACET_SAMPLE) : page;
    const info = wanted.length
      ? await reader.select<Omit<Row, 'score'> & { r: number }>(
          `SELECT rowid AS r, key, id, date, origin, classification, subject FROM cables WHERE rowid IN (${wanted.map(() => '?').join(',')})`,
          wanted.map((x) => x.r),
        )
      : [];
    const byRow = new Map(info.map((x) => [x.r, x]));
    rows = page.flatMap((x) => {
      const c = byRow.get(x.r);
      return c
        ? [
            {
              key: c.key,
              id: c.id,
              date: c.date,
              origin: c.origin,
              classification: c.classification,
              subject: c.subject,
              score: x.s,
            },
          ]
        : [];
    });
    facetKeys = wanted.flatMap((x) => byRow.get(x.r)?.key ?? []);
  } else {
    // One ranking gives the page and the facets' sample (the best FACET_SAMPLE): the matches are
    // evaluated twice (ranked, counted), not once more for the facets.
    const w = whereSql(p);
    const sample = wantFacets && offset + limit + 1 <= FACET_SAMPLE;
    const ranked = await reader.select<Row>(
      `SELECT c.key AS key, c.id AS id, c.date AS date, c.origin AS origin, c.classification AS classification,
        c.subject AS subject, ${score ? score.sql : 'NULL'} AS score
        FROM ${p.from.sql}${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [
        ...(score?.params ?? []),
        ...p.from.params,
        ...w.params,
        sample ? FACET_SAMPLE : limit + 1,
        sample ? 0 : offset,
      ],
    );
    rows = sample ? ranked.slice(offset, offset + limit + 1) : ranked;
    const h = hits(p);
    const [totalRow] = await reader.select<{ n: number | string }>(
      `SELECT count(*) AS n FROM (${h.sql}) h`,
      h.params,
    );
    total = Number(totalRow?.n ?? 0);
    if (sample) facetKeys = ranked.map((r) => r.key);
    else if (wantFacets) {
      // A page past the sample: the sample's keys are read on their own.
      const keys = await reader.select<{ key: string }>(
        `SELECT c.key AS key${score ? `, ${score.sql} AS score` : ''} FROM ${p.from.sql}${w.sql} ORDER BY ${order} LIMIT ${FACET_SAMPLE}`,
        [...(score?.params ?? []), ...p.from.params, ...w.params],
      );
      facetKeys = keys.map((k) => k.key);
    }
  }
  const more = rows.length > limit;
  const snippets = await pageSnippets(
    reader,
    positiveWords(parsed.text),
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
  const facetCounts = wantFacets ? await facets(reader, facetKeys) : null;
  return {
    results,
    facets: facetCounts,
    total,
    facetSample: request.facets !== false && sampled ? FACET_SAMPLE : null,
    next: more ? encodeCursor(offset + limit, request.q, sort) : null,
  };
}
