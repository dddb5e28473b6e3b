import { createHash } from 'node:crypto';
import { escapeUTF8 } from 'entities';
import { filterCondition } from './filters.js';
import { toFts5, toTsquery } from './fulltext.js';
import { type ParsedQuery, parseQuery, QuerySyntaxError } from './language.js';
import type { SqlReader, SqlValue } from './sql.js';

export type SearchSort = 'relevance' | 'date' | 'date-asc';
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

export interface SearchHit {
  key: string;
  id: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
  subject: string | null;
  /** Safe HTML: the text escaped, the matched words in `<mark>`. */
  snippet: string;
  /** Relevance, higher is better; null when sorted by date without words. */
  score: number | null;
}

export interface FacetCount {
  value: string;
  count: number;
  /** The corpus person id, for the persons facet. */
  id?: number;
}

export interface SearchResponse {
  results: SearchHit[];
  facets: Record<'origin' | 'year' | 'classification' | 'tags' | 'persons', FacetCount[]> | null;
  total: number;
  /** Cursor of the next page, null on the last. */
  next: string | null;
}

// Private-use characters mark matches in the database's snippet, then become <mark> once the text
// around them is escaped: no markup from a cable survives.
const OPEN = '\uE000';
const CLOSE = '\uE001';

export function snippetHtml(raw: string): string {
  let out = '';
  let open = false;
  for (const part of raw
    .replace(/\s+/g, ' ')
    .trim()
    .split(/([\uE000\uE001])/)) {
    if (part === OPEN) {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === CLOSE) {
      if (open) out += '</mark>';
      open = false;
    } else out += escapeUTF8(part);
  }
  return open ? `${out}</mark>` : out;
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
  /** The text query as a tsquery expression (PostgreSQL), for headlines. */
  tsquery: Piece | null;
}

function plan(reader: SqlReader, query: ParsedQuery): Plan {
  const where: Piece[] = query.filters.map(filterCondition);
  if (!query.text) return { from: { sql: 'cables c', params: [] }, where, score: null, tsquery: null };
  if (reader.dialect === 'sqlite') {
    const fts = toFts5(query.text);
    if (fts.exclude !== null)
      where.push({
        sql: 'c.rowid NOT IN (SELECT rowid FROM cable_fts WHERE cable_fts MATCH ?)',
        params: [fts.exclude],
      });
    if (fts.match === null)
      return { from: { sql: 'cables c', params: [] }, where, score: null, tsquery: null };
    where.unshift({ sql: 'cable_fts MATCH ?', params: [fts.match] });
    return {
      from: { sql: 'cable_fts JOIN cables c ON c.rowid = cable_fts.rowid', params: [] },
      where,
      // The subject counts four times the body.
      score: { sql: '-bm25(cable_fts, 4.0, 1.0)', params: [] },
      tsquery: null,
    };
  }
  const params: string[] = [];
  const tsquery = { sql: toTsquery(query.text, params), params };
  where.unshift({ sql: `c.fts @@ ${tsquery.sql}`, params: tsquery.params });
  return {
    from: { sql: 'cables c', params: [] },
    where,
    score: { sql: `ts_rank_cd(c.fts, ${tsquery.sql})`, params: tsquery.params },
    tsquery,
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

async function facets(reader: SqlReader, p: Plan): Promise<NonNullable<SearchResponse['facets']>> {
  const h = hits(p);
  const top = 20;
  const grouped = (expr: string) =>
    reader.select<{ value: string; count: number | string }>(
      `SELECT coalesce(${expr}, 'unknown') AS value, count(*) AS count FROM (${h.sql}) h GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${top}`,
      h.params,
    );
  const [origin, year, classification, tags, persons] = await Promise.all([
    grouped('h.origin'),
    grouped('substr(h.date, 1, 4)'),
    grouped('h.classification'),
    reader.select<{ value: string; count: number | string }>(
      `SELECT t.tag AS value, count(*) AS count FROM (${h.sql}) h JOIN tags t ON t.cable_key = h.key GROUP BY t.tag ORDER BY 2 DESC, 1 LIMIT ${top}`,
      h.params,
    ),
    reader.select<{ id: number; value: string; count: number | string }>(
      `SELECT p.person_id AS id, p.name AS value, count(DISTINCT h.key) AS count FROM (${h.sql}) h
       JOIN person_mentions pm ON pm.cable_key = h.key JOIN persons p ON p.person_id = pm.person_id
       GROUP BY p.person_id, p.name ORDER BY 3 DESC, 2 LIMIT ${top}`,
      h.params,
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
  const snippetSql =
    reader.dialect === 'sqlite' && p.score
      ? `snippet(cable_fts, 1, '${OPEN}', '${CLOSE}', '…', 24)`
      : '(SELECT substr(x.text, 1, 240) FROM paragraphs x WHERE x.cable_key = c.key ORDER BY x.ord LIMIT 1)';
  const w = whereSql(p);
  const page: Piece = {
    sql: `SELECT c.key AS key, c.id AS id, c.date AS date, c.origin AS origin, c.classification AS classification,
      c.subject AS subject, ${score ? score.sql : 'NULL'} AS score, ${snippetSql} AS snippet
      FROM ${p.from.sql}${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params: [...(score?.params ?? []), ...p.from.params, ...w.params, limit + 1, offset],
  };
  let sql = page.sql;
  let params = page.params;
  if (p.tsquery) {
    // Headlines only for the page's rows: ts_headline reads the whole body.
    sql = `SELECT h.key, h.id, h.date, h.origin, h.classification, h.subject, h.score,
      coalesce(ts_headline('english', (SELECT string_agg(x.text, ' ' ORDER BY x.ord) FROM paragraphs x WHERE x.cable_key = h.key),
        ${p.tsquery.sql}, ?), h.snippet) AS snippet
      FROM (${page.sql}) h`;
    params = [
      ...p.tsquery.params,
      `StartSel=${OPEN}, StopSel=${CLOSE}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`,
      ...page.params,
    ];
    sql += ` ORDER BY ${score ? 'h.score DESC, h.date DESC, h.key' : sort === 'date-asc' ? 'h.date ASC, h.key' : 'h.date DESC, h.key'}`;
  }
  const rows = await reader.select<Omit<SearchHit, 'score'> & { score: number | string | null }>(sql, params);
  const more = rows.length > limit;
  const results = rows.slice(0, limit).map(
    (r): SearchHit => ({
      key: r.key,
      id: r.id,
      date: r.date,
      origin: r.origin,
      classification: r.classification,
      subject: r.subject,
      snippet: snippetHtml(r.snippet ?? ''),
      score: r.score === null ? null : Math.round(Number(r.score) * 1e4) / 1e4,
    }),
  );
  const h = hits(p);
  const [totalRow] = await reader.select<{ n: number | string }>(
    `SELECT count(*) AS n FROM (${h.sql}) h`,
    h.params,
  );
  return {
    results,
    facets: request.facets === false ? null : await facets(reader, p),
    total: Number(totalRow?.n ?? 0),
    next: more ? encodeCursor(offset + limit, request.q, sort) : null,
  };
}
