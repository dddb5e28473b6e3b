import type { TextNode } from './language.js';
import type { SqlReader } from './sql.js';

/**
 * SQLite: a prefix word (`terror*`) written as the OR of the index's own terms that begin with it
 * (`terror OR terrorist`), when they are few. FTS5 without a prefix index merges the position lists of
 * every such term for a prefix query; the same terms joined by OR it reads as plain doclists: at 251,287
 * cables `terror* origin:embassy year:2007` ranked in 48 ms as a prefix, 30 ms as an OR. The matches are
 * the same cables; bm25 weighs each term by its own rarity instead of the group's.
 */

/** More terms than this keep the prefix form: an OR of hundreds costs more than it saves. */
export const MAX_EXPANSION = 16;

/**
 * Whether the words a prefix was written out as match exactly the cables the prefix matches. The index
 * holds the porter stemmer's output, and the stemmer does not always leave a word alone (`agre` → `agr`;
 * a prefix too is stemmed before FTS5 reads it): a term or a prefix that does not read back as itself
 * would match other cables. A property of the tokenizer, so a verdict is kept for the process, for that
 * prefix and those terms.
 */
const verdicts = new Map<string, boolean>();
/** Verdicts kept at most: a long-running server asked many prefixes forgets them all and starts again. */
const MAX_VERDICTS = 10_000;

async function sameMatches(reader: SqlReader, prefix: string, terms: readonly string[]): Promise<boolean> {
  const key = `${prefix}\n${terms.join(' ')}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const count = async (match: string) => {
    const [row] = await reader.select<{ n: number }>(
      'SELECT count(*) AS n FROM cable_fts WHERE cable_fts MATCH ?',
      [match],
    );
    return Number(row?.n ?? -1);
  };
  const same = (await count(`"${prefix}"*`)) === (await count(terms.map((t) => `"${t}"`).join(' OR ')));
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(key, same);
  return same;
}

/** The first string after every string that begins with `prefix` (`terror` → `terros`). */
function pastPrefix(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/** The index terms a prefix stands for, or null where the prefix form must stay. */
async function termsOf(reader: SqlReader, prefix: string): Promise<string[] | null> {
  const rows = await reader.select<{ term: string; doc: number }>(
    'SELECT term, doc FROM temp.cable_vocab WHERE term >= ? AND term < ? LIMIT ?',
    [prefix, pastPrefix(prefix), MAX_EXPANSION + 1],
  );
  const terms = rows.filter((r) => Number(r.doc) > 0).map((r) => r.term);
  if (terms.length === 0 || rows.length > MAX_EXPANSION) return null;
  // Only words the query language itself would write (letters and digits): nothing else reaches FTS5.
  if (!terms.every((t) => /^[\p{L}\p{N}]+$/u.test(t))) return null;
  return (await sameMatches(reader, prefix, terms)) ? terms : null;
}

/** The query's text with each prefix word that can be written out written as its terms. */
export async function expandPrefixes(reader: SqlReader, node: TextNode): Promise<TextNode> {
  switch (node.kind) {
    case 'term': {
      if (!node.prefix || reader.dialect !== 'sqlite') return node;
      const terms = await termsOf(reader, node.value.toLowerCase());
      if (!terms) return node;
      const words: TextNode[] = terms.map((value) => ({ kind: 'term', value, prefix: false }));
      return words.length === 1 ? (words[0] as TextNode) : { kind: 'or', children: words };
    }
    case 'phrase':
      return node;
    case 'not':
      return { kind: 'not', child: await expandPrefixes(reader, node.child) };
    case 'and':
    case 'or': {
      const children: TextNode[] = [];
      for (const c of node.children) children.push(await expandPrefixes(reader, c));
      return { kind: node.kind, children };
    }
  }
}
