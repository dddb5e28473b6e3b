import { decodeHTML } from 'entities';
import { QuerySyntaxError } from '../query/language.js';
import { CursorError, type SearchSort, search } from '../query/search.js';
import { withStore } from '../store/open.js';
import type { ParseCommandIo } from './parse-command.js';

export interface SearchOptions {
  db: string;
  json: boolean;
  limit: number;
  sort?: SearchSort;
  cursor?: string | null;
  /** Rank every match by relevance, not only the latest RANK_LIMIT. */
  rankAll?: boolean;
  /** Marks matches with ANSI bold (a terminal) or with [brackets]. */
  color: boolean;
}

/** A snippet's HTML as terminal text: marks become bold or brackets, entities become characters. */
export function snippetText(html: string, color: boolean): string {
  const open = color ? '\u001b[1m' : '[';
  const close = color ? '\u001b[22m' : ']';
  return decodeHTML(html.replace(/<mark>/g, open).replace(/<\/mark>/g, close));
}

/**
 * `cablescope search "query"`: ranked results with snippets, or the API's JSON with `--json`. A query
 * that cannot be read gets its message and position, exit code 2.
 */
export async function runSearch(query: string, options: SearchOptions, io: ParseCommandIo): Promise<number> {
  return withStore(options.db, async (store) => {
    try {
      const result = await search(store, {
        q: query,
        limit: options.limit,
        sort: options.sort,
        cursor: options.cursor ?? null,
        facets: options.json,
        rankAll: options.rankAll,
      });
      if (options.json) {
        await io.out(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      const ranked =
        result.rankedAmong === null ? '' : ` (ranked among the ${result.rankedAmong} added last)`;
      const lines = [
        `${result.total}${result.totalExact ? '' : '+'} cable${result.total === 1 ? '' : 's'}${ranked}`,
      ];
      for (const hit of result.results) {
        lines.push(
          '',
          `${hit.id ?? hit.key}  ${hit.date ?? '????-??-??'}  ${hit.origin ?? ''}  ${hit.classification ?? ''}`,
          `  ${hit.subject ?? '(no subject)'}`,
          `  ${snippetText(hit.snippet, options.color)}`,
        );
      }
      if (result.next) lines.push('', `more: --cursor ${result.next}`);
      await io.out(`${lines.join('\n')}\n`);
      return 0;
    } catch (error) {
      if (error instanceof QuerySyntaxError || error instanceof CursorError) {
        io.err(`search: ${error.message}`);
        return 2;
      }
      throw error;
    }
  });
}
