import { graph } from '../query/graph.js';
import { matchingKeys } from '../query/search.js';
import type { SqlReader } from '../query/sql.js';
import { storedCables } from './cables.js';
import { toCsv, toFtm, toGexf, toGraphml, toJsonl } from './formats.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'graphml', 'gexf', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  ftm: 'application/x-ndjson; charset=utf-8',
};

/**
 * The corpus (or what a query matches) in an exchange format, as a stream of text chunks. Records and
 * entities stream a page at a time; the graph formats hold the graph, which is far smaller than the text.
 */
export function exportCorpus(
  reader: SqlReader,
  format: ExportFormat,
  q: string | null,
): AsyncGenerator<string> {
  // A query that cannot be read fails here, before anything is written.
  if (q) matchingKeys(reader, q);
  return chunks(reader, format, q);
}

async function* chunks(reader: SqlReader, format: ExportFormat, q: string | null): AsyncGenerator<string> {
  switch (format) {
    case 'jsonl':
      yield* toJsonl(storedCables(reader, q));
      return;
    case 'csv':
      yield* toCsv(storedCables(reader, q));
      return;
    case 'ftm':
      yield* toFtm(storedCables(reader, q));
      return;
    case 'graphml':
    case 'gexf': {
      const g = await graph(reader, { kind: 'persons', unbounded: true, q });
      yield* format === 'graphml' ? toGraphml(g) : toGexf(g);
    }
  }
}
