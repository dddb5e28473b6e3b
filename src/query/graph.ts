import type { Graph, GraphEdge, GraphNode } from './answers.js';
import { dateBound } from './filters.js';
import { matchingKeys } from './search.js';
import type { SqlReader, SqlValue } from './sql.js';

export type { Graph, GraphEdge, GraphNode };

export interface GraphRequest {
  /** `persons`: who met and spoke to whom; `cables`: which cable cites which. */
  kind?: 'persons' | 'cables';
  from?: string | null;
  to?: string | null;
  tag?: string | null;
  /** Only edges from cables this search-language query matches. */
  q?: string | null;
  /** Only edges that touch this corpus person. */
  person?: number | null;
  minWeight?: number;
  /** Most edges returned, heaviest first (at most MAX_EDGES unless unbounded). */
  limit?: number;
  /** For exports: every edge. */
  unbounded?: boolean;
}

export const MAX_EDGES = 5000;

/**
 * Conditions on the cable an edge comes from (dates, a tag, a query), written against its date and key
 * columns (`c.date` and `c.key` for references, `l.date` and `l.cable_key` for the kept edges).
 */
function cableScope(
  reader: SqlReader,
  r: GraphRequest,
  date: string,
  key: string,
): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const from = r.from ? dateBound(r.from, false) : null;
  const to = r.to ? dateBound(r.to, true) : null;
  if (from) {
    parts.push(`${date} >= ?`);
    params.push(from);
  }
  if (to) {
    parts.push(`${date} <= ?`);
    params.push(to);
  }
  if (r.tag) {
    // The tagged cables' keys, in order: the kept edges of each are one look-up away.
    parts.push(`${key} IN (SELECT t.cable_key FROM tags t WHERE t.tag = ?)`);
    params.push(r.tag.toUpperCase());
  }
  if (r.q) {
    const match = matchingKeys(reader, r.q);
    parts.push(`${key} IN (${match.sql})`);
    params.push(...match.params);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

/**
 * The network of the corpus: persons joined by the meetings they shared (`met`) and by what one said
 * to the other (`spoke`, directed), or cables joined by their references (`cites`). Edges below the
 * minimum weight are dropped; the heaviest are kept up to the limit.
 */
export async function graph(reader: SqlReader, r: GraphRequest): Promise<Graph> {
  const min = Math.max(1, Math.trunc(r.minWeight ?? 1));
  const limit = r.unbounded
    ? Number.MAX_SAFE_INTEGER
    : Math.min(Math.max(1, Math.trunc(r.limit ?? 500)), MAX_EDGES);
  if (r.kind === 'cables') {
    const scope = cableScope(reader, r, 'c.date', 'c.key');
    const rows = await reader.select<{ source: string; target: string; weight: number | string }>(
      `SELECT x.source AS source, x.target AS target, x.weight AS weight FROM (
         SELECT r.cable_key AS source, r.ref_id AS target, count(*) AS weight
         FROM refs r JOIN cables c ON c.key = r.cable_key JOIN cables d ON d.key = r.ref_id
         WHERE r.cable_key <> r.ref_id${scope.sql} GROUP BY r.cable_key, r.ref_id
       ) x WHERE x.weight >= ? ORDER BY x.weight DESC, x.source, x.target LIMIT ?`,
      [...scope.params, min, limit],
    );
    const edges = rows.map((e): GraphEdge => ({ ...e, kind: 'cites', weight: Number(e.weight) }));
    const keys = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    const info = keys.length
      ? await reader.select<{ key: string; subject: string | null; date: string | null }>(
          `SELECT key, subject, date FROM cables WHERE key IN (${keys.map(() => '?').join(',')})`,
          keys,
        )
      : [];
    const byKey = new Map(info.map((c) => [c.key, c]));
    return {
      nodes: keys.map((k) => ({
        id: k,
        label: k,
        kind: 'cable',
        date: byKey.get(k)?.date ?? null,
        weight: edges.filter((e) => e.source === k || e.target === k).reduce((n, e) => n + e.weight, 0),
      })),
      edges,
    };
  }
  type Edge = { source: number; target: number; weight: number | string };
  // The whole corpus: the edges kept with their weights, read heaviest first from an index. Narrowed:
  // each cable's kept edges in the scope, summed (dates are a range of the index).
  const whole = !r.from && !r.to && !r.tag && !r.q;
  const scope = cableScope(reader, r, 'l.date', 'l.cable_key');
  const touch = (alias: string) =>
    r.person != null ? ` AND (${alias}.source = ? OR ${alias}.target = ?)` : '';
  const touchParams: SqlValue[] = r.person != null ? [r.person, r.person] : [];
  const edgesOf = (kind: 'met' | 'spoke') =>
    whole
      ? reader.select<Edge>(
          `SELECT x.source AS source, x.target AS target, x.weight AS weight FROM person_links x
           WHERE x.kind = ? AND x.weight >= ?${touch('x')} ORDER BY x.weight DESC, x.source, x.target LIMIT ?`,
          [kind, min, ...touchParams, limit],
        )
      : reader.select<Edge>(
          `SELECT x.source AS source, x.target AS target, x.weight AS weight FROM (
             SELECT l.source AS source, l.target AS target, sum(l.weight) AS weight FROM cable_links l
             WHERE l.kind = ?${scope.sql}${touch('l')} GROUP BY l.source, l.target
           ) x WHERE x.weight >= ? ORDER BY x.weight DESC, x.source, x.target LIMIT ?`,
          [kind, ...scope.params, ...touchParams, min, limit],
        );
  const [met, spoke] = await Promise.all([edgesOf('met'), edgesOf('spoke')]);
  const edges: GraphEdge[] = [
    ...met.map((e) => ({
      source: String(e.source),
      target: String(e.target),
      kind: 'met' as const,
      weight: Number(e.weight),
    })),
    ...spoke.map((e) => ({
      source: String(e.source),
      target: String(e.target),
      kind: 'spoke' as const,
      weight: Number(e.weight),
    })),
  ]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit);
  const weights = new Map<string, number>();
  for (const e of edges) {
    weights.set(e.source, (weights.get(e.source) ?? 0) + e.weight);
    weights.set(e.target, (weights.get(e.target) ?? 0) + e.weight);
  }
  const ids = [...weights.keys()].map(Number);
  const people = ids.length
    ? await reader.select<{ id: number; name: string; affiliation: string }>(
        `SELECT person_id AS id, name, affiliation FROM persons WHERE person_id IN (${ids.map(() => '?').join(',')})`,
        ids,
      )
    : [];
  return {
    nodes: people.map((p) => ({
      id: String(p.id),
      label: p.name,
      kind: 'person',
      affiliation: p.affiliation || null,
      weight: weights.get(String(p.id)) ?? 0,
    })),
    edges,
  };
}
