import type { TextNode } from './language.js';

/**
 * The full-text part of a query in each database's own syntax. Only words made of letters and digits
 * (as the parser leaves them) reach that syntax, each quoted or bound as a parameter: nothing a user
 * types can change the shape of the query.
 */

/** FTS5: what must match, and what must not (when the query only excludes). */
export interface Fts5Query {
  match: string | null;
  exclude: string | null;
}

function fts5(node: TextNode): string {
  switch (node.kind) {
    case 'term':
      return node.prefix ? `"${node.value}"*` : `"${node.value}"`;
    case 'phrase':
      return `"${node.value}"`;
    case 'or':
      return `(${node.children.map(fts5).join(' OR ')})`;
    case 'not':
      // Only reached inside a conjunction, which writes the NOT itself.
      return fts5(node.child);
    case 'and': {
      const positives = node.children.filter((c) => c.kind !== 'not');
      const negatives = node.children.filter((c) => c.kind === 'not');
      let out =
        positives.length === 1 ? fts5(positives[0] as TextNode) : `(${positives.map(fts5).join(' AND ')})`;
      for (const n of negatives) out = `(${out} NOT ${fts5(n)})`;
      return out;
    }
  }
}

export function toFts5(node: TextNode): Fts5Query {
  if (node.kind === 'not') return { match: null, exclude: fts5(node.child) };
  if (node.kind === 'and' && node.children.every((c) => c.kind === 'not')) {
    return { match: null, exclude: `(${node.children.map(fts5).join(' OR ')})` };
  }
  return { match: fts5(node), exclude: null };
}

/** PostgreSQL: a tsquery expression with `?` parameters, the words bound as values. */
export function toTsquery(node: TextNode, params: string[]): string {
  switch (node.kind) {
    case 'term':
      if (node.prefix) {
        params.push(`${node.value}:*`);
        return "to_tsquery('english', ?)";
      }
      params.push(node.value);
      return "plainto_tsquery('english', ?)";
    case 'phrase':
      params.push(node.value);
      return "phraseto_tsquery('english', ?)";
    case 'not':
      return `(!! ${toTsquery(node.child, params)})`;
    case 'and':
      return `(${node.children.map((c) => toTsquery(c, params)).join(' && ')})`;
    case 'or':
      return `(${node.children.map((c) => toTsquery(c, params)).join(' || ')})`;
  }
}
