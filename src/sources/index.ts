import { type ReadMeter, readCablePaths, type SourceItem } from './files.js';
import { readCablegateCsv, readJsonl } from './tables.js';

const CSV = /\.csv(?:\.gz)?$/i;
const JSONL = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/**
 * Every cable under the paths, whatever its container: Cablegate CSV, JSON lines, folders and files of
 * text or archive pages (gzipped or not), standard input.
 */
export async function* readSources(paths: string[], meter?: ReadMeter): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (CSV.test(path)) yield* readCablegateCsv(path, meter);
    else if (JSONL.test(path)) yield* readJsonl(path, meter);
    else yield* readCablePaths([path], meter);
  }
}
