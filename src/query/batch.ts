import type { BatchResult, BatchRow } from './answers.js';
import { personIds } from './filters.js';
import { QuerySyntaxError } from './language.js';
import type { PersonStatement } from './persons.js';
import { search } from './search.js';
import type { SqlReader } from './sql.js';

export type { BatchResult, BatchRow };

export const MAX_BATCH = 1000;

/**
 * Runs a list of names or queries: per row, the number of matching cables, the first ones, and (for a
 * name) the statements that person made. A row that cannot be run gets its error; the rest go on.
 */
export async function batch(reader: SqlReader, rows: BatchRow[], first = 5): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for (const [i, row] of rows.slice(0, MAX_BATCH).entries()) {
    const name = row.name?.replace(/["“”]/g, ' ').trim() || null;
    const query = row.query?.trim() || (name ? `"${name}"` : '');
    const result: BatchResult = {
      row: i + 1,
      name,
      query,
      hits: 0,
      cables: [],
      statementCount: 0,
      statements: [],
      error: null,
    };
    try {
      if (!query) throw new QuerySyntaxError('the row has neither a name nor a query', 0);
      const found = await search(reader, {
        q: query,
        limit: Math.max(1, first),
        facets: false,
        sort: 'relevance',
        exactTotal: true,
      });
      result.hits = found.total;
      result.cables = found.results
        .slice(0, first)
        .map((r) => ({ key: r.key, id: r.id, date: r.date, subject: r.subject }));
      if (name) {
        const ids = personIds(name);
        const [count] = await reader.select<{ n: number | string }>(
          `SELECT count(*) AS n FROM statements s WHERE s.speaker_person_id IN (${ids.sql})`,
          ids.params,
        );
        result.statementCount = Number(count?.n ?? 0);
        const statements = await reader.select<PersonStatement>(
          `SELECT s.cable_key AS key, c.id AS id, c.date AS date, s.paragraph AS paragraph, s.speaker AS speaker,
             s.speaker_person_id AS speaker_id, s.addressee AS addressee, s.addressee_person_id AS addressee_id,
             s.cue AS cue, s.text AS text, s.quoted AS quoted
           FROM statements s JOIN cables c ON c.key = s.cable_key WHERE s.speaker_person_id IN (${ids.sql})
           ORDER BY c.date, s.cable_key, s.ord LIMIT ?`,
          [...ids.params, first],
        );
        result.statements = statements.map((s) => ({
          ...s,
          speaker_id: s.speaker_id === null ? null : Number(s.speaker_id),
          addressee_id: s.addressee_id === null ? null : Number(s.addressee_id),
          quoted: Boolean(s.quoted),
        }));
      }
    } catch (error) {
      if (!(error instanceof QuerySyntaxError)) throw error;
      result.error = error.message;
    }
    out.push(result);
  }
  return out;
}

/** The CSV columns of a batch answer. */
export function batchCsvRows(results: BatchResult[]): (string | number | null)[][] {
  return [
    ['row', 'name', 'query', 'hits', 'first_cables', 'statements', 'first_statements', 'error'],
    ...results.map((r) => [
      r.row,
      r.name,
      r.query,
      r.hits,
      r.cables.map((c) => c.id ?? c.key).join(' '),
      r.statementCount,
      r.statements.map((s) => `${s.id ?? s.key} ¶${s.paragraph ?? '-'}: ${s.cue} ${s.text}`).join(' | '),
      r.error,
    ]),
  ];
}
