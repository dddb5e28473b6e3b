import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { type ExportFormat, exportCorpus } from '../export/index.js';
import { type BatchRow, batch, batchCsvRows, MAX_BATCH } from '../query/batch.js';
import { QuerySyntaxError } from '../query/language.js';
import { listPersons } from '../query/persons.js';
import { CurationError, mergePersons, removePerson } from '../store/curation.js';
import { withStore } from '../store/open.js';
import type { ParseCommandIo } from './parse-command.js';

/** `cablescope export`: the corpus (or what a query matches) to standard output, streamed. */
export async function runExport(
  db: string,
  format: ExportFormat,
  q: string | null,
  io: ParseCommandIo,
): Promise<number> {
  return withStore(db, async (store) => {
    try {
      for await (const chunk of exportCorpus(store, format, q)) await io.out(chunk);
      return 0;
    } catch (error) {
      if (error instanceof QuerySyntaxError) {
        io.err(`export: ${error.message}`);
        return 2;
      }
      throw error;
    }
  });
}

/**
 * Rows of a batch file: a CSV with a `name` and/or `query` column, or without a header, one name per
 * line in the first column.
 */
export async function readBatchFile(path: string): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  let header: string[] | null = null;
  let first = true;
  const parser = createReadStream(path).pipe(
    parse({ relax_column_count: true, skip_empty_lines: true, bom: true }),
  );
  for await (const record of parser as AsyncIterable<string[]>) {
    if (first) {
      first = false;
      const lower = record.map((c) => c.trim().toLowerCase());
      if (lower.includes('name') || lower.includes('query')) {
        header = lower;
        continue;
      }
    }
    if (rows.length >= MAX_BATCH) throw new Error(`a batch holds at most ${MAX_BATCH} rows`);
    if (header) {
      const at = (column: string) => {
        const i = (header as string[]).indexOf(column);
        return i >= 0 ? record[i]?.trim() || undefined : undefined;
      };
      rows.push({ name: at('name'), query: at('query') });
    } else rows.push({ name: record[0]?.trim() || undefined });
  }
  return rows;
}

/** `cablescope batch names.csv`: per name or query, hits, first cables and statements, as CSV or JSON. */
export async function runBatch(
  db: string,
  path: string,
  format: 'csv' | 'json',
  first: number,
  io: ParseCommandIo,
): Promise<number> {
  const rows = await readBatchFile(path);
  return withStore(db, async (store) => {
    const results = await batch(store, rows, first);
    await io.out(
      format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : stringify(batchCsvRows(results)),
    );
    return results.some((r) => r.error) ? 1 : 0;
  });
}

/** `cablescope persons list|merge|remove`. */
export async function runPersons(
  db: string,
  action:
    | { kind: 'list'; q: string; limit: number }
    | { kind: 'merge'; into: number; from: number; note: string | null }
    | { kind: 'remove'; id: number; note: string | null },
  io: ParseCommandIo,
): Promise<number> {
  return withStore(db, async (store) => {
    try {
      if (action.kind === 'list') {
        const persons = await listPersons(store, action.q, action.limit);
        await io.out(
          `${persons.map((p) => `${String(p.id).padStart(7)}  ${p.name}${p.affiliation ? ` (${p.affiliation})` : ''}  ${p.cables} cables, ${p.statements} statements`).join('\n')}\n`,
        );
      } else if (action.kind === 'merge') {
        await mergePersons(store, action.into, action.from, action.note);
        io.err(`persons: ${action.from} merged into ${action.into}`);
      } else {
        await removePerson(store, action.id, action.note);
        io.err(`persons: ${action.id} removed`);
      }
      return 0;
    } catch (error) {
      if (error instanceof CurationError) {
        io.err(`persons: ${error.message}`);
        return 1;
      }
      throw error;
    }
  });
}
