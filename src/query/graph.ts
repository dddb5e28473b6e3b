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

/** Conditions on the cable (`c`) an edge comes from: dates and a tag. */
function cableScope(reader: SqlReader, r: GraphRequest): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const from = r.from ? dateBound(r.from, false) : null;
  const to = r.to ? dateBound(r.to, true) : null;
  if (from) {
    parts.push('c.date >= ?');
    params.push(from);
  }
  if (to) {
    parts.push('c.date <= ?');
    params.push(to);
  }
  if (r.tag) {
    parts.push('EXISTS (SELECT 1 FROM tags t WHERE t.cable_key = c.key AND t.tag = ?)');
    params.push(r.tag.toUpperCase());
  }
  if (r.q) {
    const match = matchingKeys(reader, r.q);
    parts.push(`c.key IN (${match.sql})`);
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
  const scope = cableScope(reader, r);
  const min = Math.max(1, Math.trunc(r.minWeight ?? 1));
  const limit = r.unbounded
    ? Number.MAX_SAFE_INTEGER
    : Math.min(Math.max(1, Math.trunc(r.limit ?? 500)), MAX_EDGES);
  const touch = r.person != null ? ' AND (x.source = ? OR x.target = ?)' : '';
  const touchParams: SqlValue[] = r.person != null ? [r.person, r.person] : [];
  if (r.kind === 'cables') {
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
  // The whole corpus: the edges kept with their weights at ingest, read heaviest first from an index.
  const whole = !r.from && !r.to && !r.tag && !r.q;
  const stored = (kind: 'met' | 'spoke') =>
    reader.select<Edge>(
      `SELECT x.source AS source, x.target AS target, x.weight AS weight FROM person_links x
       WHERE x.kind = ? AND x.weight >= ?${touch} ORDER BY x.weight DESC, x.source, x.target LIMIT ?`,
      [kind, min, ...touchParams, limit],
    );
  const [met, spoke] = await Promise.all(
    whole
      ? [stored('met'), stored('spoke')]
      : [
          reader.select<Edge>(
            `SELECT x.source AS source, x.target AS target, x.weight AS weight FROM (
         SELECT a.person_id AS source, b.person_id AS target, count(*) AS weight
         FROM meeting_participants a JOIN meeting_participants b ON b.cable_key = a.cable_key AND a.person_id < b.person_id
         JOIN cables c ON c.key = a.cable_key WHERE 1 = 1${scope.sql} GROUP BY a.person_id, b.person_id
       ) x WHERE x.weight >= ?${touch} ORDER BY x.weight DESC, x.source, x.target LIMIT ?`,
            [...scope.params, min, ...touchParams, limit],
          ),
          reader.select<Edge>(
            `SELECT x.source AS source, x.target AS target, x.weight AS weight FROM (
         SELECT s.speaker_person_id AS source, s.addressee_person_id AS target, count(*) AS weight
         FROM statements s JOIN cables c ON c.key = s.cable_key
         WHERE s.speaker_person_id IS NOT NULL AND s.addressee_person_id IS NOT NULL
           AND s.speaker_person_id <> s.addressee_person_id${scope.sql}
         GROUP BY s.speaker_person_id, s.addressee_person_id
       ) x WHERE x.weight >= ?${touch} ORDER BY x.weight DESC, x.source, x.target LIMIT ?`,
            [...scope.params, min, ...touchParams, limit],
          ),
        ],
  );
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
